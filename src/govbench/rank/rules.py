"""The ranking rules of rules/ranking.toml as records: dimensions, metrics, presets, defaults.

Nothing here decides anything; it reads the TOML once and refuses a rules file that names
something that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from ..model import MISSING_RULES, NORMALISATIONS, SCOPES
from ..rules import load as load_rules
from ..vocabulary import METRIC_KEYS, metrics as vocabulary

# a NULL scope (unknown) is its own group, labelled so
UNKNOWN_SCOPE = "unknown"


@dataclass(frozen=True)
class Dimension:
    key: str
    zh: str
    en: str
    weight: float


@dataclass(frozen=True)
class RankMetric:
    key: str
    zh: str
    en: str
    dimension: str
    formula: str  # DuckDB SQL over report_metrics columns (trusted: from our TOML)
    weight: float  # default weight inside its dimension; 0 = not ranked by default
    direction: int  # +1 more is better, -1 more is worse, 0 neutral
    unit: str
    caveat: str


@dataclass(frozen=True)
class PerCapita:
    per: float  # volume metrics become "per `per` people"
    dimensions: tuple[str, ...]  # whose metrics are volumes
    zh: str
    en: str


@dataclass(frozen=True)
class Defaults:
    """The settings a ranking uses when none is given, the CLI's and the app's alike."""

    preset: str
    normalisation: str
    missing: str
    min_coverage: float
    peer_by: tuple[str, ...]
    scope: str


@dataclass(frozen=True)
class NamedPreset:
    key: str
    zh: str
    en: str
    weights: dict[str, float]  # as written: a whole weighting (see weights.weighting)


@dataclass(frozen=True)
class Rules:
    dimensions: dict[str, Dimension]
    metrics: dict[str, RankMetric]
    top_k: int
    repeat_threshold: float  # problems_repeat: partial_ratio 0-100
    quality_exclusions: dict[str, tuple[str, ...]]  # rule -> raw metrics left out on failure
    per_capita: PerCapita
    defaults: Defaults
    presets: dict[str, NamedPreset]


@cache
def rules() -> Rules:
    raw = load_rules("ranking")
    dimensions = {k: Dimension(key=k, **spec) for k, spec in raw["dimensions"].items()}
    listed = raw.get("metrics", {})
    found: dict[str, RankMetric] = {}
    for key in [*METRIC_KEYS, *(k for k in listed if k not in METRIC_KEYS)]:
        base = vocabulary().get(key)
        spec = listed.get(key, {})
        weight = float(spec.get("weight", 0))
        direction = int(np.sign(weight)) if weight else (base.direction if base else 0)
        found[key] = RankMetric(
            key=key,
            zh=spec.get("zh", base.zh if base else key),
            en=spec.get("en", base.en if base else key),
            dimension=spec.get("dimension", base.dimension if base else "volume"),
            formula=spec.get("formula", key),
            weight=weight,
            direction=int(spec.get("direction", direction)),
            unit=spec.get("unit", base.unit if base else ""),
            caveat=spec.get("caveat", ""),
        )
    per_capita = PerCapita(
        per=float(raw["per_capita"]["per"]),
        dimensions=tuple(raw["per_capita"]["dimensions"]),
        zh=raw["per_capita"]["zh"],
        en=raw["per_capita"]["en"],
    )
    unknown = ({m.dimension for m in found.values()} | set(per_capita.dimensions)) - set(dimensions)
    if unknown:
        raise ValueError(
            f"ranking.toml: metrics or per_capita name unknown dimensions {sorted(unknown)}"
        )
    defaults = _defaults(raw["defaults"])
    presets = {
        k: NamedPreset(
            key=k,
            zh=spec["zh"],
            en=spec["en"],
            weights={str(w): float(v) for w, v in spec["weights"].items()},
        )
        for k, spec in raw.get("presets", {}).items()
    }
    valid = set(dimensions) | set(found)
    for preset in presets.values():
        if set(preset.weights) - valid:
            raise ValueError(
                f"ranking.toml: preset {preset.key} names unknown weight keys "
                f"{sorted(set(preset.weights) - valid)}"
            )
    if defaults.preset not in presets:
        raise ValueError(f"ranking.toml: defaults.preset {defaults.preset!r} is not a preset")
    return Rules(
        dimensions=dimensions,
        metrics=found,
        top_k=int(raw.get("top_k", 10)),
        repeat_threshold=float(raw["problems_repeat"]["threshold"]),
        quality_exclusions=_exclusions(raw.get("quality_exclusions", {}), found),
        per_capita=per_capita,
        defaults=defaults,
        presets=presets,
    )


def _defaults(raw: dict) -> Defaults:
    out = Defaults(
        preset=raw["preset"],
        normalisation=raw["normalisation"],
        missing=raw["missing"],
        min_coverage=float(raw["min_coverage"]),
        peer_by=tuple(raw["peer_by"]),
        scope=raw["scope"],
    )
    for value, allowed in (
        (out.normalisation, NORMALISATIONS),
        (out.missing, MISSING_RULES),
        (out.scope, SCOPES),
    ):
        if value not in allowed:
            raise ValueError(f"ranking.toml: default {value!r} is not one of {allowed}")
    return out


def _exclusions(raw: dict, known: dict[str, RankMetric]) -> dict[str, tuple[str, ...]]:
    """rule -> metric keys, with group names expanded; an unknown name is a rules error."""
    groups = raw.get("groups", {})
    out = {}
    for rule, names in raw.get("rules", {}).items():
        keys = [k for name in names for k in groups.get(name, [name])]
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise ValueError(f"ranking.toml: quality_exclusions.{rule} names unknown {unknown}")
        out[rule] = tuple(dict.fromkeys(keys))
    return out


def default_metrics() -> list[str]:
    """The metrics the default weighting ranks, in rules order."""
    return [k for k, m in rules().metrics.items() if m.weight]
