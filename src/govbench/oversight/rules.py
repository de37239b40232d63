"""rules/oversight.toml as records: benchmark peers, the card's ranking, deadlines, template."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from .. import rules


@dataclass(frozen=True)
class Deadline:
    from_year: int  # applies to reports on this year and later (until a later rule)
    month: int
    day: int
    basis: str  # the article of the 条例 that sets it

    def date_for(self, year: int) -> dt.date:
        """The report on `year` is due in the year after."""
        return dt.date(year + 1, self.month, self.day)


@dataclass(frozen=True)
class OversightRules:
    benchmark_peer_by: tuple[str, ...]
    min_peers: int
    fence: float
    rank_peer_by: tuple[str, ...]
    deadlines: tuple[Deadline, ...]  # latest rule first
    template_formats: tuple[str, ...]
    template_sections: tuple[str, ...]
    template_tables: tuple[str, ...]
    table_names: dict[str, str]
    lookback: int  # years whose bodies are expected by default

    def deadline(self, year: int) -> Deadline:
        return next(d for d in self.deadlines if year >= d.from_year)


@cache
def oversight_rules() -> OversightRules:
    raw = rules.load("oversight")
    compliance = raw["compliance"]
    template = compliance["template"]
    return OversightRules(
        benchmark_peer_by=tuple(raw["benchmarks"]["peer_by"]),
        min_peers=int(raw["benchmarks"]["min_peers"]),
        fence=float(raw["benchmarks"]["fence"]),
        rank_peer_by=tuple(raw["ranking"]["peer_by"]),
        deadlines=tuple(
            sorted((Deadline(**d) for d in compliance["deadlines"]), key=lambda d: -d.from_year)
        ),
        template_formats=tuple(template["formats"]),
        template_sections=tuple(template["sections"]),
        template_tables=tuple(template["tables"]),
        table_names=dict(compliance["table_names"]),
        lookback=int(compliance["lookback"]),
    )
