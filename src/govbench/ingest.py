"""ingest: files -> read -> parse -> store, streaming, in a process pool.

Workers read, parse and build each chunk's rows (rows.py); the one writer (this process)
only inserts them, in batches of one transaction each. Files whose bytes were stored before
are skipped before they are parsed, so a re-run over the same folder is cheap and changes
nothing.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Report, UnreadableError
from .parse import parse_document
from .read import read_document
from .rows import ReportRows

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
BATCH_SIZE = 200
CHUNK_SIZE = 8       # files a worker parses per task
WRITER_MEMORY = "512MB"  # DuckDB's buffer cap for the one writer
WINDOW = 16          # chunks in flight per worker: a slow chunk (PDFs) must not idle the rest


def parse_file(path: str | Path) -> Report:
    """Read and parse one file. Raises UnreadableError with a one-line reason."""
    return parse_document(read_document(path))


def iter_report_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files given, and report files under folders given (sorted, hidden ones skipped).

    Symbolic links are followed only when they stay inside the folder given."""
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            yield p
            continue
        root = p.resolve()
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                if name.startswith(".") or f.suffix.lower() not in SUFFIXES:
                    continue
                if f.is_symlink() and not f.resolve().is_relative_to(root):
                    continue
                yield f


@dataclass
class Outcome:
    source: str
    file_hash: str
    report_id: str | None = None   # parsed: its rows are in the chunk's ReportRows
    error: str | None = None
    seen: bool = False             # bytes already stored: nothing to do


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


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def process_file(path: Path) -> tuple[Outcome, Report | None]:
    source = str(path)
    try:
        digest = file_hash(path)
    except OSError as exc:
        # no bytes to hash: key the error by the path so each one is kept
        return Outcome(source, f"path:{source}", error=f"cannot open: {exc.strerror or exc}"), None
    if digest in _known:
        return Outcome(source, digest, seen=True), None
    try:
        report = parse_file(path)
    except UnreadableError as exc:
        return Outcome(source, digest, error=str(exc)), None
    except Exception as exc:  # a parser bug must not stop the batch; it is recorded
        return Outcome(source, digest, error=f"parser failed: {type(exc).__name__}: {exc}"), None
    return Outcome(source, digest, report_id=report.report_id), report


def process_chunk(paths: list[Path]) -> Chunk:
    done = [process_file(p) for p in paths]
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


def chunks(files: Iterable[Path], known: frozenset[str], workers: int) -> Iterator[Chunk]:
    """Parsed chunks in the order of `files`, parsed in `workers` processes.

    At most WINDOW chunks per worker are in flight: Pool.imap would read the whole file list
    ahead and, when the writer falls behind, hold every parsed report, so memory would grow
    with the corpus. Chunks of a few files keep the pool's per-task messaging small."""
    if workers <= 1:
        _init_worker(known)
        yield from map(process_chunk, _chunks(files, CHUNK_SIZE))
        return
    ctx = mp.get_context("forkserver")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(known,)) as pool:
        pending: deque = deque()
        for chunk in _chunks(files, CHUNK_SIZE):
            pending.append(pool.apply_async(process_chunk, (chunk,)))
            if len(pending) >= WINDOW * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def ingest(paths: Iterable[str | Path], db: str | Path, workers: int | None = None,
           on_outcome: Callable[[Outcome], None] | None = None):
    """Ingest every report file under `paths` into `db`; returns IngestCounts.

    The writing happens on a working copy that replaces `db` at the end (snapshot.py), so
    readers of `db` (the app) are never blocked and a killed ingest leaves `db` as it was.
    Interrupted with Ctrl-C, the batches already stored are kept."""
    from . import snapshot, store

    workers = workers or len(os.sched_getaffinity(0))
    total = store.IngestCounts()
    interrupted: KeyboardInterrupt | None = None
    with snapshot.writing(db) as work:
        con = store.connect(work)
        # DuckDB keeps the blocks it wrote cached up to 80% of RAM by default, so an ingest's
        # memory grew with the corpus; written blocks are on disk and cheap to drop again.
        con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
        try:
            _ingest_into(con, paths, workers, on_outcome, total)
        except KeyboardInterrupt as exc:     # whole batches are stored: keep them
            interrupted = exc
        finally:
            con.close()
    if interrupted is not None:
        raise interrupted
    return total


def _ingest_into(con, paths: Iterable[str | Path], workers: int,
                 on_outcome: Callable[[Outcome], None] | None, total) -> None:
    from . import store

    known = frozenset(store.known_file_hashes(con))
    rows: list[ReportRows] = []
    files: list[tuple[str, str, str]] = []
    errors: list[tuple[str, str, str]] = []

    def flush() -> None:
        counts = store.store_rows(con, rows, files, errors)
        total.added += counts.added
        total.unchanged += counts.unchanged
        total.failed += counts.failed
        rows.clear()
        files.clear()
        errors.clear()

    for chunk in chunks(iter_report_files(paths), known, workers):
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
        if len(files) + len(errors) >= BATCH_SIZE:
            flush()
    flush()
