"""Nothing stored is ever lost, and success is never reported for a write that did not land:
ingest stopped by Ctrl-C or kill -9 at random points, a disk that fills up, a file replaced
while it is being ingested.

The disk-full rounds need a small file system of their own: a tmpfs, which needs root (as on
this machine and in CI). Without one they fail, saying so, rather than being skipped.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from govbench import cli
from govbench.store import snapshot
from govbench.ingest import ingest
from govbench.synth import generate

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 30
REPORT = (
    "平潭综合实验区2019年政府信息公开工作年度报告\n全区共收到政府信息公开申请{n}件,均已按时答复。"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 40, seed=5)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    ingest([corpus], db, workers=0)
    return _content(db)


def _content(db: Path) -> dict:
    if not db.exists():
        return {"reports": set(), "facts": set(), "cells": set(), "files": set()}
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "reports": {r for (r,) in con.execute("SELECT report_id FROM reports").fetchall()},
            "facts": set(con.execute("SELECT report_id, metric, value FROM facts").fetchall()),
            "cells": set(
                con.execute(
                    'SELECT report_id, "table", row_key, col_key, raw FROM table_cells'
                ).fetchall()
            ),
            "files": set(con.execute("SELECT file_hash, report_id FROM files").fetchall()),
        }
    finally:
        con.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".writing" in p.name)


def _python_starting(err: str) -> bool:
    """Whether a Ctrl-C's traceback is the interpreter's own start (site, runpy, the imports of
    the govbench package and of govbench.cli), before any govbench code could take it: every
    govbench frame is a module's top level, none a function of ours (main() had not begun).
    `import govbench` sets no signal handler of its own: a library must not."""
    frames = re.findall(r'File "([^"]+)", line \d+, in (\S+)', err)
    return "Traceback" in err and all(
        "govbench" not in path or where == "<module>" for path, where in frames
    )


def _start_ingest(corpus: Path, db: Path) -> subprocess.Popen:
    # its own process group, so a Ctrl-C reaches it and its workers as a terminal's does; the
    # default SIGINT handling whatever this process was started with (a shell's background
    # job ignores SIGINT, and that would be inherited)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govbench.cli",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--workers",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_ctrl_c_and_kill_9_at_random_points_lose_nothing_stored_and_a_rerun_completes(
    corpus, reference, tmp_path
):
    db = tmp_path / "g.duckdb"
    rng = random.Random(20)
    stored: set[str] = set()
    interrupted_with_counts = completed = 0
    for round_ in range(ROUNDS):
        proc = _start_ingest(corpus, db)
        time.sleep(rng.uniform(0.3, 3.0))
        ctrl_c = round_ % 2 == 0
        try:
            if ctrl_c:
                os.killpg(proc.pid, signal.SIGINT)
            else:
                proc.kill()
        except ProcessLookupError:
            pass
        out, err = proc.communicate(timeout=60)
        state = _content(db)
        what = f"round {round_} ({'Ctrl-C' if ctrl_c else 'kill -9'}): {out}{err}"
        assert stored <= state["reports"], f"stored reports lost in {what}"
        for part in ("facts", "cells"):  # each stored report is whole
            assert state[part] == {row for row in reference[part] if row[0] in state["reports"]}, (
                f"{part}: {what}"
            )
        assert {r for _, r in state["files"]} == state["reports"], what
        if ctrl_c and _python_starting(err):
            continue  # before govbench's code ran (a loaded machine stretches that)
        if ctrl_c:
            assert "Traceback" not in err, what
            # a Ctrl-C during the interpreter's own exit ends it by SIGINT: a shell shows
            # that as 130 too, after the line of a finished run
            assert proc.returncode in (0, 130, -signal.SIGINT), what
            counted = re.search(r"(\d+) reports added", err)
            if proc.returncode == 130 and counted:
                interrupted_with_counts += 1  # the count said is the count stored
                assert not _leftovers(tmp_path), what  # a killed writer's, removed too
                assert len(state["reports"]) == len(stored) + int(counted.group(1)), what
            elif proc.returncode == 130:  # stopped before the write began
                assert err.strip() == "govbench: interrupted", what
                assert state["reports"] == stored, what
        if "reports added" in out:  # the run finished and said so
            assert state == reference, what
            completed += 1
            db.unlink()  # start over, so the next rounds write again
            state = _content(db)
        stored = state["reports"]
    # some Ctrl-C landed while batches were being stored (on a loaded machine fewer do, and
    # fewer runs finish within a round: the last run below completes in any case)
    assert interrupted_with_counts >= 1, f"{interrupted_with_counts} / {completed}"
    final = _start_ingest(corpus, db)
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert _content(db) == reference and not _leftovers(tmp_path)


def test_a_file_replaced_while_it_is_ingested_is_stored_as_the_bytes_that_were_parsed(
    tmp_path, monkeypatch
):
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "pingtan-2019.txt"
    report.write_text(REPORT.format(n=23), encoding="utf-8")
    newer = tmp_path / "newer.txt"
    newer.write_text(REPORT.format(n=57), encoding="utf-8")
    # an editor's write-then-rename lands right after ingest first opens the file, however
    # it opens it
    swapped = []

    def then_replace(real):
        def opened(file, *args, **kwargs):
            handle = real(file, *args, **kwargs)
            if not swapped and os.fspath(file) == str(report):
                swapped.append(True)
                os.replace(newer, report)
            return handle

        return opened

    monkeypatch.setattr(builtins, "open", then_replace(builtins.open))
    monkeypatch.setattr(io, "open", then_replace(io.open))
    monkeypatch.setattr(os, "open", then_replace(os.open))
    db = tmp_path / "g.duckdb"
    ingest([folder], db, workers=0)
    monkeypatch.undo()
    assert swapped
    con = duckdb.connect(str(db), read_only=True)
    ((file_hash, text),) = con.execute(
        "SELECT f.file_hash, r.text FROM files f JOIN reports r USING (report_id)"
    ).fetchall()
    con.close()
    parsed = REPORT.format(n=23 if "23件" in text else 57).encode("utf-8")
    assert file_hash == hashlib.sha256(parsed).hexdigest()
    # the new version is stored by the next run, not "1 unchanged" for ever
    counts = ingest([folder], db, workers=0)
    assert counts.added == 1 - ("57件" in text)


# --- a disk that fills up --------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs of its own; fails (not skips) where none can be mounted."""
    mount = tmp_path / "disk"
    mount.mkdir()

    def make(size_kb: int) -> Path:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.fail(
                "the disk-full tests need a small file system: mounting a tmpfs "
                f"needs root ({done.stderr.strip() or done.returncode})"
            )
        return mount

    yield make
    subprocess.run(["umount", str(mount)], capture_output=True)


