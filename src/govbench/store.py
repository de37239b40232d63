"""store: Reports -> one DuckDB file.

Idempotent: a report is keyed by the hash of its normalised text (Report.report_id), a file
by the hash of its bytes, so re-ingesting a folder changes nothing. Each batch is one
transaction: a crash leaves whole reports or none. Rows go in as Arrow tables in bulk, never
row by row, built by ReportRows beside the parser.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from .model import Report
from .rows import ARROW_TYPES, ReportRows
from .vocabulary import METRIC_KEYS

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id   VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    title       VARCHAR,
    issuer      VARCHAR,
    region_code VARCHAR,
    province    VARCHAR,
    city        VARCHAR,
    county      VARCHAR,
    level       VARCHAR,
    body_kind   VARCHAR,
    department  VARCHAR,
    year        INTEGER,
    format      VARCHAR,
    script      VARCHAR,
    synthetic   BOOLEAN NOT NULL,
    text        VARCHAR NOT NULL,
    warnings    VARCHAR[],
    ingested_at TIMESTAMP NOT NULL,
    scope       VARCHAR,                  -- whole_area | own_body | NULL (unknown)
    published   DATE                      -- 发布日期/成文日期 when stated
);
CREATE TABLE IF NOT EXISTS files (
    file_hash   VARCHAR PRIMARY KEY,      -- sha256 of the bytes
    source      VARCHAR NOT NULL,
    report_id   VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    report_id      VARCHAR NOT NULL,
    metric         VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    approx         BOOLEAN NOT NULL,
    method         VARCHAR NOT NULL,      -- table | narrative
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  VARCHAR
);
CREATE TABLE IF NOT EXISTS table_cells (
    report_id      VARCHAR NOT NULL,
    "table"        VARCHAR NOT NULL,      -- table2 | table3 | table4
    row_key        VARCHAR NOT NULL,
    col_key        VARCHAR NOT NULL,
    value          DOUBLE,                -- NULL: blank, "/" or "—"; "无" is 0 (see raw)
    raw            VARCHAR NOT NULL,      -- as printed: "0", "无" and "" stay different
    evidence_start INTEGER,
    evidence_end   INTEGER
);
CREATE TABLE IF NOT EXISTS problems (
    report_id      VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    category       VARCHAR NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER
);
CREATE TABLE IF NOT EXISTS quality_results (
    run_id      VARCHAR NOT NULL,
    suite       VARCHAR NOT NULL,
    expectation VARCHAR NOT NULL,
    severity    VARCHAR,
    report_id   VARCHAR,
    success     BOOLEAN NOT NULL,
    observed    VARCHAR,
    details     VARCHAR,
    checked_at  TIMESTAMP
);
CREATE TABLE IF NOT EXISTS report_similarity (   -- written by check (similarity.py)
    report_id        VARCHAR NOT NULL,
    other_report_id  VARCHAR NOT NULL,
    relation         VARCHAR NOT NULL,   -- previous_year | other_body
    shared_sentences DOUBLE NOT NULL,    -- share of this report's sentences found in the other
    similarity       DOUBLE NOT NULL     -- rapidfuzz ratio of the two narratives, 0..100
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    file_hash   VARCHAR PRIMARY KEY,      -- sha256 of the bytes, '' when unreadable
    source      VARCHAR NOT NULL,
    error       VARCHAR NOT NULL,
    failed_at   TIMESTAMP NOT NULL
);
"""

REPORT_COLUMNS = ["report_id", "source", "title", "issuer", "region_code", "province", "city",
                  "county", "level", "body_kind", "department", "year", "format", "script",
                  "synthetic", "scope", "published"]


def _report_metrics_view() -> str:
    pivots = ",\n    ".join(
        f"max(f.value) FILTER (WHERE f.metric = '{key}') AS {key}" for key in METRIC_KEYS)
    columns = ", ".join(f"r.{c}" for c in REPORT_COLUMNS)
    return (f"CREATE OR REPLACE VIEW report_metrics AS\nSELECT {columns},\n    {pivots}\n"
            f"FROM reports r LEFT JOIN facts f USING (report_id)\nGROUP BY ALL")


# Versions of one body's report for one year (same issuer, place and year, different text):
# all are kept and shown; the ranking uses the one ingested last (a re-published or corrected
# report), and among reports ingested in the same batch the one with more figures.
REPORT_VERSIONS_VIEW = """
CREATE OR REPLACE VIEW report_versions AS
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
ordered AS (
    SELECT r.report_id, r.ingested_at, COALESCE(f.figures, 0) AS figures,
           COALESCE(r.issuer, r.report_id) || '|' || COALESCE(r.region_code, '') || '|'
               || COALESCE(CAST(r.year AS VARCHAR), '') AS body_year
    FROM reports r LEFT JOIN figures f USING (report_id))
SELECT report_id,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at, figures, report_id DESC) AS version,
       count(*) OVER (PARTITION BY body_year) AS versions,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at DESC, figures DESC, report_id) = 1 AS in_ranking
FROM ordered
"""


