"""The metric vocabulary (DESIGN.md), loaded from rules/metrics.toml.

One place names every metric; parse, store, rank and the app read it from here.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


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
    raw = tomllib.loads(resources.files("govbench.rules").joinpath("metrics.toml").read_text("utf-8"))
    return {key: Metric(key=key, **spec) for key, spec in raw.items()}


METRIC_KEYS: tuple[str, ...] = tuple(metrics())
