"""ingest: files -> read -> parse -> store, streaming, in a process pool.

Workers read, parse and build each chunk's rows (store/rows.py); the one writer (this process)
only inserts them, in batches of one transaction each. Files whose bytes were stored before
are skipped before they are parsed, so a re-run over the same folder is cheap and changes
nothing. A file that crashes its worker (a C reader's segfault, an OOM kill) is recorded as
unreadable and the batch goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import multiprocessing as mp
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .model import ENGINES, Report, UnreadableError
from .parse import parse_document
from .parse.hints import Manifest
from .read import REPORT_SUFFIXES, read_bytes, read_document, read_file_bytes
from .store.rows import ReportRows
from .store.snapshot import hold_interrupt, is_interrupt, writing

if TYPE_CHECKING:
    from .store.database import Database

BATCH_SIZE = 200
BATCH_SECONDS = 2.0  # also commit what is parsed this often: a Ctrl-C keeps all but the last
CHUNK_SIZE = 8  # files a worker parses per task
WRITER_MEMORY = "512MB"  # DuckDB's buffer cap for the one writer
WINDOW = 16  # chunks in flight per worker: a slow chunk (PDFs) must not idle the rest
CRASHED = "the reader crashed on this file (worker process died{how})"
WATCH_SECONDS = 1.0  # how often a wait for a chunk looks for a worker that died unnoticed


def parse_file(path: str | Path, manifest: Manifest | None = None, ocr: str = "auto") -> Report:
    """Read and parse one file. Raises UnreadableError with a one-line reason. `ocr`: when
    to read page images by OCR (read.OCR_MODES)."""
    return parse_document(read_document(path, ocr=ocr), manifest)


def iter_report_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files given, and report files under folders given (sorted, hidden ones skipped).

    Files in a format that is not read (.doc ...) are yielded too, so that each is recorded
    with its reason. Symbolic links are followed only when they stay inside the folder given."""
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            yield p
            continue
        root = p.resolve()
        unlisted: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(p, onerror=unlisted.append):
            # a folder that cannot be listed (no permission) is yielded: reading it records why
            for error in unlisted:
                yield Path(error.filename)
            unlisted.clear()
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                if name.startswith(".") or f.suffix.lower() not in REPORT_SUFFIXES:
                    continue
                if f.is_symlink() and not _inside(f, root):
                    continue
                yield f
        yield from (Path(error.filename) for error in unlisted)


def _inside(link: Path, root: Path) -> bool:
    """Whether a symbolic link points inside `root`. A loop (a.txt -> b.txt -> a.txt) counts
    as inside: opening it then records "Too many levels of symbolic links"."""
    try:
        return link.resolve().is_relative_to(root)
    except (RuntimeError, OSError):
        return True


@dataclass
class Outcome:
    source: str
    file_hash: str
    report_id: str | None = None  # parsed: its rows are in the chunk's ReportRows
    error: str | None = None
    seen: bool = False  # bytes already stored: nothing to do


@dataclass
class Chunk:
    """What a worker hands the writer for a few files: one outcome each, and the rows of
    the reports parsed from them, already built (rows.ReportRows)."""

    outcomes: list[Outcome]
    rows: ReportRows


_known: frozenset[str] = frozenset()


def _init_worker(known: frozenset[str]) -> None:
    global _known
    _known = known


