"""All the app's data access: the store's named queries on a read-only Database, cached by
the copy of the database file they read.

Pages call the functions here and get DataFrames back; no page holds SQL.

One run of a page reads one copy of the database. A writer (ingest, check, the import page)
replaces the file by an atomic rename (store/snapshot.py) while the app keeps answering, so two
reads of one run could otherwise come from two copies: a list of reports from the old one and
the movers from the new one, naming a body the list does not have. So the app pins the copy at
the start of each run (pin(): the file's identity, which a rename changes), every read is
cached under that identity, and a read that finds the file replaced since (before it opens the
file or after it is done) does not return: the run starts over (st.rerun) and pins the new copy.
A re-ingest shows on the next run.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

import pandas as pd
import streamlit as st

from .. import rank as ranking_engine
from ..population import load_population, read_population
from ..check.problems_repeat import mark_repeats
from ..store import Database, Error, is_archive
from ..store.archive import MANIFEST

DB_ENV = "GOVBENCH_DB"
POPULATION_ENV = "GOVBENCH_POPULATION"  # a population CSV to load at start

# what each filter may choose: queries of store/queries.sql
OPTION_QUERIES = {
    "province": "provinces",
    "year": "years_newest_first",
    "format": "formats",
    "level": "levels",
}


@dataclass(frozen=True)
class Status:
    """Whether there is something to show; `problem` is a labels.py key when not."""

    path: Path | None
    problem: str | None = None
    detail: str = ""


def database_path() -> Path | None:
    value = os.environ.get(DB_ENV, "").strip()
    return Path(value) if value else None


def _opened() -> Path:
    """The database the pages read: they ask for data only once status() found it."""
    path = database_path()
    if path is None:
        raise RuntimeError(f"{DB_ENV} is not set")
    return path


# --- one copy per run ----------------------------------------------------------------------

Copy = tuple[int, int, int, int] | None  # a file's (device, inode, mtime ns, size); None: absent


class Superseded(Exception):
    """The database file was replaced after this run pinned its copy: the run must start over."""


_run = threading.local()  # Streamlit runs each session's script on a thread of its own


def _copy_of(path: Path) -> Copy:
    """Which copy of the database is at `path` now. A writer's rename puts a new file there
    (a new inode); a Parquet archive's manifest is written last (the folder replaced whole by
    a new export)."""
    target = path / MANIFEST if is_archive(path) else path
    try:
        found = target.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_mtime_ns, found.st_size)


def pin() -> None:
    """Start a run's reads: every read until the next pin() comes from the copy of the database
    that is there now. app.main() calls it first thing in each run, and the import page after
    it wrote the database itself."""
    path = database_path()
    _run.pinned = None if path is None else (str(path), _copy_of(path))
    # what the reader chose before this run: the page's state and its address (?report=)
    _run.state = set(st.session_state.keys())
    _run.address = _address()


def _pinned() -> tuple[str, Copy]:
    """The database and the copy of it this run reads (pinned now if the run did not)."""
    path = str(_opened())
    pinned = getattr(_run, "pinned", None)
    if pinned is None or pinned[0] != path:
        pin()
        pinned = _run.pinned
    return pinned


def _address() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


@contextmanager
def _reading(path: str, copy: Copy) -> Iterator[None]:
    """Around a read of `path` that is to come from `copy`: Superseded when the file is another
    copy before the read opens it or once it is done. A rename only ever puts a newer copy in
    place, so the same copy before and after means every file the read opened was that one."""
    if _copy_of(Path(path)) != copy:
        raise Superseded(path)
    yield
    if _copy_of(Path(path)) != copy:
        raise Superseded(path)


P = ParamSpec("P")
R = TypeVar("R")


def _one_copy(read: Callable[P, R]) -> Callable[P, R]:
    """A page's read: when the database was replaced since the run pinned it, the run starts
    over on the new copy instead of mixing the two (what it drew so far is drawn again, and what
    it chose by itself chosen again; the reader's own choices are kept)."""

    @functools.wraps(read)
    def reader(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return read(*args, **kwargs)
        except Superseded:
            _run.pinned = None
            # the choices this run made itself (a select box's first option, of the old copy)
            # are made again on the new one, as a run on it alone makes them
            for key in set(st.session_state.keys()) - getattr(_run, "state", set()):
                del st.session_state[key]
            address = getattr(_run, "address", None)
            if address is not None and address != _address():
                st.query_params.from_dict(address)
            st.rerun()  # raises, inside a Streamlit run
            raise  # outside one: the caller learns the database changed

    return reader


@_one_copy
def status() -> Status:
    if database_path() is None:
        return Status(None, "no_db")
    where, copy = _pinned()
    path = Path(where)
    if copy is None or not (path.is_file() or is_archive(path)):
        return Status(path, "missing_db")
    damage = _damage(where, copy)
    if damage:
        return Status(path, "bad_db", damage)
    try:
        count = int(_query("report_count")["n"].iloc[0])
    except Error as exc:
        return Status(path, "bad_db", str(exc).splitlines()[0])
    return Status(path, None if count else "empty_db")


@st.cache_data(show_spinner=False, max_entries=8)
def _damage(path: str, copy: Copy) -> str | None:
    """What is wrong with a damaged database file (truncated, overwritten, a corrupted block)
    or one of a schema this release does not read, None when every table reads back whole;
    read once per version of the file, so every page says so in one message instead of
    failing in its own query."""
    from govbench.store import DamagedDatabase, StoreError, check_whole

    try:
        with _reading(path, copy):
            check_whole(path)
            Database.reader(path).close()
    except DamagedDatabase as exc:
        return exc.detail
    except StoreError as exc:  # outdated, or a Parquet archive this release cannot read
        return str(exc)
    return None


def _stamp(path: Path) -> float:
    """When a file (the population table) last changed."""
    return path.stat().st_mtime


def is_parquet_archive() -> bool:
    """Whether the app reads a Parquet archive (read-only whatever the settings say)."""
    path = database_path()
    return path is not None and is_archive(path)


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_query(path: str, copy: Copy, name: str, params: tuple) -> pd.DataFrame:
    with _reading(path, copy), Database.reader(path) as database:
        return database.query(name, **dict(params))


@_one_copy
def _query(name: str, **params) -> pd.DataFrame:
    """The store's named query `name` on the app's database, cached."""
    path, copy = _pinned()
    return _cached_query(path, copy, name, tuple(sorted(params.items())))


def options(field: str) -> list:
    """Distinct values of a report field for a filter (province, year, format, level)."""
    return _query(OPTION_QUERIES[field]).iloc[:, 0].tolist()


def reports(
    province: str | None = None, year: int | None = None, fmt: str | None = None
) -> pd.DataFrame:
    return _query("report_list", province=province, year=year, format=fmt)


def report(report_id: str) -> dict | None:
    rows = _query("report", report_id=report_id)
    return None if rows.empty else rows.iloc[0].to_dict()


def report_facts(report_id: str) -> pd.DataFrame:
    return _query("report_facts", report_id=report_id)


def report_cells(report_id: str) -> pd.DataFrame:
    return _query("report_cells", report_id=report_id)


def report_problems(report_id: str) -> pd.DataFrame:
    return _query("report_problems", report_id=report_id)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_frame(
    path: str, copy: Copy, year: int | None, province: str | None, level: str | None
) -> pd.DataFrame:
    with _reading(path, copy):
        return ranking_engine.load_frame(path, year=year, province=province, level=level)


@_one_copy
def frame(
    year: int | None = None, province: str | None = None, level: str | None = None
) -> pd.DataFrame:
    """One row per body-year with every metric (rank.load_frame), cached."""
    path, copy = _pinned()
    return _cached_frame(path, copy, year, province, level)


@st.cache_data(show_spinner=False, max_entries=128)
def _cached_ranking(
    path: str,
    copy: Copy,
    year: int | None,
    province: str | None,
    level: str | None,
    weights: tuple,
    normalisation: str,
    missing: str,
    coverage_threshold: float,
    leave_out_failing: bool,
    scenario: tuple,
    mc_draws: int,
    peer_by: tuple,
    scope: str,
    population: pd.DataFrame | None,
) -> pd.DataFrame:
    failures = _cached_query(path, copy, "counted_failures", ()) if leave_out_failing else None
    return ranking_engine.rank_reports(
        _cached_frame(path, copy, year, province, level),
        weights=dict(weights),
        normalisation=normalisation,
        missing=missing,
        coverage_threshold=coverage_threshold,
        peer_by=list(peer_by),
        scope=scope,
        failures=failures,
        population=population,
        scenario=scenario,
        mc_draws=mc_draws,
    )


@_one_copy
def ranking(
    year: int | None,
    province: str | None,
    level: str | None,
    weights: dict[str, float],
    normalisation: str | None = None,
    coverage_threshold: float | None = None,
    leave_out_failing: bool = False,
    scenario: tuple[tuple[str, str, float], ...] = (),
    mc_draws: int = 200,
    peer_by: tuple[str, ...] = ("year",),
    population: pd.DataFrame | None = None,
    missing: str | None = None,
    scope: str | None = None,
) -> pd.DataFrame:
    """The ranking of the bodies the filters select: rank.rank_reports over rank.load_frame,
    the very path `govbench rank` takes, cached by every setting.

    `weights` is the whole weighting; `scenario` holds (report_id, metric, value) changes
    applied in memory (what-if); `leave_out_failing` blanks the figures that failed checks in
    the latest run; `population` (see population()) puts the volume metrics per capita;
    settings left None take rules/ranking.toml [defaults]."""
    path, copy = _pinned()
    defaults = ranking_engine.rules().defaults
    coverage = defaults.min_coverage if coverage_threshold is None else coverage_threshold
    return _cached_ranking(
        path,
        copy,
        year,
        province,
        level,
        tuple(sorted(weights.items())),
        normalisation or defaults.normalisation,
        missing or defaults.missing,
        coverage,
        leave_out_failing,
        tuple(scenario),
        mc_draws,
        tuple(peer_by),
        scope or defaults.scope,
        population,
    )


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
def _cached_dimension_scores(
    path: str, copy: Copy, year, province, level, weights: tuple, normalisation: str
) -> pd.DataFrame:
    return ranking_engine.dimension_scores(
        _cached_frame(path, copy, year, province, level),
        dict(weights),
        normalisation,
        peer_by=["year"],
    )


@_one_copy
def dimension_scores(
    year: int | None,
    province: str | None,
    level: str | None,
    weights: dict[str, float],
    normalisation: str = "minmax",
) -> pd.DataFrame:
    """Per body-year, the 0-1 score on each dimension alone (rank.dimension_scores), cached."""
    path, copy = _pinned()
    return _cached_dimension_scores(
        path,
        copy,
        year,
        province,
        level,
        tuple(sorted(weights.items())),
        normalisation,
    )


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_statements(path: str, copy: Copy, threshold: float) -> pd.DataFrame:
    return mark_repeats(_cached_query(path, copy, "statements", ()), threshold)


@_one_copy
def problem_statements() -> pd.DataFrame:
    """Every problem statement with its body, and whether it repeats one of the year before."""
    path, copy = _pinned()
    return _cached_statements(path, copy, ranking_engine.rules().repeat_threshold)


def quality_run() -> dict | None:
    """The latest check run (run_id, checked_at), None when `govbench check` never ran."""
    rows = _query("latest_run")
    return None if rows.empty else rows.iloc[0].to_dict()


def quality_failures() -> pd.DataFrame:
    """The failing (report, rule) rows of the latest check run."""
    return _query("failures")


def corrections_to_review() -> pd.DataFrame:
    """Corrections made on another version of a report that did not carry over to the version
    ranked now (review.to_review)."""
    return _query("corrections_to_review")


def data_date() -> str:
    """When the newest report was ingested: the date written into exports."""
    value = _query("data_date")["d"].iloc[0]
    return "" if pd.isna(value) else str(value)[:10]


def forget_cached_reads() -> None:
    """Drop every cached read before the database is written: each read opens and closes its
    own read-only connection, so once the caches are clear nothing holds the file."""
    st.cache_data.clear()
    st.cache_resource.clear()
    pin()  # the run reads what was written next, the copy this app made


# --- what an overseer hands out: report cards, peer benchmarks, movers, compliance ----------


@st.cache_resource(show_spinner=False, max_entries=8)
def _cached_card_book(path: str, copy: Copy, year: int, preset: str | None):
    from ..oversight import CardBook

    with _reading(path, copy):
        return CardBook(path, year, preset=preset)


@_one_copy
def card_book(year: int, preset: str | None = None):
    """The year's report cards (oversight.CardBook: both years ranked once), cached."""
    path, copy = _pinned()
    return _cached_card_book(path, copy, int(year), preset)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_card_file(
    path: str, copy: Copy, year: int, preset: str | None, report_id: str, fmt: str
) -> bytes:
    from ..oversight import render_card

    return render_card(_cached_card_book(path, copy, year, preset).card(report_id), fmt)


@_one_copy
def card_file(year: int, report_id: str, fmt: str, preset: str | None = None) -> bytes:
    """One card as the bytes of an html, pdf or docx file, cached."""
    path, copy = _pinned()
    return _cached_card_file(path, copy, int(year), preset, report_id, fmt)


def peer_figures(report_id: str, year: int) -> pd.DataFrame:
    """The report's figures against its peers' quartiles (oversight.figures_against_peers)."""
    from ..oversight import figures_against_peers

    book = card_book(year)
    return figures_against_peers(book.frame, report_id, book.benchmarks)


@st.cache_data(show_spinner=False, max_entries=16)
def _cached_movers(path: str, copy: Copy, year: int, preset: str | None) -> pd.DataFrame:
    from ..oversight import movers, rank_year

    now = rank_year(_cached_frame(path, copy, year, None, None), preset)
    before = _cached_frame(path, copy, year - 1, None, None)
    if before.empty:
        return pd.DataFrame()
    return movers(now, rank_year(before, preset))


@_one_copy
def movers(year: int, preset: str | None = None) -> pd.DataFrame:
    """进步/退步榜 of `year` against the year before (empty: no reports the year before)."""
    path, copy = _pinned()
    return _cached_movers(path, copy, int(year), preset)


@st.cache_data(show_spinner=False, max_entries=16)
def _cached_compliance(
    path: str, copy: Copy, year: int, province: str | None, expected: bytes | None
) -> pd.DataFrame:
    from ..oversight import compliance, read_expected

    listed = None if expected is None else read_expected(expected)
    with _reading(path, copy):
        return compliance(path, year, province, listed)


@_one_copy
def compliance(
    year: int, province: str | None = None, expected: bytes | None = None
) -> pd.DataFrame:
    """报送情况 for `year`: against the uploaded list's bytes, or last year's bodies.
    A bad list raises oversight.ExpectedListError with a one-line message."""
    path, copy = _pinned()
    return _cached_compliance(path, copy, int(year), province, expected)
