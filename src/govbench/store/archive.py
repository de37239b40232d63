"""A national archive as Parquet: the store written out as a folder any engine reads, and read
back (govbench export / import, and `--db FOLDER` for the readers).

The folder (DuckDB's COPY … PARTITION_BY writes the files, hive layout):

    govbench-archive.json                   the manifest: schema version, govbench version,
                                            row count and columns of every table
    reports/year=2022/province=浙江省/data_0.parquet
    facts/year=2022/province=浙江省/data_0.parquet      (and table_cells, problems, files,
                                                        report_similarity: by their report's
                                                        year and province)
    reports/year=__HIVE_DEFAULT_PARTITION__/province=__HIVE_DEFAULT_PARTITION__/…  (unknown)
    quality_results/data_0.parquet          tables that are not a report's: one file each
    corrections/data_0.parquet
    ingest_errors/data_0.parquet

A table with no rows has no folder (its row count, 0, is in the manifest). The table meta
becomes the manifest. Partition values are written readable (province=浙江省) unless they hold
a character a path cannot (/ = % …), then percent-encoded as DuckDB writes them; DuckDB,
pyarrow and Spark read both.

A reader opens the folder as an in-memory DuckDB whose tables are views over read_parquet, with
the schema's views (figures, report_metrics …) on top: every named query of queries.sql runs on
it unchanged. `Partitions` narrows those views to some years and provinces, so a reader that
needs only those (rank --year --province) opens only their files.

Export writes into FOLDER.tmp and renames it into place when every table's rows read back;
import loads the files into a new database through Database.writing (atomic, like every write).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .migrations import SCHEMA_VERSION
from .snapshot import DamagedDatabase, StoreError, hold_interrupt

MANIFEST = "govbench-archive.json"
FORMAT = "govbench-parquet"
PARTITION_COLUMNS = ("year", "province")
# tables whose every row belongs to one report: partitioned by that report's year and province
REPORT_KEYED = ("reports", "facts", "table_cells", "problems", "files", "report_similarity")
# the one table not exported as rows: its content is in the manifest
META = "meta"
HIVE_TYPES = "{'year': INTEGER, 'province': VARCHAR}"
# the schema archives were first written with (export came with schema 4): an archive of a later
# schema but older than this release's reads the columns added since as NULL (facts.rule, 5),
# as a migrated database holds them
ARCHIVES_FROM = 4
# characters kept percent-encoded in a partition folder's name (Hive's and Spark's escape set,
# and + and space, which URL decoding reads otherwise)
UNSAFE_IN_PATH = set("\"#%'*/:=?\\{}[]^+ ") | {chr(c) for c in range(0x20)} | {"\x7f"}


class ArchiveError(StoreError):
    """The archive cannot be written, read or loaded as asked; str() is the one line to say."""


class ReadOnlyArchive(StoreError):
    """A write (ingest, check, correct, review, corrections --import, the app's edits) aimed
    at an archive."""

    def __init__(self, folder: Path | str):
        super().__init__(
            f"{folder} is a Parquet archive, read-only: load it into a database to change it "
            f"(govbench import --parquet {folder} --db FILE.duckdb)"
        )


@dataclass(frozen=True)
class Partitions:
    """The partitions a reader needs: None for every year or every province. A report of
    unknown province is read with any province (its partition is province=NULL)."""

    years: tuple[int, ...] | None = None
    provinces: tuple[str, ...] | None = None

    def where(self) -> str:
        tests = []
        if self.years is not None:
            tests.append(f"year IN ({', '.join(str(int(y)) for y in self.years) or 'NULL'})")
        if self.provinces is not None:
            names = ", ".join(_literal(p) for p in self.provinces) or "NULL"
            tests.append(f"(province IN ({names}) OR province IS NULL)")
        return f" WHERE {' AND '.join(tests)}" if tests else ""


def is_archive(path: str | Path) -> bool:
    """Whether `path` is a folder written by `govbench export` (it holds the manifest)."""
    return (Path(path) / MANIFEST).is_file()


def read_manifest(folder: str | Path) -> dict:
    """The manifest of an archive whose schema this release reads; ArchiveError saying why
    not otherwise."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        version = int(manifest["schema_version"])
        tables = manifest["tables"]
        if manifest.get("format") != FORMAT or not isinstance(tables, dict):
            raise ValueError
    except FileNotFoundError:
        raise ArchiveError(f"{folder}: not a govbench Parquet archive (no {MANIFEST})") from None
    except (OSError, ValueError, KeyError, TypeError):
        raise ArchiveError(
            f"{folder}: not a govbench Parquet archive ({MANIFEST} unreadable)"
        ) from None
    written_by = manifest.get("govbench_version", "?")
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"{folder}: written by a newer govbench ({written_by}, schema {version}; this one "
            f"reads up to {SCHEMA_VERSION}); upgrade govbench to read it"
        )
    if version < ARCHIVES_FROM:
        raise ArchiveError(
            f"{folder}: written by an older govbench ({written_by}, schema {version}; this one "
            f"reads {ARCHIVES_FROM} to {SCHEMA_VERSION}); import it with that govbench, "
            "then run govbench migrate"
        )
    return manifest


