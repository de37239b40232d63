"""Precision of each rule that produces facts, over labelled reports: which rules guess.

    python benchmark/rule_precision.py [FOLDER ...] [--show] [--json]

Every fact carries the id of the rule that produced it (Fact.rule: a table's [facts] terms, a
phrasing of rules/narrative.toml, a path of the clause grammar; govbench.parse.rule_ids()).
This parses the labelled reports of each FOLDER and scores each fact the way
../shared/tools/score_corpus.py does: correct when its value equals a labelled value of its
metric in that report, wrong otherwise; with "fact_scope": "exhaustive" (the default, report
openings) every metric of SCORED_METRICS is scored, with "listed" (complete reports) only the
metrics the labels list; a fact of a metric not scored is counted apart ("unscored"). Then per
rule (or rule and metric, --by-metric): facts, correct, wrong, precision, and on how many
reports and folders it fired (a rule that fired on one report only was perhaps fitted to it);
then the same totals per folder, which are the scorer's fact_tp and fact_fp. --show prints each wrong fact with
its evidence, and the facts of each rule that fired on one report.

A folder holds <id>.json labels beside <id>.txt/.html/.pdf/.docx (the scorer's layout); the
project's own labels (data/labels/X/) are read with their reports (data/reports/X/). Without
FOLDER: the project's labelled folders and, when ../shared is beside the project, its
labelled sets meant for work (openings, openings2/train, full; never openings2/check). A
report met twice (the same text in two folders) is scored once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "data" / "labels"
REPORTS = ROOT / "data" / "reports"
SHARED_SETS = ("openings", "openings2/train", "full")
# the metrics score_corpus.py scores on an exhaustively labelled report (its FACT_METRICS)
SCORED_METRICS = frozenset(
    {
        "proactive_items_total",
        "policy_documents",
        "interpretations",
        "requests_received",
        "requests_completed",
        "admin_reconsideration",
        "admin_litigation",
        "press_conferences",
        "new_media_posts",
        "proposals_answered",
        "funding_yuan",
        "fees_yuan",
        "hotline_calls",
        "normative_docs_made",
    }
)
# the original format first, as the scorer looks for them
SOURCE_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt")


@dataclass
class Verdict:
    """One fact scored: correct, wrong, or not scored (its metric is not labelled there)."""

    folder: str
    report: str  # the label's id
    rule: str
    metric: str
    value: float
    verdict: str  # correct | wrong | unscored
    labels: list[float]
    evidence: str


@dataclass
class RuleScore:
    rule: str
    correct: int = 0
    wrong: int = 0
    unscored: int = 0
    reports: set[str] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    metrics: set[str] = field(default_factory=set)

    @property
    def scored(self) -> int:
        return self.correct + self.wrong

    @property
    def precision(self) -> float | None:
        return self.correct / self.scored if self.scored else None


def default_folders() -> list[Path]:
    folders = sorted({p.parent for p in LABELS.rglob("*.json")})
    shared = ROOT.parent / "shared" / "corpus"
    folders += [shared / name for name in SHARED_SETS if (shared / name).is_dir()]
    return folders


def source_of(label: Path) -> Path | None:
    """The report a label describes: beside it, or for the project's labels under data/reports."""
    places = [label.parent]
    if label.resolve().is_relative_to(LABELS.resolve()):
        places.append(REPORTS / label.parent.resolve().relative_to(LABELS.resolve()))
    for place in places:
        for suffix in SOURCE_SUFFIXES:
            source = place / (label.stem + suffix)
            if source.exists():
                return source
    return None


def same_number(a: object, b: object) -> bool:
    """The scorer's equality of a value and a label."""
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def judge(label: dict, facts: list[dict], folder: str) -> list[Verdict]:
    """Each fact of one report against its labels, as score_corpus.py counts true and false
    positives."""
    gold: dict[str, list[float]] = defaultdict(list)
    for fact in label.get("facts", []):
        gold[fact["metric"]].append(fact["value"])
    exhaustive = label.get("fact_scope", "exhaustive") == "exhaustive"
    scope = SCORED_METRICS if exhaustive else set(gold)
    verdicts = []
    for fact in facts:
        metric = fact.get("metric")
        wanted = gold.get(metric, [])
        if metric not in scope:
            verdict = "unscored"
        elif any(same_number(fact.get("value"), g) for g in wanted):
            verdict = "correct"
        else:
            verdict = "wrong"
        verdicts.append(
            Verdict(
                folder,
                str(label.get("id")),
                fact.get("rule") or "(none)",
                metric,
                fact.get("value"),
                verdict,
                wanted,
                (fact.get("evidence") or {}).get("text", ""),
            )
        )
    return verdicts


def score_folders(folders: list[Path]) -> tuple[list[Verdict], list[str]]:
    """Every fact of every labelled report in `folders`, judged; and a line for each file that
    could not be parsed and each report met again with other labels (scored with the first)."""
    import govbench

    verdicts: list[Verdict] = []
    errors: list[str] = []
    seen: dict[str, tuple[Path, list]] = {}  # report_id -> the label first met, its facts
    for folder in folders:
        for label_path in sorted(folder.glob("*.json")):
            source = source_of(label_path)
            if source is None:
                continue
            label = json.loads(label_path.read_text(encoding="utf-8"))
            try:
                report = govbench.parse_file(source)
            except Exception as exc:  # unreadable, or a parser bug: this file's line, as in parse
                errors.append(f"{source}: {' '.join(str(exc).split()) or type(exc).__name__}")
                continue
            facts = sorted((f["metric"], f["value"]) for f in label.get("facts", []))
            if report.report_id in seen:  # the same report in another folder: scored once
                first, first_facts = seen[report.report_id]
                if facts != first_facts:
                    errors.append(f"{label_path}: the same report as {first}, labelled otherwise")
                continue
            seen[report.report_id] = (label_path, facts)
            verdicts += judge(label, report.to_json()["facts"], _name(folder))
    return verdicts, errors


