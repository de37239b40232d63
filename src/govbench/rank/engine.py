"""The ranking maths: peer groups, normalisation, missing figures, weighted score, rank and
the Monte Carlo behind the rank intervals. docs/method.md explains each step.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..store import IDENTITY_COLUMNS
from .figures import derive_metrics
from .rules import MISSING_RULES, NORMALISATIONS, UNKNOWN_SCOPE, rules
from .weights import effective_weights

# the columns bodies can be grouped by: each group is ranked on its own. The report's scope is
# always one of them (rank() adds it): city-wide figures are never ranked against a body's own
PEER_COLUMNS = ("year", "province", "level", "body_kind")
CONTRIBUTION_PREFIX = "contrib_"
# the last keys of the row order: rows of equal score (same rank) are listed by name and place
TIE_ORDER = ["issuer", "region_code", "report_id"]


def _normalise(values: np.ndarray, groups: np.ndarray, method: str) -> np.ndarray:
    """Normalise each column within each peer group; missing stays missing."""
    if method not in NORMALISATIONS:
        raise ValueError(
            f"unknown normalisation {method!r}; choose one of {', '.join(NORMALISATIONS)}"
        )
    out = np.full(values.shape, np.nan)
    for group in np.unique(groups):
        rows = groups == group
        out[rows] = _normalise_block(values[rows], method)
    return out


def _normalise_block(x: np.ndarray, method: str) -> np.ndarray:
    present = ~np.isnan(x)
    count = present.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        if method == "minmax":
            low = np.where(present, x, np.inf).min(axis=0)
            span = np.where(present, x, -np.inf).max(axis=0) - low
            # a metric on which all peers are equal tells nothing: everyone sits midway
            u = np.where(span > 0, (x - low) / span, 0.5)
        elif method == "zscore":
            mean = np.where(present, x, 0).sum(axis=0) / count
            std = np.sqrt(np.where(present, (x - mean) ** 2, 0).sum(axis=0) / count)
            u = np.where(std > 0, (x - mean) / std, 0.0)
        else:  # percentile: tied values share their average position
            ranks = pd.DataFrame(x).rank(method="average").to_numpy()
            u = np.where(count > 1, (ranks - 1) / (count - 1), 0.5)
    return np.where(present, u, np.nan)


def _directed(u: np.ndarray, signs: np.ndarray, method: str) -> np.ndarray:
    """Turn 'more' into 'better': flip the metrics whose weight is negative."""
    if method == "zscore":
        return u * signs
    return np.where(signs > 0, u, 1.0 - u)


# --- ranking --------------------------------------------------------------------------------


def rank(
    frame: pd.DataFrame,
    weights: Mapping[str, float] | None = None,
    normalisation: str | None = None,
    peer_by: list[str] | None = None,
    coverage_threshold: float | None = None,
    mc_draws: int = 200,
    mc_spread: float = 0.2,
    seed: int = 0,
    top_k: int | None = None,
    missing: str | None = None,
    preset: str | None = None,
) -> pd.DataFrame:
    """Rank body-years (one row each) on weighted, normalised metrics.

    `weights` is the whole weighting, `preset` a starting one (weights.weighting); neither:
    the default preset. Bodies are ranked within peer groups: the `peer_by` columns (None: all
    together) and always the report's scope. `missing` says how a figure a body does not state
    is scored (MISSING_RULES). A body whose coverage is below `coverage_threshold`, or that
    states none of the weighted figures, gets no rank and is `listed_apart`. None for a
    setting: its default in rules/ranking.toml.
    """
    defaults = rules().defaults
    normalisation = normalisation or defaults.normalisation
    missing = missing or defaults.missing
    coverage_threshold = defaults.min_coverage if coverage_threshold is None else coverage_threshold
    if normalisation not in NORMALISATIONS:
        raise ValueError(
            f"unknown normalisation {normalisation!r}; choose one of {', '.join(NORMALISATIONS)}"
        )
    if missing not in MISSING_RULES:
        raise ValueError(
            f"unknown missing-data rule {missing!r}; choose one of {', '.join(MISSING_RULES)}"
        )
    top_k = top_k or rules().top_k
    eff = effective_weights(weights, preset)
    keys = list(eff)
    w = np.array([eff[k] for k in keys], dtype="float64")
    signs, magnitude = np.sign(w), np.abs(w)

    frame = with_scope(frame.reset_index(drop=True))
    values = derive_metrics(frame, keys)
    x = values.to_numpy()
    groups = _peer_groups(frame, [*(peer_by or []), "scope"])
    available = ~np.isnan(x)
    reach = available @ magnitude
    coverage = reach / magnitude.sum() if magnitude.sum() else np.zeros(len(frame))
    apart = (coverage < coverage_threshold) | (reach == 0)

    methods = NORMALISATIONS if mc_draws > 0 else (normalisation,)
    filled = {
        m: _fill(_directed(_normalise(x, groups, m), signs, m), groups, missing) for m in methods
    }
    # every weighted metric stays in every denominator: leaving a figure out (even one no
    # peer states) never raises the share of the weight the rest carries
    with np.errstate(invalid="ignore", divide="ignore"):
        contributions = filled[normalisation] * magnitude / magnitude.sum()
    score = np.where(reach > 0, np.nansum(contributions, axis=1), np.nan)
    point = _group_ranks(score[:, None], groups, ~apart)[:, 0]
    if mc_draws > 0:
        low, high, p_top = _monte_carlo(
            filled, magnitude, groups, ~apart, mc_draws, mc_spread, seed, top_k
        )
    else:
        low, high, p_top = point, point, np.where(apart, np.nan, point <= top_k)

    columns = {
        "rank": pd.array(point, dtype="Int64"),
        **_identity(frame),
        "score": score,
        "coverage": coverage,
        "listed_apart": apart,
        "rank_low": pd.array(np.fmin(low, point), dtype="Int64"),
        "rank_high": pd.array(np.fmax(high, point), dtype="Int64"),
        "p_top_k": p_top,
    }
    if "population" in frame:  # per capita: the figure each body was divided by
        columns["population"] = frame["population"].to_numpy()
    for i, key in enumerate(keys):
        columns[key] = x[:, i]
        columns[CONTRIBUTION_PREFIX + key] = np.where(reach > 0, contributions[:, i], np.nan)
    out = pd.DataFrame(columns)
    order = ["listed_apart", *(peer_by or []), "scope", "rank", "score", *TIE_ORDER]
    out = out.sort_values(
        order, ascending=[c != "score" for c in order], na_position="last", kind="stable"
    )
    return out.reset_index(drop=True)


def with_scope(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with a `scope` column in which unknown (NULL or absent) reads UNKNOWN_SCOPE."""
    scope = frame["scope"] if "scope" in frame else pd.Series(None, frame.index, dtype="object")
    return frame.assign(scope=scope.astype("object").where(scope.notna(), UNKNOWN_SCOPE))


