"""The one way a ranking is made from a body-year frame, for the CLI and the app alike:
scope, figures left out, scenario, per capita, then rank. The same settings give the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .engine import rank, with_scope
from .figures import leave_out_failing, per_capita, what_if
from .rules import SCOPES, UNKNOWN_SCOPE, rules


def select_scope(frame: pd.DataFrame, scope: str | None) -> pd.DataFrame:
    """The rows of one scope (whole_area, own_body), or all of them (`all`: each scope is still
    ranked in its own group, unknown scope included)."""
    scope = scope or rules().defaults.scope
    if scope not in SCOPES and scope != UNKNOWN_SCOPE:
        raise ValueError(f"unknown scope {scope!r}; choose one of {', '.join(SCOPES)}")
    if scope == "all":
        return frame
    return frame[with_scope(frame)["scope"].to_numpy() == scope]


def rank_reports(
    frame: pd.DataFrame,
    *,
    weights: Mapping[str, float] | None = None,
    preset: str | None = None,
    normalisation: str | None = None,
    missing: str | None = None,
    coverage_threshold: float | None = None,
    peer_by: list[str] | None = None,
    scope: str | None = None,
    failures: pd.DataFrame | None = None,
    population: pd.DataFrame | None = None,
    scenario: tuple[tuple[str, str, float], ...] = (),
    mc_draws: int = 200,
    seed: int = 0,
) -> pd.DataFrame:
    """Rank the body-years of `frame` (rank.load_frame) under these settings.

    `failures` (load_failures) given: figures whose checks failed are left out. `scenario`
    holds (report_id, metric, value) what-if changes. `population` puts the volume metrics
    per capita, last, so that what was left out or changed is what gets divided."""
    rows = select_scope(frame, scope)
    if failures is not None:
        rows = leave_out_failing(rows, failures)
    for report_id, metric, value in scenario:
        rows = what_if(rows, report_id, metric, value)
    if population is not None:
        rows = per_capita(rows, population)
    return rank(
        rows,
        weights,
        normalisation=normalisation,
        peer_by=peer_by,
        coverage_threshold=coverage_threshold,
        mc_draws=mc_draws,
        seed=seed,
        missing=missing,
        preset=preset,
    )
