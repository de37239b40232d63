"""The database side of ranking: one row per body-year from the store, and the failing checks
that `--leave-out-failed` reads."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from .. import problems_repeat
from .figures import _select, derived_keys
from .rules import rules

FRAME_SQL = """
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
     admitted AS (SELECT report_id, count(*) AS problems_admitted FROM problems GROUP BY report_id)
SELECT m.*, COALESCE(a.problems_admitted, 0) AS problems_admitted,
       COALESCE(f.figures, 0) AS figures
FROM report_metrics m
-- one row per body-year: of several versions of a report, the one report_versions names
JOIN (SELECT report_id FROM report_versions WHERE in_ranking) v USING (report_id)
LEFT JOIN figures f USING (report_id)
LEFT JOIN admitted a USING (report_id)
WHERE (CAST($year AS INTEGER) IS NULL OR m.year = $year)
  AND (CAST($province AS VARCHAR) IS NULL OR m.province = $province)
  AND (CAST($level AS VARCHAR) IS NULL OR m.level = $level)
"""


def _frame_sql() -> str:
    """The body-year rows plus every derived metric, computed in DuckDB."""
    return (f"SELECT base.*, {_select(derived_keys())} FROM ({FRAME_SQL}) AS base "
            "ORDER BY year, region_code, issuer")


STATEMENTS_SQL = """
SELECT p.report_id, r.issuer, r.year, p.ordinal, p.category, p.text
FROM problems p JOIN reports r USING (report_id)
ORDER BY r.issuer, r.year, p.report_id, p.ordinal
"""
BODY_YEARS_SQL = "SELECT report_id, issuer, year FROM reports"


def load_frame(con_or_path: duckdb.DuckDBPyConnection | str | Path,
               year: int | None = None, province: str | None = None,
               level: str | None = None) -> pd.DataFrame:
    """One row per body-year from report_metrics, with problems_admitted, problems_repeated
    (statements repeated from the year before) and figures found."""
    if not isinstance(con_or_path, duckdb.DuckDBPyConnection):
        con = duckdb.connect(str(con_or_path), read_only=True)
        try:
            return load_frame(con, year, province, level)
        finally:
            con.close()
    con = con_or_path
    frame = con.execute(_frame_sql(), {"year": year, "province": province,
                                       "level": level}).df()
    # repeats look one year back, beyond the year filter, so they are counted on all reports
    body_years = con.execute(BODY_YEARS_SQL).df()
    repeated = problems_repeat.repeated_per_report(
        con.execute(STATEMENTS_SQL).df(), body_years, rules().repeat_threshold)
    frame["problems_repeated"] = frame["report_id"].map(
        dict(zip(body_years["report_id"], repeated))).astype("float64")
    return frame


# the latest check run; a report without a failing row in it passed every rule
FAILURES_SQL = """
WITH latest AS (SELECT run_id FROM quality_results
                ORDER BY checked_at DESC NULLS LAST, run_id DESC LIMIT 1)
SELECT q.run_id, q.report_id, q.suite, q.expectation AS rule, q.severity, q.observed, q.details
FROM quality_results q JOIN latest USING (run_id)
WHERE NOT q.success AND q.report_id IS NOT NULL
ORDER BY q.report_id, q.suite, q.expectation
"""
# what a filter may choose, to name it when a filter matches nothing
EXISTING_SQL = {
    "year": "SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY 1",
    "province": "SELECT DISTINCT province FROM reports WHERE province IS NOT NULL ORDER BY 1",
    "level": "SELECT DISTINCT level FROM reports WHERE level IS NOT NULL ORDER BY 1",
}


def _read(path: str | Path, sql: str) -> pd.DataFrame:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def load_failures(path: str | Path) -> pd.DataFrame:
    """The failing (report_id, rule) rows of the latest check run (empty: never checked)."""
    return _read(path, FAILURES_SQL)


def existing(path: str | Path, field: str) -> list:
    """The distinct values of a report field (year, province, level) in the database."""
    return _read(path, EXISTING_SQL[field]).iloc[:, 0].tolist()
