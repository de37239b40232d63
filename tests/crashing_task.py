"""Parsing tasks that misbehave on files by name, as readers in a worker process can: killed
(a segfault in a C reader, an OOM kill), stuck, or stopped half-way through sending a result
(tests/test_pool.py, tests/test_interrupt_pool.py). Module-level, so pool workers can unpickle
them."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from govbench.ingest import Chunk, process_chunk


def task(paths: list[Path]) -> Chunk:
    if any("crash" in p.name for p in paths):
        os.kill(os.getpid(), signal.SIGSEGV)
    if any("stuck" in p.name for p in paths):
        time.sleep(3600)
    return process_chunk(paths)


def greedy_task(paths: list[Path]) -> Chunk:
    """On files named *greedy*, reserve 16 GB of address space (untouched, so without a limit
    it costs no memory) as a reader building a hostile file's cells would; say whether the
    worker was allowed to. Other files are parsed."""
    import mmap

    from govbench.ingest import Outcome
    from govbench.store.rows import ReportRows

    outcomes = []
    for path in paths:
        if "greedy" not in path.name:
            continue
        try:
            mmap.mmap(-1, 16 * 2**30).close()
        except (OSError, MemoryError):
            outcomes.append(Outcome(str(path), "greedy", error="memory refused"))
        else:
            outcomes.append(Outcome(str(path), "greedy", error="16 GB allowed"))
    parsed = process_chunk([p for p in paths if "greedy" not in p.name])
    return Chunk(parsed.outcomes + outcomes, parsed.rows if parsed.outcomes else ReportRows.of([]))


def logging_task(paths: list[Path]) -> Chunk:
    """Parse `paths` as process_chunk does, first noting each in parsed.log beside it: which
    files a run parsed again, and which it took from shards (tests/test_cluster.py)."""
    for path in paths:
        with open(path.parent / "parsed.log", "a") as log:
            log.write(f"{path.name}\n")
    return process_chunk(paths)


def _result_queue():
    """The worker's queue of results (concurrent.futures' _process_worker holds it)."""
    import sys

    frame = sys._getframe()
    while frame.f_code.co_name != "_process_worker":
        frame = frame.f_back
    return frame.f_locals["result_queue"]


def half_sending_task(paths: list[Path]) -> Chunk:
    """On files named *halfsent*, start sending a result (a message's length and its first
    bytes, under the queue's lock, as a large chunk is sent), note the worker's pid in
    FILE.pid, and stop there: killed mid-send on *halfsent-dies*, stuck mid-send (as while the
    reader falls behind) on the others, deaf to SIGTERM as well on *halfsent-deaf*. Other
    files are parsed."""
    import struct

    for path in paths:
        if "halfsent" in path.name:
            if "deaf" in path.name:  # as a reader that handles SIGTERM itself
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
            queue = _result_queue()
            queue._wlock.acquire()
            queue._writer._send(struct.pack("!i", 1 << 20) + b"\x80" * 4096)
            _note_pid(path)
            if "dies" in path.name:
                os.kill(os.getpid(), signal.SIGKILL)
            time.sleep(3600)
    return process_chunk(paths)


def stuck_once_task(paths: list[Path]) -> Chunk:
    """On files named *stuck-once*, the first time: note the worker's pid in FILE.pid and
    never end (for a test to kill -9 it); the next time, and on other files: parse them."""
    for path in paths:
        noted = path.with_name(path.name + ".pid")
        if "stuck-once" in path.name and not noted.exists():
            _note_pid(path)
            time.sleep(3600)
    return process_chunk(paths)


def _note_pid(path: Path) -> None:
    """This worker's pid in FILE.pid beside `path`, whole when it appears."""
    noted = path.with_name(path.name + ".pid")
    noted.with_suffix(".tmp").write_text(str(os.getpid()))
    os.replace(noted.with_suffix(".tmp"), noted)
