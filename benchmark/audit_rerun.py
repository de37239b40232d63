"""The precision audits again: today's parse of each audited opening against the parse the audit judged.

    python benchmark/audit_rerun.py [AUDIT ...]     (AUDIT: AG, AH, ... ; default: every *-audit.md)

A precision audit (benchmark/blind/<X>-audit.md, texts in <X>-audit/) judged every figure the parser
read on fresh openings, on the commit that added the audit. The texts have no labels, so no scorer
line guards them: a later rule may lose a figure judged right, or read a new one nobody judged. This
parses each audit's texts with the parser of the audit's commit (extracted as first_sight.py does)
and with this checkout's, and prints every scored figure added or lost since, with the audit's
verdict on it when its table has one ("right", "not a fact", "wrong value (…)"). A figure lost that
the audit judged right is a regression to look at; one added is a figure to judge.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import first_sight  # noqa: E402  (the extraction of a commit's parser, shared)

BLIND = first_sight.BLIND
# the metrics score_corpus.py scores on an opening, which the audits judged
SCORED = frozenset(
    """proactive_items_total policy_documents interpretations requests_received requests_completed
    admin_reconsideration admin_litigation new_media_posts press_conferences proposals_answered
    normative_docs_made hotline_calls fees_yuan funding_yuan""".split()
)


def audit_commit(audit: str) -> str:
    """The commit that added the audit's table: the parser it judged."""
    added = first_sight.git(
        "log", "--diff-filter=A", "--format=%H", "--", f"benchmark/blind/{audit}-audit.md"
    ).split()
    if not added:
        raise SystemExit(f"audit_rerun: no commit added benchmark/blind/{audit}-audit.md")
    return added[-1]


def verdicts(audit: str) -> dict[tuple[str, str, float], str]:
    """(text, metric, value) -> the audit's verdict, from its table's rows (columns found by the
    header's names: id, metric, value, verdict)."""
    table = (BLIND / f"{audit}-audit.md").read_text(encoding="utf-8")
    found: dict[tuple[str, str, float], str] = {}
    columns: dict[str, int] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if {"id", "metric", "value", "verdict"} <= set(cells):
            columns = {name: i for i, name in enumerate(cells)}
            continue
        if not columns or len(cells) < len(columns):
            continue
        metric, value = cells[columns["metric"]], cells[columns["value"]]
        if metric in SCORED and re.fullmatch(r"[\d.]+", value):
            found[(cells[columns["id"]], metric, float(value))] = cells[columns["verdict"]]
    return found


def scored(report: dict | None) -> dict[tuple[str, float], str]:
    """The scored figures of a parse, with their evidence; none for a parse that failed."""
    return {
        (f["metric"], float(f["value"])): (f.get("evidence") or {}).get("text", "")
        for f in (report or {}).get("facts") or []
        if f["metric"] in SCORED
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("audits", nargs="*", help="AG, AH, ... (default: every audit)")
    args = ap.parse_args(argv)
    audits = args.audits or sorted(p.name[: -len("-audit.md")] for p in BLIND.glob("*-audit.md"))
    today = [sys.executable, "-m", "govbench.cli"]
    # the scorer's own runner (batches, one file at a time when a batch fails), as first_sight.py's
    run_parser = first_sight.load_scorer().run_parser
    lost_right = 0
    for audit in audits:
        texts = sorted((BLIND / f"{audit}-audit").glob("*.txt"))
        if not texts:
            continue
        commit = audit_commit(audit)
        tree = first_sight.extract(commit, first_sight.CACHE)
        then = run_parser(first_sight.parser_command(tree), texts, tree)
        now = run_parser(today, texts, first_sight.ROOT)
        judged = verdicts(audit)
        print(f"## {audit}-audit ({len(texts)} texts, judged on {commit[:7]})")
        for text, old, new in zip(texts, then, now, strict=True):
            before, after = scored(old), scored(new)
            for key in sorted(set(before) - set(after)):
                verdict = judged.get((text.stem, *key), "not in the table")
                lost_right += verdict.startswith("right")
                print(f"- {text.stem}: lost {key[0]}={key[1]:g} ({verdict}) {before[key][:60]!r}")
            for key in sorted(set(after) - set(before)):
                verdict = judged.get((text.stem, *key), "to judge")
                print(f"+ {text.stem}: new {key[0]}={key[1]:g} ({verdict}) {after[key][:60]!r}")
    print(f"\nfigures judged right and lost since: {lost_right}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
