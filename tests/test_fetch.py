"""govbench fetch against a fixture site served on 127.0.0.1 (no test reaches further): a list
page, report pages in UTF-8 and GBK, PDF/DOC/OFD attachments, a redirect, a 404, a soft 404,
a slow page, robots.txt forbidding a path; then the fetched folder ingested with its
manifest."""

from __future__ import annotations

import csv
import hashlib
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from govbench import cli
from govbench.fetch import Fetcher

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT / "data" / "reports" / "full"
FORMATS = ROOT / "tests" / "fixtures" / "formats"
sys.path.insert(0, str(Path(__file__).parent))
from ofd_writer import pdf_to_ofd  # noqa: E402

REPORT_2021 = (FULL / "pingtan_zhq_2021.txt").read_text(encoding="utf-8")
REPORT_2014 = (FULL / "pingtan_zhq_2014.txt").read_text(encoding="utf-8")


def _page(title: str, body: str, charset: str = "utf-8") -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
        f"{body}</body></html>"
    ).encode(charset)


def _site() -> dict[str, tuple[int, dict[str, str], bytes]]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        "/robots.txt": (
            200,
            {"Content-Type": "text/plain"},
            b"User-agent: *\nDisallow: /private/\n",
        ),
        "/ndbg/index.html": (
            200,
            html,
            _page(
                "年报列表",
                (
                    '<a href="a2021.html">平潭综合实验区2021年政府信息公开工作年度报告</a>'
                    '<a href="/gbk2014.html">2014年度报告</a>'
                    '<a href="/old2019.html">2019年政府信息公开工作年度报告（PDF版）</a>'
                    '<a href="/gone.html">2018年度报告</a><a href="/soft404.html">2017年度报告</a>'
                    '<a href="/private/2016.html">2016年度报告</a><a href="/about.html">关于我们</a>'
                ),
            ),
        ),
        "/ndbg/a2021.html": (
            200,
            html,
            _page(
                "平潭综合实验区2021年政府信息公开工作年度报告",
                "".join(f"<p>{line}</p>" for line in REPORT_2021.splitlines())
                + '<p><a href="/files/hongze.pdf">附件：年报PDF</a> <a href="/files/q.doc">DOC版</a>'
                ' <a href="/files/hongze.ofd">OFD版</a></p>',
            ),
        ),
        "/gbk2014.html": (
            200,
            {"Content-Type": "text/html"},
            _page(
                "平潭综合实验区2014年政府信息公开工作年度报告",
                "".join(f"<p>{line}</p>" for line in REPORT_2014.splitlines()),
                charset="gbk",
            ),
        ),
        "/old2019.html": (301, {"Location": "/files/hongze.pdf"}, b""),
        "/soft404.html": (
            200,
            html,
            _page("页面不存在", "<div>抱歉，您访问的页面不存在或已被删除！</div>"),
        ),
        "/private/2016.html": (200, html, _page("不应被抓取", "<p>robots.txt 禁止</p>")),
        "/files/hongze.pdf": (
            200,
            {"Content-Type": "application/pdf"},
            (FULL / "hongze_district_2023.pdf").read_bytes(),
        ),
        "/files/q.doc": (
            200,
            {"Content-Type": "application/msword"},
            (FORMATS / "qinhuangdao-2016.doc").read_bytes(),
        ),
        "/files/hongze.ofd": (
            200,
            {"Content-Type": "application/ofd"},
            pdf_to_ofd(FULL / "hongze_district_2023.pdf"),
        ),
    }


