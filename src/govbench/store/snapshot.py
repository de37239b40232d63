"""One writer at a time, and readers are never blocked by it.

DuckDB lets one process write a file, and a process that writes keeps every other process from
opening it, even read-only. So a writer (ingest, check, the app's import) never opens the
database itself: it works on a copy beside it and, when done, renames the copy over the database
in one atomic step. The app keeps reading the copy it has until its next run reads the new one
(one run of a page reads one copy: ui/data.py). A writer killed at any point leaves the database
exactly as it was; its half-done copy is removed by the next writer. A lock file makes a second writer wait for the first.

The copy is renamed only once it is known to be whole: its WAL checkpointed into the file and
every table's row count read back from the file equal to what the writer wrote. A disk that
fills up makes DuckDB leave the rows in a WAL beside the copy while the close reports nothing,
so without that check a full disk published the old database as if the write had worked.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MB = 2**20
# Free space a write needs: the copy (as large as the database) and as much again for what it
# adds, its WAL and the checkpoint, plus room for a new database's first batches.
MARGIN = 4 * MB


class StoreError(RuntimeError):
    """The database cannot be opened or written as asked; str() is the one line to say."""


class WriteError(StoreError):
    """The working copy could not be completed; the database is as it was."""


class NotEnoughSpace(WriteError):
    def __init__(self, folder: Path, need: int, have: int, more: bool = False):
        self.need, self.have = need, have
        super().__init__(
            f"not enough space in {folder}: need {'more than ' if more else ''}"
            f"{_mb(need)} MB, have {_mb(have)} MB (nothing was changed)"
        )


class DamagedDatabase(WriteError):
    """The database file cannot be read whole: truncated, overwritten, a block corrupted."""

    def __init__(self, db: Path | str, exc: BaseException, read: Path | str | None = None):
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if read is not None:  # the copy that was read: named as the database
            detail = detail.replace(str(read), str(db))
        self.detail = detail
        super().__init__(
            f"{db}: the database file is damaged ({detail}); restore it from a "
            "backup, or ingest the reports again into a new file "
            "(govbench ingest FOLDER --db NEW.duckdb)"
        )


def is_damage(exc: BaseException) -> bool:
    """Whether a DuckDB error says the file itself is bad (not a query's mistake)."""
    import duckdb

    if isinstance(
        exc,
        (
            duckdb.IOException,
            duckdb.SerializationException,
            duckdb.InternalException,
            duckdb.FatalException,
        ),
    ):
        return True
    return isinstance(exc, duckdb.Error) and "Corrupt database file" in str(exc)


def is_interrupt(exc: BaseException) -> bool:
    """Whether an error is a Ctrl-C turned into an exception of another kind.

    DuckDB answers SIGINT during a query with RuntimeError("Query interrupted"), or an
    InterruptException. A Ctrl-C that lands inside threading's Condition.wait (a pool's result
    waited for), between its lock's release and the try that restores it, has the lock
    released twice: RuntimeError("release unlocked lock") raised while handling the
    KeyboardInterrupt (CPython gh-78667, open; seen once in CI)."""
    import duckdb

    return isinstance(exc, duckdb.InterruptException) or (
        type(exc) is RuntimeError
        and (str(exc) == "Query interrupted" or isinstance(exc.__context__, KeyboardInterrupt))
    )


def check_whole(db: Path | str, name: Path | str | None = None) -> None:
    """Read every column of every table of `db` (DuckDB checks each block's checksum as it
    reads it); DamagedDatabase when that fails. A write starts from a whole file, so it can
    never report success on a damaged one and leave it damaged."""
    import duckdb

    if Path(db).is_dir():  # a Parquet archive: each file's footer and row counts
        from .archive import verify

        verify(db)
        return
    try:
        con = duckdb.connect(str(db), read_only=True)
        try:
            for (table,) in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE NOT temporary"
            ).fetchall():
                con.execute(f'SELECT sum(hash(COLUMNS(*))) FROM "{table}"').fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        if is_damage(exc):
            raise DamagedDatabase(name or db, exc, read=db) from None
        raise


def work_path(db: Path) -> Path:
    return db.with_name(db.name + ".writing")


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def space_needed(db: Path) -> int:
    """Bytes of free space a write of `db` needs: twice the database (and its WAL) plus MARGIN."""
    size = sum(p.stat().st_size for p in (db, wal_path(db)) if p.exists())
    return 2 * size + MARGIN


