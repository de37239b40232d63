"""总览's figures for one year and area, from frames the data layer returns: what arrived, the
headline totals per scope, the check status and what changed since the year before (the
biggest movers come from oversight.movers, the one place that judges a move).

Pure pandas on DataFrames, so each piece is tested without Streamlit.
"""

from __future__ import annotations

import pandas as pd

from ..model import LEVELS

# the headline totals: a label key and the metrics summed into it
HEADLINES = {
    "headline_requests": ("requests_received",),
    "headline_reconsideration": ("admin_reconsideration",),
    "headline_litigation": ("admin_litigation",),
    "headline_corrected": ("reconsideration_corrected", "litigation_corrected"),
}
MOVERS = 5
# summed apart, in this order: a body's own figures, whole-area figures, scope not read
SCOPES = ("own_body", "whole_area", "unknown")


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
    when no report states any of its figures (missing, not 0). Sums whatever reports it is
    given: keep them to one scope (totals_by_scope)."""
    totals = {}
    for key, metrics in HEADLINES.items():
        present = [m for m in metrics if m in frame]
        stated = frame[present].notna().any(axis=1) if present else pd.Series(False, frame.index)
        count = int(stated.sum())
        totals[key] = (float(frame.loc[stated, present].sum().sum()) if count else None, count)
    return totals


def totals_by_scope(frame: pd.DataFrame) -> list[tuple[str, str | None, int, dict]]:
    """The headline totals summed apart for each group of reports whose figures do not
    overlap: (scope, level, reports in the group, headline_totals over them), in SCOPES order.
    A body's own figures (own_body) add up across bodies. A whole-area report (全市各级行政机关…)
    already counts the cases of the bodies below it, a city's those of its counties: it is
    never added to own figures, and whole-area reports add up only within one level (level
    None when not stated). A report whose scope could not be read is summed apart, not
    guessed into either (level None)."""
    scope = frame["scope"].astype("string").fillna("unknown")
    level = frame["level"].astype("string").fillna("unknown")
    groups = []
    for s in SCOPES:
        levels = [None] if s != "whole_area" else [*LEVELS, "unknown"]
        for lv in levels:
            rows = frame[(scope == s) & ((level == lv) if lv is not None else True)]
            if not rows.empty:
                stated_level = None if lv in (None, "unknown") else lv
                groups.append((s, stated_level, len(rows), headline_totals(rows)))
    return groups


def arrivals(now: pd.DataFrame, before: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(bodies with a report this year and none the year before, bodies with one the year before
    and none this year): each as that year's report rows."""
    now_keys, before_keys = body_key(now), body_key(before)
    return now[~now_keys.isin(set(before_keys))], before[~before_keys.isin(set(now_keys))]
