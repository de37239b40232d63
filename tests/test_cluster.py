"""`govbench ingest --engine dask`: the same database as the local pool, through Parquet shards
stored in one transaction, on a LocalCluster of two workers (127.0.0.1 only).

Most tests share one cluster (module fixture) and reach it as a scheduler address, as a user
with machines of their own does; the command-line test starts its own LocalCluster."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import crashing_task
from govbench import cluster
from govbench.ingest import CRASHED, Interrupted, file_hash, ingest, iter_report_files
from govbench.store import Database
from govbench.store.shards import Staging, part_name
from govbench.synth import generate

CRASHED_ALONE = CRASHED.format(how="")
# columns that say when a row was written, not what: they differ between any two ingests
WHEN = {"reports": ["ingested_at"], "ingest_errors": ["failed_at"]}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """48 generated reports, two unreadable files, and a copy of a report named to be walked
    last: its text is met again in another partition than the first copy's."""
    folder = tmp_path_factory.mktemp("cluster") / "reports"
    generate(folder, 48, seed=7)
    (folder / "bad.pdf").write_bytes(b"not a pdf at all")
    (folder / "empty.txt").write_bytes(b"")
    shutil.copy(sorted(folder.glob("synth-*.txt"))[0], folder / "zz-copy.txt")
    return folder


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    """The corpus ingested by the local pool: what every dask ingest must equal."""
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    ingest([corpus], db, workers=2)
    return db


@pytest.fixture(scope="module")
def scheduler():
    with cluster.local_cluster(2) as lc:
        yield lc.scheduler_address


@pytest.fixture
def small_partitions(monkeypatch):
    """Partitions of 16 files: the corpus's 51 files make four, the copy in the last."""
    monkeypatch.setattr(cluster, "PARTITION_FILES", 16)


def content(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the columns of WHEN."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            t
            for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
        ]
        out = {}
        for table in tables:
            columns = [
                c
                for (c,) in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
                    "ORDER BY column_index",
                    [table],
                ).fetchall()
                if c not in WHEN.get(table, [])
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(con.execute(f'SELECT {select} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def moved(tables: dict[str, list[tuple]], old: Path, new: Path) -> dict[str, list[tuple]]:
    """`tables` as if their files had been in folder `new` instead of `old`."""

    def cell(value):
        return value.replace(str(old), str(new)) if isinstance(value, str) else value

    return {
        name: sorted((tuple(cell(v) for v in row) for row in rows), key=repr)
        for name, rows in tables.items()
    }


def test_the_local_cluster_listens_on_loopback_only(scheduler):
    from distributed import Client

    with Client(scheduler) as client:
        info = client.scheduler_info()
    addresses = [info["address"], *info["workers"]]
    assert len(info["workers"]) == 2
    assert all(a.startswith("tcp://127.0.0.1:") for a in addresses), addresses
    assert all(w["nthreads"] == 1 for w in info["workers"].values())


def test_engine_dask_stores_exactly_what_the_local_pool_stores(corpus, local_db, tmp_path):
    """The command as a user runs it (its own LocalCluster of two workers): every table the
    same as the local pool's, timestamps aside; the unreadable files said in one line each."""
    db = tmp_path / "dask.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "govbench.cli", "ingest", str(corpus), "--db", str(db),
         "--engine", "dask", "--workers", "2"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == (
        f"48 reports added, 1 unchanged, 2 unreadable -> {db}"
    )
    assert sorted(done.stderr.strip().splitlines()) == [
        f"govbench: {corpus / 'bad.pdf'}: not a PDF file",
        f"govbench: {corpus / 'empty.txt'}: empty file",
    ]
    expected = content(local_db)
    assert expected["reports"] and expected["facts"] and expected["table_cells"]
    assert content(db) == expected
    assert not Path(f"{db}.staging").exists()  # the shards are gone once stored


def test_a_rerun_adds_nothing(corpus, local_db, scheduler, small_partitions, tmp_path):
    db = tmp_path / "g.duckdb"
    first = ingest([corpus], db, engine="dask", scheduler=scheduler)
    assert (first.added, first.unchanged, first.failed) == (48, 1, 2)
    before = content(db)
    with Database.reader(db) as database:
        stamps = database.execute("SELECT report_id, ingested_at FROM reports").fetchall()
    again = ingest([corpus], db, engine="dask", scheduler=scheduler)
    # the readable files are stored already: skipped unparsed; the unreadable are tried again
    assert (again.added, again.unchanged, again.failed) == (0, 49, 2)
    assert content(db) == before == content(local_db)
    with Database.reader(db) as database:
        assert database.execute("SELECT report_id, ingested_at FROM reports").fetchall() == stamps


def test_a_worker_killed_mid_partition_loses_nothing_and_its_file_is_recorded(
    corpus, local_db, scheduler, small_partitions, tmp_path, monkeypatch
):
    """A file that kills its worker (SIGSEGV, as a C reader's crash would), in the middle of
    a partition: Dask retries the partition on the other worker, gives it up, its files are
    run one at a time; that file alone is recorded, every other file stored as locally."""
    folder = tmp_path / "reports"
    shutil.copytree(corpus, folder)
    crasher = folder / "synth-000020-crash.txt"
    crasher.write_text("本文件让读取它的进程崩溃。\n", encoding="utf-8")
    walked = [p.name for p in iter_report_files([folder])]
    assert 0 < walked.index(crasher.name) % 16 < 15  # mid-partition
    monkeypatch.setattr(cluster, "_task", lambda manifest, ocr: crashing_task.task)
    db = tmp_path / "g.duckdb"
    counts = ingest([folder], db, engine="dask", scheduler=scheduler)
    assert (counts.added, counts.unchanged, counts.failed) == (48, 1, 3)
    with Database.reader(db) as database:
        errors = database.execute(
            "SELECT file_hash, source, error FROM ingest_errors ORDER BY source"
        ).fetchall()
    assert (file_hash(crasher), str(crasher), CRASHED_ALONE) in errors
    got, expected = content(db), moved(content(local_db), corpus, folder)
    assert set(got["ingest_errors"]) - set(expected["ingest_errors"]) == {
        (file_hash(crasher), str(crasher), CRASHED_ALONE)
    }
    for table in ("reports", "facts", "table_cells", "problems", "files"):
        assert got[table] == expected[table], table


def test_an_interrupted_runs_shards_are_reused_and_incomplete_ones_parsed_again(
    corpus, local_db, scheduler, small_partitions, tmp_path, monkeypatch
):
    """Stopped after parsing, before the load: nothing stored, the shards kept. The rerun
    parses only the partition whose shards are incomplete (no _done.json: its worker died
    while writing) and the one whose file changed since; it stores what the local pool does,
    then removes the staging folder."""
    folder = tmp_path / "reports"
    shutil.copytree(corpus, folder)
    monkeypatch.setattr(cluster, "_task", lambda manifest, ocr: crashing_task.logging_task)
    db = tmp_path / "g.duckdb"
    staging = tmp_path / "staging"

    def stopped(self, stage, parts):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(Database, "load_shards", stopped)
        with pytest.raises(Interrupted) as stop:
            ingest([folder], db, engine="dask", scheduler=scheduler, staging=staging)
    assert stop.value.counts.added == 0
    with Database.reader(db) as database:
        assert database.rows("report_count") == [(0,)]
    log = folder / "parsed.log"
    assert sorted(log.read_text().split()) == sorted(p.name for p in iter_report_files([folder]))
    log.unlink()

    stage = Staging.of(db, staging)
    walked = list(iter_report_files([folder]))
    assert stage.done(part_name(3)) is not None
    stage.fs.rm(f"{stage.folder(part_name(1))}/_done.json")
    touched = walked[3 * 16 + 1]  # in the last partition
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))

    counts = ingest([folder], db, engine="dask", scheduler=scheduler, staging=staging)
    assert (counts.added, counts.unchanged, counts.failed) == (48, 1, 2)
    parsed_again = sorted(log.read_text().split())
    assert parsed_again == sorted(p.name for p in walked[16:32] + walked[48:])
    assert content(db) == moved(content(local_db), corpus, folder)
    assert not Path(stage.root).exists()


