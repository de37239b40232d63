"""A file that kills its parsing process (a segfault in a C reader, an OOM kill) is one error
line for that file; every other file is parsed as without it, in file order, and the ingest
ends. The crash is faked by tests/crashing_task.py on files named *crash*; a worker killed
half-way through sending its result, or by kill -9 from outside, ends the same way, never
hangs. And an ingest that is itself killed leaves no parsing process behind."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

import crashing_task
from govbench import ingest as ingest_module
from govbench.ingest import Chunk, chunks, file_hash, ingest, iter_report_files
from govbench.synth import generate

CRASHED = "the reader crashed on this file (worker process died: SIGSEGV)"
KILLED = "the reader crashed on this file (worker process died: SIGKILL)"
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 40, seed=5)  # five chunks of eight
    return folder


@pytest.fixture(scope="module")
def reference(corpus) -> dict[str, tuple[str | None, str | None]]:
    """(report_id, error) of each file, parsed in this process without a pool."""
    parsed = list(chunks(iter_report_files([corpus]), frozenset(), workers=0))
    return {o.source: (o.report_id, o.error) for c in parsed for o in c.outcomes}


def _with_crashers(corpus: Path, folder: Path, names: list[str]) -> list[Path]:
    """The corpus plus copies of one of its files under `names`, in the order ingest walks."""
    shutil.copytree(corpus, folder)
    for name in names:
        shutil.copy(sorted(corpus.glob("*.txt"))[0], folder / name)
    return list(iter_report_files([folder]))


def _within(seconds: float, run):
    """run(), failing instead of hanging when it does not return."""
    done: dict = {}

    def target() -> None:
        try:
            done["value"] = run()
        except BaseException as exc:  # re-raised in the test's thread
            done["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "still parsing: a dead worker left the batch hanging"
    if "error" in done:
        raise done["error"]
    return done["value"]


def _parse_with_crashes(files: list[Path], workers: int) -> list[Chunk]:
    return _within(120, lambda: list(chunks(files, frozenset(), workers, task=crashing_task.task)))


def _check(
    parsed: list[Chunk],
    files: list[Path],
    reference: dict,
    corpus: Path,
    crashed: str = CRASHED,
    culprit: str = "crash",
) -> None:
    outcomes = [o for c in parsed for o in c.outcomes]
    assert [o.source for o in outcomes] == [str(f) for f in files]  # file order
    stored = {rid for c in parsed for rid in c.rows.report_ids}
    for path, outcome in zip(files, outcomes):
        if culprit in path.name:
            assert (outcome.report_id, outcome.error) == (None, crashed)
            assert outcome.file_hash == file_hash(path)
        else:
            assert (outcome.report_id, outcome.error) == reference[str(corpus / path.name)]
    assert stored == {rid for rid, _ in reference.values() if rid}


def _errors_and_stored(db: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """The ingest's error lines (source, error) and the report ids stored."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        errors = con.execute("SELECT source, error FROM ingest_errors").fetchall()
        stored = {rid for (rid,) in con.execute("SELECT report_id FROM reports").fetchall()}
    finally:
        con.close()
    return errors, stored


def test_a_file_that_kills_its_worker_is_one_error_and_the_others_are_parsed(
    corpus, reference, tmp_path
):
    files = _with_crashers(corpus, tmp_path / "reports", ["synth-000012-crash.txt"])
    parsed = _parse_with_crashes(files, workers=2)
    _check(parsed, files, reference, corpus)
    crashed = [o for c in parsed for o in c.outcomes if o.error]
    assert [Path(o.source).name for o in crashed] == ["synth-000012-crash.txt"]


@pytest.mark.parametrize("window", [1, ingest_module.WINDOW])
def test_two_files_that_kill_workers_in_one_batch_are_two_errors(
    corpus, reference, tmp_path, monkeypatch, window
):
    # window 1: the second crasher is met by the pool started after the first one
    monkeypatch.setattr(ingest_module, "WINDOW", window)
    files = _with_crashers(
        corpus, tmp_path / "reports", ["synth-000003-crash.txt", "synth-000030-crash.txt"]
    )
    _check(_parse_with_crashes(files, workers=2), files, reference, corpus)