# -- reading ---------------------------------------------------------------------------------


# the in-memory databases over archives opened in this process, newest last: making the views
# binds each of them (half a second for a thousand files), so a process that opens a reader per
# query (the app) makes them once per archive, export and partitions
_OPENED: dict[tuple, Any] = {}  # key -> duckdb.DuckDBPyConnection
_OPENED_KEPT = 8
_OPENING = threading.Lock()


def connect(folder: str | Path, partitions: Partitions | None = None):
    """A connection to an in-memory DuckDB over the archive: its tables as views over the
    Parquet files (those `partitions` names), every other table and view of the schema as a
    writer makes them. Each call gets its own cursor on a database made once per process."""
    folder = Path(folder).resolve()
    try:
        made = (folder / MANIFEST).stat()
    except OSError:
        raise ArchiveError(f"{folder}: not a govbench Parquet archive (no {MANIFEST})") from None
    key = (str(folder), made.st_ino, made.st_mtime_ns, partitions)
    with _OPENING:
        base = _OPENED.pop(key, None) or _open(folder, partitions)
        _OPENED[key] = base
        while len(_OPENED) > _OPENED_KEPT:  # the oldest goes; cursors on it keep it alive
            _OPENED.pop(next(iter(_OPENED)))
        return base.cursor()


def _open(folder: Path, partitions: Partitions | None):
    import duckdb

    from .database import report_metrics_view, schema_sql

    manifest = read_manifest(folder)
    con = duckdb.connect()
    try:
        for table, info in manifest["tables"].items():
            if info["rows"]:
                con.execute(
                    f"CREATE VIEW {_name(table)} AS {_select(folder, table, info, partitions)}"
                )
        # a table the archive has no rows of stays the schema's empty table
        con.execute(schema_sql())
        con.execute(report_metrics_view())
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
            [str(manifest["schema_version"])],
        )
    except duckdb.Error as exc:
        con.close()
        raise ArchiveError(f"{folder}: cannot read the archive ({_first_line(exc)})") from None
    return con


def _select(folder: Path, table: str, info: dict, partitions: Partitions | None) -> str:
    """The table's columns as the archive lists them, from its Parquet files, then those this
    release's schema added since the archive was written, as NULL."""
    held = [c for c, _ in info["columns"]]
    added = [
        f"NULL::{kind} AS {_name(c)}"
        for c, kind in _schema_columns().get(table, [])
        if c not in held
    ]
    columns = ", ".join([*(_name(c) for c in held), *added])
    files = _literal(str(folder / table / "**" / "*.parquet"))
    if not info.get("partitioned"):
        return f"SELECT {columns} FROM read_parquet({files})"
    where = partitions.where() if partitions else ""
    return (
        f"SELECT {columns} FROM read_parquet({files}, hive_partitioning = true, "
        f"hive_types = {HIVE_TYPES}){where}"
    )


@cache
def _schema_columns() -> dict[str, list[tuple[str, str]]]:
    """This release's tables: their columns and types, as schema.sql makes them."""
    import duckdb

    from .database import schema_sql

    con = duckdb.connect()
    try:
        con.execute(schema_sql())
        return _table_columns(con)
    finally:
        con.close()


