"""Run the parser on the paraphrases of benchmark/paraphrase/para2_cases.txt and write para2.md.

Usage: python benchmark/paraphrase/para2.py [--md]  (prints the failures; --md rewrites para2.md)
A paraphrase fails on precision when the parser reads a metric the expected facts do not hold or a
value none of them allows; on recall when an expected metric is not read at all.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from govbench.parse.facts import narrative_facts
from govbench.read.normalise import normalise

HERE = Path(__file__).parent
TRAIN = HERE.parent.parent.parent / "shared" / "corpus" / "openings2" / "train"
# The metrics the scorer judges (shared/tools/score_corpus.py FACT_METRICS); the outcome metrics
# (requests_granted…) are not labelled in openings2.
SCORED = {
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


@dataclass
class Case:
    text_id: str
    sign: str
    original: str
    year: int
    expected: dict[str, set[float]]
    paraphrase: str
    got: dict[str, float] = field(default_factory=dict)

    def misses(self) -> tuple[list[str], list[str]]:
        wrong = [f"{m}={v:g}" for m, v in self.got.items() if v not in self.expected.get(m, set())]
        lost = [m for m in self.expected if m not in self.got]
        return wrong, lost


def _year(text_id: str) -> int:
    label = TRAIN / f"{text_id}.json"
    if label.exists():
        return int(json.loads(label.read_text())["year"])
    return int(text_id.rsplit("-", 2)[-1].split("-")[0])


def load(path: Path = HERE / "para2_cases.txt") -> list[Case]:
    cases: list[Case] = []
    head: tuple[str, str, str, int] | None = None
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            text_id, sign, original = line[2:].split(" ", 2)
            head = (text_id, sign, original, _year(text_id))
            continue
        assert head is not None, line
        want, text = (part.strip() for part in line.split("|", 1))
        expected: dict[str, set[float]] = {}
        if want != "-":
            for item in want.split(","):
                metric, values = item.split("=")
                expected[metric] = {float(v) for v in values.split("/")}
        cases.append(Case(*head, expected=expected, paraphrase=text))
    return cases


def run(cases: list[Case]) -> None:
    for case in cases:
        # as a report is read: simplified, half-width (read/normalise.py), then its sentences
        facts = narrative_facts(normalise(case.paraphrase), year=case.year, format=None)
        case.got = {f.metric: f.value for f in facts if f.metric in SCORED}


def _fmt(facts: dict) -> str:
    def value(v: float | set[float]) -> str:
        return "/".join(f"{x:g}" for x in sorted(v)) if isinstance(v, set) else f"{v:g}"

    return ", ".join(f"{m}={value(v)}" for m, v in facts.items()) or "-"


def _arg(flag: str) -> str | None:
    return sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else None


def main() -> None:
    """--dump FILE: the outcomes as JSON (run with PYTHONPATH at an older src for a "before");
    --md [--before FILE]: rewrite para2.md, with that older run's outcomes beside."""
    cases = load()
    run(cases)
    rows = []
    stats = {"N": [0, 0, 0], "P": [0, 0, 0]}  # cases, precision failures, recall failures
    for case in cases:
        wrong, lost = case.misses()
        stat = stats[case.sign]
        stat[0] += 1
        stat[1] += bool(wrong)
        stat[2] += bool(lost) and not wrong
        outcome = "precision" if wrong else ("recall" if lost else "ok")
        rows.append((case, outcome))
        if outcome != "ok":
            print(f"[{case.sign} {outcome}] {case.text_id}: {case.paraphrase}")
            print(f"    expected {_fmt(case.expected)}  got {_fmt(case.got)}")
    for sign, (n, p, r) in stats.items():
        print(f"{sign}: {n} paraphrases, {p} precision failures, {r} recall failures")
    if (dump := _arg("--dump")) is not None:
        Path(dump).write_text(
            json.dumps([[c.paraphrase, o, _fmt(c.got)] for c, o in rows], ensure_ascii=False)
        )
    if "--md" in sys.argv:
        before: dict[str, tuple[str, str]] = {}
        if (older := _arg("--before")) is not None:
            before = {t: (o, g) for t, o, g in json.loads(Path(older).read_text())}
            old = {"N": [0, 0, 0], "P": [0, 0, 0]}
            for case, _ in rows:
                outcome = before.get(case.paraphrase, ("ok", ""))[0]
                old[case.sign][0] += 1
                old[case.sign][1] += outcome == "precision"
                old[case.sign][2] += outcome == "recall"
        out = [
            "# Paraphrase audit, half 2 (para2)",
            "",
            "Sentences of openings2/train (the 64 texts of notes/para-2.txt) said again as another body",
            "of the genre would write them; generated by `python benchmark/paraphrase/para2.py --md"
            " --before FILE` from `para2_cases.txt` (FILE: `--dump` of the same run at the integ",
            "commit's src). N: a sentence the labels leave out (its paraphrase must give nothing",
            "but its context's facts); P: a labelled one. Expected facts follow train's labels;",
            "the parser's facts are read from the normalised text as a report's are.",
            "",
        ]
        for sign, (n, p, r) in stats.items():
            kind = "negatives" if sign == "N" else "positives"
            was = ""
            if before:
                _, op, orr = old[sign]
                was = f" (before: {op} precision, {orr} recall)"
            out.append(
                f"- {kind}: {n} paraphrases, {p} precision failures, {r} recall failures{was}"
            )
        out += [
            "",
            "| text | N/P | original | paraphrase | expected | got | outcome | before |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for case, outcome in rows:
            was_outcome, was_got = before.get(case.paraphrase, ("", ""))
            was = was_outcome if was_outcome in ("ok", "") else f"{was_outcome}: {was_got}"
            cells = [
                case.text_id,
                case.sign,
                case.original,
                case.paraphrase,
                _fmt(case.expected),
                _fmt(case.got),
                outcome,
                was,
            ]
            out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
        (HERE / "para2.md").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
