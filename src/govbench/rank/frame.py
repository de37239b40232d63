"""The database side of ranking: one row per body-year from the store, and the failing checks
that `--leave-out-failed` reads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..check import problems_repeat
from ..store import Database, Partitions
from .figures import _select, derived_keys
from .rules import rules

# what a filter may choose, to name it when a filter matches nothing: queries of store/queries.sql
EXISTING_QUERIES = {"year": "years", "province": "provinces", "level": "levels"}


def load_frame(
    db: Database | str | Path,
    year: int | None = None,
    province: str | None = None,
    level: str | None = None,
) -> pd.DataFrame:
    """One row per body-year from report_metrics, with problems_admitted, problems_repeated
    (statements repeated from the year before), figures found and every derived metric."""
    if not isinstance(db, Database):
        with Database.reader(db, needed_partitions(year, province)) as database:
            return load_frame(database, year, province, level)
    frame = db.ranking_frame(_select(derived_keys()), year=year, province=province, level=level)
    # repeats look one year back, beyond the year filter, so they are counted on all reports
    body_years = db.query("body_years")
    repeated = problems_repeat.repeated_per_report(
        db.query("statements"), body_years, rules().repeat_threshold
    )
    frame["problems_repeated"] = (
        frame["report_id"].map(dict(zip(body_years["report_id"], repeated))).astype("float64")
    )
    return frame


def needed_partitions(year: int | None, province: str | None) -> Partitions:
    """The partitions of a Parquet archive a ranking of `year` and `province` reads: that year
    and the year before (repeated problems look one year back), that province (and reports of
    unknown province, which any filter may keep)."""
    return Partitions(
        years=None if year is None else (year - 1, year),
        provinces=None if province is None else (province,),
    )


def load_failures(path: str | Path) -> pd.DataFrame:
    """The failing (report_id, rule) rows of the latest check run that count against a body:
    those a reviewer dismissed do not (empty: never checked)."""
    with Database.reader(path) as database:
        return database.query("counted_failures")


def existing(path: str | Path, field: str) -> list:
    """The distinct values of a report field (year, province, level) in the database."""
    with Database.reader(path) as database:
        return database.query(EXISTING_QUERIES[field]).iloc[:, 0].tolist()
