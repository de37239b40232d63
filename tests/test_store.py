"""store: idempotent, atomic, and blank is not 0."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from govbench import ingest, store
from govbench.model import Evidence, Fact, Problem, Region, Report, TableCell


def _report(text: str, **facts: float) -> Report:
    return Report(
        source=f"{text[:8]}.txt",
        text=text,
        issuer="秦皇岛市人民政府",
        region=Region("130300", "河北省", "秦皇岛市", None),
        level="city",
        body_kind="government",
        year=2016,
        format="legacy",
        facts=[Fact(m, v, False, "narrative", Evidence(0, 4, text[:4])) for m, v in facts.items()],
        problems=[Problem("部分单位更新信息不及时", "timeliness", 5, 16)],
    )


DATA = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"


@pytest.fixture
def con(tmp_path):
    c = store.Database.writer(tmp_path / "g.duckdb")
    yield c
    c.close()


def test_storing_the_same_report_twice_adds_it_once(con):
    report = _report("市本级平台公开各类政府信息16836条", proactive_items_total=16836)
    first = con.store_batch([("h1", report)])
    second = con.store_batch([("h2", report)])
    assert (first.added, second.added, second.unchanged) == (1, 0, 1)
    assert con.execute("SELECT count(*) FROM facts").fetchone() == (1,)
    # both files are remembered, so neither is parsed again
    assert con.known_file_hashes() == {"h1", "h2"}


def test_report_metrics_has_one_column_per_metric_and_missing_stays_null(con):
    con.store_batch([("h", _report("共报告信息公开申请162件", requests_received=162))])
    row = con.execute(
        "SELECT requests_received, admin_litigation, issuer FROM report_metrics"
    ).fetchone()
    assert row == (162.0, None, "秦皇岛市人民政府")


def test_a_failing_batch_leaves_nothing_half_written(con, monkeypatch):
    good = _report("行政复议4件", admin_reconsideration=4)

    def explode(*args):
        raise RuntimeError("disk full")

    original = store.Database._insert_reports
    monkeypatch.setattr(
        store.Database,
        "_insert_reports",
        lambda db, rows, now: (original(db, rows, now), explode()),
    )
    with pytest.raises(RuntimeError):
        con.store_batch([("h", good)])
    assert con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM facts").fetchone() == (0,)
    assert con.known_file_hashes() == set()


def test_table_cells_keep_blank_apart_from_printed_zero(con):
    report = _report("表四 行政复议 5 0 2 7")
    report.tables = {
        "table4": {
            "reconsideration": {
                "maintained": TableCell(5, "5"),
                "corrected": TableCell(None, ""),
                "other": TableCell(0, "0"),
                "pending": TableCell(None, "/"),
                "total": TableCell(7, "7"),
            }
        }
    }
    con.store_batch([("h", report)])
    cells = {
        col: (value, raw)
        for col, value, raw in con.execute("SELECT col_key, value, raw FROM table_cells").fetchall()
    }
    assert cells["corrected"] == (None, "")
    assert cells["other"] == (0.0, "0")
    assert cells["pending"] == (None, "/")


def test_an_unreadable_file_is_recorded_once_per_file(con):
    con.store_batch([], [("bad", "x.pdf", "no text layer (scanned image?)")])
    con.store_batch([], [("bad", "x.pdf", "no text layer (scanned image?)")])
    assert con.execute("SELECT source, error FROM ingest_errors").fetchall() == [
        ("x.pdf", "no text layer (scanned image?)")
    ]


@pytest.mark.parametrize("chunk_size", [1, 8])
def test_one_text_in_many_files_is_stored_once_whichever_chunk_each_file_lands_in(
    tmp_path, monkeypatch, chunk_size
):
    # Workers build each chunk's rows apart; the one writer must still store a text once.
    text = (DATA / "hebei-qinhuangdao-2016.txt").read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):  # same bytes three times
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d.txt").write_bytes(text.encode("gb18030"))  # other bytes, same text
    (folder / "e.txt").write_text(
        (DATA / "pingtan_county_2012.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(ingest, "CHUNK_SIZE", chunk_size)
    db = tmp_path / "g.duckdb"
    counts = ingest.ingest([folder], db, workers=1)
    assert (counts.added, counts.unchanged, counts.failed) == (2, 3, 0)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT report_id) FROM files").fetchone() == (
            3,
            2,
        )  # a=b=c, d, e
        assert con.execute("SELECT count(*) FROM reports").fetchone() == (2,)
        twice = con.execute("""
            SELECT (SELECT count(*) FROM (SELECT report_id, metric FROM facts
                                          GROUP BY ALL HAVING count(*) > 1)),
                   (SELECT count(*) FROM (SELECT report_id, "table", row_key, col_key
                                          FROM table_cells GROUP BY ALL HAVING count(*) > 1)),
                   (SELECT count(*) FROM (SELECT report_id, ordinal FROM problems
                                          GROUP BY ALL HAVING count(*) > 1))""").fetchone()
        assert twice == (0, 0, 0)
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    finally:
        con.close()


def test_a_reports_id_is_hashed_once_and_follows_a_replaced_text(monkeypatch):
    from govbench import model

    report = _report("市本级平台公开各类政府信息16836条")
    calls = []
    original = model.report_id
    monkeypatch.setattr(model, "report_id", lambda text: calls.append(text) or original(text))
    first = report.report_id
    assert report.report_id == first and len(calls) == 1
    report.text = "另一份报告"
    assert report.report_id == original("另一份报告") != first and len(calls) == 2
