"""One list of report file suffixes: what `parse` reads, a folder ingest takes and the app's
uploader accepts are the same; formats that are known but not read are named, never skipped."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import duckdb
import pytest

from govbench.ingest import ingest, parse_file
from govbench.model import UnreadableError
from govbench.read import NOT_READ, READABLE
from govbench.ui.uploads import ACCEPTED, rejection

FULL = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"
FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _ofd() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
    return buffer.getvalue()


def _as_web_page(text: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"></head><body><pre>{text}</pre></body></html>'
    ).encode("utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    # read: markdown, a .shtml page, and a web page saved under a .doc name
    (d / "pingtan.md").write_bytes((FULL / "pingtan_zhq_2014.txt").read_bytes())
    (d / "shanghai.shtml").write_bytes((FULL / "shanghai_gov_office_2019.html").read_bytes())
    (d / "pingtan-saved.doc").write_bytes(
        _as_web_page((FULL / "pingtan_zhq_2021.txt").read_text(encoding="utf-8"))
    )
    # old word-processor files, read through LibreOffice (a WPS Office .wps is a Word 97 file)
    (d / "old.doc").write_bytes((FORMATS / "qinhuangdao-2016.doc").read_bytes())
    (d / "old.wps").write_bytes((FORMATS / "pingtan-zhq-2023.wps").read_bytes())
    (d / "letter.rtf").write_bytes((FORMATS / "pingtan-zhq-2011.rtf").read_bytes())
    # a damaged one is an error with its reason, as is a known format that is not read
    (d / "damaged.doc").write_bytes(OLE2 + b"WordDocument")
    (d / "e-file.ofd").write_bytes(_ofd())  # an OFD package with no pages
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", (FULL / "pingtan_zhq_2019.txt").read_bytes())
    (d / "bundle.zip").write_bytes(buffer.getvalue())
    # a page image is read by OCR: a damaged one is an error too
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    # not a report format at all: left out
    (d / "budget.xlsx").write_bytes(b"PK\x03\x04" + bytes(64))
    return d


NOT_READ_FILES = {
    "damaged.doc": "corrupt old Word .doc file (LibreOffice could not read it)",
    "e-file.ofd": "no text found in the OFD (its pages may be scanned images)",
    "bundle.zip": NOT_READ[".zip"],
    "photo.jpg": "corrupt image (UnidentifiedImageError)",
}


def test_a_folder_ingest_reads_every_readable_suffix_and_names_the_formats_it_cannot_read(
    folder, tmp_path
):
    db = tmp_path / "s.duckdb"
    counts = ingest([folder], db, workers=0)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {
            Path(s).name: year
            for s, year in con.execute("SELECT source, year FROM reports").fetchall()
        }
        errors = {
            Path(s).name: e
            for s, e in con.execute("SELECT source, error FROM ingest_errors").fetchall()
        }
    assert stored == {
        "pingtan.md": 2014,
        "shanghai.shtml": 2019,
        "pingtan-saved.doc": 2021,
        "old.doc": 2016,
        "old.wps": 2023,
        "letter.rtf": 2011,
    }
    assert errors == NOT_READ_FILES
    assert (counts.added, counts.failed) == (6, 4)


def test_parse_gives_the_same_reasons_as_a_folder_ingest(folder):
    for name, reason in NOT_READ_FILES.items():
        with pytest.raises(UnreadableError) as caught:
            parse_file(folder / name)
        assert str(caught.value) == reason
    assert parse_file(folder / "shanghai.shtml").year == 2019


def test_the_uploader_accepts_what_the_readers_read_and_nothing_else(folder):
    assert {f".{suffix}" for suffix in ACCEPTED} == set(READABLE)
    for name in ("pingtan.md", "shanghai.shtml", "old.doc", "old.wps", "letter.rtf"):
        assert rejection(name, (folder / name).read_bytes(), 10_000_000) is None
    assert rejection("shanghai.xhtml", (folder / "shanghai.shtml").read_bytes(), 10**7) is None
    assert rejection("bundle.zip", (folder / "bundle.zip").read_bytes(), 10_000_000) == "type"
    assert rejection("e-file.ofd", (folder / "e-file.ofd").read_bytes(), 10_000_000) is None
    assert rejection("e-file.ofd", (folder / "old.doc").read_bytes(), 10_000_000) == "type"
    # a damaged .doc has an old Word file's shape: taken, and its reading error then recorded
    assert rejection("damaged.doc", (folder / "damaged.doc").read_bytes(), 10_000_000) is None