def _fill(directed: np.ndarray, groups: np.ndarray, missing: str) -> np.ndarray:
    """Score the figures a body does not state (docs/method.md, "Missing figures").

    exclude: left out, its weight kept in the denominator (a coverage penalty: the body's
    mean over what it states, times its coverage); median: the peer group's median of the
    stated, normalised and directed values; worst: the peer group's worst such value. A metric
    no peer states scores 0 for the whole group alike."""
    if missing == "exclude":
        return np.where(np.isnan(directed), 0.0, directed)
    out = directed.copy()
    for group in np.unique(groups):
        rows = groups == group
        block = directed[rows]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns stay NaN
            fill = np.nanmedian(block, axis=0) if missing == "median" else np.nanmin(block, axis=0)
        out[rows] = np.where(np.isnan(block), fill, block)
    return np.nan_to_num(out, nan=0.0)


def parse_peer_by(spec: str | None) -> list[str]:
    """'year,province' -> ['year', 'province']; empty: all bodies together."""
    names = [part.strip() for part in (spec or "").split(",") if part.strip()]
    unknown = [n for n in names if n not in PEER_COLUMNS]
    if unknown:
        raise ValueError(
            f"unknown peer group {', '.join(unknown)}; choose from {', '.join(PEER_COLUMNS)}"
        )
    return list(dict.fromkeys(names))


def _peer_groups(frame: pd.DataFrame, peer_by: list[str] | None) -> np.ndarray:
    if not peer_by:
        return np.zeros(len(frame), dtype="int64")
    missing = [c for c in peer_by if c not in frame]
    if missing:
        raise ValueError(f"peer_by names columns the frame lacks: {missing}")
    return frame.groupby(peer_by, dropna=False, sort=False).ngroup().to_numpy()


