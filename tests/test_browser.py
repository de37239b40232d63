"""The app in a real browser: `streamlit run app.py` on 127.0.0.1 driven by Debian's Chromium.

Needs /usr/bin/chromium and fonts-noto-cjk; run with `pytest -m browser`.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(base: str, server: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("streamlit did not become healthy in time")


@pytest.fixture(scope="module")
def app_url(small_db, tmp_path_factory):
    port = free_port()
    env = {**os.environ, "GOVBENCH_DB": str(small_db)}
    log = (tmp_path_factory.mktemp("server") / "streamlit.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--global.developmentMode", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def test_moving_a_weight_slider_reorders_the_ranking(app_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{app_url}/ranking")
    leaders = page.get_by_text("前三名：")
    expect(leaders).to_contain_text("前三名：乙县人民政府", timeout=30_000)

    # request handling weight to its minimum (-3): poor handling now scores high
    slider = page.get_by_role("slider").nth(1)
    # a key pressed while the page is still being drawn can be lost: press until it holds
    for _ in range(3):
        slider.focus()
        slider.press("Home")
        try:
            expect(slider).to_have_value("-3", timeout=5_000)
            break
        except AssertionError:
            continue
    else:
        pytest.fail("the weight slider never took the Home key")
    expect(leaders).to_contain_text("前三名：甲县人民政府", timeout=30_000)
    # the chart and grid load their code lazily: wait until they are drawn
    expect(page.locator('[data-testid="stVegaLiteChart"] canvas, '
                        '[data-testid="stVegaLiteChart"] svg').first).to_be_visible(
        timeout=30_000)
    expect(page.locator('[data-testid="stDataFrame"] canvas').first).to_be_visible(
        timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ranking-after-weight-change.png"), full_page=True)


def test_report_text_shows_markup_as_text_and_marks_evidence(app_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{app_url}/report")
    text = page.locator(".govbench-report-text")
    expect(text).to_contain_text('<script>alert("x")</script>', timeout=30_000)
    expect(text.locator("mark").first).to_be_visible()
    assert text.locator("script, b").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-evidence.png"), full_page=True)


def test_open_link_on_the_reports_list_shows_the_chosen_report(app_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url)      # the reports list is the default page, at the root
    page.get_by_role("link", name="打开报告").click()
    expect(page.get_by_role("heading", name="丁县人民政府〔合成〕 · 2021")).to_be_visible(
        timeout=30_000)
    assert "report=" in page.url
