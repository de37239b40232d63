"""Weights: what `--weights k=v,...` and a preset mean, and the effective weight per metric.

A weighting names dimension weights (how much a dimension counts) and metric weights (how
much a metric counts inside its dimension); the sign is the direction. Given weights are the
WHOLE weighting: a dimension or metric they do not name weighs 0. Two conveniences keep a
short weighting meaningful:
- a metric named without its dimension: the dimension weighs 1 (so `requests_received=1`
  ranks by that figure alone);
- a dimension named without any of its metrics: its metrics keep their default weights
  (so `requests=1` ranks on request handling as the defaults weigh it inside).
A preset (rules/ranking.toml [presets]; `default` is the dimension and metric weights written
there) is a starting weighting; weights given with it change only the keys they name.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .rules import rules


def valid_keys() -> list[str]:
    return [*rules().dimensions, *rules().metrics]


def check_weights(weights: Mapping[str, float]) -> None:
    """ValueError naming the first unknown key and the valid ones."""
    valid = valid_keys()
    for key in weights:
        if key not in valid:
            raise ValueError(f"unknown weight key {key!r}; valid keys: {', '.join(valid)}")


def parse_weights(spec: str | None) -> dict[str, float]:
    """'requests=2,requests_received=-1' -> {'requests': 2.0, 'requests_received': -1.0}."""
    if not spec or not spec.strip():
        return {}
    weights: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, sep, text = (s.strip() for s in item.partition("="))
        check_weights({key: 0.0})
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not sep or not np.isfinite(value):
            raise ValueError(f"weight {item!r} is not key=number (e.g. requests=2)")
        weights[key] = value
    return weights


def default_weighting() -> dict[str, float]:
    """Every dimension and metric key with its default weight (the `default` preset)."""
    r = rules()
    return {
        **{k: d.weight for k, d in r.dimensions.items()},
        **{k: m.weight for k, m in r.metrics.items()},
    }


def preset_weighting(name: str) -> dict[str, float]:
    """The complete weighting of a named preset; ValueError naming the presets that exist."""
    presets = rules().presets
    if name not in presets:
        raise ValueError(f"unknown preset {name!r}; presets: {', '.join(presets)}")
    if name == "default":
        return default_weighting()
    return weighting(presets[name].weights)


def weighting(
    weights: Mapping[str, float] | None = None, preset: str | None = None
) -> dict[str, float]:
    """The complete weighting (every dimension and metric key) that `weights` and `preset`
    describe. No weights and no preset: the default preset. Weights alone: the whole
    weighting (see the module doc). A preset with weights: the preset, changed where named."""
    if weights is None and preset is None:
        return default_weighting()
    weights = dict(weights or {})
    check_weights(weights)
    r = rules()
    if preset is not None:
        return {**preset_weighting(preset), **weights}
    defaults = default_weighting()
    out = dict.fromkeys(defaults, 0.0)
    out.update(weights)
    for key in weights:
        if key in r.metrics and r.metrics[key].dimension not in weights:
            out[r.metrics[key].dimension] = 1.0
    for dim in (k for k in weights if k in r.dimensions):
        members = [m for m, spec in r.metrics.items() if spec.dimension == dim]
        if not any(m in weights for m in members):
            out.update({m: defaults[m] for m in members})
    return out


def effective_weights(
    weights: Mapping[str, float] | None = None, preset: str | None = None
) -> dict[str, float]:
    """Signed weight per metric: dimension weight x metric weight / sum |metric weights| in
    the dimension, over the complete weighting(weights, preset); metrics at 0 are left out."""
    r = rules()
    full = weighting(weights, preset)
    effective: dict[str, float] = {}
    for dim in r.dimensions:
        members = {k: full[k] for k, m in r.metrics.items() if m.dimension == dim and full[k]}
        total = sum(abs(w) for w in members.values())
        for key, w in members.items():
            if full[dim]:
                effective[key] = full[dim] * w / total
    return effective
