"""进步/退步榜: each body's rank and score this year against the year before.

Both years are ranked the same way (rank.rank_reports, the card's peer groups). A rank is
uncertain: the Monte Carlo over weights and normalisation gives each an interval. A body has
moved only when this year's interval and last year's do not overlap; a change inside the
intervals is "indistinguishable" (无法区分), whatever the point ranks say.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..rank import rank_reports
from .rules import oversight_rules

# improved: this year's whole interval is better than last year's; worse: the reverse;
# indistinguishable: the intervals overlap; unranked: not ranked in one of the two years
VERDICTS = ("improved", "worse", "indistinguishable", "unranked")
BODY_KEY = ["issuer", "level", "scope"]
KEPT = ["report_id", "rank", "rank_low", "rank_high", "score", "coverage", "listed_apart"]


def rank_year(frame: pd.DataFrame, preset: str | None = None, seed: int = 0) -> pd.DataFrame:
    """One year's frame ranked with the default settings (or a preset), among the peers of
    rules/oversight.toml [ranking] (year and level; scope always apart)."""
    return rank_reports(
        frame, preset=preset, peer_by=list(oversight_rules().rank_peer_by), seed=seed
    )


def movers(now: pd.DataFrame, before: pd.DataFrame) -> pd.DataFrame:
    """`now` and `before`: two years' rankings (rank_year). One row per body ranked or listed
    this year: its ranks, intervals and scores in both years, `rank_change` (positive: moved
    up), `score_change` and the `verdict` (VERDICTS). A body is the same issuer at the same
    level and scope; a body new this year has no previous rank ("unranked")."""
    now = now.assign(scope=now["scope"].fillna("unknown"))
    before = before.assign(scope=before["scope"].fillna("unknown"))
    identity = ["issuer", "province", "city", "county", "level", "scope", "year"]
    merged = now[identity + KEPT].merge(
        before[BODY_KEY + KEPT].drop_duplicates(BODY_KEY),
        on=BODY_KEY,
        how="left",
        suffixes=("", "_before"),
    )
    merged["rank_change"] = (merged["rank_before"] - merged["rank"]).astype("Int64")
    merged["score_change"] = merged["score"] - merged["score_before"]
    merged["verdict"] = verdicts(merged)
    merged = merged[merged["issuer"].notna()]
    return merged.sort_values(
        ["verdict", "rank_change", "issuer"],
        ascending=[True, False, True],
        na_position="last",
        key=lambda c: c.map(VERDICTS.index) if c.name == "verdict" else c,
        kind="stable",
    ).reset_index(drop=True)


def biggest(moved: pd.DataFrame, n: int) -> pd.DataFrame:
    """Of `moved` (movers), the `n` bodies whose move the rank intervals can tell apart
    (improved or worse), the largest rank change first, then the largest score change; a
    change inside the intervals is no move, however large the score difference."""
    judged = moved[moved["verdict"].isin(["improved", "worse"])]
    size = pd.DataFrame(
        {"rank": judged["rank_change"].abs(), "score": judged["score_change"].abs()}
    )
    order = size.sort_values(["rank", "score"], ascending=False, kind="stable").index
    return judged.loc[order].head(n).reset_index(drop=True)


def verdicts(rows: pd.DataFrame) -> pd.Series:
    """improved / worse / indistinguishable / unranked from the two years' rank intervals."""
    ranked = rows["rank"].notna() & rows["rank_before"].notna()
    low, high = rows["rank_low"].astype("float64"), rows["rank_high"].astype("float64")
    low_b = rows["rank_low_before"].astype("float64")
    high_b = rows["rank_high_before"].astype("float64")
    verdict = np.select([high < low_b, low > high_b], ["improved", "worse"], "indistinguishable")
    return pd.Series(np.where(ranked, verdict, "unranked"), index=rows.index)
