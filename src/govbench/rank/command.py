"""`govbench rank`: read the options, rank through the app's own pipeline, format.

Every refusal is a Refusal whose text is one line naming what exists instead; cli.py prints
it (exit 2) or the ranking.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .. import export
from ..population import load_population
from ..store import IDENTITY_COLUMNS
from .engine import parse_peer_by
from .frame import existing, load_failures, load_frame
from .pipeline import rank_reports
from .rules import rules
from .weights import parse_weights, preset_weighting

# what `govbench rank` prints of a ranked row (a fixed order: scripts read the CSV by
# position): who the body is, its result, then the marks on its figures
_RESULT_COLUMNS = [
    "score",
    "coverage",
    "rank_low",
    "rank_high",
    "p_top_k",
    "listed_apart",
    "population",
]
_MARKS = ["corrected_figures", "synthetic"]
_NOT_PRINTED = ("report_id", "body_kind", "department", "format", *_MARKS)
JSON_COLUMNS = [
    "rank",
    *(c for c in IDENTITY_COLUMNS if c not in _NOT_PRINTED),
    *_RESULT_COLUMNS,
    *_MARKS,
]


class Refusal(ValueError):
    """A setting the command cannot use; str() is the one line to print."""


def format_ranking(
    df: pd.DataFrame, fmt: str = "table", settings: dict[str, object] | None = None
) -> str:
    """The ranking as text. CSV goes through export.ranking_csv_text, the app's own CSV
    export: the settings as leading `# key: value` lines, formula-like cells neutralised."""
    columns = [c for c in JSON_COLUMNS if c in df]
    corrected = corrected_note(df)
    if corrected and settings is not None:
        settings = {**settings, "corrected_figures": corrected}
    if fmt == "json":
        rows = json.loads(df[columns].to_json(orient="records", force_ascii=False))
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        return export.ranking_csv_text(df[columns], settings or {})
    if fmt == "table":
        shown = df[[c for c in columns if c not in ("county", "synthetic")]].copy()
        shown["synthetic"] = np.where(df["synthetic"], "SYNTHETIC", "")
        text = shown.to_string(index=False, float_format=lambda x: f"{x:.3f}", na_rep="-")
        return f"{text}\n{corrected}" if corrected else text
    raise ValueError(f"unknown format {fmt!r}; choose table, csv or json")


def corrected_counts(df: pd.DataFrame) -> tuple[int, int]:
    """(figures that are a reviewer's correction, reports they belong to) among ranked rows."""
    if "corrected_figures" not in df:
        return 0, 0
    counts = df["corrected_figures"].fillna(0)
    return int(counts.sum()), int((counts > 0).sum())


def corrected_note(df: pd.DataFrame) -> str:
    """How many of the ranked figures are a reviewer's correction, not the parser's ("" when
    none): said under the table and in the CSV's settings lines."""
    figures, bodies = corrected_counts(df)
    if not figures:
        return ""
    return (
        f"{figures} figure(s) of {bodies} report(s) are reviewers' corrections "
        "(govbench corrections lists them)"
    )


def _option(args: argparse.Namespace, name: str, default):
    value = getattr(args, name, None)
    return default if value is None else value


def settings_of(args: argparse.Namespace) -> dict[str, Any]:
    """The command's settings, defaults from rules/ranking.toml filled in; Refusal if bad."""
    d = rules().defaults
    out: dict[str, Any] = {}
    for option, read in (
        ("--weights", lambda: parse_weights(args.weights) if args.weights else None),
        ("--preset", lambda: _preset(args)),
        ("--peer-by", lambda: parse_peer_by(_option(args, "peer_by", ",".join(d.peer_by)))),
        ("--min-coverage", lambda: _coverage(_option(args, "min_coverage", d.min_coverage))),
        (
            "--population",
            lambda: load_population(args.population) if getattr(args, "population", None) else None,
        ),
    ):
        try:
            out[option] = read()
        except ValueError as exc:
            raise Refusal(f"{option}: {exc}") from None
    out["--normalise"] = _option(args, "normalise", d.normalisation)
    out["--missing"] = _option(args, "missing", d.missing)
    out["--scope"] = _option(args, "scope", d.scope)
    return out


def _preset(args: argparse.Namespace) -> str | None:
    name = getattr(args, "preset", None)
    if name is not None:
        preset_weighting(name)  # refuses an unknown name, listing the presets
    return name


def _coverage(value) -> float:
    value = float(value)
    if not 0 <= value <= 1:
        raise ValueError(f"{value:g} is not a share from 0 to 1")
    return value


def _check_filters(db: Path, args: argparse.Namespace) -> None:
    for field in ("year", "province"):
        value = getattr(args, field)
        if value is not None:
            there = existing(db, field)
            if value not in there:
                listed = ", ".join(map(str, there)) or "none"
                raise Refusal(f"--{field} {value}: no reports for it; {field}s in {db}: {listed}")


def ranking_text(args: argparse.Namespace) -> str:
    """`govbench rank`: load, rank within each peer group and scope, format; Refusal (one
    line) when a setting or filter cannot be used."""
    settings = settings_of(args)
    if not Path(args.db).exists():
        raise Refusal(f"{args.db}: no such database (run govbench ingest first)")
    _check_filters(args.db, args)
    frame = load_frame(args.db, year=args.year, province=args.province, level=args.level)
    if frame.empty:
        raise Refusal(
            f"no reports match --year {args.year} --province {args.province} --level {args.level}"
        )
    failures = load_failures(args.db) if getattr(args, "leave_out_failed", False) else None
    result = rank_reports(
        frame,
        weights=settings["--weights"],
        preset=settings["--preset"],
        normalisation=settings["--normalise"],
        missing=settings["--missing"],
        coverage_threshold=settings["--min-coverage"],
        peer_by=settings["--peer-by"],
        scope=settings["--scope"],
        failures=failures,
        population=settings["--population"],
        seed=0,
    )
    shown = {
        "weights": args.weights or "(none)",
        "preset": settings["--preset"] or ("(none)" if args.weights else "default"),
        "normalise": settings["--normalise"],
        "missing": settings["--missing"],
        "min_coverage": settings["--min-coverage"],
        "peer_by": ",".join(settings["--peer-by"]) or "all together",
        "scope": settings["--scope"],
        "leave_out_failed": bool(getattr(args, "leave_out_failed", False)),
        "filters": f"year={args.year} province={args.province} level={args.level}",
    }
    return format_ranking(result, args.format, shown)
