"""rank: report_metrics -> normalised metrics -> weighted composite score and rank.

The rules (dimensions, derived metric formulas, default weights and directions) are data in
rules/ranking.toml; this module only applies them. A score is the weighted mean of a body's
normalised metrics over the metrics it reports, so a missing figure is never read as zero;
`coverage` says how much of the weight a body could be scored on. Uncertainty comes from a
Monte Carlo over the weights and the normalisation method, vectorised over the draws.
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from . import problems_repeat
from .population import load_population
from .vocabulary import METRIC_KEYS, metrics as vocabulary

NORMALISATIONS = ("minmax", "zscore", "percentile")
IDENTITY_COLUMNS = ["report_id", "issuer", "region_code", "province", "city", "county", "level",
                    "body_kind", "department", "year", "format", "synthetic"]
JSON_COLUMNS = ["rank", "issuer", "region_code", "province", "city", "county", "level", "year",
                "score", "coverage", "rank_low", "rank_high", "p_top_k", "listed_apart",
                "population", "synthetic"]
# the columns bodies can be grouped by: each group is ranked on its own
PEER_COLUMNS = ("year", "province", "level", "body_kind")
CONTRIBUTION_PREFIX = "contrib_"
# columns load_frame adds to report_metrics, which formulas may use like any metric
FRAME_EXTRAS = ["problems_admitted", "problems_repeated"]


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
    formula: str           # DuckDB SQL over report_metrics columns (trusted: from our TOML)
    weight: float          # default weight inside its dimension; 0 = not ranked by default
    direction: int         # +1 more is better, -1 more is worse, 0 neutral
    unit: str
    caveat: str


@dataclass(frozen=True)
class PerCapita:
    per: float                   # volume metrics become "per `per` people"
    dimensions: tuple[str, ...]  # whose metrics are volumes
    zh: str
    en: str


@dataclass(frozen=True)
class Rules:
    dimensions: dict[str, Dimension]
    metrics: dict[str, RankMetric]
    top_k: int
    repeat_threshold: float                      # problems_repeat: partial_ratio 0-100
    quality_exclusions: dict[str, tuple[str, ...]]   # rule -> raw metrics left out on failure
    per_capita: PerCapita


@cache
def rules() -> Rules:
    raw = tomllib.loads(
        resources.files("govbench.rules").joinpath("ranking.toml").read_text("utf-8"))
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
    per_capita = PerCapita(per=float(raw["per_capita"]["per"]),
                           dimensions=tuple(raw["per_capita"]["dimensions"]),
                           zh=raw["per_capita"]["zh"], en=raw["per_capita"]["en"])
    unknown = ({m.dimension for m in found.values()} | set(per_capita.dimensions)) - set(dimensions)
    if unknown:
        raise ValueError(f"ranking.toml: metrics or per_capita name unknown dimensions "
                         f"{sorted(unknown)}")
    return Rules(dimensions=dimensions, metrics=found, top_k=int(raw.get("top_k", 10)),
                 repeat_threshold=float(raw["problems_repeat"]["threshold"]),
                 quality_exclusions=_exclusions(raw.get("quality_exclusions", {}), found),
                 per_capita=per_capita)


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
    """The metrics ranked when no weight is given, in rules order."""
    return [k for k, m in rules().metrics.items() if m.weight]


# --- weights ------------------------------------------------------------------------------

def parse_weights(spec: str | None) -> dict[str, float]:
    """'requests=2,requests_received=-1' -> {'requests': 2.0, 'requests_received': -1.0}."""
    if not spec or not spec.strip():
        return {}
    valid = [*rules().dimensions, *rules().metrics]
    weights: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, sep, text = (s.strip() for s in item.partition("="))
        if key not in valid:
            raise ValueError(f"unknown weight key {key!r}; valid keys: {', '.join(valid)}")
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not sep or not np.isfinite(value):
            raise ValueError(f"weight {item!r} is not key=number (e.g. requests=2)")
        weights[key] = value
    return weights


def effective_weights(weights: Mapping[str, float] | None = None) -> dict[str, float]:
    """Signed weight per metric: dimension weight x metric weight / sum |metric weights|.

    `weights` may name dimensions (replacing the dimension weight) or metrics (replacing the
    metric's weight inside its dimension); unknown keys raise ValueError.
    """
    r = rules()
    weights = dict(weights or {})
    unknown = set(weights) - set(r.dimensions) - set(r.metrics)
    if unknown:
        raise ValueError(f"unknown weight keys {sorted(unknown)}; valid keys: "
                         f"{', '.join([*r.dimensions, *r.metrics])}")
    dim_w = {k: weights.get(k, d.weight) for k, d in r.dimensions.items()}
    met_w = {k: weights.get(k, m.weight) for k, m in r.metrics.items()}
    effective: dict[str, float] = {}
    for dim in r.dimensions:
        members = {k: w for k, w in met_w.items() if w and r.metrics[k].dimension == dim}
        total = sum(abs(w) for w in members.values())
        for key, w in members.items():
            if dim_w[dim]:
                effective[key] = dim_w[dim] * w / total
    return effective


# --- metrics --------------------------------------------------------------------------------

def derived_keys() -> list[str]:
    """Metrics computed by a formula rather than read from a column."""
    return [k for k, m in rules().metrics.items() if m.formula != k]


def _select(keys: list[str]) -> str:
    # formulas come from our own ranking.toml, never from user input
    return ", ".join(f'CAST({rules().metrics[k].formula} AS DOUBLE) AS "{k}"' for k in keys)


def derive_metrics(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One float column per ranking metric.

    Columns the frame already has (load_frame computes the derived ones in SQL) are taken as
    they are; the rest are computed in DuckDB from the formulas in the rules. Inputs the frame
    lacks (a hand-made frame, an older database) are read as missing, never as zero.
    """
    # a plain column the frame lacks is simply missing; only formulas need DuckDB
    missing = [k for k in keys if k not in frame and k in derived_keys()]
    computed = _compute(frame, missing) if missing else frame
    columns = {}
    for key in keys:
        if key not in frame and key not in computed:
            columns[key] = np.full(len(frame), np.nan)
            continue
        column = frame[key] if key in frame else computed[key]
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64",
                                                                 na_value=np.nan)
        columns[key] = np.where(np.isinf(values), np.nan, values)
    return pd.DataFrame(columns, index=frame.index, columns=keys)


