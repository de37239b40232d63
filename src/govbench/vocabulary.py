"""The metric vocabulary (DESIGN.md), loaded from rules/metrics.toml.

One place names every metric; parse, store, rank and the app read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .rules import load as load_rules


@dataclass(frozen=True)
class Metric:
    key: str
    zh: str
    en: str
    dimension: str
    direction: int
    unit: str


@cache
def metrics() -> dict[str, Metric]:
    raw = load_rules("metrics")
    return {key: Metric(key=key, **spec) for key, spec in raw.items()}


METRIC_KEYS: tuple[str, ...] = tuple(metrics())

LEGACY = "legacy"  # a report before the national templates: free text


def format_of_year(year: int) -> str:
    """The format of a year's report: the latest national template in force that year
    (rules/tables.toml [formats]), legacy before the first."""
    fmt = LEGACY
    for name, first_year in sorted(
        load_rules("tables")["formats"].items(), key=lambda item: item[1]
    ):
        if year >= first_year:
            fmt = name
    return fmt
