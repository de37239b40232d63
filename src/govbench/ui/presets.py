"""Ranking presets: the settings of the 排名 page as JSON, to save, load and compare.

{"weights": {"requests": 2, "grant_rate": 1}, "normalisation": "minmax",
 "peer_group": {"year": 2022, "province": null, "level": null, "by": ["year"]},
 "coverage_threshold": 0.5}

year, province and level choose the bodies shown; `by` names the columns whose groups are
ranked separately (rank.PEER_COLUMNS).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..rank import NORMALISATIONS, PEER_COLUMNS, effective_weights

WEIGHT_RANGE = (-3.0, 3.0)      # the sliders' range


@dataclass(frozen=True)
class PeerGroup:
    year: int | None = None
    province: str | None = None
    level: str | None = None
    by: tuple[str, ...] = ("year",)


@dataclass(frozen=True)
class Preset:
    weights: dict[str, float]
    normalisation: str = "minmax"
    peer_group: PeerGroup = field(default_factory=PeerGroup)
    coverage_threshold: float = 0.5

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)


def from_json(text: str | bytes) -> Preset:
    """Read a preset; ValueError says what is wrong (unknown key, bad method, bad number)."""
    try:
        raw = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("weights", {}), dict):
        raise ValueError("expected an object with a weights object")
    low, high = WEIGHT_RANGE
    weights = {}
    for key, value in raw.get("weights", {}).items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ValueError(f"weight {key!r} is not a number")
        weights[str(key)] = min(high, max(low, float(value)))
    effective_weights(weights)          # raises on unknown keys
    normalisation = raw.get("normalisation", "minmax")
    if normalisation not in NORMALISATIONS:
        raise ValueError(f"normalisation must be one of {', '.join(NORMALISATIONS)}")
    threshold = raw.get("coverage_threshold", 0.5)
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValueError("coverage_threshold must be a number from 0 to 1")
    peers = raw.get("peer_group") or {}
    year = peers.get("year")
    by = peers.get("by", ["year"])
    if not isinstance(by, list) or any(b not in PEER_COLUMNS for b in by):
        raise ValueError(f"peer_group.by must be a list from {', '.join(PEER_COLUMNS)}")
    return Preset(weights=weights, normalisation=normalisation,
                  peer_group=PeerGroup(year=int(year) if isinstance(year, (int, float)) else None,
                                       province=_text(peers.get("province")),
                                       level=_text(peers.get("level")),
                                       by=tuple(dict.fromkeys(by))),
                  coverage_threshold=float(threshold))


def _text(value) -> str | None:
    return value if isinstance(value, str) else None
