"""Peer benchmarks: where a body's figure stands among its peers' P25, P50 and P75.

Peers are the bodies of the same year, level and scope (rules/oversight.toml): a county is
measured against counties, city-wide figures never against a department's own. A figure is
flagged an outlier beyond the Tukey fences (P25/P75 -/+ fence x IQR). With fewer than
`min_peers` bodies stating a figure there are no quartiles: the position is unknown.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..rank import derive_metrics, rules as ranking_rules, with_scope
from .rules import oversight_rules

BENCHMARK_COLUMNS = ["metric", "peers", "p25", "p50", "p75", "low_fence", "high_fence"]
# where a figure stands: below P25, between P25 and P75, above P75; unknown without quartiles
POSITIONS = ("below", "middle", "above", "unknown")


def benchmark_metrics() -> list[str]:
    """Every metric the ranking knows (stated and derived), in ranking.toml's order."""
    return list(ranking_rules().metrics)


def peer_benchmarks(frame: pd.DataFrame, metrics: list[str] | None = None) -> pd.DataFrame:
    """Per peer group (year, level, scope) and metric: the number of peers stating it, its
    P25/P50/P75 and the outlier fences (NaN when fewer than min_peers state it).

    `frame` is rank.load_frame's: one row per body-year."""
    r = oversight_rules()
    metrics = metrics or benchmark_metrics()
    keys = list(r.benchmark_peer_by)
    rows = with_scope(frame)
    values = derive_metrics(rows, metrics)
    long = (
        pd.concat([rows[keys].reset_index(drop=True), values.reset_index(drop=True)], axis=1)
        .melt(id_vars=keys, value_vars=metrics, var_name="metric", value_name="value")
        .dropna(subset=["value"])
    )
    if long.empty:
        return pd.DataFrame(columns=[*keys, *BENCHMARK_COLUMNS])
    grouped = long.groupby([*keys, "metric"], dropna=False)["value"]
    out = pd.DataFrame(
        {
            "peers": grouped.count(),
            "p25": grouped.quantile(0.25),
            "p50": grouped.median(),
            "p75": grouped.quantile(0.75),
        }
    ).reset_index()
    too_few = out["peers"] < r.min_peers
    out.loc[too_few, ["p25", "p50", "p75"]] = np.nan
    spread = out["p75"] - out["p25"]
    out["low_fence"] = out["p25"] - r.fence * spread
    out["high_fence"] = out["p75"] + r.fence * spread
    return out


def figures_against_peers(
    frame: pd.DataFrame,
    report_id: str,
    benchmarks: pd.DataFrame | None = None,
    metrics: list[str] | None = None,
) -> pd.DataFrame:
    """One row per metric for one report: its value (NaN when not stated: missing, never 0),
    the peers' quartiles, its position (POSITIONS) and whether it is an outlier."""
    metrics = metrics or benchmark_metrics()
    if benchmarks is None:
        benchmarks = peer_benchmarks(frame, metrics)
    row = with_scope(frame[frame["report_id"] == report_id])
    if row.empty:
        raise KeyError(report_id)
    values = derive_metrics(row, metrics).iloc[0]
    keys = list(oversight_rules().benchmark_peer_by)
    mine = benchmarks
    for key in keys:
        wanted = row[key].iloc[0]
        mine = mine[mine[key].isna()] if pd.isna(wanted) else mine[mine[key] == wanted]
    out = pd.DataFrame({"metric": metrics, "value": [values[m] for m in metrics]}).merge(
        mine[BENCHMARK_COLUMNS], on="metric", how="left"
    )
    out["peers"] = out["peers"].fillna(0).astype(int)
    out["position"] = position(out)
    out["outlier"] = (out["value"] < out["low_fence"]) | (out["value"] > out["high_fence"])
    return out


def position(rows: pd.DataFrame) -> pd.Series:
    """below / middle / above P25–P75, unknown when the value or the quartiles are missing."""
    known = rows["value"].notna() & rows["p25"].notna()
    where = np.select(
        [rows["value"] < rows["p25"], rows["value"] > rows["p75"]], ["below", "above"], "middle"
    )
    return pd.Series(np.where(known, where, "unknown"), index=rows.index)
