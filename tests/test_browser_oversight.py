"""The overseer's pages in a real browser (Debian's Chromium): 成绩单, 进步/退步榜, 报送情况.

Needs /usr/bin/chromium and fonts-noto-cjk; run with `pytest -m browser`.
"""

from __future__ import annotations

import pytest

from govbench import rank as R

from test_browser import ARTIFACTS, app_url, browser  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_card_page_shows_the_card_and_downloads_the_word_file(
    app_url,
    browser,
    small_db,  # noqa: F811
    tmp_path,
):
    from playwright.sync_api import expect

    report_id = (
        R.load_frame(small_db, year=2022).set_index("issuer").loc["乙县人民政府", "report_id"]
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(f"{app_url}/card?report={report_id}")
    card = page.locator(".govbench-card")
    expect(card).to_contain_text("乙县人民政府", timeout=30_000)
    expect(card).to_contain_text("个同类机关中排第")
    expect(card).to_contain_text("本年新收申请数")
    expect(card).to_contain_text("上年（2021年）")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载成绩单 Word").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "2022-乙县人民政府.docx" and saved.stat().st_size > 5000
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-card.png"), full_page=True)


def test_movers_page_shows_counts_and_the_verdicts(app_url, browser):  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{app_url}/movers")
    expect(page.get_by_text("无法区分 ", exact=False).first).to_be_visible(timeout=30_000)
    expect(page.get_by_text("名次变化落在名次区间之内")).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"] canvas').first).to_be_visible(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "movers.png"), full_page=True)


def test_compliance_page_shows_the_deadline_and_counts(app_url, browser):  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{app_url}/compliance")
    # the latest year, 2022: due by 2023-01-31; no report states its date in this database
    expect(page.get_by_text("截止日期：2023-01-31")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("未注明日期 4", exact=False)).to_be_visible()
    expect(page.get_by_text("上一年报送过报告的机关")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "compliance.png"), full_page=True)


def test_map_page_draws_the_province_and_goes_down_to_a_city(app_url, browser):  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.goto(f"{app_url}/map")
    drawn = page.locator(
        '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'
    ).first
    expect(drawn).to_be_visible(timeout=30_000)
    expect(page.get_by_text("浙江省 · 2022年 · 综合得分（中位数）")).to_be_visible(timeout=30_000)
    page.get_by_role("combobox", name="城市（点击地图上的城市也可进入）").click()
    page.get_by_role("option", name="杭州市").click()
    expect(page.get_by_text("浙江省杭州市 · 2022年 · 综合得分（中位数）")).to_be_visible(
        timeout=30_000
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
