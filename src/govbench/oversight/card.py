"""The report card (成绩单) of one body and year: what an overseer sends the body.

`CardBook(db, year)` reads a year once (both years' rankings, the peer benchmarks, the latest
check run, the problem statements) and `CardBook.card(report_id)` gathers one body's card
from it, so `--all` ranks a year once however many cards it writes. Rendering is render.py's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..check.problems_repeat import mark_repeats
from ..rank import derive_metrics, effective_weights, load_frame, rules as ranking_rules
from ..store import Database
from ..ui.checks import failed_cells, rule_wording
from .benchmarks import figures_against_peers, peer_benchmarks
from .movers import movers, rank_year

MC_DRAWS, MC_SPREAD = 200, 0.2  # rank.rank's defaults, which rank_year uses


class CardError(ValueError):
    """No card can be made (no such body or year); str() is one line naming what exists."""


@dataclass
class CardFigure:
    metric: str
    value: float | None  # None: the report does not state it (missing, not 0)
    approx: bool
    weighted: bool  # counts in the chosen weighting
    peers: int
    p25: float | None
    p50: float | None
    p75: float | None
    position: str  # benchmarks.POSITIONS
    outlier: bool
    previous: float | None  # last year's figure of the same body, None when unknown

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass
class CardCheck:
    rule: str
    wording: str  # the rule in plain Chinese (the suite's meta.zh)
    severity: str
    observed: str | None
    cells: list[str]  # "table3.total.total" ...


@dataclass
class CardProblem:
    category: str
    text: str
    repeated: bool | None  # None: no report the year before to compare with


@dataclass
class ReportCard:
    report_id: str
    issuer: str
    place: str
    level: str | None
    scope: str
    year: int
    format: str | None
    published: str | None
    source: str
    rank: int | None
    rank_low: int | None
    rank_high: int | None
    peers: int  # bodies in its peer group (ranked or listed apart)
    score: float | None
    coverage: float
    listed_apart: bool
    previous: dict | None  # last year's rank, rank_low, rank_high, score; None: none
    verdict: str  # movers.VERDICTS
    preset: str
    normalisation: str
    missing: str
    figures: list[CardFigure] = field(default_factory=list)
    checks: list[CardCheck] | None = None  # None: never checked, or not in the last run
    checked_at: str | None = None
    problems: list[CardProblem] = field(default_factory=list)
    data_date: str = ""


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


class CardBook:
    """Everything the cards of one year need, read and ranked once."""

    def __init__(self, db: str | Path, year: int, preset: str | None = None):
        self.db, self.year = str(db), int(year)
        self.preset = preset or ranking_rules().defaults.preset
        if not Path(self.db).exists():  # a database file, or a Parquet archive's folder
            raise CardError(f"{db}: no such database (run govbench ingest first)")
        with Database.reader(self.db) as database:
            self.frame = load_frame(database, year=self.year)
            if self.frame.empty:
                years = database.query("years")["year"].tolist()
                raise CardError(
                    f"--year {year}: no reports for it; years in {self.db}: "
                    f"{', '.join(map(str, years)) or 'none'}"
                )
            before = load_frame(database, year=self.year - 1)
            run = database.query("latest_run")
            self.failures = database.query(
                "counted_failures"
            )  # a dismissed hit is not held against the body
            self.facts = database.query("year_facts", year=self.year)
            statements = database.query("year_statements", year=self.year)
            self.meta = database.query("year_sources", year=self.year).set_index("report_id")
            self.data_date = str(database.rows("data_date")[0][0] or "")
        self.run_id = None if run.empty else run["run_id"].iloc[0]
        self.checked_at = None if run.empty else run["checked_at"].iloc[0]
        self.ranking = rank_year(self.frame, self.preset)
        self.before = before
        ranking_before = rank_year(before, self.preset) if not before.empty else None
        self.moves = movers(self.ranking, ranking_before) if ranking_before is not None else None
        self.benchmarks = peer_benchmarks(self.frame)
        self.statements = mark_repeats(statements, ranking_rules().repeat_threshold)
        self.weighted = set(effective_weights(None, self.preset))

    # --- finding bodies ------------------------------------------------------------------

    def report_ids(self, province: str | None = None) -> list[str]:
        """The year's body-year reports (one version each), of one province if given."""
        rows = self.frame if province is None else self.frame[self.frame["province"] == province]
        return rows["report_id"].tolist()

    def find(self, issuer: str) -> str:
        """The report_id of `issuer`'s report for the year; CardError naming near names."""
        rows = self.frame[self.frame["issuer"] == issuer.strip()]
        if len(rows) == 1:
            return rows["report_id"].iloc[0]
        if len(rows) > 1:
            raise CardError(
                f"--issuer {issuer}: {len(rows)} reports of {self.year} "
                "(several scopes or levels); give a narrower name"
            )
        from rapidfuzz import fuzz, process

        names = self.frame["issuer"].dropna().unique().tolist()
        wanted = issuer.strip()
        near = [n for n in names if wanted in n or n in wanted][:5] or [
            n
            for n, _, _ in process.extract(
                wanted, names, scorer=fuzz.ratio, limit=5, score_cutoff=60
            )
        ]
        hint = f"; near: {', '.join(near)}" if near else ""
        raise CardError(f"--issuer {issuer}: no report of {self.year}{hint}")

    # --- one card ------------------------------------------------------------------------

    def card(self, report_id: str) -> ReportCard:
        row = self.frame[self.frame["report_id"] == report_id]
        if row.empty:
            raise CardError(f"report {report_id}: not among the reports of {self.year}")
        row = row.iloc[0]
        ranked = self.ranking[self.ranking["report_id"] == report_id].iloc[0]
        group = self.ranking[
            (self.ranking["level"].fillna("") == (ranked["level"] or ""))
            & (self.ranking["scope"] == ranked["scope"])
        ]
        move = None if self.moves is None else self.moves[self.moves["report_id"] == report_id]
        previous, verdict = None, "unranked"
        if move is not None and not move.empty and pd.notna(move["rank_before"].iloc[0]):
            m = move.iloc[0]
            previous = {
                "rank": _int(m["rank_before"]),
                "rank_low": _int(m["rank_low_before"]),
                "rank_high": _int(m["rank_high_before"]),
                "score": _number(m["score_before"]),
            }
            verdict = m["verdict"]
        defaults = ranking_rules().defaults
        meta = self.meta.loc[report_id]
        published = meta["published"]
        return ReportCard(
            report_id=report_id,
            issuer=row["issuer"] or "",
            place=_place(row),
            level=row["level"],
            scope=ranked["scope"],
            year=self.year,
            format=row["format"],
            published=None if pd.isna(published) else str(published)[:10],
            source=Path(str(meta["source"])).name,
            rank=_int(ranked["rank"]),
            rank_low=_int(ranked["rank_low"]),
            rank_high=_int(ranked["rank_high"]),
            peers=len(group),
            score=_number(ranked["score"]),
            coverage=float(ranked["coverage"]),
            listed_apart=bool(ranked["listed_apart"]),
            previous=previous,
            verdict=verdict,
            preset=self.preset,
            normalisation=defaults.normalisation,
            missing=defaults.missing,
            figures=self._figures(report_id, row),
            checks=self._checks(report_id),
            checked_at=None if self.checked_at is None else str(self.checked_at)[:16],
            problems=self._problems(report_id),
            data_date=self.data_date,
        )

    def _figures(self, report_id: str, row: pd.Series) -> list[CardFigure]:
        against = figures_against_peers(self.frame, report_id, self.benchmarks)
        facts = self.facts[self.facts["report_id"] == report_id].set_index("metric")
        last = self._last_year_row(row)
        out = []
        for f in against.itertuples():
            stated = not pd.isna(f.value)
            if not stated and f.metric not in self.weighted:
                continue  # a figure neither stated nor ranked says nothing here
            previous = None
            if last is not None and f.metric in last.index:
                previous = _number(last[f.metric])
            out.append(
                CardFigure(
                    metric=f.metric,
                    value=_number(f.value),
                    approx=bool(facts["approx"].get(f.metric, False)),
                    weighted=f.metric in self.weighted,
                    peers=int(f.peers),
                    p25=_number(f.p25),
                    p50=_number(f.p50),
                    p75=_number(f.p75),
                    position=f.position,
                    outlier=bool(f.outlier),
                    previous=previous,
                )
            )
        return out

    def _last_year_row(self, row: pd.Series) -> pd.Series | None:
        if self.before.empty:
            return None
        before = self.before.assign(scope=self.before["scope"].fillna("unknown"))
        scope = row["scope"] if pd.notna(row["scope"]) else "unknown"
        match = before[
            (before["issuer"] == row["issuer"])
            & (before["level"].fillna("") == (row["level"] or ""))
            & (before["scope"] == scope)
        ]
        if match.empty:
            return None
        return derive_metrics(match.iloc[:1], list(ranking_rules().metrics)).iloc[0]

    def _checks(self, report_id: str) -> list[CardCheck] | None:
        """The rules the report failed in the latest run; None when no run has seen it
        (never checked, or ingested after the run): not checked is never passed."""
        if self.run_id is None:
            return None
        rows = self.failures[self.failures["report_id"] == report_id]
        ingested = self.meta.loc[report_id, "ingested_at"]
        if (
            rows.empty
            and pd.notna(ingested)
            and pd.Timestamp(ingested) > pd.Timestamp(self.checked_at)
        ):
            return None
        from ..ui.labels import in_language, plain_words

        wording = rule_wording()
        with in_language("zh"):  # what was observed in words, keys named: the card is Chinese
            return [
                CardCheck(
                    rule=r.rule,
                    wording=wording.get(r.rule, (r.rule,))[0],
                    severity=r.severity,
                    observed=None if pd.isna(r.observed) else plain_words(r.observed),
                    cells=failed_cells(r.details),
                )
                for r in rows.itertuples()
            ]

    def _problems(self, report_id: str) -> list[CardProblem]:
        rows = self.statements[self.statements["report_id"] == report_id]
        return [
            CardProblem(
                category=r.category,
                text=r.text,
                repeated=None if math.isnan(r.similarity) else bool(r.repeated),
            )
            for r in rows.sort_values("ordinal").itertuples()
        ]


def _place(row: pd.Series) -> str:
    parts = [row.get(k) for k in ("province", "city", "county")]
    parts = [p for p in parts if isinstance(p, str) and p]
    # a municipality is its own province and city: name it once
    return "".join(dict.fromkeys(parts))
