"""All the app's data access: read-only DuckDB, parameterised SQL, cached by file mtime.

Pages call the functions here and get DataFrames back; no page holds SQL. The cache key
includes the database file's modification time, so a re-ingest shows on the next rerun.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from .. import rank as ranking_engine

DB_ENV = "GOVBENCH_DB"

REPORTS_SQL = """
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
     admitted AS (SELECT report_id, count(*) AS problems_count FROM problems GROUP BY report_id)
SELECT r.report_id, r.issuer, r.province, r.city, r.county, r.year, r.format, r.level,
       r.synthetic, COALESCE(f.figures, 0) AS figures,
       COALESCE(a.problems_count, 0) AS problems_count, r.source
FROM reports r
LEFT JOIN figures f USING (report_id)
LEFT JOIN admitted a USING (report_id)
WHERE (CAST($province AS VARCHAR) IS NULL OR r.province = $province)
  AND (CAST($year AS INTEGER) IS NULL OR r.year = $year)
  AND (CAST($format AS VARCHAR) IS NULL OR r.format = $format)
ORDER BY r.province, r.city, r.county, r.issuer, r.year
"""
OPTIONS_SQL = {
    "province": "SELECT DISTINCT province FROM reports WHERE province IS NOT NULL ORDER BY 1",
    "year": "SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY 1 DESC",
    "format": "SELECT DISTINCT format FROM reports WHERE format IS NOT NULL ORDER BY 1",
    "level": "SELECT DISTINCT level FROM reports WHERE level IS NOT NULL ORDER BY 1",
}
REPORT_SQL = """
SELECT report_id, source, title, issuer, region_code, province, city, county, level, body_kind,
       department, year, format, script, synthetic, text, warnings
FROM reports WHERE report_id = $report_id
"""
FACTS_SQL = """
SELECT metric, value, approx, method, evidence_start, evidence_end, evidence_text
FROM facts WHERE report_id = $report_id ORDER BY evidence_start NULLS LAST, metric
"""
CELLS_SQL = """
SELECT "table", row_key, col_key, value, raw
FROM table_cells WHERE report_id = $report_id ORDER BY "table", row_key, col_key
"""
PROBLEMS_SQL = """
SELECT ordinal, category, text FROM problems WHERE report_id = $report_id ORDER BY ordinal
"""
COUNT_SQL = "SELECT count(*) AS n FROM reports"


@dataclass(frozen=True)
class Status:
    """Whether there is something to show; `problem` is a labels.py key when not."""

    path: Path | None
    problem: str | None = None
    detail: str = ""


def database_path() -> Path | None:
    value = os.environ.get(DB_ENV, "").strip()
    return Path(value) if value else None


def status() -> Status:
    path = database_path()
    if path is None:
        return Status(None, "no_db")
    if not path.is_file():
        return Status(path, "missing_db")
    try:
        count = int(_query(COUNT_SQL)["n"].iloc[0])
    except duckdb.Error as exc:
        return Status(path, "bad_db", str(exc).splitlines()[0])
    return Status(path, None if count else "empty_db")


def _stamp(path: Path) -> float:
    return path.stat().st_mtime


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_query(path: str, stamp: float, sql: str, params: tuple) -> pd.DataFrame:
    del stamp   # only part of the cache key
    con = duckdb.connect(path, read_only=True)
    try:
        return con.execute(sql, dict(params)).df()
    finally:
        con.close()


def _query(sql: str, **params) -> pd.DataFrame:
    path = database_path()
    return _cached_query(str(path), _stamp(path), sql, tuple(sorted(params.items())))


def options(field: str) -> list:
    """Distinct values of a report field for a filter (province, year, format, level)."""
    return _query(OPTIONS_SQL[field]).iloc[:, 0].tolist()


def reports(province: str | None = None, year: int | None = None,
            fmt: str | None = None) -> pd.DataFrame:
    return _query(REPORTS_SQL, province=province, year=year, format=fmt)


def report(report_id: str) -> dict | None:
    rows = _query(REPORT_SQL, report_id=report_id)
    return None if rows.empty else rows.iloc[0].to_dict()


def report_facts(report_id: str) -> pd.DataFrame:
    return _query(FACTS_SQL, report_id=report_id)


def report_cells(report_id: str) -> pd.DataFrame:
    return _query(CELLS_SQL, report_id=report_id)


def report_problems(report_id: str) -> pd.DataFrame:
    return _query(PROBLEMS_SQL, report_id=report_id)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_frame(path: str, stamp: float, year: int | None, province: str | None,
                  level: str | None) -> pd.DataFrame:
    del stamp
    return ranking_engine.load_frame(path, year=year, province=province, level=level)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_ranking(path: str, stamp: float, year: int | None, province: str | None,
                    level: str | None, weights: tuple, normalisation: str,
                    coverage_threshold: float) -> pd.DataFrame:
    frame = _cached_frame(path, stamp, year, province, level)
    return ranking_engine.rank(frame, dict(weights), normalisation=normalisation,
                               peer_by=["year"], coverage_threshold=coverage_threshold)


def ranking(year: int | None, province: str | None, level: str | None,
            weights: dict[str, float], normalisation: str = "minmax",
            coverage_threshold: float = 0.5) -> pd.DataFrame:
    """The ranking of one peer group (rank.rank over rank.load_frame), cached."""
    path = database_path()
    return _cached_ranking(str(path), _stamp(path), year, province, level,
                           tuple(sorted(weights.items())), normalisation, coverage_threshold)
