"""The database: one DuckDB file, opened only through `Database`.

`Database.reader(path)` opens it read-only (the app, rank, the checks' own queries);
`Database.writer(path)` opens a writer's working copy (store/snapshot.py), bringing its schema
up to this release's first (store/migrations.py). Every read is a named query of queries.sql;
every write is a method here, in one transaction (`atomic()`: a failure rolls it back).

Idempotent: a report is keyed by the hash of its normalised text (Report.report_id), a file
by the hash of its bytes, so re-ingesting a folder changes nothing. Each batch is one
transaction: a crash leaves whole reports or none. Rows go in as Arrow tables in bulk, never
row by row, built by ReportRows beside the parser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from ..model import Report
from .rows import ARROW_TYPES, ReportRows, first_seen
from .shards import TABLES, Staging
from ..vocabulary import METRIC_KEYS
from . import archive, migrations, snapshot

# a query that failed (bad SQL, a missing table); snapshot.is_damage tells a damaged file apart
Error = duckdb.Error

REPORT_COLUMNS = [
    "report_id",
    "source",
    "title",
    "issuer",
    "region_code",
    "province",
    "city",
    "county",
    "level",
    "body_kind",
    "department",
    "year",
    "format",
    "script",
    "synthetic",
    "scope",
    "published",
]
# REPORT_COLUMNS about the document rather than the body that wrote it
DOCUMENT_COLUMNS = ("source", "title", "script", "published")
# of the ranking frame (queries.sql ranking_frame), who the body is, then the marks on its
# figures: synthetic, and how many are reviewers' corrections (view figures): rank carries
# them to each ranked row
IDENTITY_COLUMNS = [
    *(c for c in REPORT_COLUMNS if c not in (*DOCUMENT_COLUMNS, "synthetic")),
    "synthetic",
    "corrected_figures",
]


class OutdatedDatabase(snapshot.StoreError):
    """A database this release cannot read as it is: written by an older govbench (migrate
    it) or a newer one (upgrade govbench)."""


@dataclass
class IngestCounts:
    added: int = 0  # new reports stored
    unchanged: int = 0  # files or texts already in the database
    failed: int = 0  # unreadable files, recorded in ingest_errors


@cache
def schema_sql() -> str:
    return (resources.files(__package__) / "schema.sql").read_text(encoding="utf-8")


@cache
def queries() -> dict[str, str]:
    """The named queries of queries.sql, by name."""
    return named_queries((resources.files(__package__) / "queries.sql").read_text(encoding="utf-8"))


def named_queries(text: str) -> dict[str, str]:
    """The queries of a text laid out as queries.sql (`-- name: NAME` above each), by name."""
    parts = re.split(r"^-- name: (\w+)\n", text, flags=re.M)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2])}


def metric_columns() -> str:
    """report_metrics' columns over `reports r LEFT JOIN corrected_facts f` grouped by report:
    the report's own, then one per metric of the vocabulary (missing stays NULL)."""
    pivots = ",\n    ".join(
        f"max(f.value) FILTER (WHERE f.metric = '{key}') AS {key}" for key in METRIC_KEYS
    )
    columns = ", ".join(f"r.{c}" for c in REPORT_COLUMNS)
    return f"{columns},\n    {pivots}"


def report_metrics_view() -> str:
    """One row per report, one column per metric of the vocabulary (missing stays NULL), from
    corrected_facts: a reviewer's correction is the value."""
    return (
        f"CREATE OR REPLACE VIEW report_metrics AS\nSELECT {metric_columns()}\n"
        f"FROM reports r LEFT JOIN corrected_facts f USING (report_id)\nGROUP BY ALL"
    )


def ranking_frame_sql(derived: str) -> str:
    """The named query ranking_frame with report_metrics' columns and the `derived` columns
    (SQL select expressions from the ranking rules) filled in."""
    return (
        queries()["ranking_frame"]
        .replace("{metric_columns}", metric_columns())
        .replace("{derived}", derived)
    )


