"""A parsing task that kills its worker process on files named *crash*, as a segfault in a C
reader would (tests/test_pool.py). Module-level, so pool workers can unpickle it."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from govbench.ingest import Chunk, process_chunk


def task(paths: list[Path]) -> Chunk:
    if any("crash" in p.name for p in paths):
        os.kill(os.getpid(), signal.SIGSEGV)
    return process_chunk(paths)
