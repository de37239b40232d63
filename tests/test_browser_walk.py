"""Every page of the app in a real browser (Debian's Chromium), in Chinese and in English, on
the shipped sample as `govbench demo` builds it: what the reader sees — the page's text, the
placeholders of its inputs, the sidebar — holds no "None"/"nan", no raw key and, in Chinese,
no English sentence (Streamlit's own words included). The in-process walk (test_app_polish)
reads the tables' cells, which the browser draws on a canvas.

Needs /usr/bin/chromium and fonts-noto-cjk; run with `pytest -m browser`.
"""

from __future__ import annotations

import re

import pytest
from app_walk import PAGES
from test_app_polish import (
    CELL_KEY,
    ENGLISH_SENTENCE,
    MISSING_WORDS,
    SNAKE,
    raw_keys,
    standard_report,
)

from govbench.ui.labels import LABELS
from test_browser import ARTIFACTS, browser, serve  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

# the page's text without the report's own text (a report may quote anything)
SEEN = """() => {
  let text = document.querySelector('[data-testid="stAppViewContainer"]').innerText;
  for (const quoted of document.querySelectorAll('.govbench-report-text')) {
    text = text.replace(quoted.innerText, '');
  }
  const placeholders = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
    .map(e => e.getAttribute('placeholder'));
  return [text, ...placeholders].join('\\n');
}"""
# Streamlit's own words that no setting changes and no reader sees as text: the keyboard
# users' skip link (shown on focus only) and Material icon names drawn as glyphs
STREAMLIT_OWN = ("Skip to main content",)
ICON = re.compile(r"^[a-z]+(?:_[a-z]+)+$")


@pytest.fixture(scope="module")
def demo_url(demo_db, tmp_path_factory):
    with serve(demo_db, tmp_path_factory.mktemp("server") / "streamlit.log") as base:
        yield base


def findings(text: str, english: bool) -> list[str]:
    keys = raw_keys()
    found = []
    for line in text.splitlines():
        if line.strip() in STREAMLIT_OWN or ICON.match(line.strip()):
            continue
        if MISSING_WORDS.search(line):
            found.append(f"missing value shown as a word: {line[:100]!r}")
        if CELL_KEY.search(line) or keys & set(SNAKE.findall(line)):
            found.append(f"raw key: {line[:100]!r}")
        if not english and ENGLISH_SENTENCE.search(line):
            found.append(f"English in Chinese mode: {line[:100]!r}")
    return found


def finished(page) -> None:
    """Wait until the page's run has ended (no "running" indicator)."""
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000
    )


def test_every_page_reads_clean_in_a_real_browser(demo_url, demo_db, browser):
    """One walk: each page read in Chinese as it opens, then again after switching to English
    (a new page load starts in Chinese, so the English reading comes after the Chinese one)."""
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems = {}
    ARTIFACTS.mkdir(exist_ok=True)
    for name in PAGES:
        query = f"?report={standard_report(demo_db)}" if name == "report" else ""
        path = "" if name == "overview" else name  # the landing page is the app's root
        page.goto(f"{demo_url}/{path}{query}")
        zh, en = LABELS[f"page_{name}"]
        expect(page.get_by_role("heading", name=zh, exact=True)).to_be_visible(timeout=60_000)
        finished(page)
        for english in (False, True):
            if english:
                page.get_by_test_id("stSidebar").get_by_text("English").click()
                expect(page.get_by_role("heading", name=en, exact=True)).to_be_visible(
                    timeout=60_000
                )
                finished(page)
            page.wait_for_timeout(1000)
            language = "en" if english else "zh"
            found = findings(page.evaluate(SEEN), english)
            if found:
                problems[f"{language} {name}"] = found
            page.screenshot(path=str(ARTIFACTS / f"walk-{language}-{name}.png"), full_page=True)
    assert problems == {}


def test_switching_language_keeps_each_choice(demo_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{demo_url}/movers")
    expect(page.get_by_role("heading", name="进步/退步榜", exact=True)).to_be_visible(
        timeout=60_000
    )
    finished(page)
    level = page.get_by_role("combobox", name="层级")
    level.click()
    page.get_by_role("option", name="县级", exact=True).click()
    expect(level).to_have_value("县级")
    finished(page)
    page.get_by_test_id("stSidebar").get_by_text("English").click()
    expect(page.get_by_role("heading", name="Movers", exact=True)).to_be_visible(timeout=60_000)
    # the same choice in the other language's words, not lost to "Choose an option"
    expect(page.get_by_role("combobox", name="Level")).to_have_value("county")
    page.get_by_test_id("stSidebar").get_by_role("link", name="Overview").click()
    expect(page.get_by_role("heading", name="Overview", exact=True)).to_be_visible(timeout=60_000)
    province = page.get_by_role("combobox", name="Province")
    expect(province).to_have_attribute("placeholder", "All")
    assert province.input_value() in ("", "All")
    finished(page)
    page.get_by_test_id("stSidebar").get_by_text("English").click()
    expect(page.get_by_role("heading", name="总览", exact=True)).to_be_visible(timeout=60_000)
    # 全部 (None) is drawn as the box's placeholder, in the language now chosen
    province = page.get_by_role("combobox", name="省份")
    expect(province).to_have_attribute("placeholder", "全部")
    assert province.input_value() in ("", "全部")
