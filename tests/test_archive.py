"""A national archive as Parquet (store/archive.py): govbench export and import, and the readers
(rank, the app) opening the folder read-only while every writer refuses it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import BODIES, add_check_run, make_report
from govbench import review
from govbench.check import similarity
from govbench.cli import main
from govbench.ingest import ingest
from govbench.model import Region
from govbench.rank.frame import needed_partitions
from govbench.store import SCHEMA_VERSION, Database, DamagedDatabase, check_whole
from govbench.store.archive import MANIFEST, files_read
from govbench.synth import generate

ROOT = Path(__file__).resolve().parents[1]
TABLES = (
    "reports",
    "facts",
    "table_cells",
    "problems",
    "files",
    "report_similarity",
    "quality_results",
    "corrections",
    "ingest_errors",
    "meta",
)


@pytest.fixture(scope="module")
def full_db(tmp_path_factory) -> Path:
    """A generated corpus over many years and provinces, with a row in every table: an
    unreadable file, a report of unknown year and province, a check run, a correction and the
    copy-paste measure."""
    base = tmp_path_factory.mktemp("archive")
    corpus = base / "corpus"
    corpus.mkdir()
    generate(corpus, 60, 5)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    db = base / "full.duckdb"
    ingest([corpus], db, workers=0)
    unknown = make_report(*BODIES[0], year=2022)
    unknown = dataclasses.replace(
        unknown, year=None, region=Region(), source="/reports/unknown.txt", text=unknown.text + "?"
    )
    ours = [make_report(*b, year=2022) for b in BODIES]
    with Database.writing(db) as database:
        database.store_batch([(f"hash-{r.source}", r) for r in [*ours, unknown]])
        similarity.refresh(database)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=1)
    add_check_run(db, "run-1", str(now), [("甲县人民政府", 2022, "table3_balance", "error", None)])
    report_id = ours[1].report_id
    review.correct(db, report_id, "requests_received", "55", "表三核对", "审核员")
    return db


def table_rows(db: Path, table: str) -> list[tuple]:
    with Database.reader(db) as database:
        frame = database.execute(f"SELECT * FROM {table}").df()
    return sorted(frame.astype(str).itertuples(index=False, name=None))


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture(scope="module")
def archive(full_db, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "national"
    assert run("export", "--db", str(full_db), "--parquet", str(folder)) == 0
    return folder


def test_every_table_holds_rows_in_the_test_database(full_db):
    with Database.reader(full_db) as database:
        empty = [
            t for t in TABLES if not database.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        ]
    assert empty == []


def test_export_then_import_gives_back_every_table_row_for_row(full_db, archive, tmp_path):
    back = tmp_path / "back.duckdb"
    assert run("import", "--parquet", str(archive), "--db", str(back)) == 0
    for table in TABLES:
        assert table_rows(back, table) == table_rows(full_db, table), table


def test_the_folder_is_partitioned_by_year_and_province_with_a_manifest(full_db, archive):
    manifest = json.loads((archive / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["schema_version"] == Database.version_of(full_db) == SCHEMA_VERSION
    assert manifest["govbench_version"]
    for table in TABLES[:-1]:
        assert manifest["tables"][table]["rows"] == len(table_rows(full_db, table)), table
    with Database.reader(full_db) as database:
        places = database.execute("SELECT DISTINCT year, province FROM reports").fetchall()
    folders = {
        p.parent.relative_to(archive / "facts").as_posix()
        for p in (archive / "facts").rglob("*.parquet")
    }
    # one folder per year and province a report has facts for, named readably; unknown ones
    # in Hive's default partition, as Spark names it
    assert "year=2022/province=浙江省" in folders
    assert "year=__HIVE_DEFAULT_PARTITION__/province=__HIVE_DEFAULT_PARTITION__" in folders
    assert len(folders) <= len(places)
    # tables that are not a report's are one file each
    assert [p.name for p in (archive / "quality_results").iterdir()] == ["data_0.parquet"]


def test_rank_over_the_archive_gives_the_ranking_of_the_database(full_db, archive, capsys):
    with Database.reader(full_db) as database:
        year, province = database.execute(
            "SELECT year, province FROM reports WHERE year IS NOT NULL "
            "GROUP BY ALL ORDER BY count(*) DESC, year DESC LIMIT 1"
        ).fetchone()
    for filters in ([], ["--year", str(year)], ["--year", str(year), "--province", province]):
        outputs = []
        for db in (full_db, archive):
            assert run("rank", "--db", str(db), "--format", "csv", *filters) == 0
            outputs.append(capsys.readouterr().out)
        assert outputs[0] == outputs[1], filters
        assert outputs[0].count("\n") > 1


def test_every_named_query_without_parameters_reads_the_same(full_db, archive):
    from govbench.store import queries

    for name, sql in queries().items():
        if "$" in sql or "{" in sql:
            continue
        with Database.reader(full_db) as a, Database.reader(archive) as b:
            left, right = a.query(name), b.query(name)
        pd.testing.assert_frame_equal(
            left.astype(str).sort_values(list(left.columns)).reset_index(drop=True),
            right.astype(str).sort_values(list(right.columns)).reset_index(drop=True),
            obj=name,
        )


def test_a_ranking_of_one_year_and_province_opens_only_their_files(archive):
    manifest = json.loads((archive / MANIFEST).read_text(encoding="utf-8"))
    partitioned = [t for t, info in manifest["tables"].items() if info["partitioned"]]
    needed = needed_partitions(2022, "浙江省")  # 2022 and 2021, 浙江省 and unknown
    wanted = {"year=2021", "year=2022"}
    with Database.reader(archive, needed) as database:
        for table in partitioned:
            if not manifest["tables"][table]["rows"]:
                continue
            every = list((archive / table).rglob("*.parquet"))
            expected = [
                p
                for p in every
                if p.parent.parent.name in wanted
                and p.parent.name in {"province=浙江省", "province=__HIVE_DEFAULT_PARTITION__"}
            ]
            assert files_read(database, f"SELECT * FROM {table}") == len(expected), table
            assert len(expected) < len(every)


def test_write_commands_on_an_archive_are_refused_in_one_line(archive, capsys, tmp_path):
    before = sorted((p.relative_to(archive), p.stat().st_mtime) for p in archive.rglob("*"))
    report_id = table_rows(archive, "reports")[0][0]
    (tmp_path / "a.txt").write_text("甲县2022年政府信息公开工作年度报告", encoding="utf-8")
    assert run("corrections", "--db", str(archive)) == 0  # reading them is fine
    (tmp_path / "c.csv").write_text(capsys.readouterr().out, encoding="utf-8")
    commands = [
        ["ingest", str(tmp_path / "a.txt"), "--db", str(archive)],
        ["check", "--db", str(archive)],
        ["correct", "--db", str(archive), "--report", report_id, "--metric",
         "requests_received", "--value", "1", "--reason", "r"],
        ["review", "--db", str(archive), "--result", "x", "--dismiss", "--reason", "r"],
        ["corrections", "--db", str(archive), "--import", str(tmp_path / "c.csv")],
        ["app", "--db", str(archive), "--allow-edits"],
    ]  # fmt: skip
    for argv in commands:
        assert run(*argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1, (argv, err)
        assert "Parquet archive, read-only" in err and "govbench import" in err, argv
    after = sorted((p.relative_to(archive), p.stat().st_mtime) for p in archive.rglob("*"))
    assert after == before


def test_export_over_a_folder_that_is_not_empty_needs_force(full_db, archive, tmp_path, capsys):
    manifest = (archive / MANIFEST).read_text(encoding="utf-8")
    assert run("export", "--db", str(full_db), "--parquet", str(archive)) == 2
    assert "--force" in capsys.readouterr().err
    assert (archive / MANIFEST).read_text(encoding="utf-8") == manifest
    # a folder that is not an archive is never replaced, --force or not
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    assert run("export", "--db", str(full_db), "--parquet", str(other), "--force") == 2
    assert "not a govbench Parquet archive" in capsys.readouterr().err
    assert [p.name for p in other.iterdir()] == ["notes.txt"]
    # an archive is, with --force
    copy = tmp_path / "copy"
    assert run("export", "--db", str(full_db), "--parquet", str(copy)) == 0
    (copy / "stray.parquet").write_bytes(b"")
    assert run("export", "--db", str(full_db), "--parquet", str(copy), "--force") == 0
    assert not (copy / "stray.parquet").exists() and (copy / MANIFEST).is_file()
    assert not (tmp_path / "copy.old").exists() and not (tmp_path / "copy.tmp").exists()


KILLED_EXPORT = """
import sys, time
from pathlib import Path
from govbench.store import archive

