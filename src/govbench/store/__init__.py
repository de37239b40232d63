"""store: the one door to the database (a DuckDB file).

- database.py    Database: reader or writer, atomic(), named queries, the writes
- schema.sql     every table and view, in one file
- queries.sql    every read, by name
- migrations.py  schema versions, and how a writer brings an older database up to date
- snapshot.py    one writer at a time on a working copy, readers never blocked
- archive.py     the store as a Parquet folder (export, import) and readers over one
- rows.py        parsed reports -> Arrow tables shaped like the store's tables
- shards.py      those tables as Parquet shards in a staging folder (ingest --engine dask)

No module outside this package opens the database or writes SQL DDL (tests/test_layout.py).
DuckDB is imported when a name of database.py is first used, not with this package: `govbench
parse` never pays for it, and an ingest imports it with a Ctrl-C held back (ingest.py).
"""

from .migrations import READABLE_FROM, SCHEMA_VERSION
from .archive import ArchiveError, Partitions, ReadOnlyArchive, is_archive
from .snapshot import (
    DamagedDatabase,
    NotEnoughSpace,
    StoreError,
    WriteError,
    check_whole,
    hold_interrupt,
    is_damage,
)

_DATABASE = (
    "REPORT_COLUMNS",
    "IDENTITY_COLUMNS",
    "Database",
    "Error",
    "IngestCounts",
    "OutdatedDatabase",
    "evaluate",
    "queries",
    "schema_sql",
)

__all__ = [
    *_DATABASE,
    "READABLE_FROM",
    "ArchiveError",
    "Partitions",
    "ReadOnlyArchive",
    "is_archive",
    "SCHEMA_VERSION",
    "DamagedDatabase",
    "NotEnoughSpace",
    "StoreError",
    "WriteError",
    "check_whole",
    "hold_interrupt",
    "is_damage",
]


def __getattr__(name: str):
    if name in _DATABASE:
        from . import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
