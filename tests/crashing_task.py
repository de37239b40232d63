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