def _table_columns(con) -> dict[str, list[tuple[str, str]]]:
    """The tables (not views) of the database open on `con`, by name, each with its columns
    and their types in order."""
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in con.execute(
        "SELECT c.table_name, c.column_name, c.data_type FROM duckdb_columns() c "
        "JOIN duckdb_tables() t USING (table_name) WHERE NOT t.temporary "
        "ORDER BY c.table_name, c.column_index"
    ).fetchall():
        columns.setdefault(table, []).append((column, kind))
    return columns


def verify(folder: str | Path) -> None:
    """Every table's row count read from its files equals the manifest's (each file's footer
    is read): DamagedDatabase otherwise (a file missing, truncated or added)."""
    import duckdb

    folder = Path(folder)
    manifest = read_manifest(folder)
    con = duckdb.connect()
    try:
        for table, info in manifest["tables"].items():
            found = 0
            if (folder / table).exists():
                (found,) = con.execute(
                    f"SELECT count(*) FROM ({_select(folder.resolve(), table, info, None)})"
                ).fetchall()[0]
            if found != info["rows"]:
                raise DamagedDatabase(
                    folder,
                    RuntimeError(f"{table}: {found} rows in its files, {info['rows']} written"),
                )
    except duckdb.Error as exc:
        raise DamagedDatabase(folder, exc) from None
    finally:
        con.close()


def files_read(database, sql: str, params: dict | None = None) -> int:
    """How many Parquet files a query on an archive's reader opens (EXPLAIN ANALYZE's count,
    summed over its scans): to see partitions pruned."""
    plan = "\n".join(
        row[1] for row in database.execute(f"EXPLAIN ANALYZE {sql}", params or None).fetchall()
    )
    return sum(int(n) for n in re.findall(r"Total Files Read: (\d+)", plan))


# -- writing ---------------------------------------------------------------------------------


