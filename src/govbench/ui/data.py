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
from ..population import load_population, read_population
from ..problems_repeat import mark_repeats

DB_ENV = "GOVBENCH_DB"
POPULATION_ENV = "GOVBENCH_POPULATION"      # a population CSV to load at start

REPORTS_SQL = """
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
     admitted AS (SELECT report_id, count(*) AS problems_count FROM problems GROUP BY report_id)
SELECT r.report_id, r.issuer, r.province, r.city, r.county, r.year, r.format, r.level,
       r.body_kind, r.department, r.region_code, r.synthetic, r.ingested_at, COALESCE(f.figures, 0) AS figures,
       COALESCE(a.problems_count, 0) AS problems_count, r.source,
       v.version, v.versions, v.in_ranking
FROM reports r
JOIN report_versions v USING (report_id)
LEFT JOIN figures f USING (report_id)
LEFT JOIN admitted a USING (report_id)
WHERE (CAST($province AS VARCHAR) IS NULL OR r.province = $province)
  AND (CAST($year AS INTEGER) IS NULL OR r.year = $year)
  AND (CAST($format AS VARCHAR) IS NULL OR r.format = $format)
ORDER BY r.province, r.city, r.county, r.issuer, r.year, v.version
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
DATA_DATE_SQL = "SELECT CAST(max(ingested_at) AS DATE) AS d FROM reports"
STATEMENTS_SQL = """
SELECT p.report_id, r.issuer, r.region_code, r.province, r.city, r.county, r.level, r.year,
       r.body_kind, r.department, r.synthetic, p.ordinal, p.category, p.text
