"""One writer at a time, and readers are never blocked by it.

DuckDB lets one process write a file, and a process that writes keeps every other process from
opening it, even read-only. So a writer (ingest, check, the app's import) never opens the
database itself: it works on a copy beside it and, when done, renames the copy over the database
in one atomic step. The app keeps reading the database it has open until the next query opens the
new one. A writer killed at any point leaves the database exactly as it was; its half-done copy is
removed by the next writer. A lock file makes a second writer wait for the first.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def work_path(db: Path) -> Path:
    return db.with_name(db.name + ".writing")


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def writing(db: str | Path) -> Iterator[Path]:
    """Yield the path of a working copy of `db`; on success it replaces `db` atomically.

    Whoever opens the working copy must close it before the block ends (DuckDB then writes
    everything into the file itself, leaving no .wal beside it)."""
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path(db), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        work = work_path(db)
        _remove(work)                           # what a killed writer left behind
        if db.exists():
            shutil.copyfile(db, work)
            wal = db.with_name(db.name + ".wal")
            if wal.exists():                    # written by a tool outside govbench
                shutil.copyfile(wal, work.with_name(work.name + ".wal"))
        try:
            yield work
        except BaseException:
            _remove(work)
            raise
        os.replace(work, db)
        _sync_folder(db.parent)


def _remove(work: Path) -> None:
    work.unlink(missing_ok=True)
    work.with_name(work.name + ".wal").unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
