"""Measure the parser against a generated corpus's ground truth (govbench generate).

Cells are compared one by one: exact, missing (the parser left it blank), wrong (another number),
or invented (a number where the truth has no cell). Facts likewise, per metric.
tests/test_generated_roundtrip.py holds the parser to these scores.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import parse_file
from ..model import Report, UnreadableError


@dataclass
class TruthScore:
    cells: Counter = field(default_factory=Counter)  # exact / missing / wrong / invented
    cells_by_rendering: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    facts: Counter = field(default_factory=Counter)  # exact / missing / wrong / extra
    metadata: Counter = field(default_factory=Counter)  # field -> reports right
    reports: int = 0
    unreadable: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def cell_exact_share(self) -> float:
        judged = self.cells["exact"] + self.cells["missing"] + self.cells["wrong"]
        return self.cells["exact"] / judged if judged else 0.0


def score_corpus(folder: Path, limit: int | None = None) -> TruthScore:
    score = TruthScore()
    truths = sorted(Path(folder).glob("*.truth.json"))[:limit]
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        try:
            report = parse_file(Path(folder) / truth["source"])
        except UnreadableError as exc:
            score.unreadable.append(f"{truth['source']}: {exc}")
            continue
        score_report(truth, report, score)
    return score


def score_report(truth: dict, report: Report, score: TruthScore) -> None:
    score.reports += 1
    for name in ("year", "format", "level", "body_kind"):
        score.metadata[name] += getattr(report, name) == truth[name]
    score.metadata["region_code"] += report.region.code == truth["region"]["code"]
    by_rendering = score.cells_by_rendering[truth["rendering"]]
    for table, rows in truth["tables"].items():
        for row, cols in rows.items():
            for col, want in cols.items():
                cell = report.tables.get(table, {}).get(row, {}).get(col)
                verdict = _verdict(want, None if cell is None else cell.value)
                score.cells[verdict] += 1
                by_rendering[verdict] += 1
                if verdict != "exact":
                    score.misses.append(
                        f"{truth['source']}: {table}.{row}.{col} "
                        f"want {want} got {None if cell is None else cell.value}"
                    )
    for table, rows in report.tables.items():
        for row, cols in rows.items():
            for col, cell in cols.items():
                absent = col not in truth["tables"].get(table, {}).get(row, {})
                if cell.value is not None and absent:
                    score.cells["invented"] += 1
                    by_rendering["invented"] += 1
                    score.misses.append(f"{truth['source']}: invented {table}.{row}.{col}")
    want_facts = {f["metric"]: f["value"] for f in truth["facts"]}
    got_facts = {f.metric: f.value for f in report.facts}
    for metric, want in want_facts.items():
        score.facts[_verdict(want, got_facts.get(metric))] += 1
    score.facts["extra"] += len(got_facts.keys() - want_facts.keys())


def _verdict(want: float | None, got: float | None) -> str:
    if want is None:
        return "exact" if got is None else "wrong"
    if got is None:
        return "missing"
    return "exact" if abs(got - want) <= 1e-6 * max(1.0, abs(want)) else "wrong"
