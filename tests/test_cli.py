"""The command line end to end, on a folder of real reports plus bad files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
GOVBENCH = [sys.executable, "-m", "govbench.cli"]
SAMPLE = ROOT / "data" / "reports"
REAL = [
    SAMPLE / "openings" / "gansu-lanzhou-2011.txt",
    SAMPLE / "full" / "hebei-qinhuangdao-2016.txt",
    SAMPLE / "full" / "pingtan_zhq_2021.txt",
    SAMPLE / "full" / "shanghai_gov_office_2019.html",
]


def govbench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*GOVBENCH, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The real reports and two bad files (read only: no test writes into it)."""
    d = tmp_path_factory.mktemp("cli") / "reports"
    d.mkdir()
    for f in REAL:
        shutil.copy(f, d / f.name)
    (d / "empty.txt").write_bytes(b"")
    (d / "scan.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return d


def test_parse_prints_one_json_line_per_file_in_order_and_exit_2_for_a_bad_one(folder):
    files = [
        folder / "gansu-lanzhou-2011.txt",
        folder / "empty.txt",
        folder / "hebei-qinhuangdao-2016.txt",
    ]
    result = govbench("parse", *files, "--json")
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(f) for f in files]
    assert lines[1] == {"source": str(files[1]), "error": lines[1]["error"]} and lines[1]["error"]
    assert lines[0]["year"] == 2011 and lines[2]["year"] == 2016
    assert lines[2]["region"]["city"] == "秦皇岛市"
    facts = {f["metric"]: f["value"] for f in lines[2]["facts"]}
    assert facts["requests_received"] == 162
    # one line on stderr, naming the file
    assert [ln for ln in result.stderr.splitlines() if ln] == [
        f"govbench: {files[1]}: {lines[1]['error']}"
    ]


def test_parse_of_readable_files_exits_0_with_a_human_summary(folder):
    result = govbench("parse", folder / "hebei-qinhuangdao-2016.txt")
    assert result.returncode == 0
    assert "秦皇岛市人民政府" in result.stdout and "2016" in result.stdout


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("reports", "facts", "table_cells", "problems", "ingest_errors")
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def one_worker(folder, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """`govbench ingest FOLDER --workers 1` into a new database: the database and the run."""
    db = tmp_path_factory.mktemp("one-worker") / "w1.duckdb"
    return db, govbench("ingest", folder, "--db", db, "--workers", "1")


def test_ingest_stores_good_files_records_bad_ones_and_a_rerun_changes_nothing(
    folder, one_worker, tmp_path
):
    db = shutil.copy(one_worker[0], tmp_path / "g.duckdb")  # the rerun writes to it
    first = one_worker[1]
    assert first.returncode == 0, first.stderr
    assert "4 reports added" in first.stdout and "2 unreadable" in first.stdout
    counts = _counts(db)
    assert counts["reports"] == 4 and counts["ingest_errors"] == 2
    assert counts["table_cells"] > 0  # the standard reports' tables
    second = govbench("ingest", folder, "--db", db)
    assert "0 reports added" in second.stdout
    assert _counts(db) == counts


def _stored(db: Path) -> tuple[list, ...]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return (
            con.execute("SELECT report_id, issuer, year FROM reports ORDER BY 1").fetchall(),
            con.execute("SELECT report_id, metric, value FROM facts ORDER BY 1, 2").fetchall(),
            con.execute(
                'SELECT report_id, "table", row_key, col_key, value, raw '
                "FROM table_cells ORDER BY ALL"
            ).fetchall(),
            con.execute("SELECT source, error FROM ingest_errors ORDER BY 1").fetchall(),
        )
    finally:
        con.close()


def test_two_workers_store_exactly_what_one_worker_stores(folder, one_worker, tmp_path):
    db, run = one_worker
    assert run.returncode == 0, run.stderr
    assert (
        govbench("ingest", folder, "--db", tmp_path / "w2.duckdb", "--workers", "2").returncode == 0
    )
    assert _stored(db) == _stored(tmp_path / "w2.duckdb")


def test_parsing_in_process_stores_exactly_what_one_worker_stores(folder, one_worker, tmp_path):
    from govbench.ingest import ingest

    db, run = one_worker
    assert run.returncode == 0, run.stderr
    ingest([folder], tmp_path / "w0.duckdb", workers=0)
    assert _stored(tmp_path / "w0.duckdb") == _stored(db)


@pytest.mark.parametrize(
    "workers, says",
    [
        ("0", "must be 1 or more, not 0"),
        ("-2", "must be 1 or more, not -2"),
        ("two", "not a whole number: 'two'"),
    ],
)
def test_ingest_refuses_fewer_than_one_worker_in_one_line(folder, tmp_path, workers, says):
    db = tmp_path / "g.duckdb"
    result = govbench("ingest", folder, "--db", db, "--workers", workers)
    assert result.returncode == 2 and not db.exists()
    assert result.stderr.splitlines()[-1] == f"govbench ingest: error: argument --workers: {says}"