def _start_worker(known: frozenset[str], writer: int) -> None:
    """A pool worker's set-up: the hashes to skip, and an end when the writer is gone.

    A Ctrl-C at a terminal reaches every process of the group; a worker would print its own
    traceback. The writer stops the workers itself (_stop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory()
    _init_worker(known)
    threading.Thread(target=_exit_with, args=(writer,), daemon=True).start()


# A worker's address space: a reader that would build more (a hostile file the size guards
# missed) gets a MemoryError, recorded for its file, instead of taking the machine.
WORKER_MEMORY = 3 * 2**30


def _limit_memory() -> None:
    import resource

    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        physical = WORKER_MEMORY
    limit = min(WORKER_MEMORY, max(physical // 2, 2**30))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _exit_with(writer: int) -> None:
    """End this worker when the writer process `writer` ends.

    A writer killed outright (SIGKILL, the OOM killer) cannot stop its pool, and the workers of
    concurrent.futures hold both ends of their task queue, so they would never see it close and
    would wait for a next chunk forever (multiprocessing.Pool's workers did see it close)."""
    try:
        ended = os.pidfd_open(writer)  # readable once the process has ended (Linux)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd here: look once a second
        while True:
            time.sleep(1)
            try:
                os.kill(writer, 0)
            except OSError:
                os._exit(1)
    select.select([ended], [], [])
    os._exit(1)


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def process_file(
    path: Path, manifest: Manifest | None = None, ocr: str = "auto"
) -> tuple[Outcome, Report | None]:
    """Read the file's bytes once, hash them and parse them: a file replaced meanwhile (an
    editor's or a sync tool's write-then-rename) is recorded with the hash of the bytes that
    gave its report, never with the next version's."""
    source = str(path)
    try:
        data = read_file_bytes(path)
    except OSError as exc:
        # no bytes to hash: key the error by the path so each one is kept
        return Outcome(source, f"path:{source}", error=f"cannot open: {exc.strerror or exc}"), None
    except UnreadableError as exc:  # not a regular file, or too large to read
        return Outcome(source, f"path:{source}", error=str(exc)), None
    digest = hashlib.sha256(data).hexdigest()
    if digest in _known:
        return Outcome(source, digest, seen=True), None
    try:
        report = parse_document(
            read_bytes(data, source=source, suffix=path.suffix.lower(), ocr=ocr), manifest
        )
    except UnreadableError as exc:
        return Outcome(source, digest, error=str(exc)), None
    except MemoryError:
        return Outcome(
            source,
            digest,
            error="too large to read: the reader ran out of the memory a file may use",
        ), None
    except Exception as exc:  # a parser bug must not stop the batch; it is recorded
        return Outcome(source, digest, error=f"parser failed: {type(exc).__name__}: {exc}"), None
    return Outcome(source, digest, report_id=report.report_id), report


def process_chunk(paths: list[Path], manifest: Manifest | None = None, ocr: str = "auto") -> Chunk:
    done = [process_file(p, manifest, ocr) for p in paths]
    rows = ReportRows.of((o.report_id, r) for o, r in done if r is not None)
    return Chunk([o for o, _ in done], rows)


def _chunks(files: Iterable[Path], size: int) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    for f in files:
        chunk.append(f)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Task = Callable[[list[Path]], Chunk]
InFlight = list[tuple[list[Path], Future]]


def chunks(
    files: Iterable[Path], known: frozenset[str], workers: int, task: Task = process_chunk
) -> Iterator[Chunk]:
    """Parsed chunks in the order of `files`, parsed by `task` in `workers` processes
    (workers=0: in this process, no pool, for profiling and tests where the pool is not the
    point). `task` is a module-level function, so the workers can unpickle it.

    At most WINDOW chunks per worker are in flight: mapping over the whole file list would read
    it ahead and, when the writer falls behind, hold every parsed report, so memory would grow
    with the corpus. Chunks of a few files keep the per-task messaging small.

    A worker that dies (a segfault in a C reader, an OOM kill, kill -9) breaks the pool, or the
    watchdog of _result does when the pool missed it, and that loses every chunk in flight:
    their files are run again one at a time, the file that kills a worker on its own gets an
    error Outcome (CRASHED), and the rest of the batch goes on in a new pool."""
    if workers == 0:
        _init_worker(known)
        yield from map(task, _chunks(files, CHUNK_SIZE))
        return
    if workers < 0:
        raise ValueError(f"workers must be 0 (in this process) or more, not {workers}")
    ctx = mp.get_context("forkserver")
    # The forkserver imports the readers and parsers once; every worker forked from it,
    # those that replace a dead one included, starts with them imported. It only takes effect
    # when this process starts its forkserver, so a later change of the list is ignored.
    ctx.set_forkserver_preload(["govbench.ingest"])
    _start_forkserver_deaf_to_ctrl_c()
    todo: Iterator[list[Path]] = _chunks(files, CHUNK_SIZE)
    while True:
        broken = yield from _in_pool(todo, known, workers, task, ctx)
        if broken is None:
            return
        in_flight, not_sent = broken
        yield from _one_file_at_a_time(in_flight, known, task, ctx)
        todo = itertools.chain(not_sent, todo)


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the forkserver with SIGINT ignored: it imports the preload list before it ignores
    SIGINT itself, so a Ctrl-C then printed its traceback. An ignored signal stays ignored
    across exec, and Python keeps it so; the workers it forks inherit that too."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _pool(workers: int, known: frozenset[str], ctx) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_start_worker,
        initargs=(known, os.getpid()),
    )


