"""Review in a real browser: the app started with edits allowed, a figure corrected on 报告 and
the ranking changes, a quality hit dismissed on 数据质量 and the body's status changes. Run with
`pytest -m browser`.

The figure editor is st.data_editor: glide-data-grid draws its cells on a canvas, so a cell is
reached as a user reaches it, by clicking where it is drawn (the grid's box, 35 px rows under a
35 px header, as Streamlit's own e2e tests do) and moving with the arrow keys; Enter opens a
cell's editor and Enter again commits it. The grid's accessibility table (cells with ids
glide-cell-COL-ROW, inside the canvas) tells which row holds the metric and what each cell
holds after the edit."""

from __future__ import annotations

import re
import shutil

import pytest

from govbench.rank import load_frame
from test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, serve

pytestmark = pytest.mark.browser

ROW_HEIGHT = 35  # glide-data-grid's row and header height in Streamlit (useTableSizer)


@pytest.fixture(scope="module")
def editable_app(checked_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("review-app") / "checked.duckdb"
    shutil.copy(checked_db, db)
    with serve(db, db.parent / "streamlit.log", env={"GOVBENCH_ALLOW_EDITS": "1"}) as base:
        yield base, db


def wait_for_app_run(page) -> None:
    """Until the script has finished its run: a key pressed while the page is redrawn can be
    lost. Streamlit's own e2e tests wait so (e2e_playwright/conftest.py wait_for_app_run)."""
    page.wait_for_timeout(155)  # a widget's change is sent after a short debounce
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(
        state="attached", timeout=30_000
    )
    page.wait_for_timeout(100)


def edit_cell(page, editor, row: int, column: int, text: str, attempts: int = 3) -> None:
    """Type `text` into the grid's cell (row, column) as a user does: click the row's first
    cell, arrow right to the column, Enter to open the cell's editor, select what it holds,
    type, Enter to commit.

    The edit before this one reruns the script after a debounce; on a loaded machine that rerun
    can start after `wait_for_app_run` has already seen the app idle, and the grid it redraws
    drops an edit that was open over it (seen in CI: the value typed, Enter pressed, the cell
    still empty). A user retypes what vanished; so does this, after the app is idle again. What
    was saved is checked afterwards, in the database and in the ranking."""
    from playwright.sync_api import expect

    cell = editor.locator(f"#glide-cell-{column}-{row}")
    for attempt in range(1, attempts + 1):
        editor.click(position={"x": 20, "y": ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2})
        for _ in range(column):
            page.keyboard.press("ArrowRight")
        expect(cell).to_have_attribute("aria-selected", "true")
        page.keyboard.press("Enter")
        # the cell's editor is an <input> over the canvas; keys go to it once it has the focus
        field = page.get_by_test_id("portal").locator(".gdg-input")
        field.press("ControlOrMeta+a")
        field.press_sequentially(text)
        expect(field).to_have_value(text)
        field.press("Enter")
        wait_for_app_run(page)  # the edit reruns the script
        try:
            expect(cell).to_have_text(text, timeout=10_000)
            return
        except AssertionError:
            if attempt == attempts:
                raise
            page.keyboard.press("Escape")
            wait_for_app_run(page)


def test_correcting_a_figure_on_the_report_page_changes_the_ranking(editable_app):
    from playwright.sync_api import expect, sync_playwright

    base, db = editable_app
    bodies = load_frame(db, year=2022).set_index("issuer")
    jia = bodies.loc["甲县人民政府"]
    assert jia["requests_completed"] == 60
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = chromium.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(f"{base}/ranking")
            leaders = page.get_by_text(re.compile("^前三名："))
            expect(leaders).to_have_text(
                "前三名：乙县人民政府、丙县人民政府、甲县人民政府", timeout=30_000
            )
            expect(page.get_by_text(re.compile("审核人的更正"))).to_have_count(0)

            # 报告 of 甲县 2022: its 办理结果总计 (requests concluded) read 60; say 100
            page.goto(f"{base}/report?report={jia['report_id']}")
            editor = page.get_by_test_id("stDataFrame").filter(
                has=page.locator('th:text-is("理由")')
            )
            label = editor.locator('td[role="gridcell"]:text-is("办理结果总计")')
            expect(label).to_have_count(1, timeout=30_000)
            row = int(label.get_attribute("id").rsplit("-", 1)[1])
            columns = [th.inner_text() for th in editor.locator("th").all()]
            assert columns == ["指标", "解析值", "数值", "已更正", "理由"]
            expect(editor.locator(f"#glide-cell-2-{row}")).to_have_text("60")
            editor.scroll_into_view_if_needed()
            wait_for_app_run(page)
            edit_cell(page, editor, row, columns.index("数值"), "100")
            edit_cell(page, editor, row, columns.index("理由"), "核对原件表三：办结100件")
            page.get_by_label("更正人").fill("赵六")
            page.get_by_label("更正人").press("Enter")
            page.get_by_role("button", name="保存更正").click()
            expect(page.get_by_text("已保存 1 处更正。")).to_be_visible(timeout=30_000)
            # the page now reads the corrected figure, the parser's beside it, marked ✎: once
            # the rerun after the save has redrawn the grid from the database (the typed 100
            # shows before it; 已更正 turns true only from what was stored)
            expect(editor.locator(f"#glide-cell-3-{row}")).to_have_text("true", timeout=30_000)
            expect(editor.locator(f"#glide-cell-2-{row}")).to_have_text("100")
            expect(editor.locator(f"#glide-cell-1-{row}")).to_have_text("60")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report-corrected.png"), full_page=True)

            page.goto(f"{base}/ranking")
            expect(leaders).to_have_text(
                "前三名：乙县人民政府、甲县人民政府、丙县人民政府", timeout=30_000
            )
            expect(
                page.get_by_text(
                    "其中 1 个数字为审核人的更正（涉及 1 个机关），已更正的数字在各机关的报告页标 ✎。"
                )
            ).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "ranking-corrected.png"), full_page=True)
        finally:
            chromium.close()
    after = load_frame(db, year=2022).set_index("issuer").loc["甲县人民政府"]
    assert (after["requests_completed"], after["corrected_figures"]) == (100, 1)


def test_dismissing_a_quality_hit_changes_the_bodys_status(editable_app):
    from playwright.sync_api import expect, sync_playwright

    base, db = editable_app
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = chromium.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(f"{base}/quality")
            counts = page.get_by_text(
                re.compile(r"^错误 \d+ · 警告 \d+ · 提示 \d+ · 通过 \d+ · 未检查 \d+$")
            )
            expect(counts).to_be_visible(timeout=30_000)
            before = counts.inner_text()
            # choose 乙县's one hit (a year-over-year jump, info)
            page.get_by_label(re.compile("选择")).first.click()
            page.get_by_role("option", name=re.compile("乙县人民政府")).first.click()
            page.get_by_text("排除（解析错误或可接受的例外）").click()
            page.get_by_label("理由").fill("跨年口径变化，可接受")
            page.get_by_label("理由").press("Enter")
            page.get_by_role("button", name="保存结论").click()
            numbers = [int(n) for n in re.findall(r"\d+", before)]
            numbers[2] -= 1  # one 提示 fewer, one 通过 more
            numbers[3] += 1
            expect(counts).to_have_text(
                "错误 {} · 警告 {} · 提示 {} · 通过 {} · 未检查 {}".format(*numbers), timeout=30_000
            )
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "quality-dismissed.png"), full_page=True)
        finally:
            chromium.close()
