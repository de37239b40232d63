"""A writer never blocks readers, and a failed or killed writer leaves the database as it was."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap

import duckdb
import pytest

from govbench.store import snapshot


def _make(db, rows: int) -> None:
    con = duckdb.connect(str(db))
    con.execute("CREATE OR REPLACE TABLE t AS SELECT range AS i FROM range($n)", {"n": rows})
    con.close()


def _count(db) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        con.close()


def _add_one_row(db) -> None:
    with snapshot.writing(db) as work:
        con = duckdb.connect(str(work))
        con.execute("INSERT INTO t VALUES (99)")
        con.close()


WRITER = textwrap.dedent("""
    import sys, time, duckdb
    from govbench.store import snapshot
    with snapshot.writing(sys.argv[1]) as work:
        con = duckdb.connect(str(work))
        con.execute("INSERT INTO t SELECT range FROM range(5)")
        con.close()
        print("written", flush=True)
        time.sleep(float(sys.argv[2]))
    print("published", flush=True)
""")


def test_a_reader_keeps_answering_while_another_process_writes(tmp_path):
    db = tmp_path / "g.duckdb"
    _make(db, 10)
    reader = duckdb.connect(str(db), read_only=True)  # the app, mid-session
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "1"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "written"
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (10,)
    assert _count(db) == 10  # a new reader, while writing
    assert writer.wait(timeout=60) == 0
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (10,)  # its old snapshot
    reader.close()
    assert _count(db) == 15  # the next query sees the new one


def test_a_writer_that_fails_changes_nothing(tmp_path):
    db = tmp_path / "g.duckdb"
    _make(db, 10)
    with pytest.raises(RuntimeError):
        with snapshot.writing(db) as work:
            con = duckdb.connect(str(work))
            con.execute("DELETE FROM t")
            con.close()
            raise RuntimeError("parser crashed")
    assert _count(db) == 10
    assert not snapshot.work_path(db).exists()


def test_a_killed_writer_leaves_the_database_whole_and_the_next_one_proceeds(tmp_path):
    db = tmp_path / "g.duckdb"
    _make(db, 10)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "30"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "written"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert _count(db) == 10 and snapshot.work_path(db).exists()
    with open(snapshot.lock_path(db), "a") as lock:  # the lock died with the writer
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(lock, fcntl.LOCK_UN)
    _add_one_row(db)
    assert _count(db) == 11 and not snapshot.work_path(db).exists()


def test_a_second_writer_waits_for_the_first(tmp_path):
    db = tmp_path / "g.duckdb"
    _make(db, 10)
    first = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "2"], stdout=subprocess.PIPE, text=True
    )
    assert first.stdout.readline().strip() == "written"
    _add_one_row(db)  # waits, then starts from the first one's result
    assert first.wait(timeout=60) == 0
    assert _count(db) == 16  # 10 + the first's 5 + ours: nothing lost