def _name(folder: Path) -> str:
    """A folder as the tables name it: from the project or the folder beside it when inside."""
    for base in (ROOT, ROOT.parent):
        if folder.resolve().is_relative_to(base.resolve()):
            return str(folder.resolve().relative_to(base.resolve()))
    return str(folder)


def by_rule(verdicts: list[Verdict], by_metric: bool = False) -> list[RuleScore]:
    """Per rule (and metric, with `by_metric`), the wrong ones first, then the most used."""
    scores: dict[str, RuleScore] = {}
    for v in verdicts:
        key = f"{v.rule} -> {v.metric}" if by_metric else v.rule
        score = scores.setdefault(key, RuleScore(key))
        setattr(score, v.verdict, getattr(score, v.verdict) + 1)
        score.reports.add(f"{v.folder}/{v.report}")
        score.folders.add(v.folder)
        score.metrics.add(v.metric)
    return sorted(scores.values(), key=lambda s: (-s.wrong, -(s.scored + s.unscored), s.rule))


def _table(scores: list[RuleScore], verdicts: list[Verdict]) -> str:
    lines = [
        "| rule | facts | correct | wrong | precision | unscored | reports | folders | metrics |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        precision = "–" if s.precision is None else f"{s.precision:.2f}"
        lines.append(
            f"| {s.rule} | {s.scored + s.unscored} | {s.correct} | {s.wrong} | {precision} "
            f"| {s.unscored} | {len(s.reports)}{' (one)' if len(s.reports) == 1 else ''} "
            f"| {len(s.folders)} | {', '.join(sorted(s.metrics))} |"
        )
    lines.append("")
    for folder in sorted({v.folder for v in verdicts}):
        lines.append(f"{folder}: {_totals([v for v in verdicts if v.folder == folder])}")
    lines.append(f"all: {_totals(verdicts)}")
    return "\n".join(lines)


def _totals(verdicts: list[Verdict]) -> str:
    correct = sum(v.verdict == "correct" for v in verdicts)
    wrong = sum(v.verdict == "wrong" for v in verdicts)
    reports = len({(v.folder, v.report) for v in verdicts})
    precision = f"{correct / (correct + wrong):.3f}" if correct + wrong else "–"
    return (
        f"{len(verdicts)} facts on {reports} reports: {correct} correct, {wrong} wrong, "
        f"precision {precision}"
    )


def silent(verdicts: list[Verdict]) -> list[str]:
    """The narrative phrasings and grammar paths declared that produced no fact (table rules
    are left out: most of their combinations of terms never occur)."""
    from govbench.parse import rule_ids

    fired = {v.rule for v in verdicts}
    return sorted(r for r in rule_ids() if not r.startswith("table.") and r not in fired)


def _shown(scores: list[RuleScore], verdicts: list[Verdict]) -> str:
    """Each wrong fact, by rule, and the facts of the rules that fired on one report only."""
    lines = []
    for s in scores:
        alone = len(s.reports) == 1
        shown = [v for v in verdicts if s.rule in (v.rule, f"{v.rule} -> {v.metric}")]
        shown = [v for v in shown if alone or v.verdict == "wrong"]
        if not shown:
            continue
        lines.append(f"\n{s.rule}{' (one report)' if alone else ''}")
        for v in shown:
            evidence = " ".join(v.evidence.split())
            lines.append(
                f"  {v.verdict}: {v.folder}/{v.report}: {v.metric}={v.value:g} "
                f"(labels: {v.labels}) {evidence[:120]}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="labelled folders")
    parser.add_argument("--show", action="store_true", help="print each wrong fact's evidence")
    parser.add_argument("--json", action="store_true", help="print the per-rule scores as JSON")
    parser.add_argument("--by-metric", action="store_true", help="a row per rule and metric")
    args = parser.parse_args(argv)
    folders = args.folders or default_folders()
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"rule_precision: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    verdicts, errors = score_folders(folders)
    for error in errors:
        print(f"rule_precision: {error}", file=sys.stderr)
    scores = by_rule(verdicts, args.by_metric)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "rule": s.rule,
                        "facts": s.scored + s.unscored,
                        "correct": s.correct,
                        "wrong": s.wrong,
                        "unscored": s.unscored,
                        "precision": s.precision,
                        "reports": len(s.reports),
                        "folders": len(s.folders),
                        "metrics": sorted(s.metrics),
                    }
                    for s in scores
                ],
                ensure_ascii=False,
            )
        )
    else:
        print(f"folders: {', '.join(str(f) for f in folders)}\n")
        print(_table(scores, verdicts))
        print(f"\nrules that produced no fact here: {', '.join(silent(verdicts)) or 'none'}")
    if args.show:
        print(_shown(scores, verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
