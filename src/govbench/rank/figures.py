"""Figures for ranking: derived metrics from their formulas, scenarios (what-if), figures left
out where checks failed, and volumes per capita. Missing stays missing, never zero."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..store import evaluate
from ..vocabulary import METRIC_KEYS
from .rules import rules

# columns load_frame adds to report_metrics, which formulas may use like any metric
FRAME_EXTRAS = ["problems_admitted", "problems_repeated"]


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
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        columns[key] = np.where(np.isinf(values), np.nan, values)
    return pd.DataFrame(columns, index=frame.index, columns=keys)


def _compute(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    inputs = pd.DataFrame(
        {
            column: (
                pd.to_numeric(frame[column], errors="coerce").to_numpy(
                    dtype="float64", na_value=np.nan
                )
                if column in frame
                else np.full(len(frame), np.nan)
            )
            for column in [*METRIC_KEYS, *FRAME_EXTRAS]
        }
    )
    inputs["_row"] = np.arange(len(inputs))
    computed = evaluate(
        f"SELECT {_select(keys)} FROM report_metrics ORDER BY _row", report_metrics=inputs
    )
    computed.index = frame.index
    return computed


def with_figures(
    frame: pd.DataFrame, rows: np.ndarray, changes: Mapping[str, float]
) -> pd.DataFrame:
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
    for code, year, people in zip(
        population["region_code"].astype(str),
        population["year"].astype("float64"),
        population["population"].astype("float64"),
    ):
        by_region.setdefault(code, []).append((year, people))
    codes = frame["region_code"] if "region_code" in frame else pd.Series(None, frame.index)
    years = (
        pd.to_numeric(frame["year"], errors="coerce")
        if "year" in frame
        else pd.Series(np.nan, frame.index)
    )
    found = {}
    for code, year in set(zip(codes.astype("string").fillna(""), years.astype("float64"))):
        found[code, year] = _nearest(by_region.get(code, []), year)
    return np.array(
        [found[key] for key in zip(codes.astype("string").fillna(""), years.astype("float64"))],
        dtype="float64",
    )


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