class Database:
    """One open DuckDB database; use `reader` or `writer`, and close it (or use `with`)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, writable: bool):
        self._con = con
        self.path = path
        self.writable = writable

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def reader(cls, path: str | Path, partitions: archive.Partitions | None = None) -> Database:
        """Open `path` read-only. OutdatedDatabase (one line saying what to run) when its
        schema is one this release does not read as it is.

        `path` may be a Parquet archive (govbench export): then an in-memory database of views
        over its files, narrowed to `partitions` when given (a DuckDB file is read whole)."""
        if Path(path).is_dir():  # a Parquet archive, or a folder that is none: said so
            return cls(archive.connect(path, partitions), Path(path), writable=False)
        con = duckdb.connect(str(path), read_only=True)
        try:
            _check_readable(con, Path(path))
        except BaseException:
            con.close()
            raise
        return cls(con, Path(path), writable=False)

    @staticmethod
    def version_of(path: str | Path) -> int:
        """The schema version of the database at `path` (0: no govbench tables), read without
        judging it; a Parquet archive's from its manifest (ArchiveError when this release
        cannot read it: an archive is never migrated in place)."""
        if archive.is_archive(path):
            return int(archive.read_manifest(path)["schema_version"])
        con = duckdb.connect(str(path), read_only=True)
        try:
            return migrations.version_of(con)
        finally:
            con.close()

    @classmethod
    def writer(cls, path: str | Path) -> Database:
        """Open `path` to write: a writer's working copy (snapshot.writing), or a file no other
        process has open. The schema is made, or migrated to this release's, first."""
        if archive.is_archive(path):
            raise archive.ReadOnlyArchive(path)
        con = duckdb.connect(str(path))
        db = cls(con, Path(path), writable=True)
        try:
            db._migrate()
        except BaseException:
            con.close()
            raise
        return db

    @classmethod
    @contextmanager
    def writing(cls, path: str | Path) -> Iterator[Database]:
        """A writer on a working copy of `path` that replaces it when the block ends without
        an error (snapshot.writing): readers of `path` are never blocked, and a write that
        fails or is killed leaves it as it was."""
        with snapshot.writing(Path(path)) as work:
            db = cls.writer(work)
            try:
                yield db
            except BaseException:
                db.close()
                raise
            db.close_verified()

    def _migrate(self) -> None:
        version = migrations.version_of(self._con)
        if version > migrations.SCHEMA_VERSION:
            raise _newer(self.path, version)
        with self.atomic():
            if version:
                for sql in migrations.steps_after(version):
                    self._con.execute(sql)
            self._con.execute(schema_sql())
            self._con.execute(report_metrics_view())
            self._con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                [str(migrations.SCHEMA_VERSION)],
            )

    def close(self) -> None:
        self._con.close()

    def close_verified(self) -> None:
        """Close a writer's working copy, making sure the file holds all it wrote
        (snapshot.close_verified): to be called before snapshot.writing's block ends."""
        snapshot.close_verified(self._con, self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.version_of(self._con)

    # -- reading ---------------------------------------------------------------------------

    def query(self, name: str, **params) -> pd.DataFrame:
        """The named query `name` of queries.sql, its $parameters bound from `params`."""
        return self._con.execute(queries()[name], params or None).df()

    def rows(self, name: str, **params) -> list[tuple]:
        """The named query's rows as tuples."""
        return self._con.execute(queries()[name], params or None).fetchall()

    def ranking_frame(
        self,
        derived: str,
        year: int | None = None,
        province: str | None = None,
        level: str | None = None,
    ) -> pd.DataFrame:
        """One row per body-year with report_metrics' columns, problems admitted, figures found
        and the `derived` columns (SQL select expressions from the ranking rules)."""
        sql = ranking_frame_sql(derived)
        return self._con.execute(sql, {"year": year, "province": province, "level": level}).df()

    def execute(self, sql: str, params=None):
        """Run SQL as it is (a suite's own query, a test's look): modules read through
        named queries and write through the methods below."""
        return self._con.execute(sql, params)

    def known_file_hashes(self) -> set[str]:
        return {h for (h,) in self.rows("file_hashes")}

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield self
            self._con.execute("COMMIT")
        except BaseException:
            # an interrupted or failed statement may have ended the transaction already; the
            # error that matters is the one that stopped the block, not the rollback's
            try:
                self._con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise

    def limit_memory(self, limit: str) -> None:
        """DuckDB keeps the blocks it wrote cached up to 80% of RAM by default, so a writer's
        memory grew with the corpus; written blocks are cheap to drop."""
        self._con.execute(f"SET memory_limit = '{limit}'")

    def store_batch(
        self, parsed: Iterable[tuple[str, Report]], errors: Iterable[tuple[str, str, str]] = ()
    ) -> IngestCounts:
        """Store one batch in one transaction.

        parsed: (file_hash, report) pairs; errors: (file_hash, source, message) triples.
        A report already stored (same text) only gains the file's hash.
        """
        parsed = list(parsed)
        rows = ReportRows.of((r.report_id, r) for _, r in parsed)
        return self.store_rows([rows], [(h, r.source, r.report_id) for h, r in parsed], errors)

    def store_rows(
        self,
        parsed: list[ReportRows],
        files: Iterable[tuple[str, str, str]],
        errors: Iterable[tuple[str, str, str]] = (),
    ) -> IngestCounts:
        """Store rows built by ReportRows.of in one transaction.

        files: (file_hash, source, report_id) of each parsed file; errors: (file_hash, source,
        message) of each unreadable one. Reports already stored, or met earlier in `parsed`,
        are not stored again: their files only point to them."""
        counts = IngestCounts()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        files = list(files)
        errors = list(errors)
        ids = [rid for rows in parsed for rid in rows.report_ids]
        with self.atomic():
            claimed = set()  # ids stored before, then those an earlier chunk brings
            if ids:
                claimed = {rid for (rid,) in self.rows("stored_report_ids", ids=ids)}
            fresh = first_seen(parsed, claimed)
            counts.added = sum(len(rows.report_ids) for rows in fresh)
            counts.unchanged = len(files) - counts.added
            self._insert_reports(fresh, now)
            if files:
                file_rows = pd.DataFrame(files, columns=["file_hash", "source", "report_id"])
                self._insert("files", file_rows.drop_duplicates("file_hash"), "OR IGNORE")
            if errors:
                err = pd.DataFrame(
                    [(h, s, m, now) for h, s, m in errors],
                    columns=["file_hash", "source", "error", "failed_at"],
                )
                self._insert(
                    "ingest_errors", err.drop_duplicates("file_hash", keep="last"), "OR REPLACE"
                )
                counts.failed = len(errors)
        return counts

    def load_shards(self, staging: Staging, parts: list[str]) -> IngestCounts:
        """Store a staged ingest's shards (store/shards.py) in one transaction, as store_rows
        would have stored the same files chunk by chunk: `parts` are the partitions' folders
        in file order; a report already stored, or given by an earlier partition, is not
        stored again (its files only point to it); of a file met twice, the first parse and
        the last error count. DuckDB reads the Parquet itself (read_parquet), through
        fsspec when the staging folder is a URL."""
        counts = IngestCounts()
        if not parts:
            return counts
        if not staging.local:
            self._con.register_filesystem(staging.fs)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        shards = {table: staging.files(parts, table) for table in TABLES}
        part = "regexp_extract(filename, '(part-[0-9]+-[0-9]+)/[^/]+$', 1)"
        # the partition each new report is taken from: the first that has it
        winners = (
            f"SELECT report_id, min({part}) AS part FROM read_parquet($reports, filename=true) "
            "WHERE report_id NOT IN (SELECT report_id FROM reports) GROUP BY report_id"
        )
        with self.atomic():
            for table in ("facts", "table_cells", "problems"):
                self._con.execute(
                    f"INSERT INTO {table} BY NAME SELECT t.* EXCLUDE (filename) "
                    f"FROM read_parquet($rows, filename=true) t "
                    f"SEMI JOIN ({winners}) w ON t.report_id = w.report_id AND {part} = w.part",
                    {"rows": shards[table], "reports": shards["reports"]},
                )
            added = self._con.execute(  # last: the winners are read before it
                f"INSERT INTO reports BY NAME SELECT t.* EXCLUDE (filename), "
                f"$now AS ingested_at FROM read_parquet($reports, filename=true) t "
                f"SEMI JOIN ({winners}) w ON t.report_id = w.report_id AND {part} = w.part",
                {"reports": shards["reports"], "now": now},
            ).fetchone()
            counts.added = added[0] if added else 0
            outcomes = "read_parquet($outcomes, filename=true)"
            self._con.execute(
                f"INSERT OR IGNORE INTO files BY NAME "
                f"SELECT file_hash, source, report_id FROM {outcomes} "
                f"WHERE report_id IS NOT NULL QUALIFY row_number() OVER "
                f"(PARTITION BY file_hash ORDER BY {part}, position) = 1",
                {"outcomes": shards["outcomes"]},
            )
            self._con.execute(
                f"INSERT OR REPLACE INTO ingest_errors BY NAME "
                f"SELECT file_hash, source, error, $now AS failed_at FROM {outcomes} "
                f"WHERE error IS NOT NULL QUALIFY row_number() OVER "
                f"(PARTITION BY file_hash ORDER BY {part} DESC, position DESC) = 1",
                {"outcomes": shards["outcomes"], "now": now},
            )
            parsed, seen, counts.failed = self._con.execute(
                f"SELECT count(report_id), count(*) FILTER (seen), count(error) FROM {outcomes}",
                {"outcomes": shards["outcomes"]},
            ).fetchall()[0]
        counts.unchanged = parsed + seen - counts.added
        return counts

    def replace_similarity(self, pairs: pd.DataFrame) -> None:
        """The table report_similarity becomes `pairs` (check/similarity.py)."""
        with self.atomic():
            self._con.execute("DELETE FROM report_similarity")
            if len(pairs):
                self._insert("report_similarity", pairs)

    def add_quality_results(self, results: pd.DataFrame) -> None:
        """Append one check run's rows to quality_results."""
        with self.atomic():
            self._insert("quality_results", results)

    def add_corrections(self, entries: pd.DataFrame) -> int:
        """Append corrections and review decisions (review.py) in one transaction; an entry
        already stored (same entry_id: the same content) is not added again. The number added."""
        with self.atomic():
            before = self._con.execute("SELECT count(*) FROM corrections").fetchall()[0][0]
            if len(entries):
                self._insert("corrections", entries, "OR IGNORE")
            after = self._con.execute("SELECT count(*) FROM corrections").fetchall()[0][0]
        return after - before

    def _insert_reports(self, parsed: list[ReportRows], now: dt.datetime) -> None:
        if not parsed:
            return
        for table in ARROW_TYPES:
            rows = pa.concat_tables([p.tables[table] for p in parsed])
            if table == "reports":
                rows = rows.append_column(
                    "ingested_at", pa.array([now] * len(rows), type=pa.timestamp("us"))
                )
            if len(rows):
                self._insert(table, rows)

    def _insert(self, table: str, rows, conflict: str = "") -> None:
        """Insert a DataFrame or Arrow table by column name (`table` is one of ours)."""
        self._con.register("_rows", rows)
        try:
            self._con.execute(f"INSERT {conflict} INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self._con.unregister("_rows")


def _check_readable(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    version = migrations.version_of(con)
    if version > migrations.SCHEMA_VERSION:
        raise _newer(path, version)
    if version == 0:
        raise OutdatedDatabase(
            f"{path}: not a govbench database (no reports table); make one "
            f"with: govbench ingest FOLDER --db {path}"
        )
    if version < migrations.READABLE_FROM:
        raise OutdatedDatabase(
            f"{path}: written by an older govbench (schema {version}, this "
            f"one reads {migrations.SCHEMA_VERSION}); run: "
            f"govbench migrate --db {path}"
        )


def _newer(path: Path, version: int) -> OutdatedDatabase:
    return OutdatedDatabase(
        f"{path}: written by a newer govbench (schema {version}, this one "
        f"knows up to {migrations.SCHEMA_VERSION}); upgrade govbench "
        "to read it"
    )


def evaluate(sql: str, **tables: pd.DataFrame) -> pd.DataFrame:
    """`sql` over DataFrames named as the tables it reads, in an in-memory DuckDB (no file):
    the ranking's formulas applied to frames the app changes (what-if)."""
    con = duckdb.connect()
    try:
        for name, frame in tables.items():
            con.register(name, frame)
        return con.execute(sql).df()
    finally:
        con.close()
