"""First sight of the blind sets, recomputed: the honest generalisation figure.

    python benchmark/first_sight.py [SET ...] [--json] [--write] [--cache DIR] [--scorer PATH]

A blind set's first sight is how the parser did on its texts before any rule was written against
them: the parser as it was on the commit that added the set's labels. For each set of
benchmark/blind/ (or each SET named), this finds that commit for every label (the commit that
added its .json, `git log --diff-filter=A`; set U's two batches have two), extracts the parser as
it was then (`git archive COMMIT src pyproject.toml data` into a cache folder, one per distinct
tree, so the many sets drawn on one parser share one copy), runs `govbench parse --json` of that
tree (this venv's python, PYTHONPATH at the extracted src; the run stops if govbench is imported
from anywhere else) on the set's texts, and scores them against TODAY's labels (a label corrected
since was wrong at first sight too) with ../shared/tools/score_corpus.py itself: its main() is
called on a folder of the labels with its run_parser swapped for the cached predictions, so every
figure is the scorer's own.

Printed per set and pooled: facts precision, recall, tp/fp/fn; meta accuracy (right answers over
labelled fields, the five the scorer scores: year, level, province, city, county; from its
per-field shares) and meta_wrong (answers that contradict a label); the pooled figures again by
the label's year band, level and metric (a metric's row scores the labels and predictions of that
metric alone), and by wave (the sets drawn on the parser of the earliest labels' commit, then the
ones drawn later, each after the fixes of the sets before it); and the precision of each kind
of rule (the fact's `rule`: grammar.noun, narrative.zero_patterns, table.table2…), the facts it
read scored against all the labels: which kind of rule guesses on texts it never met. A commit absent from this clone
(a shallow one) is said in one line and its texts skipped. --write puts the pooled tables in
benchmark/blind/README.md between its first-sight markers, and each kind of rule's precision in
data/first_sight_rules.csv, which the app shows beside each figure (govbench.parse.reliability).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from govbench.parse.reliability import RELIABILITY_FILE
from govbench.parse.reliability import rule_family as family_of_rule

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmark" / "blind"
SCORER = ROOT.parent / "shared" / "tools" / "score_corpus.py"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govbench-first-sight"
README = BLIND / "README.md"
RELIABILITY = ROOT / RELIABILITY_FILE  # each kind of rule's precision at first sight, for the app
BEGIN, END = "<!-- first_sight.py: begin -->", "<!-- first_sight.py: end -->"
BANDS = (("2008–13", 2008, 2013), ("2014–19", 2014, 2019), ("2020–25", 2020, 2025))
META_FIELDS = ("year", "level", "province", "city", "county")
ARCHIVED = ("src", "pyproject.toml", "data")  # the parser, its rules data and region aliases

# Runs `govbench parse` of the tree whose src is argv[1], after checking that it is that tree's
# govbench that was imported (not this checkout's editable install).
DRIVER = """
import sys
from pathlib import Path
src = Path(sys.argv[1]).resolve()
import govbench
where = Path(govbench.__file__).resolve()
if not where.is_relative_to(src):
    sys.exit(f"first_sight: govbench imported from {where}, not from {src}")