@dataclass
class IngestCounts:
    added: int = 0        # new reports stored
    unchanged: int = 0    # files or texts already in the database
    failed: int = 0       # unreadable files, recorded in ingest_errors


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a writer also makes sure the schema exists."""
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        con.execute(SCHEMA)
        # a database written before scope/published existed gains them (empty: unknown)
        con.execute("ALTER TABLE reports ADD COLUMN IF NOT EXISTS scope VARCHAR")
        con.execute("ALTER TABLE reports ADD COLUMN IF NOT EXISTS published DATE")
        con.execute(_report_metrics_view())
        con.execute(REPORT_VERSIONS_VIEW)
    return con


def known_file_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {h for (h,) in con.execute("SELECT file_hash FROM files").fetchall()}


def store_batch(con: duckdb.DuckDBPyConnection,
                parsed: Iterable[tuple[str, Report]],
                errors: Iterable[tuple[str, str, str]] = ()) -> IngestCounts:
    """Store one batch in one transaction.

    parsed: (file_hash, report) pairs; errors: (file_hash, source, message) triples.
    A report already stored (same text) only gains the file's hash.
    """
    # Report.report_id hashes the whole text on every access: take it once per report
    parsed = [(h, r.report_id, r) for h, r in parsed]
    rows = ReportRows.of((rid, r) for _, rid, r in parsed)
    return store_rows(con, [rows], [(h, r.source, rid) for h, rid, r in parsed], errors)


def store_rows(con: duckdb.DuckDBPyConnection, parsed: list[ReportRows],
               files: Iterable[tuple[str, str, str]],
               errors: Iterable[tuple[str, str, str]] = ()) -> IngestCounts:
    """Store rows built by ReportRows.of in one transaction.

    files: (file_hash, source, report_id) of each parsed file; errors: (file_hash, source,
    message) of each unreadable one. Reports already stored, or met earlier in `parsed`,
    are not stored again: their files only point to them."""
    counts = IngestCounts()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    files = list(files)
    errors = list(errors)
    ids = [rid for rows in parsed for rid in rows.report_ids]
    con.execute("BEGIN TRANSACTION")
    try:
        claimed = set()      # ids stored before, then those an earlier chunk brings
        if ids:
            claimed = {rid for (rid,) in con.execute(
                "SELECT report_id FROM reports WHERE report_id IN (SELECT unnest($1))",
                [ids]).fetchall()}
        fresh: list[ReportRows] = []
        for rows in parsed:
            new = set(rows.report_ids) - claimed
            claimed |= new
            if new:
                fresh.append(rows.only(new))
        counts.added = sum(len(rows.report_ids) for rows in fresh)
        counts.unchanged = len(files) - counts.added
        _insert(con, fresh, now)
        if files:
            file_rows = pd.DataFrame(files, columns=["file_hash", "source", "report_id"])
            con.register("_files", file_rows.drop_duplicates("file_hash"))
            con.execute("INSERT OR IGNORE INTO files SELECT * FROM _files")
            con.unregister("_files")
        if errors:
            err = pd.DataFrame([(h, s, m, now) for h, s, m in errors],
                               columns=["file_hash", "source", "error", "failed_at"])
            err = err.drop_duplicates("file_hash", keep="last")
            con.register("_errors", err)
            con.execute("INSERT OR REPLACE INTO ingest_errors SELECT * FROM _errors")
            con.unregister("_errors")
            counts.failed = len(errors)
        con.execute("COMMIT")
    except BaseException:
        # an interrupted or failed statement may have ended the transaction already; the
        # error that matters is the one that stopped the batch, not the rollback's
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
    return counts


def _insert(con: duckdb.DuckDBPyConnection, parsed: list[ReportRows],
            now: dt.datetime) -> None:
    if not parsed:
        return
    for table in ARROW_TYPES:
        rows = pa.concat_tables([p.tables[table] for p in parsed])
        if table == "reports":
            rows = rows.append_column("ingested_at",
                                      pa.array([now] * len(rows), type=pa.timestamp("us")))
        if len(rows):
            con.register("_batch", rows)
            con.execute(f'INSERT INTO {table} BY NAME SELECT * FROM _batch')
            con.unregister("_batch")