def test_a_file_that_kills_its_worker_in_the_last_chunk(corpus, reference, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "WINDOW", 1)
    files = _with_crashers(corpus, tmp_path / "reports", ["synth-999999-crash.txt"])
    assert "crash" in files[-1].name
    _check(_parse_with_crashes(files, workers=2), files, reference, corpus)


def test_one_worker_records_the_crashing_file_and_stores_the_rest(
    corpus, reference, tmp_path, monkeypatch
):
    # the app's import runs ingest(workers=1): a crashing upload must not end it
    monkeypatch.setattr(ingest_module, "chunks", functools.partial(chunks, task=crashing_task.task))
    folder = tmp_path / "reports"
    files = _with_crashers(corpus, folder, ["synth-000020-crash.txt"])
    db = tmp_path / "g.duckdb"
    counts = _within(120, lambda: ingest([folder], db, workers=1))
    errors, stored = _errors_and_stored(db)
    assert errors == [(str(folder / "synth-000020-crash.txt"), CRASHED)]
    assert stored == {rid for rid, _ in reference.values() if rid}
    assert counts.failed == 1 and counts.added + counts.unchanged == len(files) - 1


def test_a_worker_killed_half_way_through_sending_a_chunk_is_one_error_and_the_batch_ends(
    corpus, reference, tmp_path
):
    """Killed while it writes a result (an OOM kill during a large chunk's send), a worker
    leaves the pool's reader thread waiting for the rest: concurrent.futures never breaks the
    pool and the batch hung for ever."""
    files = _with_crashers(corpus, tmp_path / "reports", ["synth-000012-halfsent-dies.txt"])
    parsed = _within(
        120, lambda: list(chunks(files, frozenset(), 2, task=crashing_task.half_sending_task))
    )
    _check(parsed, files, reference, corpus, crashed=KILLED, culprit="halfsent")


def _pid_in(noted: Path, running: threading.Thread) -> int:
    """The pid a worker notes in `noted` (crashing_task._note_pid), waited for while the
    ingest `running` goes on."""
    while not noted.exists():
        assert running.is_alive(), "the ingest ended before the worker got to the file"
        running.join(0.05)
    return int(noted.read_text())


def test_a_worker_killed_from_outside_loses_nothing_and_its_files_are_parsed_again(
    corpus, reference, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        ingest_module, "chunks", functools.partial(chunks, task=crashing_task.stuck_once_task)
    )
    folder = tmp_path / "reports"
    files = _with_crashers(corpus, folder, ["synth-000020-stuck-once.txt"])
    db = tmp_path / "g.duckdb"
    done: dict = {}
    running = threading.Thread(target=lambda: done.update(counts=ingest([folder], db, workers=2)))
    running.start()
    os.kill(_pid_in(folder / "synth-000020-stuck-once.txt.pid", running), signal.SIGKILL)
    running.join(120)
    assert not running.is_alive(), "still parsing: a killed worker left the batch hanging"
    errors, stored = _errors_and_stored(db)
    # not the file's fault: parsed again alone, it is stored as any other
    assert errors == [] and stored == {rid for rid, _ in reference.values() if rid}
    assert done["counts"].added + done["counts"].unchanged == len(files)


# The writer of an ingest, parsing with crashing_task in two workers; it prints each file's
# source as its chunk comes back.
WRITER = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
import crashing_task
from govbench.ingest import chunks, iter_report_files
for chunk in chunks(iter_report_files([sys.argv[1]]), frozenset(), 2, task=crashing_task.task):
    print(*(o.source for o in chunk.outcomes), sep="\\n", flush=True)
"""


def _running_in_group(group: int) -> list[int]:
    """Processes of a process group, zombies left out."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def test_a_killed_ingest_leaves_no_parsing_process_behind(corpus, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for f in sorted(corpus.glob("*.txt"))[:8]:  # one chunk parsed...
        shutil.copy(f, folder / f.name)
    shutil.copy(f, folder / "zz-stuck.txt")  # ...and one that never ends
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        text=True,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert writer.stdout.readline().strip()  # its workers run: one idle, one stuck
        writer.kill()
        writer.wait(timeout=60)
        for _ in range(600):
            if _running_in_group(writer.pid) == []:
                break
            time.sleep(0.1)
        assert _running_in_group(writer.pid) == [], "parsing processes outlived their writer"
    finally:
        for pid in _running_in_group(writer.pid):  # a failed run must not leave them either
            os.kill(pid, signal.SIGKILL)