from govbench.cli import main
sys.exit(main(sys.argv[2:]))  # the scorer's run_parser adds "parse" … "--json"
"""


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout


@functools.cache
def has_commit(commit: str) -> bool:
    probe = ["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}^{{commit}}"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@functools.cache
def shallow_boundary() -> frozenset[str]:
    """The commits a shallow clone's history stops at (none in a full clone): a file seems added
    there, whatever commit really added it."""
    path = Path(git("rev-parse", "--git-path", "shallow").strip())
    path = path if path.is_absolute() else ROOT / path
    return frozenset(path.read_text().split() if path.is_file() else ())


def load_scorer(path: Path = SCORER) -> ModuleType:
    if not path.is_file():
        raise SystemExit(f"first_sight: the scorer is not at {path} (--scorer PATH)")
    spec = importlib.util.spec_from_file_location("score_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Text:
    set: str
    label_path: Path
    source: Path  # resolved
    label: dict
    commit: str  # full hash of the commit that added the label


@dataclass
class Plan:
    texts: list[Text] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skipped commits, labels with no commit


def label_commits(set_dir: Path) -> dict[str, str]:
    """The commit that first added each label of a set (path relative to the project -> hash)."""
    rel = set_dir.resolve().relative_to(ROOT)
    out = git("log", "--diff-filter=A", "--reverse", "--format=commit %H", "--name-only", "--",
              str(rel))  # fmt: skip
    first: dict[str, str] = {}
    commit = ""
    for line in out.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1]
        elif line.endswith(".json"):
            first.setdefault(line, commit)
    return first


def readme_commits(set_dir: Path) -> list[str]:
    """The commits a set's README names for its first sight (`On commit X`, `On X (`,
    `## First sight (commit X, …`)."""
    readme = set_dir / "README.md"
    if not readme.is_file():
        return []
    pattern = re.compile(r"^(?:On (?:commit )?|## First sight \(commit )([0-9a-f]{7,40})\b")
    return [m.group(1) for m in map(pattern.match, readme.read_text("utf-8").splitlines()) if m]


def plan(sets: list[Path], scorer: ModuleType) -> Plan:
    result = Plan()
    for set_dir in sets:
        commits = label_commits(set_dir)
        absent: dict[str, int] = defaultdict(int)
        for label_path in sorted(set_dir.glob("*.json")):
            source = scorer.find_source(label_path)
            if source is None:
                continue
            rel = str(label_path.resolve().relative_to(ROOT))
            commit = commits.get(rel)
            if commit is None:  # renamed since: follow it
                log = git("log", "--follow", "--diff-filter=A", "--format=%H", "--", rel).split()
                commit = log[-1] if log else None
            if commit is None:
                result.notes.append(f"{set_dir.name}: {label_path.name} has no commit; skipped")
                continue
            if commit in shallow_boundary():  # history cut there: the labels came earlier
                named = readme_commits(set_dir)
                absent[named[0] if len(named) == 1 else f"before {commit[:7]}"] += 1
                continue
            if not has_commit(commit):
                absent[commit[:7]] += 1
                continue
            label = json.loads(label_path.read_text(encoding="utf-8"))
            result.texts.append(Text(set_dir.name, label_path, source.resolve(), label, commit))
        for commit, n in absent.items():
            result.notes.append(
                f"{set_dir.name}: commit {commit} is absent from this clone; "
                f"its {n} text(s) skipped"
            )
        named = readme_commits(set_dir)
        found = {c for t in result.texts if t.set == set_dir.name for c in [t.commit]}
        known = {c[:7] for c in found} | set(absent)
        if (
            named
            and not absent
            and not all(any(c.startswith(n) or n.startswith(c) for c in known) for n in named)
        ):
            result.notes.append(
                f"{set_dir.name}: README names {', '.join(named)}; the labels were added on "
                f"{', '.join(sorted(known))}"
            )
    return result


@functools.cache
def tree_key(commit: str) -> str:
    """One name for the parser a commit holds: the same src, pyproject and data share one copy."""
    objects = []
    for path in ARCHIVED:
        try:
            objects.append(git("rev-parse", f"{commit}:{path}").strip())
        except subprocess.CalledProcessError:
            objects.append("-")
    return hashlib.sha1(" ".join(objects).encode()).hexdigest()[:12]


def extract(commit: str, cache: Path) -> Path:
    """The parser of `commit`, extracted once into cache/<tree key>/."""
    tree = cache / tree_key(commit)
    if (tree / ".complete").exists():
        return tree
    cache.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix="partial-", dir=cache))
    present = [p for p in ARCHIVED if git("ls-tree", "--name-only", commit, p).strip()]
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, *present], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(partial)], input=archive, check=True)
    (partial / ".complete").write_text(commit + "\n", encoding="utf-8")
    try:
        partial.rename(tree)
    except OSError:  # extracted meanwhile by another run
        shutil.rmtree(partial, ignore_errors=True)
    return tree


def parser_command(tree: Path) -> list[str]:
    src = str((tree / "src").resolve())
    return ["env", f"PYTHONPATH={src}", sys.executable, "-c", DRIVER, src]


def imported_from(tree: Path) -> Path:
    """Where the tree's parser run imports govbench from (the check the driver makes)."""
    src = str((tree / "src").resolve())
    probe = "import govbench; print(govbench.__file__)"
    out = subprocess.run(
        ["env", f"PYTHONPATH={src}", sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    ).stdout
    return Path(out.strip()).resolve()


def predictions(texts: list[Text], cache: Path, scorer: ModuleType) -> dict[Path, dict | None]:
    """Each text parsed by the parser of its labels' commit (the scorer's run_parser: batches of
    40, one file at a time when a batch fails), cached beside the tree by the text's hash."""
    by_tree: dict[Path, list[Text]] = defaultdict(list)
    for t in texts:
        by_tree[extract(t.commit, cache)].append(t)
    preds: dict[Path, dict | None] = {}
    for tree, group in by_tree.items():
        store = tree / "predictions"
        store.mkdir(exist_ok=True)
        keyed = {t.source: store / (hashlib.sha1(t.source.read_bytes()).hexdigest() + ".json")
                 for t in group}  # fmt: skip
        todo = sorted({s for s, p in keyed.items() if not p.exists()})
        if todo:
            for source, pred in zip(todo, scorer.run_parser(parser_command(tree), todo, tree)):
                if pred is None:  # a parse failure is the parser's answer; not cached
                    preds[source] = None
                    continue
                keyed[source].write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        for source, path in keyed.items():
            if source not in preds:
                preds[source] = json.loads(path.read_text(encoding="utf-8"))
    return preds


def score(
    texts: list[Text],
    preds: dict[Path, dict | None],
    scorer: ModuleType,
    metric: str | None = None,
    rule: str | None = None,
) -> dict:
    """The scorer's scores (its --json) of `texts`, whose parse is `preds`; with `metric`, of
    that metric's labels and predictions alone; with `rule`, of the predictions of that rule
    family alone against all the labels (its precision; its recall means nothing). Adds
    meta_accuracy, meta_right, meta_labelled and meta_wrong."""
    with tempfile.TemporaryDirectory(prefix="first-sight-") as tmp:
        folder = Path(tmp)
        for t in texts:
            name = f"{t.set}__{t.label_path.stem}"
            label = dict(t.label)
            if metric is not None:
                label["facts"] = [f for f in label.get("facts", []) if f["metric"] == metric]
            (folder / f"{name}.json").write_text(json.dumps(label, ensure_ascii=False), "utf-8")
            (folder / f"{name}{t.source.suffix}").symlink_to(t.source)  # the scorer resolves it

        def cached(cmd: list[str], files: list[Path], cwd: Path) -> list[dict | None]:
            out = []
            for f in files:
                pred = preds[Path(f).resolve()]
                if pred is not None and metric is not None:
                    facts = [x for x in pred.get("facts") or [] if x.get("metric") == metric]
                    pred = {**pred, "facts": facts}
                if pred is not None and rule is not None:
                    facts = [x for x in pred.get("facts") or [] if rule_family(x) == rule]
                    pred = {**pred, "facts": facts}
                out.append(pred)
            return out

        saved_run, saved_argv = scorer.run_parser, sys.argv
        scorer.run_parser = cached
        sys.argv = ["score_corpus.py", "--corpus", str(folder), "--govbench", "true", "--json"]
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                scorer.main()
        finally:
            scorer.run_parser, sys.argv = saved_run, saved_argv
    scores = json.loads(printed.getvalue().strip().splitlines()[-1])
    labelled = {f: 0 for f in META_FIELDS}  # the fields the scorer scores: labelled, not unknown
    for t in texts:
        for f in META_FIELDS:
            want = t.label.get(f)
            want = scorer.norm_place(want) if f in scorer.REGION_FIELDS else want
            if want not in (None, "unknown"):
                labelled[f] += 1
    right = sum(round(scores.get(f, 0.0) * labelled[f]) for f in META_FIELDS)
    scores["meta_right"] = right
    scores["meta_labelled"] = sum(labelled.values())
    scores["meta_accuracy"] = round(right / scores["meta_labelled"], 4) if right else 0.0
    scores["meta_wrong"] = sum(scores.get(f"{f}_wrong", 0) for f in META_FIELDS)
    return scores


def rule_family(fact: dict) -> str:
    """The kind of rule that read a fact, from its `rule` (grammar.noun, narrative.<metric>.
    zero_patterns.0, table.table2.<row>.<column>): grammar.noun, narrative.zero_patterns,
    table.table2 (govbench.parse.reliability.rule_family). A parser older than the `rule`
    field: its `method` (narrative, table)."""
    rule = fact.get("rule")
    if not rule:
        return f"{fact.get('method') or 'unknown'} (no rule recorded)"
    return family_of_rule(rule)


def band(label: dict) -> str:
    year = label.get("year")
    for name, lo, hi in BANDS:
        if isinstance(year, int) and lo <= year <= hi:
            return name
    return "year unknown"


def measure(sets: list[Path], cache: Path = CACHE, scorer: ModuleType | None = None) -> dict:
    """Every table: {"sets": {name: scores}, "pooled": scores, "by_band": …, "by_level": …,
    "by_metric": …, "by_wave": …, "by_rule": …, "notes": [...]} (a set's scores carry its commits)."""
    scorer = scorer or load_scorer()
    planned = plan(sets, scorer)
    texts = planned.texts
    preds = predictions(texts, cache, scorer)
    result: dict = {"notes": planned.notes, "sets": {}}
    for name in dict.fromkeys(t.set for t in texts):
        members = [t for t in texts if t.set == name]
        scores = score(members, preds, scorer)
        scores["commits"] = sorted({t.commit[:7] for t in members})
        result["sets"][name] = scores
    if not texts:
        return result
    result["pooled"] = score(texts, preds, scorer)
    groups: dict[str, dict[str, list[Text]]] = {"by_band": {}, "by_level": {}, "by_wave": {}}
    for t in texts:
        groups["by_band"].setdefault(band(t.label), []).append(t)
        groups["by_level"].setdefault(str(t.label.get("level") or "unknown"), []).append(t)
    commits = {t.commit for t in texts}
    history = git("rev-list", "--topo-order", "--reverse", *commits).split()
    first = next(c for c in history if c in commits)
    first_tree = tree_key(first)
    wave_sets = sorted({t.set for t in texts if tree_key(t.commit) == first_tree})
    for t in texts:
        drawn = "first" if tree_key(t.commit) == first_tree else "later"
        key = f"{drawn}: {', '.join(wave_sets)}" if drawn == "first" else "later"
        groups["by_wave"].setdefault(key, []).append(t)
    for kind, members_of in groups.items():
        order = (
            sorted(members_of) if kind != "by_band" else [b[0] for b in BANDS] + ["year unknown"]
        )
        result[kind] = {k: score(members_of[k], preds, scorer) for k in order if k in members_of}
    metrics = sorted(scorer.FACT_METRICS)
    by_metric = {m: score(texts, preds, scorer, metric=m) for m in metrics}
    result["by_metric"] = {
        m: s for m, s in by_metric.items() if s["fact_tp"] + s["fact_fp"] + s["fact_fn"]
    }
    families = Counter(
        rule_family(f)
        for t in texts
        for f in (preds[t.source] or {}).get("facts") or []
        if f.get("metric") in scorer.FACT_METRICS
    )
    result["by_rule"] = {r: score(texts, preds, scorer, rule=r) for r, _ in families.most_common()}
    return result


def _row(name: str, s: dict, meta: bool = True) -> str:
    metas = f"{s['meta_accuracy']:.3f} | {s['meta_wrong']}" if meta else "– | –"
    return (
        f"| {name} | {s['reports']} | {s['fact_precision']:.3f} | {s['fact_recall']:.3f} | "
        f"{s['fact_tp']} | {s['fact_fp']} | {s['fact_fn']} | {metas} |"
    )


HEAD = "| {} | reports | P | R | tp | fp | fn | meta | meta_wrong |\n|---|---|---|---|---|---|---|---|---|"


RULE_HEAD = "| rule (facts it read) | facts | P | tp | fp |\n|---|---|---|---|---|"


def pooled_tables(result: dict) -> str:
    lines = [HEAD.format("pooled"), _row("all sets", result["pooled"])]
    for kind, title in (("by_wave", "wave"), ("by_band", "year band"), ("by_level", "level"),
                        ("by_metric", "metric")):  # fmt: skip
        lines += ["", HEAD.format(title)]
        lines += [_row(k, s, meta=kind != "by_metric") for k, s in result[kind].items()]
    if result.get("by_rule"):
        lines += ["", RULE_HEAD]
        for r, s in result["by_rule"].items():
            read = s["fact_tp"] + s["fact_fp"]
            lines.append(
                f"| {r} | {read} | {s['fact_precision']:.3f} | {s['fact_tp']} | {s['fact_fp']} |"
            )
    return "\n".join(lines)


def render(result: dict) -> str:
    lines = list(result["notes"])
    lines += [HEAD.format("set (labels' commit)")]
    for name, s in result["sets"].items():
        lines.append(_row(f"{name} ({'+'.join(s['commits'])})", s))
    if "pooled" in result:
        lines += ["", pooled_tables(result)]
    return "\n".join(lines)


def write_readme(result: dict, readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    block = (
        f"{BEGIN}\nPrinted by `python benchmark/first_sight.py --write`: each set's texts parsed "
        "by the parser of\nits labels' commit, scored by score_corpus.py against today's labels "
        "(meta: right answers\nover labelled year, level, province, city, county).\n\n"
        f"{pooled_tables(result)}\n{END}"
    )
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n## First sight, pooled\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def write_reliability(result: dict, path: Path = RELIABILITY) -> None:
    """Each kind of rule's first-sight precision (the by-rule table) as the CSV the app reads
    (govbench.parse.reliability): the kinds a recorded rule names, most facts first."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["rule_family", "facts", "right", "precision"])
        for family, s in result["by_rule"].items():
            if "(no rule recorded)" in family:
                continue
            facts = s["fact_tp"] + s["fact_fp"]
            out.writerow([family, facts, s["fact_tp"], f"{s['fact_tp'] / facts:.4f}"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="blind set folders (default: all)")
    ap.add_argument("--json", action="store_true", help="print every table as JSON")
    ap.add_argument(
        "--write",
        action="store_true",
        help="put the pooled tables in the README and the rules' precision in " + RELIABILITY_FILE,
    )
    ap.add_argument("--cache", type=Path, default=CACHE, help=f"extracted parsers ({CACHE})")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="score_corpus.py")
    args = ap.parse_args(argv)
    sets = args.sets or sorted(p.parent for p in BLIND.glob("*/README.md"))
    result = measure(sets, args.cache, load_scorer(args.scorer))
    print(json.dumps(result, ensure_ascii=False) if args.json else render(result))
    if args.write and "pooled" in result:
        write_readme(result)
        write_reliability(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