def _compute(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    inputs = pd.DataFrame({
        column: (pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype="float64",
                                                                        na_value=np.nan)
                 if column in frame else np.full(len(frame), np.nan))
        for column in [*METRIC_KEYS, *FRAME_EXTRAS]})
    inputs["_row"] = np.arange(len(inputs))
    con = duckdb.connect()
    try:
        con.register("report_metrics", inputs)
        computed = con.execute(f"SELECT {_select(keys)} FROM report_metrics ORDER BY _row").df()
    finally:
        con.close()
    computed.index = frame.index
    return computed


def _normalise(values: np.ndarray, groups: np.ndarray, method: str) -> np.ndarray:
    """Normalise each column within each peer group; missing stays missing."""
    if method not in NORMALISATIONS:
        raise ValueError(f"unknown normalisation {method!r}; "
                         f"choose one of {', '.join(NORMALISATIONS)}")
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
        else:   # percentile: tied values share their average position
            ranks = pd.DataFrame(x).rank(method="average").to_numpy()
            u = np.where(count > 1, (ranks - 1) / (count - 1), 0.5)
    return np.where(present, u, np.nan)


def _directed(u: np.ndarray, signs: np.ndarray, method: str) -> np.ndarray:
    """Turn 'more' into 'better': flip the metrics whose weight is negative."""
    if method == "zscore":
        return u * signs
    return np.where(signs > 0, u, 1.0 - u)


def with_figures(frame: pd.DataFrame, rows: np.ndarray, changes: Mapping[str, float]) -> pd.DataFrame:
    """A copy of `frame` with the raw figures in `changes` set on the `rows` (a boolean mask)
    and every derived metric of those rows recomputed; NaN blanks a figure."""
    out = frame.copy()
    rows = np.asarray(rows, dtype=bool)
    if not rows.any() or not changes:
        return out
    for metric, value in changes.items():
        if metric not in out:
            out[metric] = np.nan
        out[metric] = out[metric].astype("float64")
        out.loc[rows, metric] = value
    derived = derived_keys()
    for key in derived:
        out[key] = out[key].astype("float64") if key in out else np.nan
    out.loc[rows, derived] = _compute(out.loc[rows], derived).to_numpy(dtype="float64")
    return out


def what_if(frame: pd.DataFrame, report_id: str, metric: str, value: float) -> pd.DataFrame:
    """The frame with one report's figure changed (a scenario; the database is untouched)."""
    return with_figures(frame, (frame["report_id"] == report_id).to_numpy(), {metric: value})