def _in_pool(
    todo: Iterator[list[Path]], known: frozenset[str], workers: int, task: Task, ctx
) -> Generator[Chunk, None, tuple[InFlight, list[list[Path]]] | None]:
    """Yield the chunks of `todo` parsed in a pool, in order, until `todo` is done (returns
    None) or a worker died (returns the chunks in flight with their futures, in order, and the
    chunk that could not be sent)."""
    pool = _pool(workers, known, ctx)
    pending: deque[tuple[list[Path], Future]] = deque()
    try:
        for chunk in itertools.chain(todo, [None]):  # None: all sent, take the rest
            if chunk is not None:
                try:
                    # submit starts the workers: a Ctrl-C while one starts left it
                    # unregistered, alive after this process, printing a traceback
                    with hold_interrupt():
                        pending.append((chunk, pool.submit(task, chunk)))
                except BrokenProcessPool:  # it broke since the last result was taken
                    pool.shutdown()
                    return list(pending), [chunk]
            while pending and (chunk is None or len(pending) >= WINDOW * workers):
                try:
                    parsed = _result(pool, pending[0][1])
                except BrokenProcessPool:
                    pool.shutdown()  # reaps the workers left
                    return list(pending), []
                pending.popleft()
                yield parsed
    except BaseException:  # the writer stopped: Ctrl-C, the generator closed
        _stop(pool)
        raise
    pool.shutdown()
    return None


def _one_file_at_a_time(
    in_flight: InFlight, known: frozenset[str], task: Task, ctx
) -> Iterator[Chunk]:
    """The chunks a broken pool lost, each file run alone in a one-worker pool (kept until it
    breaks), so the file that kills a worker is known; chunks parsed before the break are kept.
    One Chunk per file: the writer does not care about chunk sizes."""
    pool: ProcessPoolExecutor | None = None
    try:
        for chunk, future in in_flight:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()
                continue
            for path in chunk:
                pool = pool or _one_worker_pool(known, task, ctx)
                try:
                    with hold_interrupt():
                        future = pool.submit(task, [path])
                    parsed = _result(pool, future)
                except BrokenProcessPool:
                    parsed = _crashed(path, _how_it_ended(pool))
                    pool = None
                yield parsed
    except BaseException:
        if pool is not None:
            _stop(pool)
        raise
    if pool is not None:
        pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now, dropping the chunks queued and those being parsed.

    shutdown(wait=False) alone still lets the workers finish the chunks they hold, and the
    interpreter's exit waits for them: seconds after a Ctrl-C, minutes on big PDFs. The
    workers are terminated through concurrent.futures' private table of processes (Python
    3.14 has terminate_workers() for it); without that table the exit waits as said.

    A worker terminated half-way through sending a chunk leaves the pool's reader thread
    waiting for the rest of it, and the interpreter's exit joins that thread: it hung for
    ever. So the reader is woken too (_reader_unblocker) and joined here. A second Ctrl-C waits
    until the pool is stopped, then is raised: stopping half-way left that same hang."""
    with hold_interrupt():
        processes = _worker_processes(pool)
        unblock = _reader_unblocker(pool)  # shutdown() drops what it needs
        try:
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            # dead before this process exits and removes the pool's semaphores: a worker
            # still starting would otherwise print a traceback about them
            for process in processes:
                process.join(timeout=2)
                if process.exitcode is None:  # lived through SIGTERM (a reader's handler)
                    process.kill()
                    process.join(timeout=5)
        finally:
            unblock()


def _result(pool: ProcessPoolExecutor, future: Future) -> Chunk:
    """future.result(), with a watchdog: BrokenProcessPool also when a worker died and the
    pool did not notice.

    concurrent.futures notices a dead worker by its process sentinel, unless its reader
    thread is blocked reading a result: a worker killed half-way through sending one (an OOM
    kill while it writes a large chunk) leaves it waiting for the rest for ever, and the
    batch hung. A worker seen dead twice, WATCH_SECONDS apart, in a pool still not broken is
    that case: the other workers are killed and the reader woken, which breaks the pool, and
    the chunks in flight are parsed again one file at a time (chunks())."""
    seen_dead = False
    while not wait([future], timeout=WATCH_SECONDS).done:
        if getattr(pool, "_broken", False) or not _a_worker_died(pool):
            seen_dead = False
        elif seen_dead:
            processes = _worker_processes(pool)
            for process in processes:
                process.kill()
            for process in processes:
                process.join(timeout=5)
            _reader_unblocker(pool)()
        else:
            seen_dead = True
    return future.result()


def _a_worker_died(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker of the pool has ended. Its sentinel is only looked at: reading its
    exit code here would take it from concurrent.futures' reader thread."""
    from multiprocessing.connection import wait as ready

    sentinels = [p.sentinel for p in _worker_processes(pool) if p.pid is not None]
    return bool(sentinels) and bool(ready(sentinels, timeout=0))