def _fill(folder: Path, leave: int) -> None:
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(folder / "ballast", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def test_a_write_without_room_for_it_is_refused_up_front_and_changes_nothing(
    corpus, small_disk, capsys
):
    disk = small_disk(8 * 1024)
    db = disk / "g.duckdb"
    assert cli.main(["ingest", str(corpus), "--db", str(db), "--workers", "1"]) == 0
    before = db.read_bytes()
    _fill(disk, len(before) + 512 * 1024)  # room for the copy, not for twice the database
    capsys.readouterr()
    extra = disk.parent / "extra"
    extra.mkdir()
    (extra / "pingtan.txt").write_text(REPORT.format(n=31), encoding="utf-8")
    for command in (
        ["ingest", str(extra), "--db", str(db), "--workers", "1"],
        ["check", "--db", str(db)],
    ):
        assert cli.main(command) == 2
        out, err = capsys.readouterr()
        assert re.fullmatch(
            rf"govbench: not enough space in {re.escape(str(disk))}: "
            r"need (\d+) MB, have (\d+) MB \(nothing was changed\)\n",
            err,
        ), err
        assert "added" not in out
    assert db.read_bytes() == before and not _leftovers(disk)


def test_a_disk_that_fills_up_during_the_write_is_never_reported_as_success(
    corpus, small_disk, capsys, monkeypatch
):
    disk = small_disk(2 * 1024)
    # the up-front estimate passes (a small margin), the write itself runs out of room
    monkeypatch.setattr(snapshot, "MARGIN", 256 * 1024, raising=False)
    db = disk / "g.duckdb"
    assert cli.main(["ingest", str(corpus), "--db", str(db), "--workers", "1"]) == 2
    out, err = capsys.readouterr()
    assert "added" not in out
    assert re.fullmatch(
        r"govbench: not enough space in .*: need more than \d+ MB, "
        r"have \d+ MB \(nothing was changed\)\n",
        err,
    ), err
    assert not db.exists() and not _leftovers(disk)


def test_a_ctrl_c_inside_a_duckdb_query_is_an_interrupt_not_a_traceback(
    tmp_path, monkeypatch, capsys
):
    """DuckDB answers SIGINT during a query with its own RuntimeError: `govbench check` or
    `rank` stopped while reading the database must still say "interrupted" and exit 130."""
    import threading

    # The user presses Ctrl-C until the query gives up (DuckDB can miss one that lands as the
    # query starts). Each press interrupts once; one that lands in Python before the query
    # starts is a plain KeyboardInterrupt, and the query is run again.
    armed = threading.Event()
    done = threading.Event()

    def ctrl_c(_signum, _frame):
        if armed.is_set():
            armed.clear()
            raise KeyboardInterrupt

    def press_ctrl_c_until_done():
        while not done.wait(0.3):
            os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, ctrl_c)
    presser = threading.Thread(target=press_ctrl_c_until_done, daemon=True)
    con = duckdb.connect()
    caught: Exception | None = None
    try:
        presser.start()
        while caught is None:
            armed.set()
            try:
                con.execute("SELECT count(*) FROM range(10000000000) a, range(10) b").fetchall()
            except KeyboardInterrupt:
                continue
            except Exception as exc:  # what DuckDB makes of the Ctrl-C
                caught = exc
    finally:
        done.set()
        presser.join()
        signal.signal(signal.SIGINT, previous)
    assert snapshot.is_interrupt(caught), repr(caught)

    db = tmp_path / "r.duckdb"
    ingest([], db)

    def interrupted(*_args, **_kw):
        raise caught

    import govbench.store

    monkeypatch.setattr(govbench.store, "check_whole", interrupted)
    assert cli.main(["app", "--db", str(db)]) == 130
    assert capsys.readouterr().err.strip() == "govbench: interrupted"


def test_a_ctrl_c_that_breaks_a_threading_lock_is_an_interrupt_not_a_traceback(
    tmp_path, monkeypatch, capsys
):
    """A Ctrl-C inside threading's Condition.wait (`govbench check` waits for its validation
    in a pool) can come out as RuntimeError("release unlocked lock"), raised while handling
    the KeyboardInterrupt (CPython gh-78667). It is still the user's Ctrl-C; the same error
    with no Ctrl-C behind it is a bug and keeps its traceback."""
    db = tmp_path / "r.duckdb"
    ingest([], db)

    def lock_broken_by(cause):
        def wait(*_args, **_kw):
            try:
                raise cause
            except BaseException:
                raise RuntimeError("release unlocked lock")

        return wait

    import govbench.store

    monkeypatch.setattr(govbench.store, "check_whole", lock_broken_by(KeyboardInterrupt()))
    assert cli.main(["app", "--db", str(db)]) == 130
    assert capsys.readouterr().err.strip() == "govbench: interrupted"
    monkeypatch.setattr(govbench.store, "check_whole", lock_broken_by(ValueError()))
    with pytest.raises(RuntimeError, match="release unlocked lock"):
        cli.main(["app", "--db", str(db)])
