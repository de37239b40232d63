"""govbench: compare government information disclosure annual reports.

The library the `govbench` command is a thin shell over (README, "Python API"):

    import govbench
    report = govbench.parse_file("report.pdf")           # a Report: facts, tables, problems
    counts = govbench.ingest_files(["reports/"], "g.duckdb")
    summary = govbench.run_checks("g.duckdb")             # the expectation suites
    ranking = govbench.rank_bodies("g.duckdb", year=2022)
    with govbench.Database.reader("g.duckdb") as db:      # the store's named queries
        reports = db.query("report_list", province=None, year=2022, format=None)

Each stage imports its libraries when first used, so `import govbench` stays cheap. The
functions are not named ingest, check and rank: those are the stages' own modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

    from .check import CheckSummary
    from .model import Report
    from .parse.hints import Manifest
    from .store import IngestCounts

__version__ = "0.1.0"
__all__ = [
    "Database",
    "Report",
    "__version__",
    "ingest_files",
    "parse_file",
    "rank_bodies",
    "run_checks",
]


def parse_file(path: str | Path, manifest: Manifest | None = None) -> Report:
    """Read and parse one report file (.txt .html .pdf .docx ...): model.Report. Raises
    model.UnreadableError with a one-line reason."""
    from .ingest import parse_file as parse

    return parse(path, manifest)


def ingest_files(
    paths: Iterable[str | Path],
    db: str | Path,
    workers: int | None = None,
    manifest: Manifest | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    staging: str | Path | None = None,
) -> IngestCounts:
    """Read, parse and store every report file under `paths` into the database `db` (made
    when missing): counts of reports added, files unchanged and files unreadable.
    engine="dask" parses on a Dask cluster (`scheduler`: its address; none: a LocalCluster
    of `workers` processes) through Parquet shards in `staging` (README: More than one
    machine)."""
    from .ingest import ingest

    return ingest(
        paths,
        db,
        workers=workers,
        manifest=manifest,
        engine=engine,
        scheduler=scheduler,
        staging=staging,
    )


def run_checks(db: str | Path, docs: str | Path | None = None) -> CheckSummary:
    """Run the expectation suites against `db` and keep their results in it; `docs`: a
    folder for the Data Docs HTML."""
    from .check import run_checks as run

    return run(db, docs=docs)


def rank_bodies(
    db: str | Path,
    year: int | None = None,
    province: str | None = None,
    level: str | None = None,
    leave_out_failed: bool = False,
    **settings: Any,
) -> pd.DataFrame:
    """The ranking of the body-years of `db` the filters select, as `govbench rank` makes
    it; `settings` are rank.rank_reports's (weights, preset, normalisation, missing,
    coverage_threshold, peer_by, scope, population); those left out take
    rules/ranking.toml [defaults]."""
    from .rank import load_failures, load_frame, rank_reports, rules

    # rank.rank() reads peer_by None as "all together"; the command's default is the rules'
    settings.setdefault("peer_by", list(rules().defaults.peer_by))
    failures = load_failures(db) if leave_out_failed else None
    return rank_reports(
        load_frame(db, year=year, province=province, level=level), failures=failures, **settings
    )


def __getattr__(name: str):
    if name == "Database":
        from .store import Database

        return Database
    if name == "Report":
        from .model import Report

        return Report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
