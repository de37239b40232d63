"""A database written by an earlier release opens in this one: writers migrate it on open,
readers read it when they can and otherwise say, in one line, what to run."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from govbench import cli, store
from govbench.ingest import ingest
from govbench.rank import load_frame
from govbench.store import SCHEMA_VERSION, Database, OutdatedDatabase

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"
# what each fixture holds (tests/fixtures/README.md): 3 reports, 1 unreadable file
ROWS = {
    "reports": 3,
    "files": 3,
    "facts": 47,
    "table_cells": 400,
    "problems": 9,
    "ingest_errors": 1,
}
# v3 and v4 were made by a later parser, which finds two figures more in the same three reports
ROWS_V3 = {**ROWS, "facts": 49}


def _released(tmp_path: Path, version: int) -> Path:
    db = tmp_path / f"v{version}.duckdb"
    with gzip.open(FIXTURES / f"schema_v{version}.duckdb.gz") as src, open(db, "wb") as out:
        shutil.copyfileobj(src, out)
    return db


def _columns(db: Path) -> dict[str, list[tuple[str, str]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM duckdb_columns() "
            "WHERE NOT internal ORDER BY table_name, column_index"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        out.setdefault(table, []).append((column, kind))
    return out


def _counts(db: Path) -> dict[str, int]:
    with Database.reader(db) as database:
        return {t: database.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ROWS}


@pytest.fixture
def fresh(tmp_path) -> Path:
    db = tmp_path / "fresh.duckdb"
    Database.writer(db).close()
    return db


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_the_fixtures_are_of_the_schema_they_are_named_after(tmp_path, version):
    assert Database.version_of(_released(tmp_path, version)) == version


def test_a_first_release_database_is_refused_by_readers_with_the_command_to_run(tmp_path, capsys):
    db = _released(tmp_path, 1)
    with pytest.raises(OutdatedDatabase, match=f"run: govbench migrate --db {db}"):
        Database.reader(db)
    assert cli.main(["rank", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schema 1" in err and "govbench migrate" in err


def test_migrate_brings_a_first_release_database_to_this_schema_keeping_every_row(
    tmp_path, fresh, capsys
):
    db = _released(tmp_path, 1)
    assert cli.main(["migrate", "--db", str(db)]) == 0
    assert capsys.readouterr().out == f"{db}: schema 1 -> {SCHEMA_VERSION}\n"
    assert Database.version_of(db) == SCHEMA_VERSION
    assert _columns(db) == _columns(fresh)  # the same tables as a new database
    assert _counts(db) == ROWS
    frame = load_frame(db)
    assert sorted(frame["year"]) == [2012, 2021, 2023]
    assert frame["scope"].isna().all()  # not recorded then: unknown
    assert cli.main(["migrate", "--db", str(db)]) == 0
    assert "nothing to do" in capsys.readouterr().out


@pytest.mark.parametrize("version", [2, 3, 4])
def test_an_older_database_is_refused_by_readers_and_migrated_by_the_next_write(
    tmp_path, fresh, version
):
    # readers read every figure through the view figures, which reads corrections (4), and
    # show each figure's rule (5): readers of an older file say what to run, a writer (ingest,
    # check, correct) migrates it
    db = _released(tmp_path, version)
    before = db.read_bytes()
    with pytest.raises(OutdatedDatabase, match=f"schema {version}.*govbench migrate"):
        load_frame(db)
    assert db.read_bytes() == before  # a reader never writes
    counts = ingest([DATA / "hebei-qinhuangdao-2016.txt"], db, workers=0)
    assert counts.added == 1
    assert Database.version_of(db) == SCHEMA_VERSION
    assert _columns(db) == _columns(fresh)
    counts = _counts(db)
    assert (counts["reports"], counts["files"], counts["ingest_errors"]) == (4, 4, 1)
    assert counts["facts"] > (ROWS if version == 2 else ROWS_V3)["facts"]
    assert len(load_frame(db)) == 4


def test_migrate_brings_the_previous_release_database_to_corrections_keeping_every_row(
    tmp_path, fresh, capsys
):
    db = _released(tmp_path, 3)
    assert cli.main(["migrate", "--db", str(db)]) == 0
    assert capsys.readouterr().out == f"{db}: schema 3 -> {SCHEMA_VERSION}\n"
    assert _columns(db) == _columns(fresh)
    assert _counts(db) == ROWS_V3
    with Database.reader(db) as database:  # nothing corrected yet: as parsed
        assert database.execute("SELECT count(*) FROM corrections").fetchall() == [(0,)]
        assert database.execute("SELECT count(*) FROM corrected_facts").fetchall() == [(49,)]


def test_a_database_before_fact_rules_is_migrated_with_unknown_rules(tmp_path, fresh, capsys):
    # schema 5 adds facts.rule, which the report page shows: a schema 4 file is migrated first
    db = _released(tmp_path, 4)
    assert cli.main(["migrate", "--db", str(db)]) == 0
    assert capsys.readouterr().out == f"{db}: schema 4 -> {SCHEMA_VERSION}\n"
    assert _columns(db) == _columns(fresh)
    assert _counts(db) == ROWS_V3
    with Database.reader(db) as database:  # stored before rules were recorded: unknown
        assert database.execute("SELECT count(rule), count(*) FROM facts").fetchall() == [(0, 49)]
    # a report ingested now records the rule of each of its facts
    ingest([DATA / "hebei-qinhuangdao-2016.txt"], db, workers=0)
    with Database.reader(db) as database:
        rules = dict(
            database.execute(
                "SELECT f.metric, f.rule FROM facts f JOIN reports r USING (report_id) "
                "WHERE r.year = 2016"
            ).fetchall()
        )
    assert rules["requests_received"].startswith("grammar.")
    assert rules["fees_yuan"].startswith("narrative.fees_yuan.")
    assert None not in rules.values()


def test_the_checks_run_on_a_first_release_database(tmp_path):
    from govbench.check.quality import run_checks

    db = _released(tmp_path, 1)
    summary = run_checks(db)
    assert summary.results  # every suite loaded and ran
    assert Database.version_of(db) == SCHEMA_VERSION


def test_a_database_of_a_newer_release_is_refused_by_readers_and_writers(fresh, capsys):
    con = duckdb.connect(str(fresh))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(OutdatedDatabase, match="newer govbench"):
        Database.reader(fresh)
    with pytest.raises(OutdatedDatabase, match="newer govbench"):
        Database.writer(fresh)
    assert (
        cli.main(
            [
                "ingest",
                str(DATA / "hebei-qinhuangdao-2016.txt"),
                "--db",
                str(fresh),
                "--workers",
                "1",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "schema 99" in err and "upgrade govbench" in err
    assert Database.version_of(fresh) == 99  # left as it was


def test_a_new_database_records_this_schema_version(fresh):
    assert store.Database.version_of(fresh) == SCHEMA_VERSION


def test_the_readmes_migration_example_is_what_govbench_says(tmp_path, monkeypatch, capsys):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("**Schema versions.**", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    _released(tmp_path, 1).rename(tmp_path / "old.duckdb")
    said = []
    for line in block.splitlines():
        if line.startswith("$ govbench "):
            cli.main(line.removeprefix("$ govbench ").split())
            out = capsys.readouterr()
            said += (out.out + out.err).splitlines()
    assert said == [line for line in block.splitlines() if not line.startswith("$ ")]


def test_migrate_leaves_a_duckdb_file_that_is_not_govbenchs_alone(tmp_path, capsys):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    assert cli.main(["migrate", "--db", str(other)]) == 2
    assert (
        capsys.readouterr().err
        == f"govbench: {other}: not a govbench database (no reports table)\n"
    )
    assert Database.version_of(other) == 0
