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

STATEMENT_COLUMNS = ["report_id", "issuer", "year", "text"]


def mark_repeats(statements: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """`statements` (report_id, issuer, year, text, ...) with `repeated` (bool), `similarity`
    (best score against the issuer's Y-1 statements, NaN when there is no Y-1 report) and
    `repeats` (the Y-1 statement matched best)."""
    out = statements.reset_index(drop=True).copy()
    out["similarity"] = np.nan
    out["repeats"] = pd.Series([None] * len(out), dtype="object")
    known = out.dropna(subset=["issuer", "year"])
    for (issuer, year), current in known.groupby(["issuer", "year"], sort=False):
        previous = known[(known["issuer"] == issuer) & (known["year"] == year - 1)]
        if previous.empty:
            continue
        scores = process.cdist(current["text"].tolist(), previous["text"].tolist(),
                               scorer=fuzz.partial_ratio)
        best = scores.argmax(axis=1)
        out.loc[current.index, "similarity"] = scores.max(axis=1)
        out.loc[current.index, "repeats"] = previous["text"].to_numpy()[best]
    out["repeated"] = out["similarity"] >= threshold
    return out


def repeated_per_report(statements: pd.DataFrame, reports: pd.DataFrame,
                        threshold: float) -> pd.Series:
    """Count of repeated statements per report_id of `reports` (report_id, issuer, year).

    A report whose issuer has no report for the year before cannot repeat anything: NaN
    (unknown), not 0. A report with a Y-1 report but no statements of its own scores 0."""
    marked = mark_repeats(statements, threshold)
    counts = marked.groupby("report_id")["repeated"].sum()
    body_years = set(zip(reports["issuer"], reports["year"]))
    has_previous = [(issuer, year - 1) in body_years if pd.notna(year) else False
                    for issuer, year in zip(reports["issuer"], reports["year"])]
    values = reports["report_id"].map(counts).fillna(0).astype("float64")
    return pd.Series(np.where(has_previous, values, np.nan), index=reports.index,
                     name="problems_repeated")
