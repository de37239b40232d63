"""Ranking presets: the settings of the 排名 page as JSON, to save, load and compare.

{"weights": {"requests": 2, "grant_rate": 1}, "preset": null, "normalisation": "minmax",
 "missing": "worst", "scope": "all", "leave_out_failed": false,
 "peer_group": {"year": 2022, "province": null, "level": null, "by": ["year"]},
 "coverage_threshold": 0.25}

`weights` is the whole weighting (what it does not name weighs 0), as for `govbench rank
--weights`; with `"preset": NAME` (rules/ranking.toml [presets]) it changes only the keys it
names. year, province and level choose the bodies shown; `by` names the columns whose groups
are ranked separately (rank.PEER_COLUMNS). Missing settings take rules/ranking.toml [defaults].
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..rank import (
    MISSING_RULES,
    NORMALISATIONS,
    PEER_COLUMNS,
    SCOPES,
    check_weights,
    rules,
    weighting,
)

WEIGHT_RANGE = (-3.0, 3.0)  # the sliders' range
FIELDS = {
    "weights",
    "preset",
    "normalisation",
    "missing",
    "scope",
    "leave_out_failed",
    "peer_group",
    "coverage_threshold",
}


def _default(name: str):
    return getattr(rules().defaults, name)


@dataclass(frozen=True)
class PeerGroup:
    year: int | None = None
    province: str | None = None
    level: str | None = None
    by: tuple[str, ...] = ("year",)


@dataclass(frozen=True)
class Preset:
    weights: dict[str, float]
    normalisation: str = field(default_factory=lambda: _default("normalisation"))
    peer_group: PeerGroup = field(default_factory=PeerGroup)
    coverage_threshold: float = field(default_factory=lambda: _default("min_coverage"))
    missing: str = field(default_factory=lambda: _default("missing"))
    scope: str = field(default_factory=lambda: _default("scope"))
    leave_out_failed: bool | None = False  # None: the file does not say (older presets)
    preset: str | None = None  # the named weighting `weights` changes; None: none

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    def complete_weights(self) -> dict[str, float]:
        """Every dimension and metric key with its weight (rank.weighting)."""
        return weighting(self.weights, self.preset)


def from_json(text: str | bytes) -> Preset:
    """Read a preset; ValueError says what is wrong (unknown key, bad method, bad number)."""
    try:
        raw = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("weights", {}), dict):
        raise ValueError("expected an object with a weights object")
    unknown = sorted(set(raw) - FIELDS)
    if unknown:
        raise ValueError(f"unknown setting {unknown[0]!r}; settings: {', '.join(sorted(FIELDS))}")
    low, high = WEIGHT_RANGE
    weights = {}
    for key, value in raw.get("weights", {}).items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ValueError(f"weight {key!r} is not a number")
        weights[str(key)] = min(high, max(low, float(value)))
    check_weights(weights)  # names the unknown key
    preset = raw.get("preset")
    if preset is not None and preset not in rules().presets:
        raise ValueError(f"unknown preset {preset!r}; presets: {', '.join(rules().presets)}")
    choices = {"normalisation": NORMALISATIONS, "missing": MISSING_RULES, "scope": SCOPES}
    chosen = {}
    for name, allowed in choices.items():
        chosen[name] = raw.get(name, _default("normalisation" if name == "normalisation" else name))
        if chosen[name] not in allowed:
            raise ValueError(f"{name} must be one of {', '.join(allowed)}")
    threshold = raw.get("coverage_threshold", _default("min_coverage"))
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValueError("coverage_threshold must be a number from 0 to 1")
    peers = raw.get("peer_group") or {}
    year = peers.get("year")
    by = peers.get("by", list(_default("peer_by")))
    if not isinstance(by, list) or any(b not in PEER_COLUMNS for b in by):
        raise ValueError(f"peer_group.by must be a list from {', '.join(PEER_COLUMNS)}")
    return Preset(
        weights=weights,
        normalisation=chosen["normalisation"],
        peer_group=PeerGroup(
            year=int(year) if isinstance(year, (int, float)) else None,
            province=_text(peers.get("province")),
            level=_text(peers.get("level")),
            by=tuple(dict.fromkeys(by)),
        ),
        coverage_threshold=float(threshold),
        missing=chosen["missing"],
        scope=chosen["scope"],
        leave_out_failed=(
            None if raw.get("leave_out_failed") is None else bool(raw["leave_out_failed"])
        ),
        preset=preset,
    )


def _text(value) -> str | None:
    return value if isinstance(value, str) else None
