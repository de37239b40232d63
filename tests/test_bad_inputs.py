"""Hostile and broken inputs: every kind gives the user one clear line, never a traceback.

Most kinds run read_document / ingest in-process; a few run the CLI end to end (each
costs about a second). The table of unreadable kinds is shared: read_document must say
exactly the message, and `govbench ingest` must record exactly that message for the file.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import re
import resource
import shutil
import struct
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from govbench import cli
from govbench.ingest import ingest, iter_report_files
from govbench.model import UnreadableError
from govbench.parse import parse_document
from govbench.read import read_bytes, read_document

ROOT = Path(__file__).resolve().parents[1]
HONGZE_PDF = ROOT / "data" / "reports" / "full" / "hongze_district_2023.pdf"

# A short report in the legacy style: enough for parse to find a year and a figure.
REPORT = (
    "平潭综合实验区2019年政府信息公开工作年度报告\n全区共收到政府信息公开申请23件,均已按时答复。"
)
REPORT_HTML = "".join(f"<p>{line}</p>" for line in REPORT.split("\n"))


# --- builders: each makes the bytes of one kind of bad file ----------------------------


def _pdf(draw: Callable, pages: int = 1, encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for _ in range(pages):
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _text_pdf(pages: int = 1, encrypt: str | None = None) -> bytes:
    return _pdf(lambda pdf: pdf.drawString(72, 750, "report 2019"), pages, encrypt)


def _scanned_pdf() -> bytes:
    # what a scan looks like to a text reader: marks on the page, no text layer
    return _pdf(lambda pdf: pdf.rect(72, 72, 400, 600, fill=1))


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(REPORT)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4


def _html(body: str, title: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    ).encode("utf-8")


# (test id, file name, bytes, the message a user reads). Every kind's bytes differ, so
# ingest keeps one ingest_errors row each (rows are keyed by the file's hash).
UNREADABLE = [
    ("empty", "empty.txt", lambda: b"", "empty file"),
    ("blank-lines", "blank.md", lambda: b" \r\n\t\n\n", "empty file"),
    ("bom-only", "bom.txt", lambda: b"\xef\xbb\xbf", "empty file"),
    ("binary-with-nuls", "data.txt", lambda: bytes(range(256)) * 8, "binary content (NUL bytes)"),
    ("png-as-txt", "scan.txt", lambda: PNG, "binary content (an image or archive, not text)"),
    ("jpeg-as-html", "scan.html", lambda: JPEG, "binary content (an image or archive, not text)"),
    (
        "zip-as-md",
        "bundle.md",
        lambda: _zip({"a.txt": b"x"}),
        "binary content (an image or archive, not text)",
    ),
    (
        "gzip-as-htm",
        "page.htm",
        lambda: b"\x1f\x8b\x08\x00" + bytes(range(1, 256)),
        "binary content (an image or archive, not text)",
    ),
    ("png-as-pdf", "scan.pdf", lambda: PNG + b"pdf", "not a PDF file"),
    ("png-as-docx", "scan.docx", lambda: PNG + b"docx", "not a DOCX file"),
    ("text-as-docx", "plain.docx", lambda: "政府信息公开".encode("utf-8"), "not a DOCX file"),
    (
        "zip-without-document-as-docx",
        "photos.docx",
        lambda: _zip({"photo.jpg": JPEG}),
        "not a DOCX file (no word/document.xml)",
    ),
    (
        "truncated-docx",
        "cut.docx",
        lambda: _docx()[:3000],
        "corrupt DOCX (a damaged or truncated zip)",
    ),
    # a damaged old Word file, whatever its name: LibreOffice is given it and cannot read it
    (
        "old-word-doc-as-docx",
        "old.docx",
        lambda: OLE2 + bytes(504) + b"WordDocument",
        "corrupt old Word .doc file (LibreOffice could not read it)",
    ),
    (
        "old-word-doc-as-txt",
        "old.txt",
        lambda: OLE2 + bytes(504) + b"Word.Document.8",
        "corrupt old Word .doc file (LibreOffice could not read it)",
    ),
    (
        "password-protected-docx",
        "locked.docx",
        lambda: OLE2 + bytes(504) + "EncryptedPackage".encode("utf-16-le"),
        "encrypted DOCX (needs a password)",
    ),
    (
        "truncated-pdf",
        "cut.pdf",
        lambda: HONGZE_PDF.read_bytes()[:2000],
        "corrupt PDF (Unexpected EOF)",
    ),
    (
        "pdf-header-only",
        "header.pdf",
        lambda: b"%PDF-1.4\n%%EOF\n",
        "corrupt PDF (No /Root object! - Is this really a PDF?)",
    ),
    (
        "encrypted-pdf",
        "locked.pdf",
        lambda: _text_pdf(encrypt="secret"),
        "encrypted PDF (needs a password)",
    ),
    ("image-only-pdf", "scanned.pdf", _scanned_pdf, "no text found by OCR"),
    (
        "html-only-scripts-and-iframes",
        "furniture.html",
        lambda: _html(
            '<script>document.write("收到申请23件")</script><iframe src="x">框架</iframe>'
            "<style>p{}</style><noscript>请启用脚本</noscript>"
        ),
        "no text found",
    ),
    (
        "html-without-elements",
        "nothing.html",
        lambda: b"<!-- --><!DOCTYPE html>",
        "not a readable HTML page (no elements)",
    ),
    (
        "html-with-nul-bytes",
        "nul.html",
        lambda: b"<html><body>\x00\x00report</body></html>",
        "binary content (NUL bytes)",
    ),
    (
        "error-page-404-en",
        "404.html",
        lambda: _html("<h1>404 Not Found</h1><hr><center>nginx/1.18.0</center>", "404 Not Found"),
        "not a report: looks like an error page",
    ),
    (
        "error-page-404-zh",
        "gone.html",
        lambda: _html(
            "<div>抱歉,您访问的页面不存在或已被删除!</div><a href='/'>返回首页</a>", "页面不存在"
        ),
        "not a report: looks like an error page",
    ),
    (
        "error-page-saved-as-txt",
        "404.txt",
        lambda: b"404 Not Found\n\nnginx\n",
        "not a report: looks like an error page",
    ),
    # behind a byte-order mark, binary bytes decoded to thousands of characters of mojibake
    (
        "utf16-bom-then-binary",
        "u16.txt",
        lambda: codecs.BOM_UTF16_LE + random.Random(1).randbytes(8192),
        "binary content after a UTF-16 byte-order mark (not text in that encoding)",
    ),
    (
        "utf16be-bom-then-binary",
        "u16be.html",
        lambda: codecs.BOM_UTF16_BE + random.Random(2).randbytes(8192),
        "binary content after a UTF-16 byte-order mark (not text in that encoding)",
    ),
    (
        "utf8-bom-then-binary",
        "u8.md",
        lambda: codecs.BOM_UTF8 + random.Random(3).randbytes(8192),
        "binary content after a UTF-8 byte-order mark (not text in that encoding)",
    ),
    (
        "utf32-bom-then-binary",
        "u32.txt",
        lambda: codecs.BOM_UTF32_LE + random.Random(4).randbytes(8192),
        "binary content after a UTF-32 byte-order mark (not text in that encoding)",
    ),
    (
        "rtf-cut-short",
        "report.rtf",
        lambda: b"{\\rtf1 \\ansi\\ansicpg936 {\\fonttbl",
        "corrupt RTF file (LibreOffice could not read it)",
    ),
    (
        "text-as-doc",
        "notes.doc",
        lambda: "政府信息公开年度报告".encode("utf-8"),
        "no Word or RTF content in this old Word .doc file",
    ),
    # refused by name: read as text they became reports of compressed bytes
    (
        "gz",
        "report.txt.gz",
        lambda: gzip.compress(REPORT.encode("utf-8")),
        "a compressed file (.gz): unpack it and ingest what it holds",
    ),
    (
        "tgz",
        "reports.tgz",
        lambda: gzip.compress(b"tar" + REPORT.encode("utf-8")),
        "a compressed file (.tgz): unpack it and ingest what it holds",
    ),
    (
        "zip",
        "reports.zip",
        lambda: _zip({"r.txt": REPORT.encode("utf-8")}),
        "a compressed file (.zip): unpack it and ingest what it holds",
    ),
    (
        "rar",
        "reports.rar",
        lambda: b"Rar!\x1a\x07\x01\x00" + bytes(range(64)),
        "a compressed file (.rar): unpack it and ingest what it holds",
    ),
    (
        "7z",
        "reports.7z",
        lambda: b"7z\xbc\xaf\x27\x1c" + bytes(range(64)),
        "a compressed file (.7z): unpack it and ingest what it holds",
    ),
]


@pytest.mark.parametrize(
    "name, make, message", [k[1:] for k in UNREADABLE], ids=[k[0] for k in UNREADABLE]
)
def test_unreadable_kind_gives_its_one_line_reason(tmp_path, name, make, message):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(UnreadableError) as caught:
        read_document(path)
    assert str(caught.value) == message


def test_ingest_records_every_unreadable_kind_and_stores_the_good_file(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    expected = {}
    for kind, name, make, message in UNREADABLE:
        path = folder / f"{kind}-{name}"
        path.write_bytes(make())
        expected[str(path)] = message
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "g.duckdb"
    counts = ingest([folder], db, workers=1)
    assert (counts.added, counts.failed) == (1, len(UNREADABLE))
    con = duckdb.connect(str(db), read_only=True)
    try:
        recorded = dict(con.execute("SELECT source, error FROM ingest_errors").fetchall())
        stored = con.execute("SELECT source, year FROM reports").fetchall()
    finally:
        con.close()
    assert recorded == expected
    assert stored == [(str(folder / "good.txt"), 2019)]


# --- limits: refused quickly, with the limit named --------------------------------------


def test_file_of_tens_of_megabytes_is_refused_by_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: 60 MB on paper, nothing on disk
        fh.truncate(60 * 2**20)
    with pytest.raises(UnreadableError) as caught:
        read_document(path)
    assert str(caught.value) == "file too large (60 MB; the limit is 50 MB)"


def test_pdf_with_more_pages_than_a_report_is_refused(tmp_path, monkeypatch):
    from govbench.read import pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 3)  # 301 real pages would be slow
    path = tmp_path / "book.pdf"
    path.write_bytes(_text_pdf(pages=4))
    with pytest.raises(UnreadableError) as caught:
        read_document(path)
    assert str(caught.value) == "PDF has 4 pages; a report has at most 3"


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "report.txt").mkdir()
    with pytest.raises(UnreadableError, match="^a directory, not a file$"):
        read_document(tmp_path / "report.txt")


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableError, match="^file not found$"):
        read_document(tmp_path / "absent.pdf")


# --- zip bombs ------------------------------------------------------------------------------

BOMB_BYTES = 2**30  # the document part inflates to 1 GiB


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """A .docx whose word/document.xml inflates to 1 GiB; a few MB on disk. Written as a
    stream, so building it holds one 1 MB chunk at a time."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    chunk = b"<w:p><w:r><w:t>0</w:t></w:r></w:p>" * (2**20 // 32)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            written = 0
            while written < BOMB_BYTES:
                part.write(chunk)
                written += len(chunk)
    return path


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its reaped children (the parsing pool's
    workers). A guard against a hang or a bomb counts the work done, not the time on the wall:
    on a machine loaded by other jobs a wall clock runs while the test waits for a core (CI
    saw a sub-second parse take 64 s so)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _read_measured(path: Path) -> tuple[str, float, int]:
    """(the refusal message, CPU seconds taken, peak bytes Python allocated meanwhile)."""
    tracemalloc.start()
    started = cpu_seconds()
    try:
        with pytest.raises(UnreadableError) as caught:
            read_document(path)
        seconds = cpu_seconds() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return str(caught.value), seconds, peak