FROM problems p JOIN reports r USING (report_id)
ORDER BY r.issuer, r.year, p.ordinal
"""
# the latest check run's failures: the ranking's own query, shown on 数据质量 as well
FAILURES_SQL = ranking_engine.FAILURES_SQL
RUN_SQL = """
SELECT run_id, max(checked_at) AS checked_at FROM quality_results
GROUP BY run_id ORDER BY max(checked_at) DESC NULLS LAST, run_id DESC LIMIT 1
"""
INGEST_ERRORS_SQL = "SELECT source, error, failed_at FROM ingest_errors ORDER BY failed_at DESC"


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
    damage = _damage(str(path), _stamp(path))
    if damage:
        return Status(path, "bad_db", damage)
    try:
        count = int(_query(COUNT_SQL)["n"].iloc[0])
    except duckdb.Error as exc:
        return Status(path, "bad_db", str(exc).splitlines()[0])
    return Status(path, None if count else "empty_db")


@st.cache_data(show_spinner=False, max_entries=8)
def _damage(path: str, stamp: float) -> str | None:
    """What is wrong with a damaged database file (truncated, overwritten, a corrupted block),
    None when every table reads back whole; read once per version of the file, so every page
    says so in one message instead of failing in its own query."""
    from govbench.snapshot import DamagedDatabase, check_whole

    del stamp   # only part of the cache key
    try:
        check_whole(path)
    except DamagedDatabase as exc:
        return exc.detail
    return None


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


def frame(year: int | None = None, province: str | None = None,
          level: str | None = None) -> pd.DataFrame:
    """One row per body-year with every metric (rank.load_frame), cached."""
    path = database_path()
    return _cached_frame(str(path), _stamp(path), year, province, level)


@st.cache_data(show_spinner=False, max_entries=128)
def _cached_ranking(path: str, stamp: float, year: int | None, province: str | None,
                    level: str | None, weights: tuple, normalisation: str, missing: str,
                    coverage_threshold: float, leave_out_failing: bool, scenario: tuple,
                    mc_draws: int, peer_by: tuple, scope: str,
                    population: pd.DataFrame | None) -> pd.DataFrame:
    failures = _cached_query(path, stamp, FAILURES_SQL, ()) if leave_out_failing else None
    return ranking_engine.rank_reports(
        _cached_frame(path, stamp, year, province, level), weights=dict(weights),
        normalisation=normalisation, missing=missing, coverage_threshold=coverage_threshold,
        peer_by=list(peer_by), scope=scope, failures=failures, population=population,
        scenario=scenario, mc_draws=mc_draws)


def ranking(year: int | None, province: str | None, level: str | None,
            weights: dict[str, float], normalisation: str | None = None,
            coverage_threshold: float | None = None, leave_out_failing: bool = False,
            scenario: tuple[tuple[str, str, float], ...] = (),
            mc_draws: int = 200, peer_by: tuple[str, ...] = ("year",),
            population: pd.DataFrame | None = None, missing: str | None = None,
            scope: str | None = None) -> pd.DataFrame:
    """The ranking of the bodies the filters select: rank.rank_reports over rank.load_frame,
    the very path `govbench rank` takes, cached by every setting.

    `weights` is the whole weighting; `scenario` holds (report_id, metric, value) changes
    applied in memory (what-if); `leave_out_failing` blanks the figures that failed checks in
    the latest run; `population` (see population()) puts the volume metrics per capita;
    settings left None take rules/ranking.toml [defaults]."""
    path = database_path()
    defaults = ranking_engine.rules().defaults
    coverage = defaults.min_coverage if coverage_threshold is None else coverage_threshold
    return _cached_ranking(str(path), _stamp(path), year, province, level,
                           tuple(sorted(weights.items())), normalisation or defaults.normalisation,
                           missing or defaults.missing, coverage, leave_out_failing,
                           tuple(scenario), mc_draws, tuple(peer_by), scope or defaults.scope,
                           population)


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_population_file(path: str, stamp: float) -> pd.DataFrame:
    del stamp
    return load_population(path)


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_population_upload(content: bytes, name: str) -> pd.DataFrame:
    return read_population(content, name)


def population(upload: tuple[bytes, str] | None = None) -> pd.DataFrame | None:
    """The user's population table: an uploaded CSV (content, file name) first, else the file
    GOVBENCH_POPULATION names, else None. A bad file raises ValueError naming the line."""
    if upload is not None:
        return _cached_population_upload(*upload)
    value = os.environ.get(POPULATION_ENV, "").strip()
    if not value:
        return None
    path = Path(value)
    if not path.is_file():
        raise ValueError(f"{POPULATION_ENV}={value}: no such file")
    return _cached_population_file(str(path), _stamp(path))


@st.cache_data(show_spinner=False, max_entries=32)
def _cached_dimension_scores(path: str, stamp: float, year, province, level, weights: tuple,
                             normalisation: str) -> pd.DataFrame:
    return ranking_engine.dimension_scores(_cached_frame(path, stamp, year, province, level),
                                           dict(weights), normalisation, peer_by=["year"])


def dimension_scores(year: int | None, province: str | None, level: str | None,
                     weights: dict[str, float], normalisation: str = "minmax") -> pd.DataFrame:
    """Per body-year, the 0-1 score on each dimension alone (rank.dimension_scores), cached."""
    path = database_path()
    return _cached_dimension_scores(str(path), _stamp(path), year, province, level,
                                    tuple(sorted(weights.items())), normalisation)


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_statements(path: str, stamp: float, threshold: float) -> pd.DataFrame:
    return mark_repeats(_cached_query(path, stamp, STATEMENTS_SQL, ()), threshold)


def problem_statements() -> pd.DataFrame:
    """Every problem statement with its body, and whether it repeats one of the year before."""
    path = database_path()
    return _cached_statements(str(path), _stamp(path), ranking_engine.rules().repeat_threshold)


def quality_run() -> dict | None:
    """The latest check run (run_id, checked_at), None when `govbench check` never ran."""
    rows = _query(RUN_SQL)
    return None if rows.empty else rows.iloc[0].to_dict()


def quality_failures() -> pd.DataFrame:
    """The failing (report, rule) rows of the latest check run."""
    return _query(FAILURES_SQL)


def data_date() -> str:
    """When the newest report was ingested: the date written into exports."""
    value = _query(DATA_DATE_SQL)["d"].iloc[0]
    return "" if pd.isna(value) else str(value)[:10]


def ingest_errors() -> pd.DataFrame:
    return _query(INGEST_ERRORS_SQL)


def forget_cached_reads() -> None:
    """Drop every cached read before the database is written: each read opens and closes its
    own read-only connection, so once the caches are clear nothing holds the file."""
    st.cache_data.clear()
    st.cache_resource.clear()
