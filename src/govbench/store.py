"""store: Reports -> one DuckDB file.

Idempotent: a report is keyed by the hash of its normalised text (Report.report_id), a file
by the hash of its bytes, so re-ingesting a folder changes nothing. Each batch is one
transaction: a crash leaves whole reports or none. Rows go in as Arrow-backed frames in bulk,
never row by row.
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
    ingested_at TIMESTAMP NOT NULL
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
                  "synthetic"]


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
    counts = IngestCounts()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # Report.report_id hashes the whole text on every access: take it once per report
    parsed = [(h, r.report_id, r) for h, r in parsed]
    errors = list(errors)
    ids = [rid for _, rid, _ in parsed]
    con.execute("BEGIN TRANSACTION")
    try:
        stored = set()
        if ids:
            stored = {rid for (rid,) in con.execute(
                "SELECT report_id FROM reports WHERE report_id IN (SELECT unnest($1))",
                [ids]).fetchall()}
        fresh: dict[str, Report] = {}
        for _, rid, report in parsed:
            if rid in stored or rid in fresh:
                counts.unchanged += 1
            else:
                fresh[rid] = report
        counts.added = len(fresh)
        _insert_frames(con, fresh, now)
        file_rows = pd.DataFrame(
            [(h, r.source, rid) for h, rid, r in parsed],
            columns=["file_hash", "source", "report_id"]).drop_duplicates("file_hash")
        if len(file_rows):
            con.register("_files", file_rows)
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
        con.execute("ROLLBACK")
        raise
    return counts


# Arrow types of the rows a batch inserts. Built column by column straight into Arrow: pandas
# frames of Python objects cost as much as the insert itself (profile in benchmark/RESULTS.md).
_ARROW = {
    "reports": {"report_id": pa.string(), "source": pa.string(), "title": pa.string(),
                "issuer": pa.string(), "region_code": pa.string(), "province": pa.string(),
                "city": pa.string(), "county": pa.string(), "level": pa.string(),
                "body_kind": pa.string(), "department": pa.string(), "year": pa.int32(),
                "format": pa.string(), "script": pa.string(), "synthetic": pa.bool_(),
                "text": pa.large_string(), "warnings": pa.list_(pa.string()),
                "ingested_at": pa.timestamp("us")},
    "facts": {"report_id": pa.string(), "metric": pa.string(), "value": pa.float64(),
              "approx": pa.bool_(), "method": pa.string(), "evidence_start": pa.int32(),
              "evidence_end": pa.int32(), "evidence_text": pa.string()},
    "table_cells": {"report_id": pa.string(), "table": pa.string(), "row_key": pa.string(),
                    "col_key": pa.string(), "value": pa.float64(), "raw": pa.string(),
                    "evidence_start": pa.int32(), "evidence_end": pa.int32()},
    "problems": {"report_id": pa.string(), "ordinal": pa.int32(), "text": pa.string(),
                 "category": pa.string(), "evidence_start": pa.int32(),
                 "evidence_end": pa.int32()},
}


def _arrow(table: str, rows: list[tuple]) -> pa.Table:
    types = _ARROW[table]
    columns = list(zip(*rows)) if rows else [()] * len(types)
    return pa.table({name: pa.array(col, type=kind)
                     for (name, kind), col in zip(types.items(), columns)})


def _insert_frames(con: duckdb.DuckDBPyConnection, reports: dict[str, Report],
                   now: dt.datetime) -> None:
    if not reports:
        return
    items = reports.items()
    rows = {
        "reports": [_report_row(rid, r, now) for rid, r in items],
        "facts": [(rid, f.metric, float(f.value), f.approx, f.method,
                   f.evidence.start, f.evidence.end, f.evidence.text)
                  for rid, r in items for f in r.facts],
        "table_cells": [(rid, table, row, col,
                         None if cell.value is None else float(cell.value), cell.raw,
                         cell.start, cell.end)
                        for rid, r in items for table, table_rows in r.tables.items()
                        for row, cols in table_rows.items() for col, cell in cols.items()],
        "problems": [(rid, i, p.text, p.category, p.start, p.end)
                     for rid, r in items for i, p in enumerate(r.problems, 1)],
    }
    for table, table_rows in rows.items():
        if table_rows:
            con.register("_batch", _arrow(table, table_rows))
            con.execute(f'INSERT INTO {table} BY NAME SELECT * FROM _batch')
            con.unregister("_batch")


def _report_row(rid: str, r: Report, now: dt.datetime) -> tuple:
    return (rid, r.source, r.title, r.issuer, r.region.code, r.region.province, r.region.city,
            r.region.county, r.level, r.body_kind, r.department, r.year, r.format, r.script,
            r.synthetic, r.text, list(r.warnings), now)