def test_docx_zip_bomb_is_refused_by_its_declared_size_without_inflating(zip_bomb):
    assert zip_bomb.stat().st_size < 10 * 2**20
    message, seconds, peak = _read_measured(zip_bomb)
    assert message == "DOCX inflates to 1024 MB: refused as a likely zip bomb"
    assert seconds < 1.0
    assert peak < 3 * zip_bomb.stat().st_size  # the file's bytes, nothing inflated


def test_docx_zip_bomb_with_a_forged_small_size_is_refused_by_its_actual_size(zip_bomb, tmp_path):
    # The central directory claims the part inflates to 100 KB; it really gives 1 GiB.
    data = bytearray(zip_bomb.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the last entry: word/document.xml
    data[entry + 24 : entry + 28] = struct.pack("<I", 100_000)
    forged = tmp_path / "forged.docx"
    forged.write_bytes(bytes(data))
    message, seconds, peak = _read_measured(forged)
    assert message == ("corrupt DOCX (word/document.xml: Bad CRC-32 for file 'word/document.xml')")
    assert seconds < 1.0
    assert peak < 3 * zip_bomb.stat().st_size + 4 * 2**20


# --- readable despite the damage --------------------------------------------------------------


def test_html_scripts_and_iframes_never_reach_the_text(tmp_path):
    page = _html(
        '<script>var n = "收到申请999件";</script><iframe src="//evil">申请888件</iframe>'
        f"{REPORT_HTML}<object data='x'>777</object>",
        "平潭综合实验区2019年政府信息公开工作年度报告",
    )
    path = tmp_path / "page.html"
    path.write_bytes(page)
    doc = read_document(path)
    assert doc.text == REPORT
    assert "999" not in doc.text and "888" not in doc.text and "777" not in doc.text


@pytest.mark.parametrize(
    "open_tag, close_tag",
    [
        ("<div>", "</div>"),
        ("<span>", "</span>"),
        ("<font size=3>", ""),  # never closed, as broken editors write it
        ("<table><tr><td>", "</td></tr></table>"),
    ],
    ids=["divs", "spans", "unclosed-fonts", "tables"],
)
def test_html_nested_20000_deep_is_read_whole(tmp_path, open_tag, close_tag):
    page = _html(
        "<p>一、总体情况</p>"
        + open_tag * 20_000
        + "全区共收到政府信息公开申请23件。"
        + close_tag * 20_000
        + "<p>二、主动公开政府信息情况</p>"
    )
    path = tmp_path / "deep.html"
    path.write_bytes(page)
    started = cpu_seconds()
    doc = read_document(path)
    # a hang guard, not a speed claim (benchmark/ measures speed): the walk this guards
    # against went on for minutes, a whole read takes well under a CPU second
    assert cpu_seconds() - started < 60
    assert doc.text == "一、总体情况\n全区共收到政府信息公开申请23件。\n二、主动公开政府信息情况"


def test_html_nested_1500_deep_keeps_its_table(tmp_path):
    # deeper than Python's recursion limit, within lxml's: read as parsed, tables intact
    table = (
        "<table><tr><td>规章</td><td>3</td></tr><tr><td>行政规范性文件</td><td>5</td></tr></table>"
    )
    page = _html("<div>" * 1500 + table + "</div>" * 1500)
    path = tmp_path / "deep.html"
    path.write_bytes(page)
    doc = read_document(path)
    assert [g.rows for g in doc.grids] == [[["规章", "3"], ["行政规范性文件", "5"]]]


def test_a_report_whose_title_mentions_404_is_still_a_report(tmp_path):
    # the error-page rule needs both an error title and no report markers
    page = _html(REPORT_HTML, "404号文件 - 页面不存在")
    path = tmp_path / "odd-title.html"
    path.write_bytes(page)
    assert read_document(path).text == REPORT


def test_invalid_utf8_bytes_are_replaced_and_said(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_bytes(REPORT.encode("utf-8").replace("23件".encode(), b"23\xff\xfe\x80\xe4\xb8"))
    doc = read_document(path)
    assert (
        doc.text.split("\n")[1]
        == "全区共收到政府信息公开申请23\ufffd\ufffd\ufffd\ufffd,均已按时答复。"
    )
    assert doc.encoding == "utf-8"
    assert doc.warnings == [
        "encoding: 4 characters could not be decoded (utf-8) and read as \ufffd"
    ]


def test_mixed_utf8_and_gbk_lines_are_each_read_in_their_own(tmp_path):
    title, sentence = REPORT.split("\n")
    path = tmp_path / "pasted.txt"
    path.write_bytes(
        title.encode("utf-8")
        + b"\n"
        + sentence.encode("gbk")
        + b"\n"
        + "二、主动公开政府信息情况".encode("utf-8")
    )
    doc = read_document(path)
    assert doc.text == REPORT + "\n二、主动公开政府信息情况"
    assert doc.encoding == "utf-8+gb18030"
    assert doc.warnings == [
        "encoding: some lines are UTF-8 and others GBK/GB18030; each line was read in its own"
    ]
    assert parse_document(doc).year == 2019


def test_a_40000_digit_line_parses_in_moments():
    # a run of digits made every narrative pattern try every start: minutes, before
    doc = read_bytes(("收到申请" + "1" * 40_000 + "件。").encode("utf-8"), "digits.txt", ".txt")
    started = cpu_seconds()
    report = parse_document(doc)
    # a hang guard, not a speed claim (benchmark/ measures speed): the backtracking this
    # guards against took minutes; the parse takes well under a CPU second
    assert cpu_seconds() - started < 60
    assert report.facts == []


# --- folders: symbolic links, thousands of files ---------------------------------------------


def test_symbolic_links_leaving_the_folder_are_skipped(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(REPORT, encoding="utf-8")
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "own.txt").write_text(REPORT, encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside)
    (folder / "sub" / "up.txt").symlink_to("../../secret.txt")
    (folder / "escape").symlink_to(tmp_path, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "own.txt")
    assert [p.name for p in iter_report_files([folder])] == ["inside.txt", "own.txt"]


def test_a_dangling_link_inside_the_folder_is_recorded(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    db = tmp_path / "g.duckdb"
    counts = ingest([folder], db, workers=1)
    assert (counts.added, counts.failed) == (0, 1)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source, error FROM ingest_errors").fetchall()
    finally:
        con.close()
    assert rows == [(str(folder / "gone.txt"), "cannot open: No such file or directory")]


def test_a_folder_of_3000_tiny_files_is_ingested_whole(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        if i % 3:
            text = f"第{i}县2019年政府信息公开工作年度报告\n本年共收到政府信息公开申请{i}件。"
            (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
        else:  # every third is binary junk, each different
            (folder / f"{i:04d}.txt").write_bytes(b"\x00" + str(i).encode())
    db = tmp_path / "many.duckdb"
    started = cpu_seconds()
    counts = ingest([folder], db, workers=2)
    assert cpu_seconds() - started < 30  # a hang guard: the work of the ingest and its pool
    assert (counts.added, counts.failed) == (2000, 1000)
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = con.execute("SELECT count(*), count(DISTINCT source) FROM reports").fetchone()
        errors = con.execute("SELECT DISTINCT error FROM ingest_errors").fetchall()
    finally:
        con.close()
    assert stored == (2000, 2000)
    assert errors == [("binary content (NUL bytes)",)]


# --- the command line -------------------------------------------------------------------------


def _govbench(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govbench.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


ODD_NAMES = [
    "-x.txt",
    "with space.txt",
    'quote\'s "double".txt',
    "年度报告 (2019).txt",
    "--json.txt",
]


def test_parse_odd_file_names_after_double_dash(tmp_path):
    for i, name in enumerate(ODD_NAMES):
        (tmp_path / name).write_text(REPORT.replace("23件", f"{i + 1}件"), encoding="utf-8")
    (tmp_path / "-empty.txt").write_bytes(b"")
    given = [*ODD_NAMES, "./-x.txt", "-empty.txt"]
    result = _govbench("parse", "--json", "--", *given, cwd=tmp_path)
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == given
    received = [
        next(
            (f["value"] for f in line.get("facts", []) if f["metric"] == "requests_received"), None
        )
        for line in lines
    ]
    assert received == [1, 2, 3, 4, 5, 1, None]
    assert lines[-1] == {"source": "-empty.txt", "error": "empty file"}
    assert result.stderr.splitlines() == ["govbench: -empty.txt: empty file"]


def test_parse_bad_kinds_end_to_end(tmp_path):
    kinds = {
        "404.html": _html("<h1>404 Not Found</h1>", "404 Not Found"),
        "old.docx": OLE2 + bytes(504),
        "scan.pdf": _scanned_pdf(),
        "good.txt": REPORT.encode("utf-8"),
    }
    for name, data in kinds.items():
        (tmp_path / name).write_bytes(data)
    result = _govbench("parse", "--json", *kinds, "missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {
        "404.html": "not a report: looks like an error page",
        "old.docx": "corrupt old Word .doc file (LibreOffice could not read it)",
        "scan.pdf": "no text found by OCR",
        "missing.txt": "file not found",
    }
    assert [line.get("error") for line in lines] == [errors.get(n) for n in [*kinds, "missing.txt"]]
    assert lines[3]["year"] == 2019
    assert result.stderr.splitlines() == [f"govbench: {n}: {e}" for n, e in errors.items()]


def test_parse_reports_a_parser_bug_as_that_files_error_line(tmp_path, monkeypatch, capsys):
    import govbench.ingest as ingest_module

    def broken(path, *args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded\nwhile walking")

    monkeypatch.setattr(ingest_module, "parse_file", broken)
    assert cli.main(["parse", "--json", "a.txt"]) == 2
    out, err = capsys.readouterr()
    message = "parser failed: RecursionError: maximum recursion depth exceeded while walking"
    assert json.loads(out) == {"source": "a.txt", "error": message}
    assert err == f"govbench: a.txt: {message}\n"


def test_parse_a_file_name_that_is_not_utf8(tmp_path, capsys):
    name = os.fsdecode(b"\xb1\xa8\xb8\xe6.txt")  # 报告.txt in GBK, as unzipped on Linux
    (tmp_path / name).write_text(REPORT, encoding="utf-8")
    assert cli.main(["parse", "--json", str(tmp_path / name)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # what reaches stdout must be encodable: the JSON escapes the name
    line = json.loads(out)
    assert line["source"] == str(tmp_path / name) and line["year"] == 2019


def test_parse_error_line_for_a_file_name_with_a_line_break(tmp_path, capsys):
    name = str(tmp_path / "two\nlines.txt")
    assert cli.main(["parse", "--json", name]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out) == {"source": name, "error": "file not found"}
    assert err == f"govbench: {tmp_path}/two\\nlines.txt: file not found\n"


# --- crashes and hangs: links, pipes, devices, folders and names ----------------------------


def _errors(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT source, error FROM ingest_errors").fetchall())
    finally:
        con.close()


def test_symbolic_link_loops_are_recorded_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "g.duckdb"
    counts = ingest([folder], db, workers=1)
    assert (counts.added, counts.failed) == (1, 3)
    loop = "cannot open: Too many levels of symbolic links"
    assert _errors(db) == {str(folder / n): loop for n in ("a.txt", "b.txt", "self.txt")}


def test_named_pipes_and_devices_are_recorded_never_read(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "g.duckdb"
    counts = ingest([folder, "/dev/zero"], db, workers=1)
    assert (counts.added, counts.failed) == (1, 2)
    assert _errors(db) == {
        str(folder / "pipe.txt"): "not a regular file (a named pipe): only files are read",
        "/dev/zero": "not a regular file (a character device): only files are read",
    }


def test_parse_of_a_named_pipe_or_dev_zero_answers_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = subprocess.run(
        [sys.executable, "-m", "govbench.cli", "parse", "pipe.txt", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "govbench: pipe.txt: not a regular file (a named pipe): only files are read",
        "govbench: /dev/zero: not a regular file (a character device): only files are read",
    ]


def test_file_names_with_line_breaks_and_terminal_escapes_are_printed_escaped(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    forged = "x\n999 reports added, 0 unchanged, 0 unreadable -> g.duckdb\n.txt"
    (folder / forged).write_bytes(b"")
    (folder / "\x1b[2J\x1b]0;owned\x07.txt").write_bytes(b"\x00")
    (folder / "good \x1b[31mred\x1b[0m.txt").write_text(REPORT, encoding="utf-8")
    assert (
        cli.main(["ingest", str(folder), "--db", str(tmp_path / "g.duckdb"), "--workers", "1"]) == 0
    )
    out, err = capsys.readouterr()
    assert out == f"1 reports added, 0 unchanged, 2 unreadable -> {tmp_path}/g.duckdb\n"
    assert err.splitlines() == [
        f"govbench: {folder}/\\x1b[2J\\x1b]0;owned\\x07.txt: binary content (NUL bytes)",
        f"govbench: {folder}/x\\n999 reports added, 0 unchanged, 0 unreadable -> g.duckdb"
        "\\n.txt: empty file",
    ]
    assert cli.main(["parse", str(folder / "good \x1b[31mred\x1b[0m.txt")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.startswith(f"{folder}/good \\x1b[31mred\\x1b[0m.txt: ")


def test_a_read_only_database_keeps_its_mode_and_group_after_an_ingest(tmp_path):
    db = tmp_path / "g.duckdb"
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, n in ((first, 23), (second, 57)):
        folder.mkdir()
        (folder / "r.txt").write_text(REPORT.replace("23件", f"{n}件"), encoding="utf-8")
    ingest([first], db, workers=0)
    os.chown(db, -1, 1)
    db.chmod(0o440)
    counts = ingest([second], db, workers=0)
    assert counts.added == 1
    assert (db.stat().st_mode & 0o7777, db.stat().st_gid) == (0o440, 1)


def test_a_database_in_a_read_only_folder_gives_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        pytest.fail(f"needs root to mount a read-only tmpfs: {done.stderr.strip()}")
    try:
        (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
        result = _govbench("ingest", "r.txt", "--db", "ro/g.duckdb", "--workers", "1", cwd=tmp_path)
    finally:
        subprocess.run(["umount", str(folder)], check=True)
    assert result.returncode == 2
    assert result.stderr == (
        "govbench: cannot write in ro: Read-only file system (the "
        "database's folder must be writable: its copy and lock file are "
        "made there)\n"
    )


def test_parse_piped_into_head_stops_without_a_traceback(tmp_path):
    names = []
    for i in range(200):  # far more than a pipe holds, so parse writes after head left
        (tmp_path / f"{i}.txt").write_text(REPORT.replace("23件", f"{i}件"), encoding="utf-8")
        names.append(f"{i}.txt")
    result = subprocess.run(
        f"{sys.executable} -m govbench.cli parse --json {' '.join(names)} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert json.loads(result.stdout)["source"] == "0.txt"
    assert result.stderr == ""


def test_kill_9_of_check_ends_its_great_expectations_child(tmp_path):
    db = tmp_path / "g.duckdb"
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    ingest([tmp_path / "r.txt"], db, workers=0)
    check = subprocess.Popen(
        [sys.executable, "-m", "govbench.cli", "check", "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        child = _wait_for_child(check.pid, "spawn_main", seconds=60)
        check.kill()
        check.wait(timeout=10)
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (
            not Path(f"/proc/{child}").exists()
            or Path(f"/proc/{child}/stat").read_text().split(")")[1].split()[0] == "Z"
        ), "the Great Expectations child outlived check"
    finally:
        check.kill()


def _wait_for_child(pid: int, marker: str, seconds: float) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:  # a thread or a child may end between the listing and the read
                children = (task / "children").read_text().split()
                for child in children:
                    if marker.encode() in Path(f"/proc/{child}/cmdline").read_bytes():
                        return int(child)
            except FileNotFoundError:
                continue
        time.sleep(0.1)
    raise AssertionError(f"no child process with {marker} within {seconds} s")


# --- damaged database files -------------------------------------------------------------------

DAMAGED = "the database file is damaged"
ADVICE = (
    "restore it from a backup, or ingest the reports again into a new file "
    "(govbench ingest FOLDER --db NEW.duckdb)"
)


@pytest.fixture(scope="module")
def whole_db(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("whole")
    for n in range(12):
        (folder / f"{n}.txt").write_text(
            REPORT.replace("23件", f"{n + 1}件").replace("2019", str(2008 + n)), encoding="utf-8"
        )
    db = folder / "g.duckdb"
    ingest([folder], db, workers=0)
    return db.read_bytes()


def _flipped(data: bytes) -> bytes:
    # the first block after DuckDB's three 4 KB headers: the catalog's, always in use
    flipped = bytearray(data)
    flipped[12288:16384] = bytes(b ^ 0xFF for b in flipped[12288:16384])
    return bytes(flipped)


DAMAGES = {
    "truncated": lambda d: d[: len(d) // 2],
    "4-kb": lambda d: d[:4096],
    "random-bytes": lambda d: bytes(random_bytes(len(d))),
    "flipped-block": _flipped,
}


def random_bytes(n: int) -> bytes:
    import random

    return random.Random(3).randbytes(n)


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("command", ["ingest", "check", "rank"])
def test_a_damaged_database_gives_one_line_and_exit_2(whole_db, tmp_path, capsys, damage, command):
    db = tmp_path / "g.duckdb"
    db.write_bytes(DAMAGES[damage](whole_db))
    before = db.read_bytes()
    (tmp_path / "new.txt").write_text(REPORT.replace("23件", "99件"), encoding="utf-8")
    args = {
        "ingest": ["ingest", str(tmp_path / "new.txt"), "--db", str(db), "--workers", "1"],
        "check": ["check", "--db", str(db)],
        "rank": ["rank", "--db", str(db)],
    }[command]
    assert cli.main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no "1 reports added"
    assert err.startswith(f"govbench: {db}: {DAMAGED} (") and err.endswith(f"); {ADVICE}\n")
    assert err.count("\n") == 1 and ".writing" not in err
    assert db.read_bytes() == before and not list(tmp_path.glob("*.writing*"))


# --- declared charsets that are not text encodings; folders that cannot be listed ----------


@pytest.mark.parametrize("charset", ["hex", "zlib", "rot13", "base64", "no-such-charset"])
def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_read_by_detection(tmp_path, charset):
    page = f'<html><head><meta charset="{charset}"></head><body>{REPORT_HTML}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    document = read_document(path)
    assert document.encoding == "gb18030" and "收到政府信息公开申请23件" in document.text


def test_a_folder_that_cannot_be_listed_is_recorded(tmp_path):
    # root reads any folder: the run drops the capabilities that let it (as a user is)
    if shutil.which("setpriv") is None:
        pytest.fail(
            "needs setpriv (util-linux) to run ingest without root's read-anything capability"
        )
    folder = tmp_path / "reports"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "r.txt").write_text(REPORT, encoding="utf-8")
    (folder / "good.txt").write_text(REPORT.replace("23件", "24件"), encoding="utf-8")
    (folder / "locked").chmod(0)
    db = tmp_path / "g.duckdb"
    try:
        drop = "-dac_override,-dac_read_search"
        result = subprocess.run(
            [
                "setpriv",
                f"--inh-caps={drop}",
                f"--bounding-set={drop}",
                sys.executable,
                "-m",
                "govbench.cli",
                "ingest",
                str(folder),
                "--db",
                str(db),
                "--workers",
                "1",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    finally:
        (folder / "locked").chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 reports added, 0 unchanged, 1 unreadable")
    assert _errors(db) == {str(folder / "locked"): "cannot open: Permission denied"}


# --- memory bombs: tiny files that would build gigabytes ----------------------------------------


def _docx_with_table(tc_xml: str, rows: int = 1) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>{f'<w:tr>{tc_xml}</w:tr>' * rows}"
        f"</w:tbl><w:p><w:r><w:t>{REPORT}</w:t></w:r></w:p>"
    )
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": f'<w:document xmlns:w="{w}"><w:body>{body}</w:body>'
            "</w:document>".encode("utf-8"),
        }
    )


def test_docx_cell_spanning_30_million_columns_is_refused_before_it_is_built(tmp_path):
    path = tmp_path / "span.docx"
    path.write_bytes(
        _docx_with_table(
            '<w:tc><w:tcPr><w:gridSpan w:val="30000000"/></w:tcPr>'
            "<w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>"
        )
    )
    assert path.stat().st_size < 2048
    message, seconds, peak = _read_measured(path)
    assert message == (
        "DOCX table row spans 30,000,000 columns: refused (a report's table has at most 1000)"
    )
    assert seconds < 1.0 and peak < 20 * 2**20


def test_docx_tables_of_millions_of_cells_are_refused(tmp_path):
    path = tmp_path / "cells.docx"
    span = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>'
    path.write_bytes(_docx_with_table(span, rows=1200))
    message, seconds, _ = _read_measured(path)
    assert message == (
        "DOCX tables hold more than 1,000,000 cells: refused (a report's hold a few thousand)"
    )


def test_pdf_page_of_a_million_characters_is_refused_before_they_are_built(tmp_path):
    # 150,000 glyphs on one page (a bomb's stream inflates to tens of millions)
    def draw(pdf):
        text = pdf.beginText(10, 10)
        text.setFont("Helvetica", 1)
        for _ in range(150):
            text.textLine("0" * 1000)
        pdf.drawText(text)

    path = tmp_path / "many.pdf"
    path.write_bytes(_pdf(draw))
    message, seconds, peak = _read_measured(path)
    assert re.fullmatch(
        r"PDF page 1 has 150,\d{3} characters: refused \(a report's page has "
        r"a few thousand\)",
        message,
    ), message
    assert peak < 100 * 2**20  # not a dict per char (about 1 KB each)


def test_a_worker_cannot_take_the_machines_memory(tmp_path):
    import crashing_task
    from govbench.ingest import chunks

    (tmp_path / "greedy.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    outcomes = [
        o
        for chunk in chunks(
            sorted(tmp_path.iterdir()), frozenset(), 1, task=crashing_task.greedy_task
        )
        for o in chunk.outcomes
    ]
    assert [(Path(o.source).name, o.error) for o in outcomes] == [
        ("good.txt", None),
        ("greedy.txt", "memory refused"),
    ]


def test_an_upload_with_a_name_of_300_chinese_characters_can_be_saved(tmp_path):
    from govbench.ui.uploads import safe_name

    name = "某" * 300 + "人民政府2022年政府信息公开工作年度报告.pdf"
    saved = tmp_path / safe_name(name, 1)
    saved.write_bytes(b"%PDF-1.4")  # "File name too long" before
    assert saved.name.startswith("001_某某") and saved.suffix == ".pdf"


@pytest.mark.parametrize("damage", ["truncated", "flipped-block"])
def test_every_app_page_says_the_database_is_damaged_without_an_exception(
    whole_db, tmp_path, monkeypatch, damage
):
    from streamlit.testing.v1 import AppTest

    from govbench.ui.safe import as_text

    db = tmp_path / "g.duckdb"
    db.write_bytes(DAMAGES[damage](whole_db))
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    for page in (
        "overview",
        "reports",
        "report",
        "ranking",
        "compare",
        "trends",
        "problems",
        "quality",
    ):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(f"src/govbench/ui/pages/{page}.py").run()
        assert not at.exception, f"{page}: {at.exception}"
        # the path as the page shows it: as text (ui/safe.as_text escapes Markdown)
        assert [e.value.startswith(f"无法读取数据库 {as_text(db)}：") for e in at.error] == [
            True
        ], page