def leave_out_failing(frame: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Blank the figures that failed checks vouch against (quality_exclusions in the rules).

    `failures` has one row per failing (report_id, rule) of the latest check run."""
    out = frame
    exclusions = rules().quality_exclusions
    for report_id, rules_failed in failures.groupby("report_id")["rule"]:
        metrics = {k for rule in rules_failed for k in exclusions.get(rule, ())}
        if metrics:
            rows = (out["report_id"] == report_id).to_numpy()
            out = with_figures(out, rows, dict.fromkeys(sorted(metrics), np.nan))
    return out


# --- per capita -----------------------------------------------------------------------------

def volume_metrics() -> list[str]:
    """The metrics per_capita divides: those of the per_capita dimensions in the rules."""
    dimensions = rules().per_capita.dimensions
    return [k for k, m in rules().metrics.items() if m.dimension in dimensions]


def per_capita(frame: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with each volume metric per `per_capita.per` people (ranking.toml)
    and a `population` column saying which figure was used.

    A body-year takes the population of its region_code for the latest year up to the
    report's year; failing that a figure without a year, then the nearest later year. A body
    whose region has no row keeps its volume metrics missing, never zero, so its coverage
    drops. Apply it last: what-if and leave-out change totals, which this then divides."""
    people = _population_of(frame, population)
    out = frame.copy()
    present = [k for k in volume_metrics() if k in frame or k in derived_keys()]
    totals = derive_metrics(frame, present)
    with np.errstate(invalid="ignore", divide="ignore"):
        for key in present:
            out[key] = totals[key].to_numpy() / people * rules().per_capita.per
    out["population"] = people
    return out


def _population_of(frame: pd.DataFrame, population: pd.DataFrame) -> np.ndarray:
    """People in each row's region for the row's year (see per_capita); NaN when unknown."""
    by_region: dict[str, list[tuple[float, float]]] = {}
    for code, year, people in zip(population["region_code"].astype(str),
                                  population["year"].astype("float64"),
                                  population["population"].astype("float64")):
        by_region.setdefault(code, []).append((year, people))
    codes = frame["region_code"] if "region_code" in frame else pd.Series(None, frame.index)
    years = (pd.to_numeric(frame["year"], errors="coerce") if "year" in frame
             else pd.Series(np.nan, frame.index))
    found = {}
    for code, year in set(zip(codes.astype("string").fillna(""), years.astype("float64"))):
        found[code, year] = _nearest(by_region.get(code, []), year)
    return np.array([found[key] for key in zip(codes.astype("string").fillna(""),
                                              years.astype("float64"))], dtype="float64")


def _nearest(rows: list[tuple[float, float]], year: float) -> float:
    dated = [(y, p) for y, p in rows if not np.isnan(y)]
    before = [(y, p) for y, p in dated if not np.isnan(year) and y <= year]
    if before:
        return max(before)[1]
    undated = [p for y, p in rows if np.isnan(y)]
    if undated:
        return undated[0]
    # only later figures: the nearest (for a report without a year, the latest)
    after = sorted(dated, key=lambda r: -r[0] if np.isnan(year) else abs(r[0] - year))
    return after[0][1] if after else np.nan


# --- ranking --------------------------------------------------------------------------------

def rank(frame: pd.DataFrame,
         weights: Mapping[str, float] | None = None,
         normalisation: str = "minmax",
         peer_by: list[str] | None = None,
         coverage_threshold: float = 0.5,
         mc_draws: int = 200,
         mc_spread: float = 0.2,
         seed: int = 0,
         top_k: int | None = None) -> pd.DataFrame:
    """Rank body-years (one row each) on weighted, normalised metrics.

    Bodies are ranked within peer groups (the `peer_by` columns; None: all together). A body
    whose coverage is below `coverage_threshold` gets no rank and is `listed_apart`.
    """
    if normalisation not in NORMALISATIONS:
        raise ValueError(f"unknown normalisation {normalisation!r}; "
                         f"choose one of {', '.join(NORMALISATIONS)}")
    top_k = top_k or rules().top_k
    eff = effective_weights(weights)
    keys = list(eff)
    w = np.array([eff[k] for k in keys], dtype="float64")
    signs, magnitude = np.sign(w), np.abs(w)

    frame = frame.reset_index(drop=True)
    values = derive_metrics(frame, keys)
    x = values.to_numpy()
    groups = _peer_groups(frame, peer_by)
    available = ~np.isnan(x)
    reach = available @ magnitude
    coverage = reach / magnitude.sum() if magnitude.sum() else np.zeros(len(frame))
    apart = coverage < coverage_threshold

    methods = NORMALISATIONS if mc_draws > 0 else (normalisation,)
    directed = {m: _directed(_normalise(x, groups, m), signs, m) for m in methods}
    with np.errstate(invalid="ignore", divide="ignore"):
        contributions = directed[normalisation] * magnitude / reach[:, None]
    score = np.where(reach > 0, np.nansum(contributions, axis=1), np.nan)
    point = _group_ranks(score[:, None], groups, ~apart)[:, 0]
    if mc_draws > 0:
        low, high, p_top = _monte_carlo(directed, available, magnitude, groups, ~apart,
                                        mc_draws, mc_spread, seed, top_k)
    else:
        low, high, p_top = point, point, np.where(apart, np.nan, point <= top_k)

    columns = {"rank": pd.array(point, dtype="Int64"), **_identity(frame),
               "score": score, "coverage": coverage, "listed_apart": apart,
               "rank_low": pd.array(np.fmin(low, point), dtype="Int64"),
               "rank_high": pd.array(np.fmax(high, point), dtype="Int64"),
               "p_top_k": p_top}
    if "population" in frame:       # per capita: the figure each body was divided by
        columns["population"] = frame["population"].to_numpy()
    for i, key in enumerate(keys):
        columns[key] = x[:, i]
        columns[CONTRIBUTION_PREFIX + key] = contributions[:, i]
    out = pd.DataFrame(columns)
    order = [*(peer_by or []), "rank"]
    out = out.sort_values(["listed_apart", *order, "score"],
                          ascending=[True] * (len(order) + 1) + [False],
                          na_position="last", kind="stable")
    return out.reset_index(drop=True)


def parse_peer_by(spec: str | None) -> list[str]:
    """'year,province' -> ['year', 'province']; empty: all bodies together."""
    names = [part.strip() for part in (spec or "").split(",") if part.strip()]
    unknown = [n for n in names if n not in PEER_COLUMNS]
    if unknown:
        raise ValueError(f"unknown peer group {', '.join(unknown)}; "
                         f"choose from {', '.join(PEER_COLUMNS)}")
    return list(dict.fromkeys(names))


def _peer_groups(frame: pd.DataFrame, peer_by: list[str] | None) -> np.ndarray:
    if not peer_by:
        return np.zeros(len(frame), dtype="int64")
    missing = [c for c in peer_by if c not in frame]
    if missing:
        raise ValueError(f"peer_by names columns the frame lacks: {missing}")
    return frame.groupby(peer_by, dropna=False, sort=False).ngroup().to_numpy()


def _identity(frame: pd.DataFrame) -> dict[str, object]:
    columns: dict[str, object] = {c: frame[c].to_numpy() if c in frame else None
                                  for c in IDENTITY_COLUMNS}
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


def _monte_carlo(directed: dict[str, np.ndarray], available: np.ndarray, magnitude: np.ndarray,
                 groups: np.ndarray, ranked: np.ndarray, draws: int, spread: float, seed: int,
                 top_k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """5th-95th percentile of the rank and P(rank <= top_k) over perturbed weights and methods."""
    n = len(groups)
    nan = np.full(n, np.nan)
    if draws <= 0 or not len(magnitude) or not ranked.any():
        return nan, nan, nan
    rng = np.random.default_rng(seed)
    drawn = magnitude * (1 + rng.uniform(-spread, spread, size=(draws, len(magnitude))))
    method_of_draw = rng.integers(0, len(NORMALISATIONS), size=draws)
    reach = available.astype("float64") @ drawn.T                      # n x draws
    scores = np.empty((n, draws))
    for i, method in enumerate(NORMALISATIONS):
        cols = method_of_draw == i
        if cols.any():
            scores[:, cols] = (np.nan_to_num(directed[method]) @ drawn[cols].T) / np.where(
                reach[:, cols] > 0, reach[:, cols], np.nan)
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


# --- database and output ----------------------------------------------------------------------

FRAME_SQL = """
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
     admitted AS (SELECT report_id, count(*) AS problems_admitted FROM problems GROUP BY report_id)
SELECT m.*, COALESCE(a.problems_admitted, 0) AS problems_admitted,
       COALESCE(f.figures, 0) AS figures
FROM report_metrics m
-- one row per body-year: of several versions of a report, the one report_versions names
JOIN (SELECT report_id FROM report_versions WHERE in_ranking) v USING (report_id)
LEFT JOIN figures f USING (report_id)
LEFT JOIN admitted a USING (report_id)
WHERE (CAST($year AS INTEGER) IS NULL OR m.year = $year)
  AND (CAST($province AS VARCHAR) IS NULL OR m.province = $province)
  AND (CAST($level AS VARCHAR) IS NULL OR m.level = $level)
"""


def _frame_sql() -> str:
    """The body-year rows plus every derived metric, computed in DuckDB."""
    return (f"SELECT base.*, {_select(derived_keys())} FROM ({FRAME_SQL}) AS base "
            "ORDER BY year, region_code, issuer")


STATEMENTS_SQL = """
SELECT p.report_id, r.issuer, r.year, p.ordinal, p.category, p.text
FROM problems p JOIN reports r USING (report_id)
ORDER BY r.issuer, r.year, p.report_id, p.ordinal
"""
BODY_YEARS_SQL = "SELECT report_id, issuer, year FROM reports"


def load_frame(con_or_path: duckdb.DuckDBPyConnection | str | Path,
               year: int | None = None, province: str | None = None,
               level: str | None = None) -> pd.DataFrame:
    """One row per body-year from report_metrics, with problems_admitted, problems_repeated
    (statements repeated from the year before) and figures found."""
    if not isinstance(con_or_path, duckdb.DuckDBPyConnection):
        con = duckdb.connect(str(con_or_path), read_only=True)
        try:
            return load_frame(con, year, province, level)
        finally:
            con.close()
    con = con_or_path
    frame = con.execute(_frame_sql(), {"year": year, "province": province,
                                       "level": level}).df()
    # repeats look one year back, beyond the year filter, so they are counted on all reports
    body_years = con.execute(BODY_YEARS_SQL).df()
    repeated = problems_repeat.repeated_per_report(
        con.execute(STATEMENTS_SQL).df(), body_years, rules().repeat_threshold)
    frame["problems_repeated"] = frame["report_id"].map(
        dict(zip(body_years["report_id"], repeated))).astype("float64")
    return frame


def format_ranking(df: pd.DataFrame, fmt: str = "table") -> str:
    columns = [c for c in JSON_COLUMNS if c in df]
    if fmt == "json":
        rows = json.loads(df[columns].to_json(orient="records", force_ascii=False))
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        return df.to_csv(index=False)
    if fmt == "table":
        shown = df[[c for c in columns if c not in ("county", "synthetic")]].copy()
        shown["synthetic"] = np.where(df["synthetic"], "SYNTHETIC", "")
        return shown.to_string(index=False, float_format=lambda x: f"{x:.3f}", na_rep="-")
    raise ValueError(f"unknown format {fmt!r}; choose table, csv or json")


def rank_command(args: argparse.Namespace) -> int:
    """`govbench rank`: load, optionally per capita, rank within each peer group, print."""
    try:
        option = "--weights"
        weights = parse_weights(args.weights)
        option = "--peer-by"
        peer_by = parse_peer_by(args.peer_by)
        option = "--population"
        population = load_population(args.population) if args.population else None
    except ValueError as exc:
        print(f"govbench rank: {option}: {exc}", file=sys.stderr)
        return 2
    if not Path(args.db).exists():
        print(f"govbench rank: {args.db}: no such database", file=sys.stderr)
        return 2
    frame = load_frame(args.db, year=args.year, province=args.province, level=args.level)
    if population is not None:
        frame = per_capita(frame, population)
    print(format_ranking(rank(frame, weights, peer_by=peer_by), args.format))
    return 0


# --- views for the app: one dimension at a time, peers over the years -------------------------

def dimension_scores(frame: pd.DataFrame, weights: Mapping[str, float] | None = None,
                     normalisation: str = "minmax",
                     peer_by: list[str] | None = None) -> pd.DataFrame:
    """Per row of `frame` (report_id), the score on each dimension ranked alone: the weighted
    mean of its normalised, directed metrics (0-1 for minmax and percentile); NaN when the
    body reports none of them."""
    weights = dict(weights or {})
    out = pd.DataFrame({"report_id": frame["report_id"].to_numpy()})
    for key in rules().dimensions:
        alone = {**weights, **{d: (1.0 if d == key else 0.0) for d in rules().dimensions}}
        if not effective_weights(alone):
            continue
        result = rank(frame, alone, normalisation=normalisation, peer_by=peer_by,
                      coverage_threshold=0.0, mc_draws=0)
        out[key] = out["report_id"].map(dict(zip(result["report_id"], result["score"])))
    return out


def yearly_quartiles(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Per year: how many bodies state `metric`, and its 25th, 50th and 75th percentiles."""
    values = frame.assign(value=derive_metrics(frame, [metric])[metric]).dropna(
        subset=["value", "year"])
    grouped = values.groupby("year")["value"]
    return pd.DataFrame({"bodies": grouped.count(), "q1": grouped.quantile(0.25),
                         "median": grouped.median(),
                         "q3": grouped.quantile(0.75)}).reset_index()
