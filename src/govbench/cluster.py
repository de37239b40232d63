"""cluster: ingest on a Dask cluster (`govbench ingest --engine dask [--scheduler ADDRESS]`).

The files are cut into partitions of PARTITION_FILES, in file order, one Dask task each (a task
per file would spend more on the scheduler than on parsing). A worker parses its partition with
the local pool's own task (ingest.process_chunk, chunk by chunk) and writes the rows and each
file's outcome as Parquet shards to the staging folder (store/shards.py); it hands back only the
outcomes, for the progress line. When every partition is in, the one writer loads all the
shards into the database in one transaction (Database.load_shards), inside the same working
copy that a local ingest writes (store/snapshot.py): a killed ingest leaves the database as it
was, and a rerun adds nothing.

A worker that dies on a partition (a segfault in a C reader, an OOM kill): Dask runs the task
again elsewhere (`distributed.scheduler.allowed-failures` times) and then gives it up
(KilledWorker); its files are then run one at a time, each its own piece, so that the file that
kills its worker alone is recorded as unreadable (ingest.CRASHED) and the others are stored.

Shards of an interrupted run are reused: a partition whose shards are complete, made from the
same files (unchanged since: size and mtime) with the same database, manifest and OCR mode, is
not parsed again. The staging folder is removed once the database is in place.

Without --scheduler a LocalCluster of `workers` processes runs on this machine, listening on
127.0.0.1 only (local_cluster).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .ingest import (
    CHUNK_SIZE,
    Chunk,
    Outcome,
    Task,
    _chunks,
    _crashed,
    _init_worker,
    iter_report_files,
    process_chunk,
)
from .parse.hints import Manifest
from .store.migrations import SCHEMA_VERSION
from .store.rows import ReportRows, first_seen
from .store.shards import Stat, Staging, StagingError, part_name
from .store.snapshot import hold_interrupt

if TYPE_CHECKING:
    from .store.database import Database, IngestCounts

PARTITION_FILES = 32 * CHUNK_SIZE  # files per task: 256, a whole number of the pool's chunks
WINDOW = 4  # partitions in flight per worker thread: the writer holds only their paths
# Dask's settings for the LocalCluster (Dask's defaults are for clusters whose machines come
# and go): a worker that dies twice on a task gives it up, and its files are run one at a
# time; a one-thread worker holds one task, so a worker's death blames no task queued behind
# the one it ran; a worker whose restart is slow (a loaded machine) is waited for, not
# dropped after 15 s, which left no worker and the ingest waiting for ever; and if every
# worker is gone regardless, the tasks fail instead of waiting.
LOCAL_CLUSTER = {
    "distributed.scheduler.allowed-failures": 1,
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.deploy.lost-worker-timeout": "10 minutes",
    "distributed.scheduler.no-workers-timeout": "10 minutes",
}


class EngineMissing(StagingError):
    """--engine dask without dask installed."""


class ClusterError(StagingError):
    """The cluster could not run a partition, for another reason than a file killing its
    worker (no workers left, a task that failed in Dask itself); one line to say."""


def parse_partition(
    paths: list[str],
    part: str,
    key: str,
    staging: Staging,
    known: str,
    task: Task,
) -> list[tuple]:
    """A worker's task: parse `paths` chunk by chunk with `task` (as the local pool does) and
    write the rows and outcomes to the staging folder as partition `part`; return the
    outcomes (Outcome's fields). Shards already there with the same key, of files unchanged
    since, are reused as they are."""
    stats = [_stat(p) for p in paths]
    done = staging.done(part)
    if done is not None and done.get("key") == key and done.get("stats") == stats:
        return staging.outcomes(part)
    _init_worker(_known(staging, known))
    chunks = [task(chunk) for chunk in _chunks((Path(p) for p in paths), CHUNK_SIZE)]
    outcomes = [astuple(o) for c in chunks for o in c.outcomes]
    rows = ReportRows.concat(first_seen((c.rows for c in chunks), set()))
    staging.write(part, key, outcomes, rows, stats)
    return outcomes


_KNOWN: dict[tuple[str, str], frozenset[str]] = {}  # a worker's copy, read once per run


def _known(staging: Staging, name: str) -> frozenset[str]:
    """The hashes to skip, read from the staging folder the first time a run needs them."""
    at = (staging.root, name)
    if at not in _KNOWN:
        _KNOWN.clear()
        _KNOWN[at] = staging.known(name)
    return _KNOWN[at]


def _stat(path: str) -> Stat:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def ingest_on_cluster(
    database: Database,
    db: str | Path,
    paths: Iterable[str | Path],
    total: IngestCounts,
    workers: int,
    on_outcome: Callable[[Outcome], None] | None = None,
    manifest: Manifest | None = None,
    ocr: str = "auto",
    scheduler: str | None = None,
    staging: str | Path | None = None,
) -> Staging:
    """Parse every report file under `paths` on a Dask cluster and store them in `database`
    (the writer of `db`'s working copy) in one transaction; add the counts to `total`. Returns
    the staging folder, to be removed by the caller once the database is in place."""
    try:
        from distributed import KilledWorker, as_completed
    except ImportError:
        raise EngineMissing(
            "--engine dask needs Dask: pip install 'govbench[dask]' (or dask[distributed])"
        ) from None
    task = _task(manifest, ocr)
    size = max(CHUNK_SIZE, -(-PARTITION_FILES // CHUNK_SIZE) * CHUNK_SIZE)  # whole chunks
    stage = Staging.of(db, staging)
    with hold_interrupt():
        known = frozenset(database.known_file_hashes())
    run = _run_key(known, manifest, ocr, task)
    known_name = f"known-{run[:16]}.parquet"
    stage.write_known(known_name, known)
    if scheduler:  # the workers are elsewhere: the paths they open must not depend on a cwd
        paths = [Path(p).absolute() for p in paths]
    parts: dict[int, list[str]] = {}  # partition -> its pieces' folders, once stored
    with _client(scheduler, workers) as client:
        threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        window = max(WINDOW * threads, 2)
        in_flight = as_completed()
        held: dict = {}  # future -> (partition, its paths)

        def submit(index: int, files: list[str], piece: int = 0):
            name = part_name(index, piece)
            key = _key(run, files)
            return client.submit(
                parse_partition, files, name, key, stage, known_name, task,
                key=f"govbench-parse-{name}-{key[:16]}", pure=False, retries=0,
            )  # fmt: skip

        def take(future) -> None:
            index, files = held.pop(future)
            try:
                outcomes = _result(future)
            except KilledWorker:
                parts[index] = list(_one_file_at_a_time(index, files, submit, stage, on_outcome))
                return
            if not parts:
                _check_shared(stage, part_name(index))
            parts[index] = [part_name(index)]
            _report(outcomes, on_outcome)

        listed = _partitions(iter_report_files(paths), size, at_least=2 * max(threads, 1))
        for index, files in enumerate(listed):
            future = submit(index, files)
            held[future] = (index, files)
            in_flight.add(future)
            while in_flight.count() >= window:
                take(next(in_flight))
        for future in in_flight:
            take(future)
    with hold_interrupt():  # a Ctrl-C waits for the transaction to end and the counts
        counts = database.load_shards(stage, [p for i in sorted(parts) for p in parts[i]])
        total.added += counts.added
        total.unchanged += counts.unchanged
        total.failed += counts.failed
    return stage


def _one_file_at_a_time(
    index: int, files: list[str], submit, stage: Staging, on_outcome
) -> Iterator[str]:
    """A partition that killed its workers: each file alone, one at a time (a task beside it
    on the same worker would be blamed with it), as pieces 1, 2, ...; a file that kills its
    worker alone is recorded, by this process, as crashed. Yields the pieces' folders."""
    from distributed import KilledWorker

    for piece, path in enumerate(files, 1):
        future = submit(index, [path], piece)
        try:
            outcomes = _result(future)
        except KilledWorker:
            crashed: Chunk = _crashed(Path(path), "")
            outcomes = [astuple(o) for o in crashed.outcomes]
            stage.write(part_name(index, piece), "crashed", outcomes, crashed.rows)
        _report(outcomes, on_outcome)
        yield part_name(index, piece)


def _result(future) -> list[tuple]:
    """A partition's outcomes; KilledWorker and StagingError as they are, any other failure of
    the cluster as ClusterError."""
    from distributed import KilledWorker

    try:
        return future.result()
    except (KilledWorker, StagingError):
        raise
    except Exception as exc:
        raise ClusterError(
            f"the Dask cluster could not run {future.key}: {type(exc).__name__}: {exc}"
        ) from exc


def _report(outcomes: list[tuple], on_outcome) -> None:
    if on_outcome:
        for fields in outcomes:
            on_outcome(Outcome(*fields))


def _check_shared(stage: Staging, part: str) -> None:
    """The first partition's shards must be where this process looks: workers on other
    machines writing to a local path of their own would otherwise fail only at the load."""
    if stage.done(part) is None:
        raise StagingError(
            f"the workers' shards are not in {stage.url} as this machine sees it: give "
            "--staging a folder or URL that every worker and this machine share"
        )


def _partitions(files: Iterable[Path], size: int, at_least: int) -> Iterator[list[str]]:
    """`files` in partitions of `size`, or, when there are fewer than `at_least` such
    partitions' worth, in `at_least` smaller ones (whole chunks), so that every worker gets
    some: the listing is read that far ahead, no further."""
    it = iter(files)
    ahead = [str(f) for f in itertools.islice(it, size * at_least)]
    if len(ahead) < size * at_least:
        share = -(-len(ahead) // at_least)
        size = max(CHUNK_SIZE, -(-share // CHUNK_SIZE) * CHUNK_SIZE)
    rest = (str(f) for f in it)
    listed = itertools.chain(ahead, rest)
    while group := list(itertools.islice(listed, size)):
        yield group


def _task(manifest: Manifest | None, ocr: str) -> Task:
    if manifest is None and ocr == "auto":
        return process_chunk
    from functools import partial

    return partial(process_chunk, manifest=manifest, ocr=ocr)


def _run_key(known: frozenset[str], manifest: Manifest | None, ocr: str, task: Task) -> str:
    """What a partition's shards depend on besides its files: the release, the database's
    stored files (a file stored is skipped as seen), the manifest, the OCR mode, the task."""
    h = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}|{ocr}|{manifest!r}|".encode())
    h.update(_task_name(task).encode())
    for file_hash in sorted(known):
        h.update(file_hash.encode())
    return h.hexdigest()


def _task_name(task: Task) -> str:
    func = getattr(task, "func", task)  # a partial: its function
    return f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"


def _key(run: str, files: list[str]) -> str:
    return hashlib.sha256("\n".join([run, *files]).encode()).hexdigest()


@contextmanager
def _client(scheduler: str | None, workers: int):
    """A Dask client of the scheduler at `scheduler`, or of a local_cluster of `workers`."""
    from distributed import Client

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def local_cluster(workers: int) -> Iterator:
    """A LocalCluster of `workers` single-threaded processes (parsing holds the GIL) on
    127.0.0.1 alone, its dashboard too; a worker that dies twice on a task gives it up.

    A Ctrl-C at a terminal reaches every process of the group, and a worker would print its
    own traceback: the workers ignore SIGINT (dask_setup), and those started with the cluster
    are started with it ignored (an ignored signal stays so across exec), so that a Ctrl-C
    while they import is not theirs either. This process takes the Ctrl-C and closes the
    cluster; one pressed in the seconds the cluster takes to start is lost."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER):  # read as the cluster runs, some of them
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.CRITICAL,  # a worker that dies is one line, said by ingest
                preload=[__name__],  # dask_setup, in each worker, those restarted too
            )
        finally:
            signal.signal(signal.SIGINT, previous)
        with cluster:
            yield cluster


def dask_setup(worker) -> None:
    """A LocalCluster worker's start (Dask's preload hook): Ctrl-C is the ingest's to take."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
