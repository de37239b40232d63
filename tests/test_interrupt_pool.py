"""Ctrl-C, once or twice, while a parsing process is half-way through sending its chunk: the
ingest exits 130 at once with one line, every batch stored before it intact, no process left.

The pool's reader thread waited for the rest of that chunk for ever, and the interpreter's exit
waits for that thread: the ingest printed its line and hung (a second Ctrl-C then printed a
traceback and exited 0). The half-sent chunk is faked by crashing_task.half_sending_task.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from govbench.ingest import ingest
from govbench.synth import generate
from test_interrupt import _content  # what the store holds: reports, facts, cells, files
from test_pool import _running_in_group

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
ENDS = 60  # seconds an interrupted ingest may take to end; it hung for ever

# `govbench ingest`, its chunks parsed by crashing_task.half_sending_task, a batch stored per
# chunk; it prints "stored N" after each batch, and "stopping" when it starts stopping its
# workers, where it waits for a second Ctrl-C when asked to (argv[1] == "wait")
WRITER = f"""
import functools, signal, sys, time
sys.path.insert(0, {str(TESTS)!r})
import multiprocessing.process
import crashing_task
from govbench import cli, ingest
from govbench.store.database import Database

ingest.chunks = functools.partial(ingest.chunks, task=crashing_task.half_sending_task)
ingest.BATCH_SIZE = 8
store_rows, stored = Database.store_rows, [0]

def counted(self, *args, **kwargs):
    counts = store_rows(self, *args, **kwargs)
    stored[0] += counts.added
    print("stored", stored[0], flush=True)
    return counts

Database.store_rows = counted
terminate, stopping = multiprocessing.process.BaseProcess.terminate, []

def announced(self):
    if not stopping:
        stopping.append(True)
        print("stopping", flush=True)
        if sys.argv[1] == "wait":  # until the second Ctrl-C is in (held, or raised here)
            deadline = time.monotonic() + 30
            while not signal.getsignal(signal.SIGINT) and time.monotonic() < deadline:
                time.sleep(0.01)
    terminate(self)

multiprocessing.process.BaseProcess.terminate = announced
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 16, seed=5)  # two chunks of eight, all parsed
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    ingest([corpus], db, workers=0)
    return _content(db)


def _lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, wanted: str) -> None:
    while (line := lines.get(timeout=ENDS)) != wanted:
        assert line is not None, f"the ingest ended before {wanted!r}"