def export(db: str | Path, folder: str | Path, force: bool = False) -> dict:
    """Write the database `db` as an archive in `folder`; returns the manifest.

    Written into FOLDER.tmp, renamed into place once every table reads back whole: a killed
    export leaves no folder half written. A folder that is not empty is replaced only with
    `force`, and only when it is an archive itself."""
    from .database import Database

    db, folder = Path(db), Path(folder)
    if is_archive(db):
        raise ArchiveError(f"{db} is already a Parquet archive")
    with _locked(folder):
        _recover(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            if not force:
                raise ArchiveError(
                    f"{folder} exists and is not empty; add --force to replace it "
                    "(nothing was changed)"
                )
            if not is_archive(folder):
                raise ArchiveError(
                    f"{folder} is not a govbench Parquet archive; --force replaces only an "
                    "archive (nothing was changed)"
                )
        work = _work(folder)
        shutil.rmtree(work, ignore_errors=True)  # what a killed export left
        work.mkdir(parents=True)
        try:
            with Database.reader(db) as database:
                manifest = _write(database._con, work, db)
            (work / MANIFEST).write_text(
                json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            _put_in_place(work, folder)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    return manifest


def _write(con, work: Path, db: Path) -> dict:
    import duckdb

    from .. import __version__

    tables: dict[str, dict] = {}
    for table, columns in _table_columns(con).items():
        if table == META:
            continue
        rows = con.execute(f"SELECT count(*) FROM {_name(table)}").fetchone()[0]
        keyed = table in REPORT_KEYED
        target = work / table
        if rows and keyed:
            source = (
                "SELECT * FROM reports"
                if table == "reports"
                else f"SELECT t.*, r.year, r.province FROM {_name(table)} t "
                "LEFT JOIN (SELECT report_id, year, province FROM reports) r USING (report_id)"
            )
            con.execute(
                f"COPY ({source}) TO {_literal(str(target))} "
                f"(FORMAT parquet, PARTITION_BY ({', '.join(PARTITION_COLUMNS)}))"
            )
            _readable_names(target)
        elif rows:
            target.mkdir()
            con.execute(
                f"COPY {_name(table)} TO {_literal(str(target / 'data_0.parquet'))} "
                "(FORMAT parquet)"
            )
        info = {"rows": rows, "partitioned": keyed, "columns": [list(c) for c in columns]}
        if rows:  # what is in the files is what was written, before the folder is published
            found = con.execute(
                f"SELECT count(*) FROM ({_select(work.resolve(), table, info, None)})"
            ).fetchone()[0]
            if found != rows:
                raise ArchiveError(f"{table}: {rows} rows written, {found} read back")
        tables[table] = info
    meta = dict(con.execute(f"SELECT key, value FROM {META}").fetchall())
    return {
        "format": FORMAT,
        "schema_version": int(meta.pop("schema_version", SCHEMA_VERSION)),
        "govbench_version": __version__,
        "duckdb_version": duckdb.__version__,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "exported_from": db.name,
        "partitioned_by": list(PARTITION_COLUMNS),
        "meta": meta,
        "tables": tables,
    }


def _readable_names(table_folder: Path) -> None:
    """province=%E6%B5%99… renamed province=浙江省 where the name is safe in a path: a person
    and Spark (which decodes %XX per byte, not as UTF-8) read it as it is."""
    for path in sorted(table_folder.glob("*/*=*"), reverse=True):
        key, _, value = path.name.partition("=")
        decoded = unquote(value, errors="strict")
        if decoded != value and not (set(decoded) & UNSAFE_IN_PATH) and decoded[:1] != ".":
            path.rename(path.with_name(f"{key}={decoded}"))


def _put_in_place(work: Path, folder: Path) -> None:
    """The finished folder takes the place of `folder`: an empty folder is removed first, an
    archive moved aside (FOLDER.old) and removed after."""
    old = _old(folder)
    with hold_interrupt():
        # every file of the export on disk before the rename publishes it: one sync() of the
        # file systems (an fsync per file forced a journal commit each: 10 s for 2,000 files
        # here, against 0.04 s)
        os.sync()
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        elif folder.exists():
            folder.rename(old)
        work.rename(folder)
        _sync(folder.parent)
    shutil.rmtree(old, ignore_errors=True)


def _recover(folder: Path) -> None:
    """What a killed export left: FOLDER.old with no FOLDER is the archive it was replacing
    (killed between the two renames), put back; otherwise FOLDER.old is removed."""
    old = _old(folder)
    if old.exists():
        if folder.exists():
            shutil.rmtree(old)
        else:
            old.rename(folder)


def _work(folder: Path) -> Path:
    return folder.with_name(folder.name + ".tmp")


def _old(folder: Path) -> Path:
    return folder.with_name(folder.name + ".old")


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One export into a folder at a time (the lock file FOLDER.lock beside it)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        lock = open(folder.with_name(folder.name + ".lock"), "a")
    except OSError as exc:
        raise ArchiveError(f"cannot write in {folder.parent}: {exc.strerror}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- loading into a database -----------------------------------------------------------------


def load(folder: str | Path, db: str | Path) -> dict[str, int]:
    """Load the archive `folder` into `db`, a new (or empty) database, in one atomic write;
    returns the rows loaded per table. A database that holds reports is refused: loading is
    not merging."""
    import duckdb

    from .database import Database

    folder, db = Path(folder), Path(db)
    manifest = read_manifest(folder)
    loaded: dict[str, int] = {}
    try:
        with Database.writing(db) as database:
            _load_into(database, folder, db, manifest, loaded)
    except duckdb.Error as exc:  # a file missing, damaged or of another shape
        raise ArchiveError(
            f"{folder}: cannot load the archive ({_first_line(exc)}); nothing was changed"
        ) from None
    return loaded


def _load_into(database, folder: Path, db: Path, manifest: dict, loaded: dict[str, int]) -> None:
    con = database._con
    held = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    if held:
        raise ArchiveError(
            f"{db} already holds {held} reports; import into a new database (nothing was changed)"
        )
    with database.atomic():
        for table, info in manifest["tables"].items():
            if info["rows"]:
                con.execute(
                    f"INSERT INTO {_name(table)} BY NAME "
                    f"{_select(folder.resolve(), table, info, None)}"
                )
            loaded[table] = con.execute(f"SELECT count(*) FROM {_name(table)}").fetchone()[0]
            if loaded[table] != info["rows"]:
                raise ArchiveError(
                    f"{folder}: {table} has {loaded[table]} rows in its files, the manifest "
                    f"says {info['rows']} (nothing was changed)"
                )
        for key, value in manifest.get("meta", {}).items():
            con.execute(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)", [key, value])


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