def _reader_unblocker(pool: ProcessPoolExecutor) -> Callable[[], None]:
    """What wakes the pool's reader thread from a half-sent result once its workers are dead,
    and joins it.

    Its read waits while any end of the result pipe is open for writing; the dead workers'
    ends are closed, and this process holds the last one, unused: closing it ends the read
    (EOFError), which the thread takes as a broken pool. Taken from concurrent.futures'
    private attributes before shutdown() drops them, read defensively: where a Python version
    has other ones, nothing is done."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    manager = getattr(pool, "_executor_manager_thread", None)

    def unblock() -> None:
        if writer is not None:
            writer.close()
        if isinstance(manager, threading.Thread) and manager.is_alive():
            manager.join(timeout=10)

    return unblock


def _worker_processes(pool: ProcessPoolExecutor) -> list:
    """The pool's worker processes, from concurrent.futures' private table, read defensively:
    an empty list where a Python version has none."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _one_worker_pool(known: frozenset[str], task: Task, ctx) -> ProcessPoolExecutor:
    """A one-worker pool whose worker has run `task` on no files: when that kills it, the
    workers cannot start or import the task, and blaming each file in turn would be wrong."""
    pool = _pool(1, known, ctx)
    try:
        with hold_interrupt():
            started = pool.submit(task, [])
        _result(pool, started)
    except BrokenProcessPool:
        how = _how_it_ended(pool) or "no exit code"
        raise RuntimeError(
            f"the parsing processes die before they read a file ({how}); "
            "their own messages are above"
        ) from None
    return pool


def _how_it_ended(pool: ProcessPoolExecutor) -> str:
    """Shut a broken one-worker pool down; say how its worker ended ("SIGSEGV", "exit code 3").

    concurrent.futures does not tell: its table of processes is read before shutdown() drops
    it ("" when it is not there)."""
    processes = _worker_processes(pool)
    pool.shutdown()  # joins the worker, so its exit code is known
    for process in processes:
        code = process.exitcode
        if code:
            try:
                return signal.Signals(-code).name if code < 0 else f"exit code {code}"
            except ValueError:
                return f"signal {-code}"
    return ""