def stopped(work, folder):  # every file written, the folder not yet in place
    Path(sys.argv[3]).touch()
    time.sleep(60)

archive._put_in_place = stopped
archive.export(sys.argv[1], sys.argv[2])
"""


def test_a_killed_export_leaves_no_half_folder(full_db, tmp_path):
    folder, ready = tmp_path / "national", tmp_path / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(full_db), str(folder), str(ready)]
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert not folder.exists()
    assert (tmp_path / "national.tmp" / MANIFEST).exists()  # whole, but never published
    assert run("export", "--db", str(full_db), "--parquet", str(folder)) == 0
    assert not (tmp_path / "national.tmp").exists()
    check_whole(folder)


def test_an_export_killed_while_replacing_an_archive_gets_it_back(full_db, archive, tmp_path):
    folder = tmp_path / "national"
    assert run("export", "--db", str(full_db), "--parquet", str(folder)) == 0
    folder.rename(tmp_path / "national.old")  # killed between its two renames
    from govbench.store.archive import _recover

    _recover(folder)
    assert (folder / MANIFEST).is_file() and not (tmp_path / "national.old").exists()


def test_an_archive_of_a_newer_schema_is_refused_in_one_line(archive, tmp_path, capsys):
    newer = tmp_path / "newer"
    subprocess.run(["cp", "-r", str(archive), str(newer)], check=True)
    manifest = json.loads((newer / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema_version"] = 99
    (newer / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    for argv in (
        ["import", "--parquet", str(newer), "--db", str(tmp_path / "x.duckdb")],
        ["rank", "--db", str(newer)],
    ):
        assert run(*argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "newer govbench" in err and "schema 99" in err
    assert not (tmp_path / "x.duckdb").exists()


def test_an_archive_of_the_schema_before_fact_rules_is_read_and_imported(
    archive, tmp_path, monkeypatch, capsys
):
    import duckdb

    # as schema 4's export wrote it: facts without their rule
    older = tmp_path / "older"
    subprocess.run(["cp", "-r", str(archive), str(older)], check=True)
    for part in (older / "facts").rglob("*.parquet"):
        duckdb.sql(
            f"COPY (SELECT * EXCLUDE (rule) FROM read_parquet('{part}')) TO '{part}.new' "
            "(FORMAT parquet)"
        )
        os.replace(f"{part}.new", part)
    manifest = json.loads((older / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema_version"] = 4
    facts = manifest["tables"]["facts"]
    facts["columns"] = [c for c in facts["columns"] if c[0] != "rule"]
    (older / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")

    assert run("rank", "--db", str(older)) == 0
    report_id = table_rows(archive, "facts")[0][0]
    at = open_app(monkeypatch, older, "report", report=report_id)
    figures = next(d.value for d in at.dataframe if "提取规则" in d.value.columns)
    assert len(figures) > 0 and set(figures["提取规则"]) == {"（未记录）"}  # not recorded then
    db = tmp_path / "back.duckdb"
    assert run("import", "--parquet", str(older), "--db", str(db)) == 0
    capsys.readouterr()
    assert Database.version_of(db) == SCHEMA_VERSION
    assert len(table_rows(db, "facts")) == len(table_rows(archive, "facts"))
    with Database.reader(db) as database:
        assert database.execute("SELECT count(rule) FROM facts").fetchone() == (0,)


def test_import_into_a_database_that_holds_reports_is_refused(archive, small_db, capsys):
    before = table_rows(small_db, "reports")
    assert run("import", "--parquet", str(archive), "--db", str(small_db)) == 2
    assert "already holds 8 reports" in capsys.readouterr().err
    assert table_rows(small_db, "reports") == before


def test_a_missing_file_is_said_as_damage(full_db, tmp_path):
    folder = tmp_path / "national"
    assert run("export", "--db", str(full_db), "--parquet", str(folder)) == 0
    next((folder / "facts").rglob("*.parquet")).unlink()
    with pytest.raises(DamagedDatabase, match="facts: .* rows in its files"):
        check_whole(folder)


def open_app(monkeypatch, db: Path, page: str | None = None, **query) -> AppTest:
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    monkeypatch.setenv("GOVBENCH_ALLOW_EDITS", "1")  # an archive stays read-only anyway
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"src/govbench/ui/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def test_the_app_opens_an_archive_and_shows_the_ranking_and_a_report(monkeypatch, archive):
    at = open_app(monkeypatch, archive, "ranking")
    assert at.title[0].value == "排名"
    ranked = next(d.value for d in at.dataframe if "得分" in d.value.columns)
    assert len(ranked) > 0
    report_id = table_rows(archive, "reports")[0][0]
    issuer = next(r for r in table_rows(archive, "reports") if r[0] == report_id)[3]
    at = open_app(monkeypatch, archive, "report", report=report_id)
    assert at.title[0].value.startswith("报告") or issuer in at.title[0].value
    assert "更正数字" not in [h.value for h in at.subheader]  # no edits on an archive
    at = open_app(monkeypatch, archive, "import")
    assert "Parquet" in at.info[0].value


def test_a_folder_that_is_not_an_archive_is_said_so_not_called_damaged(tmp_path, capsys):
    assert run("rank", "--db", str(tmp_path), "--year", "2022") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a govbench Parquet archive" in err


def test_another_engine_reads_the_archive_with_its_places(full_db, archive):
    """pyarrow's Hive partitioning (as Spark's) reads the folder: same rows, same provinces,
    unknown ones as null."""
    import pyarrow.dataset as ds

    reports = ds.dataset(archive / "reports", format="parquet", partitioning="hive").to_table()
    with Database.reader(full_db) as database:
        expected = database.execute(
            "SELECT province, year, count(*) FROM reports GROUP BY ALL"
        ).fetchall()
    seen = Counter(zip(reports["province"].to_pylist(), reports["year"].to_pylist()))
    assert seen == {(p, y): n for p, y, n in expected}
    facts = ds.dataset(archive / "facts", format="parquet", partitioning="hive")
    assert facts.count_rows() == len(table_rows(full_db, "facts"))


@pytest.mark.parametrize(
    "page", ["overview", "reports", "ranking", "compare", "trends", "problems", "quality",
             "card", "movers", "compliance", "map"],
)  # fmt: skip
def test_every_page_shows_over_the_archive_what_it_shows_over_the_database(
    monkeypatch, full_db, archive, page
):
    from app_walk import open_page, shown

    seen = []
    for db in (full_db, archive):
        at = open_page(monkeypatch, db, page)
        seen.append([s for s in shown(at) if str(db) not in s[1]])
    assert len(seen[0]) > 10 and seen[0] == seen[1]
