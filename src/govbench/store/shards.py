"""shards: a staged ingest's rows as Parquet, one folder per partition of files.

`govbench ingest --engine dask` (cluster.py) has each worker write the rows of the files it
parsed here; the one writer then loads them all into the database in one transaction
(Database.load_shards). The staging folder is a local path or any fsspec URL (s3://, gcs://,
a shared mount) that every worker and the writer reach under the same name:

    STAGING/                         default: beside the database, DB.staging/
      <db name>-<digest of its path>/  (with --staging: one subfolder per database)
        known-<run>.parquet          the hashes of the files the database holds: skipped
        part-00000012-0000/          partition 12 (piece 0: the whole partition)
          reports.parquet facts.parquet table_cells.parquet problems.parquet
                                     the store's tables, as store/rows.py builds them
          outcomes.parquet           one row per file: position, source, file_hash,
                                     report_id, error, seen (ingest.Outcome)
          _done.json                 written last: the partition's key, its files' size and
                                     mtime when they were read
        part-00000012-0003/          piece 3: the partition's third file alone, when a worker
                                     died on the partition (cluster.py)

Folder names sort in file order, so the load keeps "the first file of a text gives the report"
across partitions as the local pool does across chunks. A folder without _done.json is
incomplete (its worker died, the run was stopped) and is never loaded. One whose _done.json
holds the same key, and whose files have not changed since, is reused by the next run: an
interrupted run's parsing is not done again. The writer removes the whole folder once the
database holding its rows is in place.

No DuckDB here: the workers write shards with pyarrow, and only the writer opens the database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .rows import ARROW_TYPES, ReportRows
from .snapshot import StoreError

# one row per file of a partition, in file order (ingest.Outcome's fields after position)
OUTCOME_TYPES = {
    "position": pa.int32(),
    "source": pa.string(),
    "file_hash": pa.string(),
    "report_id": pa.string(),
    "error": pa.string(),
    "seen": pa.bool_(),
}
OUTCOME_FIELDS = list(OUTCOME_TYPES)[1:]
DONE = "_done.json"
TABLES = (*ARROW_TYPES, "outcomes")

# a file's (size, mtime in ns) when it was read; None: it could not be looked at
Stat = list[int] | None


class StagingError(StoreError):
    """The staging folder cannot be written or read as the ingest needs; one line to say."""


def part_name(index: int, piece: int = 0) -> str:
    return f"part-{index:08d}-{piece:04d}"


@dataclass
class Staging:
    """The staging folder of one database's ingest (a path inside `fs`)."""

    fs: Any  # an fsspec filesystem
    root: str

    @classmethod
    def of(cls, db: str | Path, staging: str | Path | None = None) -> Staging:
        """The staging folder of `db`: DB.staging beside it, or a subfolder of `staging` (a
        path or fsspec URL) named after the database, so that ingests into different
        databases can share one staging folder (one database has one writer at a time)."""
        from fsspec.core import url_to_fs

        db = Path(db)
        if staging is None:
            url = str(db.with_name(db.name + ".staging"))
        else:
            digest = hashlib.sha256(str(db.absolute()).encode()).hexdigest()[:12]
            url = str(staging).rstrip("/") + f"/{db.name}-{digest}"
        try:
            fs, root = url_to_fs(url)
        except (ImportError, ValueError) as exc:  # a protocol without its package, a bad URL
            raise StagingError(f"staging folder {staging}: {exc}") from None
        return cls(fs, root)

    @property
    def url(self) -> str:
        """The folder as DuckDB and the user see it: a plain path when it is local."""
        return self._url(self.root)

    def _url(self, path: str) -> str:
        return path if self.local else self.fs.unstrip_protocol(path)

    @property
    def local(self) -> bool:
        protocol = self.fs.protocol
        return (protocol if isinstance(protocol, str) else protocol[0]) in ("file", "local")

    def folder(self, part: str) -> str:
        return f"{self.root}/{part}"

    def files(self, parts: Sequence[str], table: str) -> list[str]:
        """The shard of `table` in each of `parts`, as URLs DuckDB reads."""
        return [self._url(f"{self.folder(p)}/{table}.parquet") for p in parts]

    # -- a worker's side ---------------------------------------------------------------------

    def write(
        self,
        part: str,
        key: str,
        outcomes: Iterable[tuple],
        rows: ReportRows,
        stats: list[Stat] | None = None,
    ) -> None:
        """Write one partition's shards, _done.json last. `outcomes`: ingest.Outcome's
        fields (source, file_hash, report_id, error, seen) per file, in file order."""
        folder = self.folder(part)
        try:
            self.fs.makedirs(folder, exist_ok=True)
            if self.fs.exists(f"{folder}/{DONE}"):  # an old marker must not vouch for new rows
                self.fs.rm(f"{folder}/{DONE}")
            for table, rows_of in rows.tables.items():
                self._write_table(f"{folder}/{table}.parquet", rows_of)
            self._write_table(f"{folder}/outcomes.parquet", _outcome_table(outcomes))
            with self.fs.open(f"{folder}/{DONE}", "w") as fh:
                json.dump({"key": key, "stats": stats}, fh)
        except OSError as exc:
            raise StagingError(
                f"cannot write the shards in {self._url(folder)}: {exc.strerror or exc}"
            ) from None

    def _write_table(self, path: str, table: pa.Table) -> None:
        with self.fs.open(path, "wb") as fh:
            pq.write_table(table, fh)

    def done(self, part: str) -> dict | None:
        """The partition's _done.json (key, stats), or None when it is not complete."""
        try:
            with self.fs.open(f"{self.folder(part)}/{DONE}", "r") as fh:
                return json.load(fh)
        except (OSError, ValueError):  # missing, or cut short
            return None

    def outcomes(self, part: str) -> list[tuple]:
        """The outcomes of a complete partition, as written."""
        with self.fs.open(f"{self.folder(part)}/outcomes.parquet", "rb") as fh:
            table = pq.read_table(fh)
        return list(zip(*(table[name].to_pylist() for name in OUTCOME_FIELDS)))

    def known(self, name: str) -> frozenset[str]:
        """The hashes of the files the database holds, as write_known left them."""
        with self.fs.open(f"{self.root}/{name}", "rb") as fh:
            return frozenset(pq.read_table(fh)["file_hash"].to_pylist())

    # -- the writer's side -------------------------------------------------------------------

    def write_known(self, name: str, hashes: frozenset[str]) -> None:
        """The hashes of the files the database holds, for the workers to skip: in the
        staging folder, not in the scheduler's memory, where a cluster whose every worker
        died once would lose it."""
        try:
            self.fs.makedirs(self.root, exist_ok=True)
            table = pa.table({"file_hash": pa.array(sorted(hashes), type=pa.string())})
            self._write_table(f"{self.root}/{name}", table)
        except OSError as exc:
            raise StagingError(
                f"cannot write in the staging folder {self.url}: {exc.strerror or exc}"
            ) from None

    def remove(self) -> None:
        """Remove the whole staging folder (its rows are in the database)."""
        try:
            if self.fs.exists(self.root):
                self.fs.rm(self.root, recursive=True)
        except OSError as exc:
            raise StagingError(
                f"cannot remove the staging folder {self.url}: {exc.strerror or exc}"
            ) from None


def _outcome_table(outcomes: Iterable[tuple]) -> pa.Table:
    rows = [(i, *o) for i, o in enumerate(outcomes)]
    columns = list(zip(*rows)) if rows else [()] * len(OUTCOME_TYPES)
    return pa.table(
        {name: pa.array(col, type=t) for (name, t), col in zip(OUTCOME_TYPES.items(), columns)}
    )