def test_shards_in_an_fsspec_url_are_loaded_through_fsspec(corpus, local_db, tmp_path):
    """A staging URL that DuckDB cannot open itself (memory://, as s3:// or gcs:// would be
    without its extension) is read through the fsspec filesystem: the same rows as locally."""
    from govbench.ingest import _chunks, process_chunk
    from govbench.store.rows import ReportRows, first_seen

    stage = Staging.of(tmp_path / "g.duckdb", "memory://staging")
    assert not stage.local and stage.url.startswith("memory://")
    parts = []
    for index, files in enumerate(_chunks(iter_report_files([corpus]), 24)):
        chunks = [process_chunk(c) for c in _chunks(files, 8)]
        outcomes = [
            (o.source, o.file_hash, o.report_id, o.error, o.seen)
            for c in chunks
            for o in c.outcomes
        ]
        rows = ReportRows.concat(first_seen((c.rows for c in chunks), set()))
        stage.write(part_name(index), "k", outcomes, rows)
        parts.append(part_name(index))
    db = tmp_path / "g.duckdb"
    with Database.writing(db) as database:
        counts = database.load_shards(stage, parts)
    assert (counts.added, counts.unchanged, counts.failed) == (48, 1, 2)
    assert content(db) == content(local_db)
    stage.remove()
    assert not stage.fs.exists(stage.root)


def test_scheduler_and_staging_need_the_dask_engine(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "govbench.cli", "ingest", str(tmp_path), "--db",
         str(tmp_path / "g.duckdb"), "--scheduler", "tcp://127.0.0.1:1"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "govbench: --scheduler and --staging go with --engine dask\n"
    assert not (tmp_path / "g.duckdb").exists()


@pytest.mark.parametrize(
    "staging, said",
    [
        ("afile/staging", "cannot write in the staging folder {tmp}/afile/staging/g.duckdb-"),
        ("nosuch://staging", "staging folder nosuch://staging: Protocol not known: nosuch"),
    ],
)
def test_a_staging_folder_that_cannot_be_used_is_one_line_and_changes_nothing(
    corpus, tmp_path, staging, said
):
    (tmp_path / "afile").write_text("a file where a folder is wanted")
    done = subprocess.run(
        [sys.executable, "-m", "govbench.cli", "ingest", str(corpus), "--db",
         str(tmp_path / "g.duckdb"), "--engine", "dask", "--staging", staging],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("govbench: " + said.format(tmp=tmp_path))
    assert not (tmp_path / "g.duckdb").exists()