def _identity(frame: pd.DataFrame) -> dict[str, object]:
    columns: dict[str, object] = {
        c: frame[c].to_numpy() if c in frame else None for c in IDENTITY_COLUMNS
    }
    synthetic = frame["synthetic"] if "synthetic" in frame else pd.Series(False, frame.index)
    columns["synthetic"] = synthetic.fillna(False).astype(bool).to_numpy()
    return columns


def _group_ranks(scores: np.ndarray, groups: np.ndarray, ranked: np.ndarray) -> np.ndarray:
    """Ranks (rows x draws) within each peer group; rows not ranked stay NaN."""
    ranks = np.full(scores.shape, np.nan)
    for group in np.unique(groups[ranked]):
        rows = np.flatnonzero((groups == group) & ranked)
        ranks[rows] = _min_ranks(scores[rows])
    return ranks


def _monte_carlo(
    filled: dict[str, np.ndarray],
    magnitude: np.ndarray,
    groups: np.ndarray,
    ranked: np.ndarray,
    draws: int,
    spread: float,
    seed: int,
    top_k: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """5th-95th percentile of the rank and P(rank <= top_k) over perturbed weights and methods."""
    n = len(groups)
    nan = np.full(n, np.nan)
    if draws <= 0 or not len(magnitude) or not ranked.any():
        return nan, nan, nan
    rng = np.random.default_rng(seed)
    drawn = magnitude * (1 + rng.uniform(-spread, spread, size=(draws, len(magnitude))))
    method_of_draw = rng.integers(0, len(NORMALISATIONS), size=draws)
    scores = np.empty((n, draws))
    for i, method in enumerate(NORMALISATIONS):
        cols = method_of_draw == i
        if cols.any():
            scores[:, cols] = (filled[method] @ drawn[cols].T) / drawn[cols].sum(axis=1)
    ranks = _group_ranks(scores, groups, ranked)
    low, high, p_top = nan.copy(), nan.copy(), nan.copy()
    low[ranked] = np.quantile(ranks[ranked], 0.05, axis=1, method="lower")
    high[ranked] = np.quantile(ranks[ranked], 0.95, axis=1, method="higher")
    p_top[ranked] = (ranks[ranked] <= top_k).mean(axis=1)
    return low, high, p_top


def _min_ranks(scores: np.ndarray) -> np.ndarray:
    """Rank each column descending, ties sharing the better rank; NaN scores rank last."""
    # work on rows (draws x bodies, contiguous): sorting along the last axis is much faster
    keyed = np.ascontiguousarray(np.where(np.isnan(scores), np.inf, -scores).T)
    order = np.argsort(keyed, axis=1)
    ordered = np.take_along_axis(keyed, order, axis=1)
    position = np.arange(keyed.shape[1])
    starts = np.empty(keyed.shape, dtype=bool)
    starts[:, 0] = True
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    first = np.maximum.accumulate(np.where(starts, position, 0), axis=1)
    ranks = np.empty(keyed.shape)
    np.put_along_axis(ranks, order, first + 1.0, axis=1)
    return ranks.T


# --- views for the app: one dimension at a time, peers over the years -------------------------


def dimension_scores(
    frame: pd.DataFrame,
    weights: Mapping[str, float] | None = None,
    normalisation: str = "minmax",
    peer_by: list[str] | None = None,
) -> pd.DataFrame:
    """Per row of `frame` (report_id), the score on each dimension ranked alone: the weighted
    mean of its normalised, directed metrics (0-1 for minmax and percentile); NaN when the
    body reports none of them."""
    weights = dict(weights or {})
    out = pd.DataFrame({"report_id": frame["report_id"].to_numpy()})
    for key in rules().dimensions:
        alone = {**weights, **{d: (1.0 if d == key else 0.0) for d in rules().dimensions}}
        if not effective_weights(alone):
            continue
        result = rank(
            frame,
            alone,
            normalisation=normalisation,
            peer_by=peer_by,
            coverage_threshold=0.0,
            mc_draws=0,
        )
        out[key] = out["report_id"].map(dict(zip(result["report_id"], result["score"])))
    return out


def yearly_quartiles(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Per year: how many bodies state `metric`, and its 25th, 50th and 75th percentiles."""
    values = frame.assign(value=derive_metrics(frame, [metric])[metric]).dropna(
        subset=["value", "year"]
    )
    grouped = values.groupby("year")["value"]
    return pd.DataFrame(
        {
            "bodies": grouped.count(),
            "q1": grouped.quantile(0.25),
            "median": grouped.median(),
            "q3": grouped.quantile(0.75),
        }
    ).reset_index()