def free_space(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


@contextmanager
def writing(db: str | Path) -> Iterator[Path]:
    """Yield the path of a working copy of `db`; on success it replaces `db` atomically.

    Whoever opens the working copy must close it with close_verified() before the block ends,
    so its WAL is in the file and the row counts are checked."""
    db = Path(db)
    if db.is_dir():  # a Parquet archive (govbench export) is read-only
        from .archive import ReadOnlyArchive, is_archive

        if is_archive(db):
            raise ReadOnlyArchive(db)
        raise WriteError(f"{db} is a folder, not a database file")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        lock = open(lock_path(db), "a")
    except OSError as exc:  # a read-only folder or file system, a file in the way
        raise WriteError(
            f"cannot write in {db.parent}: {exc.strerror} (the database's folder "
            "must be writable: its copy and lock file are made there)"
        ) from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        work = work_path(db)
        _remove(work)  # what a killed writer left behind
        need, have = space_needed(db), free_space(db.parent)
        if have < need:
            raise NotEnoughSpace(db.parent, need, have)
        try:
            if db.exists():
                shutil.copyfile(db, work)
                if wal_path(db).exists():  # written by a tool outside govbench
                    shutil.copyfile(wal_path(db), wal_path(work))
                check_whole(work, name=db)
            yield work
            with hold_interrupt():  # a Ctrl-C now would lose what is written
                if wal_path(work).exists():
                    raise WriteError(
                        "the working copy kept a WAL: it was not closed with "
                        "Database.close_verified()"
                    )
                if db.exists():
                    _keep_mode_and_group(db, work)
                _sync(work)
                os.replace(work, db)
                _sync_folder(db.parent)
        except BaseException as exc:
            used = sum(p.stat().st_size for p in (work, wal_path(work)) if p.exists())
            _remove(work)
            if _out_of_space(exc):
                raise NotEnoughSpace(db.parent, max(need, used), have, more=True) from exc
            raise


def close_verified(con, work: Path) -> None:
    """Close a writer's connection to the working copy and make sure the file holds it all:
    the WAL checkpointed into the file, and each table's row count read back the same."""
    import duckdb

    with hold_interrupt():
        counts = _row_counts(con)
        con.execute("CHECKPOINT")
        con.close()
        if wal_path(work).exists():
            raise WriteError(
                f"the working copy {work.name} could not be completed "
                "(its WAL was not written into it)"
            )
        check = duckdb.connect(str(work), read_only=True)
        try:
            written = _row_counts(check)
        finally:
            check.close()
        if written != counts:
            raise WriteError(
                f"the working copy {work.name} is incomplete "
                f"(rows written {counts}, read back {written})"
            )


def _row_counts(con) -> dict[str, int]:
    tables = [
        name
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1"
        ).fetchall()
    ]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _out_of_space(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    # DuckDB reports a full disk as its own IOException, with the system's message
    return type(exc).__module__.startswith(("duckdb", "_duckdb")) and os.strerror(
        errno.ENOSPC
    ) in str(exc)


def _keep_mode_and_group(db: Path, work: Path) -> None:
    """The copy takes the place of `db`: it keeps the mode and group its owner gave it
    (a database made read-only for a group stays so)."""
    st = db.stat()
    try:
        os.chown(work, -1, st.st_gid)
    except PermissionError:  # not a member of that group: the mode still holds
        pass
    os.chmod(work, st.st_mode & 0o7777)


class _Held(list):
    """The SIGINT handler while held: it notes the signal."""

    def __call__(self, sig, frame) -> None:
        self.append(sig)


@contextmanager
def hold_interrupt() -> Iterator[None]:
    """Hold a Ctrl-C back until the block is done, then raise it.

    Inside an outer hold it is the outer one that raises, at its own end. Only the main
    thread receives signals (the app's writers run elsewhere: nothing to hold)."""
    if threading.current_thread() is not threading.main_thread() or isinstance(
        signal.getsignal(signal.SIGINT), _Held
    ):
        yield
        return
    caught = _Held()
    previous = signal.signal(signal.SIGINT, caught)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _remove(work: Path) -> None:
    work.unlink(missing_ok=True)
    wal_path(work).unlink(missing_ok=True)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    _sync(folder)


def _mb(size: int) -> int:
    return -(-size // MB)  # rounded up: "need 0 MB" would read as a bug