@pytest.mark.parametrize(
    "presses, name",
    [
        ("once", "zz-halfsent.txt"),
        ("twice at once", "zz-halfsent.txt"),
        ("again while it stops", "zz-halfsent.txt"),
        ("once", "zz-halfsent-deaf.txt"),  # the worker lives through SIGTERM
    ],
)
def test_ctrl_c_while_a_chunk_is_half_sent_ends_at_once_and_keeps_what_was_stored(
    corpus, reference, tmp_path, presses, name
):
    folder = tmp_path / "reports"
    shutil.copytree(corpus, folder)
    # last in file order: the one worker sends the two chunks before it whole
    shutil.copy(sorted(corpus.glob("*.txt"))[0], folder / name)
    db = tmp_path / "g.duckdb"
    wait = "wait" if presses == "again while it stops" else "go"
    command = [sys.executable, "-c", WRITER, wait, "ingest", str(folder), "--db", str(db)]
    # its own process group, so a Ctrl-C reaches it and its workers as a terminal's does
    proc = subprocess.Popen(
        [*command, "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        out = _lines(proc.stdout)
        _wait_for(out, "stored 16")  # every whole chunk is stored...
        noted = folder / f"{name}.pid"
        while not noted.exists():  # ...and the worker is stuck half-way through the last
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)
        if presses == "twice at once":
            os.killpg(proc.pid, signal.SIGINT)
        elif presses == "again while it stops":
            _wait_for(out, "stopping")
            os.killpg(proc.pid, signal.SIGINT)
        try:
            err = proc.communicate(timeout=ENDS)[1]
        except subprocess.TimeoutExpired:
            pytest.fail(f"Ctrl-C {presses}: the ingest did not end")
        deadline = time.monotonic() + ENDS  # its forkserver ends when it sees the writer gone
        while _running_in_group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _running_in_group(proc.pid) == [], "processes outlived the ingest"
    finally:
        for pid in _running_in_group(proc.pid):  # a failed run must not leave them
            os.kill(pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == 130, err
    assert re.fullmatch(
        r"govbench: interrupted; stored before it: 16 reports added, 0 unchanged, "
        rf"0 unreadable -> {re.escape(str(db))}\n",
        err,
    ), err
    assert _content(db) == reference  # the 16 stored, each whole
    assert not [p.name for p in tmp_path.iterdir() if ".writing" in p.name]


# `govbench ingest`, Ctrl-C pressed while opencc's C library loads: as a C extension's
# initialisation does (pybind11's), the loader turns the KeyboardInterrupt into an ImportError,
# and opencc, trying its next place, ends in ImportError "opencc_clib not found in Bazel
# runfiles" (seen in test_interrupt.py's random rounds)
IMPORTING = """
import os, signal, sys
from govbench import cli

class CtrlC:
    def find_spec(self, name, *args):
        if name == "opencc.clib.opencc_clib":
            try:
                os.kill(os.getpid(), signal.SIGINT)
                loaded = True
            except BaseException as exc:
                raise ImportError("initialization failed") from exc
        return None

sys.meta_path.insert(0, CtrlC())
sys.exit(cli.main(sys.argv[1:]))
"""


def test_ctrl_c_while_a_reader_library_loads_is_one_line(corpus, tmp_path):
    db = tmp_path / "g.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", IMPORTING, "ingest", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=ENDS,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert (done.returncode, done.stderr) == (130, "govbench: interrupted\n")
    assert not db.exists()


# `govbench ingest` of 16 files in chunks of 8, a batch stored per chunk; once one is stored,
# the Ctrl-C lands inside threading's Condition.wait as the pool's result is waited for, and
# comes out as RuntimeError("release unlocked lock") raised while handling it (CPython
# gh-78667; seen in CI in the test above)
LOCK_BROKEN = """
import sys
from govbench import cli, ingest
from govbench.store.database import Database

ingest.BATCH_SIZE = 8
store_rows, stored, wait = Database.store_rows, [0], ingest.wait

def counted(self, *args, **kwargs):
    counts = store_rows(self, *args, **kwargs)
    stored[0] += counts.added
    return counts

def ctrl_c_breaks_the_lock(*args, **kwargs):
    if stored[0]:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("release unlocked lock")
    return wait(*args, **kwargs)

Database.store_rows = counted
ingest.wait = ctrl_c_breaks_the_lock
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_ctrl_c_that_threading_turns_into_another_error_is_still_an_interrupt(
    corpus, reference, tmp_path
):
    db = tmp_path / "g.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCK_BROKEN, "ingest", str(corpus), "--db", str(db)]
        + ["--workers", "1"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        err = proc.communicate(timeout=ENDS)[1]
        deadline = time.monotonic() + ENDS  # its forkserver ends when it sees the writer gone
        while _running_in_group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _running_in_group(proc.pid) == [], "processes outlived the ingest"
    finally:
        for pid in _running_in_group(proc.pid):
            os.kill(pid, signal.SIGKILL)
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    said = re.fullmatch(
        r"govbench: interrupted; stored before it: (\d+) reports added, 0 unchanged, "
        rf"0 unreadable -> {re.escape(str(db))}\n",
        err,
    )
    assert said, err
    stored = _content(db)
    assert len(stored["reports"]) == int(said[1]) >= 8  # the batch stored before it is kept...
    for part, rows in stored.items():  # ...each report whole, as a full ingest stores it
        assert rows <= reference[part], part
    assert {f for f in reference["facts"] if f[0] in stored["reports"]} == stored["facts"]
    assert not [p.name for p in tmp_path.iterdir() if ".writing" in p.name]
