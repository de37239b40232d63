"""Would the parser gain by saying "unknown" where its text gives a metric two readings?

    python benchmark/contested.py [SET ...]

At first sight (each blind set's texts parsed by the parser of its labels' commit, as
benchmark/first_sight.py does), every narrative fact is classed by the candidates its parser
weighed for that metric (parse/facts.py `_best`, wrapped for the run):
  - contested: another candidate of the same tier (not demoted, not a worded zero, the same
    rank) gives another value; the first in the text won;
  - contested at any tier: another candidate neither demoted nor a worded zero gives one;
and every wrong fact by why it is wrong: the labels hold no figure of that metric at all (the
parser read a figure the text does not state for it), or they hold another value. Each class's
precision against today's labels says what abstaining on it would buy: precision rises only when
the class's own precision is below the rest's, and every right fact dropped is recall lost.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import first_sight as fs  # noqa: E402

# Runs the tree's `govbench parse --json` one file at a time, recording what `_best` weighed.
DRIVER = r"""
import contextlib, io, json, sys
from pathlib import Path
src = Path(sys.argv[1]).resolve()
import govbench
if not Path(govbench.__file__).resolve().is_relative_to(src):
    sys.exit(f"contested: govbench imported from {govbench.__file__}, not from {src}")
from govbench.parse import facts
from govbench.cli import main
weighed = []
chosen = facts._best
def best(candidates):
    winner = chosen(candidates)
    if winner is not None:
        weighed.append((winner.metric, winner.start, winner.value, [
            (c.value, c.start, c.demoted, c.worded_zero, getattr(c, "rank", 0))
            for c in candidates]))
    return winner
facts._best = best
out = {}
for path in sys.argv[2:]:
    weighed.clear()
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            main(["parse", path, "--json"])
        report = json.loads(printed.getvalue().strip().splitlines()[-1])
    except Exception:
        report = None
    out[path] = {"report": report, "weighed": list(weighed)}
print(json.dumps(out, ensure_ascii=False))
"""


def first_sight_runs(sets: list[Path], scorer) -> list[dict]:
    plan = fs.plan(sets, scorer)
    for note in plan.notes:
        print(note, file=sys.stderr)
    by_tree: dict[Path, list[fs.Text]] = defaultdict(list)
    for t in plan.texts:
        by_tree[fs.extract(t.commit, fs.CACHE)].append(t)
    runs = []
    for tree, group in by_tree.items():
        src = str((tree / "src").resolve())
        paths = [str(t.source) for t in group]
        done = subprocess.run(
            ["env", f"PYTHONPATH={src}", sys.executable, "-c", DRIVER, src, *paths],
            capture_output=True,
            text=True,
            cwd=tree,
        )
        if done.returncode:
            print(f"contested: {tree.name}: {done.stderr.strip()[-300:]}", file=sys.stderr)
            continue
        got = json.loads(done.stdout.strip().splitlines()[-1])
        runs += [{"label": t.label, **got[str(t.source)]} for t in group]
    return runs


def classes(run: dict, scorer) -> list[tuple[list[str], bool]]:
    """Each scored fact of a run as (its classes, right?)."""
    same = scorer.same_number
    labelled = defaultdict(list)
    for f in run["label"].get("facts", []):
        labelled[f["metric"]].append(f["value"])
    weighed = {metric: (start, value, cands) for metric, start, value, cands in run["weighed"]}
    out = []
    for fact in (run["report"] or {}).get("facts") or []:
        metric = fact["metric"]
        if metric not in scorer.FACT_METRICS:
            continue
        right = any(same(fact["value"], v) for v in labelled[metric])
        kinds = ["all facts"]
        if not right:
            kinds.append("wrong: labels hold another value" if labelled[metric] else
                         "wrong: labels hold no figure of the metric")  # fmt: skip
        if fact.get("method") == "narrative" and metric in weighed:
            start, value, cands = weighed[metric]
            tier = next((c[2:5] for c in cands if c[1] == start and same(c[0], value)), None)
            other = [c for c in cands if not same(c[0], fact["value"])]
            if tier is not None and any(tuple(c[2:5]) == tuple(tier) for c in other):
                kinds.append("contested (same tier)")
            if any(not c[2] and not c[3] for c in other):
                kinds.append("contested (any tier)")
        out.append((kinds, right))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="blind set names (default: all)")
    args = ap.parse_args()
    scorer = fs.load_scorer()
    sets = [fs.BLIND / s for s in args.sets] or sorted(
        p for p in fs.BLIND.iterdir() if p.is_dir() and any(p.glob("*.json"))
    )
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for run in first_sight_runs(sets, scorer):
        for kinds, right in classes(run, scorer):
            for k in kinds:
                tally[k][0 if right else 1] += 1
    print("| class (first sight) | facts | right | wrong | P |\n|---|---|---|---|---|")
    for k, (right, wrong) in sorted(tally.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {k} | {right + wrong} | {right} | {wrong} | {right / (right + wrong):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
