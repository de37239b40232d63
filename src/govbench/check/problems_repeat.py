"""Problems admitted again: a statement of year Y that an issuer already made in Y-1.

Reports copy last year's section 五 with small edits, so the match is fuzzy: a statement is
a repeat when rapidfuzz's partial_ratio against one of the issuer's Y-1 statements reaches
the threshold in rules/ranking.toml ([problems_repeat] threshold). partial_ratio scores the
best-matching window, so a shortened or lengthened sentence still matches its original.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process


def mark_repeats(statements: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """`statements` (report_id, issuer, year, text, ...) with `repeated` (bool), `similarity`
    (best score against the issuer's Y-1 statements, NaN when there is no Y-1 report) and
    `repeats` (the Y-1 statement matched best)."""
    out = statements.reset_index(drop=True).copy()
    texts = out["text"].to_numpy(dtype=object)
    similarity = np.full(len(out), np.nan)
    repeats = np.full(len(out), None, dtype=object)
    known = out.dropna(subset=["issuer", "year"])
    # positions of each body-year's statements, looked up once (not a scan per group)
    groups = {
        (issuer, int(year)): known.index[positions]
        for (issuer, year), positions in known.groupby(["issuer", "year"]).indices.items()
    }
    for (issuer, year), current in groups.items():
        previous = groups.get((issuer, year - 1))
        if previous is None:
            continue
        scores = process.cdist(
            texts[current].tolist(), texts[previous].tolist(), scorer=fuzz.partial_ratio
        )
        similarity[current] = scores.max(axis=1)
        repeats[current] = texts[previous][scores.argmax(axis=1)]
    out["similarity"] = similarity
    out["repeats"] = pd.Series(repeats, dtype="object")
    out["repeated"] = out["similarity"] >= threshold
    return out


def repeated_per_report(
    statements: pd.DataFrame, reports: pd.DataFrame, threshold: float
) -> pd.Series:
    """Count of repeated statements per report_id of `reports` (report_id, issuer, year).

    A report whose issuer has no report for the year before cannot repeat anything: NaN
    (unknown), not 0. A report with a Y-1 report but no statements of its own scores 0."""
    marked = mark_repeats(statements, threshold)
    counts = marked.groupby("report_id")["repeated"].sum()
    body_years = set(zip(reports["issuer"], reports["year"]))
    has_previous = [
        (issuer, year - 1) in body_years if pd.notna(year) else False
        for issuer, year in zip(reports["issuer"], reports["year"])
    ]
    values = reports["report_id"].map(counts).fillna(0).astype("float64")
    return pd.Series(
        np.where(has_previous, values, np.nan), index=reports.index, name="problems_repeated"
    )
