""".doc, .wps and .rtf read through LibreOffice: the same report as the original they were
saved from (fixtures saved by LibreOffice from data/reports/full), one line when it fails."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from govbench.ingest import parse_file
from govbench.model import UnreadableError
from govbench.read import office, read_document

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT / "data" / "reports" / "full"
FORMATS = ROOT / "tests" / "fixtures" / "formats"


def _facts(report) -> dict[str, float]:
    return {f.metric: f.value for f in report.facts}


def _same_report(saved, original) -> None:
    assert (saved.year, saved.issuer, saved.region.code, saved.level, saved.format) == (
        original.year,
        original.issuer,
        original.region.code,
        original.level,
        original.format,
    )
    assert _facts(saved) == _facts(original)


@pytest.mark.parametrize("name", ["qinhuangdao-2016.doc", "qinhuangdao-2016.rtf"])
def test_seed_report_saved_as_doc_or_rtf_gives_the_same_report(name):
    original = parse_file(FULL / "hebei-qinhuangdao-2016.txt")
    saved = parse_file(FORMATS / name)
    _same_report(saved, original)
    assert saved.year == 2016 and saved.region.code == "130300"
    assert _facts(saved)["requests_received"] == 162


def test_a_wps_office_file_is_read_as_the_word_file_it_is(tmp_path):
    # WPS Office writes .wps as a Word 97 compound file
    original = parse_file(FULL / "pingtan_zhq_2023.txt")
    saved = parse_file(FORMATS / "pingtan-zhq-2023.wps")
    _same_report(saved, original)
    assert saved.format == "standard_2021"


def test_a_standard_report_saved_as_doc_keeps_its_tables():
    original = parse_file(FULL / "shanghai_gov_office_2019.html")
    saved = parse_file(FORMATS / "shanghai-2019.doc")
    _same_report(saved, original)
    cells = {
        t: {r: {c: cell.value for c, cell in cols.items()} for r, cols in rows.items()}
        for t, rows in saved.tables.items()
    }
    assert cells == {
        t: {r: {c: cell.value for c, cell in cols.items()} for r, cols in rows.items()}
        for t, rows in original.tables.items()
    }
    assert _facts(saved)["requests_received"] == 859
    assert read_document(FORMATS / "shanghai-2019.doc").media == "doc"


def test_an_rtf_saved_under_a_doc_name_is_read_as_rtf(tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes((FORMATS / "qinhuangdao-2016.rtf").read_bytes())
    assert read_document(path).media == "rtf"
    assert parse_file(path).year == 2016


def test_without_libreoffice_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setattr(office, "soffice", lambda: None)
    with pytest.raises(UnreadableError) as caught:
        read_document(FORMATS / "qinhuangdao-2016.doc")
    message = str(caught.value)
    assert message == (
        "old Word .doc file: LibreOffice is needed to read it: apt-get install "
        "libreoffice-writer-nogui (or save it as .docx)"
    )
    assert "\n" not in message


def test_a_hanging_converter_is_killed_with_its_helpers(tmp_path, monkeypatch):
    pids = tmp_path / "pids"
    fake = tmp_path / "soffice"
    # a converter that starts a helper and never finishes
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $$ $! > {pids}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setattr(office, "soffice", lambda: str(fake))
    monkeypatch.setattr(office, "CONVERT_TIMEOUT_SECONDS", 1)
    started = time.monotonic()
    with pytest.raises(UnreadableError, match="LibreOffice did not convert it within 1 s"):
        read_document(FORMATS / "qinhuangdao-2016.doc")
    assert time.monotonic() - started < 10
    converter, helper = map(int, pids.read_text().split())
    deadline = time.monotonic() + 5
    while (_running(converter) or _running(helper)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(converter) and not _running(helper)


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan waits for PID 1 to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_concurrent_conversions_each_get_their_own_profile():
    # LibreOffice refuses a second instance on a profile in use: each run has its own
    names = ["qinhuangdao-2016.doc", "pingtan-zhq-2023.wps", "qinhuangdao-2016.rtf"]
    with ThreadPoolExecutor(3) as pool:
        years = list(pool.map(lambda n: parse_file(FORMATS / n).year, names))
    assert years == [2016, 2023, 2016]
