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


# The words for the coded values of a report and a ranking, Chinese first, English second:
# the app (ui/labels) and the report card (oversight/words) both print them from here, so a
# level, a scope or a missing figure reads the same on the screen and on the card.
VALUE_WORDS: dict[str, tuple[str, str]] = {
    # a figure the report does not state: missing, never 0
    "missing": ("缺失", "missing"),
    "unknown": ("未知", "unknown"),
    "level_province": ("省级", "province"),
    "level_city": ("市级", "city"),
    "level_county": ("县级", "county"),
    "level_township": ("乡镇", "township"),
    "body_kind_government": ("人民政府", "government"),
    "body_kind_department": ("部门", "department"),
    "body_kind_development_zone": ("开发区", "development zone"),
    "scope_whole_area": ("全域（辖区各级机关）", "whole area"),
    "scope_own_body": ("本机关", "own body"),
    "scope_unknown": ("范围未知", "scope unknown"),
    "format_legacy": ("旧版（2018年前）", "legacy (to 2018)"),
    "format_standard_2019": ("2019版", "standard 2019"),
    "format_standard_2021": ("2021版", "standard 2021"),
    # how the ranking scores a missing figure (model.MISSING_RULES)
    "missing_exclude": ("不计入（按覆盖率扣减）", "left out, with a coverage penalty"),
    "missing_median": ("按同组中位数补", "the peer median"),
    "missing_worst": ("按同组最差值补", "the worst peer value"),
    # how it puts figures on one scale (model.NORMALISATIONS)
    "normalisation_minmax": ("最小-最大", "min-max"),
    "normalisation_zscore": ("标准分 z", "z-score"),
    "normalisation_percentile": ("百分位", "percentile"),
    # where a body's figure stands among its peers' quartiles
    "position_below": ("低于P25", "below P25"),
    "position_middle": ("P25–P75之间", "P25–P75"),
    "position_above": ("高于P75", "above P75"),
    "position_unknown": ("—", "—"),
}