def _crashed(path: Path, how: str) -> Chunk:
    """The Chunk of a file whose reading killed the worker: one error Outcome, no rows."""
    source = str(path)
    try:
        digest = file_hash(path)
    except OSError:
        digest = f"path:{source}"  # gone meanwhile: keyed by its path, as in process_file
    error = CRASHED.format(how=f": {how}" if how else "")
    return Chunk([Outcome(source, digest, error=error)], ReportRows.of([]))


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    workers: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    sources: Mapping[str, str] | None = None,
    manifest: Manifest | None = None,
    ocr: str = "auto",
    engine: str = "local",
    scheduler: str | None = None,
    staging: str | Path | None = None,
):
    """Ingest every report file under `paths` into `db`; returns IngestCounts.

    The writing happens on a working copy that replaces `db` at the end (store/snapshot.py), so
    readers of `db` (the app) are never blocked and a killed ingest leaves `db` as it was.
    Interrupted with Ctrl-C, the batches already stored are kept.

    Files are parsed in `workers` processes (None: as many as the cores available), so a file
    that crashes one is recorded as unreadable and the rest go on; workers=0 parses in this
    process, without a pool: for profiling, and for tests where the pool is not the point.

    `sources` names what to record as a file's source instead of its path (the app's uploads
    are read from temporary files; the name the user gave is the one worth keeping).

    `ocr` says when page images and scanned PDFs are read by OCR (read.OCR_MODES).

    engine="dask" parses on a Dask cluster instead (cluster.py): the scheduler at `scheduler`,
    or a LocalCluster of `workers` processes; the workers write Parquet shards to `staging`
    (a path or fsspec URL; default DB.staging beside the database) and this process stores
    them in one transaction, so an interrupted run stores nothing and its shards are reused."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if engine == "local" and (scheduler or staging):
        raise ValueError("a scheduler and a staging folder are for engine='dask'")
    if engine == "dask" and sources:
        raise ValueError("sources renames files parsed in this process: engine='local'")
    # a Ctrl-C that cuts DuckDB's import short leaves it half set up, and the process then
    # dies of SIGINT at exit, after the "interrupted" line: the import is held to the end
    with hold_interrupt():
        from .store.database import Database, IngestCounts

    if workers is None:
        workers = len(os.sched_getaffinity(0))
    total = IngestCounts()
    interrupted = False
    staged = None  # engine dask: the staging folder, removed once its rows are in place
    before = _identity(db)
    held = contextlib.ExitStack()  # outermost: a Ctrl-C held in it comes after the rename
    try:
        with held, writing(db) as work:
            # DuckDB turns a Ctrl-C during a query into "Query interrupted": held back
            with hold_interrupt():
                database = Database.writer(work)
                database.limit_memory(WRITER_MEMORY)
            try:
                if engine == "dask":
                    from .cluster import ingest_on_cluster

                    staged = ingest_on_cluster(
                        database, db, paths, total, workers, on_outcome, manifest, ocr,
                        scheduler=scheduler, staging=staging,
                    )  # fmt: skip
                else:
                    _ingest_into(
                        database, paths, workers, on_outcome, total, sources or {}, manifest, ocr
                    )
            except KeyboardInterrupt:  # whole batches are stored: keep them
                interrupted = True
            except BaseException as exc:
                if not is_interrupt(exc):
                    database.close()
                    raise
                interrupted = True  # a Ctrl-C a library turned into an error of its own
            held.enter_context(hold_interrupt())  # until the copy is in place
            database.close_verified()
    except KeyboardInterrupt:
        interrupted = True
    if interrupted:
        # what is said to be stored is what the database now holds: nothing when the copy
        # was not put in place
        raise Interrupted(total if _identity(db) != before else IngestCounts())
    if staged is not None:
        staged.remove()
    return total


def _identity(db: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(db)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Interrupted(KeyboardInterrupt):
    """Ctrl-C: the batches stored before it are in the database; `counts` says how many."""

    def __init__(self, counts):
        super().__init__()
        self.counts = counts


def _ingest_into(
    database: Database,
    paths: Iterable[str | Path],
    workers: int,
    on_outcome: Callable[[Outcome], None] | None,
    total,
    sources: Mapping[str, str],
    manifest: Manifest | None = None,
    ocr: str = "auto",
) -> None:
    with hold_interrupt():
        known = frozenset(database.known_file_hashes())
    rows: list[ReportRows] = []
    files: list[tuple[str, str, str]] = []
    errors: list[tuple[str, str, str]] = []

    flushed = time.monotonic()

    def flush() -> None:
        nonlocal flushed
        flushed = time.monotonic()
        # a Ctrl-C inside the transaction would interrupt DuckDB mid-batch; it waits for the
        # commit and the counts, so what is stored and what is counted are the same
        with hold_interrupt():
            counts = database.store_rows(rows, files, errors)
            total.added += counts.added
            total.unchanged += counts.unchanged
            total.failed += counts.failed
            rows.clear()
            files.clear()
            errors.clear()

    # closed explicitly, so a Ctrl-C here stops the workers now, not when the traceback goes
    # the manifest and OCR mode travel with each chunk (a partial of a module-level function
    # pickles)
    files_in = iter_report_files(paths)
    todo = (
        chunks(files_in, known, workers)
        if manifest is None and ocr == "auto"
        else chunks(
            files_in, known, workers, task=partial(process_chunk, manifest=manifest, ocr=ocr)
        )
    )
    with closing(todo) as parsed:
        for chunk in parsed:
            if sources:
                chunk = Chunk(
                    [replace(o, source=sources.get(o.source, o.source)) for o in chunk.outcomes],
                    chunk.rows.with_sources(sources),
                )
            for outcome in chunk.outcomes:
                if on_outcome:
                    on_outcome(outcome)
                if outcome.seen:
                    total.unchanged += 1
                elif outcome.error is not None:
                    errors.append((outcome.file_hash, outcome.source, outcome.error))
                else:
                    files.append((outcome.file_hash, outcome.source, outcome.report_id))
            rows.append(chunk.rows)
            if len(files) + len(errors) >= BATCH_SIZE or time.monotonic() - flushed > BATCH_SECONDS:
                flush()
    flush()
