"""Review in a real browser: the app started with edits allowed, a quality hit dismissed on
数据质量, and the body's status changes. Run with `pytest -m browser`."""

from __future__ import annotations

import re
import shutil

import pytest

from test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def editable_app(checked_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("review-app") / "checked.duckdb"
    shutil.copy(checked_db, db)
    with serve(db, db.parent / "streamlit.log", env={"GOVBENCH_ALLOW_EDITS": "1"}) as base:
        yield base, db


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
