"""总览's figures for one year and area, from frames the data layer returns: what arrived, the
headline totals, the check status, the biggest movers and what changed since the year before.

Pure pandas on DataFrames, so each piece is tested without Streamlit.
"""

from __future__ import annotations

import pandas as pd

# the headline totals: a label key and the metrics summed into it
HEADLINES = {
    "headline_requests": ("requests_received",),
    "headline_reconsideration": ("admin_reconsideration",),
    "headline_litigation": ("admin_litigation",),
    "headline_corrected": ("reconsideration_corrected", "litigation_corrected"),
}
MOVERS = 5


def in_area(frame: pd.DataFrame, province: str | None, city: str | None) -> pd.DataFrame:
    """The rows of a province and, within it, a city (None: all)."""
    keep = pd.Series(True, index=frame.index)
    if province is not None:
        keep &= frame["province"] == province
    if city is not None:
        keep &= frame["city"] == city
    return frame[keep.fillna(False)]


def body_key(frame: pd.DataFrame) -> pd.Series:
    """One body across the years: its issuer in its place (a report without an issuer is known
    by its place and kind)."""
    parts = frame[["issuer", "region_code", "body_kind"]].astype("string").fillna("")
    return parts["issuer"] + "|" + parts["region_code"] + "|" + parts["body_kind"]


def received(reports: pd.DataFrame) -> pd.DataFrame:
    """Reports received (one per body-year: of several versions the one ranked) by level and
    body kind; levels and kinds not stated count as "unknown"."""
    ranked = reports[reports["in_ranking"]]
    table = ranked.assign(
        level=ranked["level"].fillna("unknown"), body_kind=ranked["body_kind"].fillna("unknown")
    ).pivot_table(
        index="level", columns="body_kind", values="report_id", aggfunc="count", fill_value=0
    )
    return table.astype(int)


def headline_totals(frame: pd.DataFrame) -> dict[str, tuple[float | None, int]]:
    """label key -> (sum over the reports that state it, how many state it); the sum is None
    when no report states any of its figures (missing, not 0)."""
    totals = {}
    for key, metrics in HEADLINES.items():
        present = [m for m in metrics if m in frame]
        stated = frame[present].notna().any(axis=1) if present else pd.Series(False, frame.index)
        count = int(stated.sum())
        totals[key] = (float(frame.loc[stated, present].sum().sum()) if count else None, count)
    return totals


def movers(now: pd.DataFrame, before: pd.DataFrame, n: int = MOVERS) -> pd.DataFrame:
    """The `n` bodies whose score changed most between two rankings of the same settings (a
    body ranked in both years), with both ranks and scores; biggest change first."""
    columns = ["report_id", "rank", "score", "key"]
    now = now[~now["listed_apart"]].assign(key=body_key(now[~now["listed_apart"]]))
    before = before[~before["listed_apart"]]
    before = before.assign(key=body_key(before))
    both = now.merge(before[columns], on="key", suffixes=("", "_before"))
    both = both.assign(change=both["score"] - both["score_before"])
    both = both[both["change"].notna() & (both["change"] != 0)]
    return (
        both.reindex(both["change"].abs().sort_values(ascending=False, kind="stable").index)
        .head(n)
        .reset_index(drop=True)
    )


def arrivals(now: pd.DataFrame, before: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(bodies with a report this year and none the year before, bodies with one the year before
    and none this year): each as that year's report rows."""
    now_keys, before_keys = body_key(now), body_key(before)
    return now[~now_keys.isin(set(before_keys))], before[~before_keys.isin(set(now_keys))]