@pytest.fixture(scope="module")
def site():
    pages = _site()
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            if self.path == "/slow.html":
                time.sleep(3)
            status, headers, body = pages.get(self.path, (404, {}, b"not found"))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def _manifest(out: Path) -> list[dict[str, str]]:
    with (out / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_fetch_a_list_page_keeps_reports_and_attachments_and_records_every_failure(site, tmp_path):
    base, requests = site
    out = tmp_path / "site"
    fetcher = Fetcher(out, delay=0, timeout=1, retries=0)
    pages = fetcher.list_page(f"{base}/ndbg/index.html", "年度报告")
    assert [p.removeprefix(base) for p in pages] == [
        "/ndbg/a2021.html",
        "/gbk2014.html",
        "/old2019.html",
        "/gone.html",
        "/soft404.html",
        "/private/2016.html",
    ]
    fetcher.fetch([*pages, f"{base}/slow.html"])
    rows = {r["url"].removeprefix(base): r for r in _manifest(out)}
    errors = {url: r["error"] for url, r in rows.items() if r["error"]}
    assert errors == {
        "/gone.html": "HTTP 404",
        "/soft404.html": "not a report: looks like an error page",
        "/private/2016.html": "forbidden by robots.txt",
        "/slow.html": "timed out after 1 s",
    }
    assert "/private/2016.html" not in requests  # robots.txt is obeyed
    kept = {url: r for url, r in rows.items() if not r["error"]}
    assert set(kept) == {
        "/ndbg/a2021.html",
        "/gbk2014.html",
        "/old2019.html",
        "/files/hongze.pdf",
        "/files/q.doc",
        "/files/hongze.ofd",
    }
    # the redirect kept under its final URL's name; the PDF linked again is not written twice
    assert kept["/old2019.html"]["final_url"] == f"{base}/files/hongze.pdf"
    assert kept["/old2019.html"]["file"] == kept["/files/hongze.pdf"]["file"]
    assert kept["/files/q.doc"]["linked_from"] == f"{base}/ndbg/a2021.html"
    assert kept["/ndbg/a2021.html"]["title"] == "平潭综合实验区2021年政府信息公开工作年度报告"
    for row in kept.values():
        data = (out / row["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"]
        assert row["fetched_at"] and row["content_type"]
    files = sorted(p.name for p in out.iterdir() if p.name != "manifest.csv")
    assert len(files) == 5 and not [f for f in files if f.endswith(".part")]

    # a second run fetches nothing already there
    before = len(requests)
    Fetcher(out, delay=0, timeout=1, retries=0).fetch(
        [f"{base}/ndbg/a2021.html", f"{base}/gbk2014.html"]
    )
    assert requests[before:] == []

    # and the folder is ingested with its manifest: every report read, with its year
    db = tmp_path / "site.duckdb"
    assert (
        cli.main(
            [
                "ingest",
                str(out),
                "--db",
                str(db),
                "--workers",
                "1",
                "--manifest",
                str(out / "manifest.csv"),
            ]
        )
        == 0
    )
    with duckdb.connect(str(db), read_only=True) as con:
        years = sorted(y for (y,) in con.execute("SELECT year FROM reports").fetchall())
    # the GBK page read as GBK; the 2023 report as its PDF and as its OFD copy
    assert years == [2014, 2016, 2021, 2023, 2023]


def test_requests_to_a_host_wait_the_delay_and_name_the_tool(site, tmp_path):
    base, _ = site
    seen: list[float] = []
    fetcher = Fetcher(
        tmp_path / "slowly",
        delay=0.4,
        timeout=2,
        retries=0,
        on_row=lambda row: seen.append(time.monotonic()),
    )
    fetcher.fetch(
        [f"{base}/gone.html", f"{base}/soft404.html", f"{base}/gbk2014.html"], attachments=False
    )
    assert all(b - a >= 0.35 for a, b in zip(seen, seen[1:]))
    assert "govbench" in fetcher.user_agent


def test_fetch_command_prints_each_outcome_and_exits_2_on_a_failure(site, tmp_path, capsys):
    base, _ = site
    out = tmp_path / "cmd"
    code = cli.main(
        ["fetch", f"{base}/gbk2014.html", f"{base}/gone.html", "--out", str(out), "--delay", "0"]
    )
    printed = capsys.readouterr()
    assert code == 2
    assert f"{base}/gone.html -> error: HTTP 404" in printed.out
    assert "1 fetched or already there, 1 failed" in printed.err
    assert cli.main(["fetch", "--out", str(out)]) == 2
