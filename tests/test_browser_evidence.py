"""From a figure to its source in a real browser (Debian's Chromium): on 报告, choosing a figure
deep in a long report brings its marked span into view — the page and the text's own scroll
box both move — and clicking a figure's row in the table does the same.

Needs /usr/bin/chromium and fonts-noto-cjk; run with `pytest -m browser`.
"""

from __future__ import annotations

import re

import duckdb
import pytest

from test_browser import ARTIFACTS, browser, serve  # noqa: F401  (fixtures)
from test_browser_walk import finished

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_url(demo_db, tmp_path_factory):
    with serve(demo_db, tmp_path_factory.mktemp("server") / "streamlit.log") as base:
        yield base


def deepest_figure(db) -> tuple[str, str, float, int, int]:
    """(report_id, metric, value, evidence start, text length) of the figure whose source lies
    deepest in the longest report: what a reader would otherwise scroll a long way to find."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT f.report_id, f.metric, f.value, f.evidence_start, length(r.text) "
            "FROM facts f JOIN reports r USING (report_id) "
            "ORDER BY length(r.text) DESC, f.evidence_start DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()


def in_view(page, selector: str) -> bool:
    """The element is drawn, inside the window and inside the report text's scroll box."""
    mark = page.locator(selector)
    if not mark.is_visible():
        return False
    box = mark.bounding_box()
    frame = page.locator(".govbench-report-text").bounding_box()
    height = page.viewport_size["height"]
    return (
        box is not None
        and frame is not None
        and 0 <= box["y"]
        and box["y"] + box["height"] <= height
        and frame["y"] <= box["y"]
        and box["y"] + box["height"] <= frame["y"] + frame["height"]
    )


def choose(page, box_label: str, option_start: str) -> None:
    """Pick the option starting with `option_start` in a select box, typing to filter its
    list (which draws only the options in view). A click while the page is still being drawn
    can be lost: try until the list shows the option, then Enter takes it (a click on the
    option may miss: the list can open below the window's edge)."""
    from playwright.sync_api import expect

    box = page.get_by_role("combobox", name=box_label)
    for _ in range(3):
        finished(page)
        box.click()
        box.fill(option_start.split(" = ")[0])
        try:
            expect(page.get_by_role("option").first).to_contain_text(option_start, timeout=10_000)
            break
        except AssertionError:
            box.press("Escape")
    else:
        pytest.fail(f"the list of {box_label} never showed {option_start}")
    box.press("Enter")


def test_choosing_a_figure_deep_in_the_report_scrolls_its_source_into_view(
    demo_url, demo_db, browser
):
    from playwright.sync_api import expect

    from govbench.ui.labels import metric_label

    report_id, metric, value, start, length = deepest_figure(demo_db)
    assert start > length / 2  # the source is far down: without the scroll it is out of view
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{demo_url}/report?report={report_id}")
    text = page.locator(".govbench-report-text")
    expect(text).to_be_visible(timeout=30_000)
    anchor = f"#govbench-evidence-{metric}"
    assert page.locator(anchor).count() == 0
    for attempt in range(3):
        # a pick the app's redraw swallowed (seen once in CI) is picked again, as a user would
        choose(page, "定位数字的出处", f"{metric_label(metric)} = ")
        try:
            expect(page.locator(anchor)).to_have_count(1, timeout=20_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
    page.wait_for_function(
        "id => { const m = document.getElementById(id); if (!m) return false;"
        " const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }",
        arg=anchor[1:],
        timeout=30_000,
    )
    assert in_view(page, anchor)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-evidence-scrolled.png"))


def test_clicking_a_figures_row_shows_its_source(demo_url, demo_db, browser):
    from playwright.sync_api import expect

    report_id = deepest_figure(demo_db)[0]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{demo_url}/report?report={report_id}")
    grid = page.locator('[data-testid="stDataFrame"]').first
    expect(grid.locator("canvas").first).to_be_visible(timeout=30_000)
    box = grid.bounding_box()
    # the row-selection column at the grid's left edge; rows are 35 px under a 35 px header
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 35 * 2 + 17)
    chosen = page.locator("mark[id^='govbench-evidence-']")
    expect(chosen).to_have_count(1, timeout=30_000)
    selector = "#" + chosen.get_attribute("id")
    page.wait_for_function(
        "id => { const m = document.getElementById(id); if (!m) return false;"
        " const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }",
        arg=selector[1:],
        timeout=30_000,
    )
    assert in_view(page, selector)
    # the choice below the table follows the click: it names the figure now shown
    choice = page.get_by_role("combobox", name="定位数字的出处（也可点击上表中的一行）")
    expect(choice).to_have_value(re.compile(r". = [\d,.]+$"))
