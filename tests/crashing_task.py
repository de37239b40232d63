"""A parsing task that kills its worker process on files named *crash*, as a segfault in a C
reader would, and never ends on files named *stuck* (tests/test_pool.py). Module-level, so
pool workers can unpickle it."""

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
    bytes, under the queue's lock, as a large chunk is sent) and stop there: killed mid-send
    on *halfsent-dies*, and stuck mid-send (a reader that does not drain the pipe) on the
    others. Other files are parsed."""
    import struct

    if any("halfsent" in p.name for p in paths):
        queue = _result_queue()
        queue._wlock.acquire()
        queue._writer._send(struct.pack("!i", 1 << 20) + b"\x80" * 4096)
        if any("dies" in p.name for p in paths):
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(3600)
    return process_chunk(paths)
