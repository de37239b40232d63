"""rank: report_metrics -> normalised metrics -> weighted composite score and rank.

The rules (dimensions, derived metric formulas, default weights, presets and the default
settings) are data in rules/ranking.toml; this package only applies them:
- rules.py     the rules as records
- weights.py   what a weighting means (given weights are the whole weighting)
- figures.py   derived metrics, what-if, figures left out, per capita
- engine.py    peer groups and scope, normalisation, missing figures, score, rank intervals
- frame.py     the body-year rows read from the database
- pipeline.py  rank_reports: the one path from rows to ranking, for the CLI and the app
- command.py   `govbench rank`'s options and output (cli.py prints it)
docs/method.md describes the method.
"""

from ..store import IDENTITY_COLUMNS
from ..vocabulary import METRIC_KEYS
from .command import (
    JSON_COLUMNS,
    Refusal,
    corrected_counts,
    corrected_note,
    format_ranking,
    ranking_text,
    settings_of,
)
from .engine import (
    CONTRIBUTION_PREFIX,
    PEER_COLUMNS,
    dimension_scores,
    parse_peer_by,
    rank,
    with_scope,
    yearly_quartiles,
)
from .figures import (
    FRAME_EXTRAS,
    derive_metrics,
    derived_keys,
    leave_out_failing,
    per_capita,
    volume_metrics,
    what_if,
    with_figures,
)
from .frame import existing, load_failures, load_frame
from .pipeline import rank_reports, select_scope
from .rules import (
    MISSING_RULES,
    NORMALISATIONS,
    SCOPES,
    UNKNOWN_SCOPE,
    Dimension,
    RankMetric,
    Rules,
    default_metrics,
    rules,
)
from .weights import (
    check_weights,
    default_weighting,
    effective_weights,
    parse_weights,
    preset_weighting,
    weighting,
)

__all__ = [
    "CONTRIBUTION_PREFIX",
    "Dimension",
    "FRAME_EXTRAS",
    "IDENTITY_COLUMNS",
    "JSON_COLUMNS",
    "METRIC_KEYS",
    "MISSING_RULES",
    "NORMALISATIONS",
    "PEER_COLUMNS",
    "RankMetric",
    "Rules",
    "SCOPES",
    "UNKNOWN_SCOPE",
    "check_weights",
    "corrected_counts",
    "corrected_note",
    "default_metrics",
    "default_weighting",
    "derive_metrics",
    "derived_keys",
    "dimension_scores",
    "effective_weights",
    "existing",
    "format_ranking",
    "leave_out_failing",
    "load_failures",
    "load_frame",
    "parse_peer_by",
    "parse_weights",
    "per_capita",
    "preset_weighting",
    "rank",
    "rank_reports",
    "ranking_text",
    "Refusal",
    "rules",
    "select_scope",
    "settings_of",
    "volume_metrics",
    "weighting",
    "what_if",
    "with_figures",
    "with_scope",
    "yearly_quartiles",
]
