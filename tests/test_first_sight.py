"""benchmark/first_sight.py recomputes a blind set's first sight from git: its texts parsed by the
parser of the commit that added its labels, scored by ../shared/tools/score_corpus.py against
today's labels. Two small sets whose labels are unchanged since (their READMEs: "none yet") must
give their READMEs' first-sight lines again, misses and wrong facts included."""

from __future__ import annotations

import importlib.util
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmark" / "blind"
# set -> (its labels' commit, the README's first-sight fact_tp, fact_fp, fact_fn, reports)
FIRST_SIGHT = {"X10": ("009d280", 3, 0, 1, 1), "X8": ("7cf65e5", 10, 1, 0, 9)}


def _tool():
    spec = importlib.util.spec_from_file_location(
        "first_sight", ROOT / "benchmark" / "first_sight.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["first_sight"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _needs(tool, *commits: str) -> None:
    for commit in commits:
        if not tool.has_commit(commit):
            pytest.skip(f"commit {commit} is absent from this clone (shallow?)")


@pytest.fixture(scope="module")
def tool():
    module = _tool()
    if not module.SCORER.exists():  # the one measure we do not own (as in test_fact_rules.py)
        pytest.skip("../shared/tools/score_corpus.py is not beside the project")
    return module


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("first-sight-cache")


@pytest.fixture(scope="module")
def measured(tool, cache):
    _needs(tool, *(commit for commit, *_ in FIRST_SIGHT.values()))
    return tool.measure([BLIND / name for name in FIRST_SIGHT], cache)


def test_the_commit_is_the_labels_commit_the_readme_names(tool):
    _needs(tool, "009d280")
    assert tool.readme_commits(BLIND / "X10") == ["009d280"]
    commits = set(tool.label_commits(BLIND / "X10").values())
    assert len(commits) == 1 and commits.pop().startswith("009d280")
    u = set(tool.label_commits(BLIND / "U").values())  # two batches, two commits
    assert sorted(c[:7] for c in u) == sorted(tool.readme_commits(BLIND / "U"))


def test_each_set_scores_its_readme_first_sight_line(measured):
    for name, (commit, tp, fp, fn, reports) in FIRST_SIGHT.items():
        scores = measured["sets"][name]
        assert scores["commits"] == [commit]
        got = (scores["fact_tp"], scores["fact_fp"], scores["fact_fn"], scores["reports"])
        assert got == (tp, fp, fn, reports), name
        assert scores["meta_accuracy"] == 1.0 and scores["meta_wrong"] == 0
        assert scores["parse_failures"] == 0


def test_the_known_miss_and_wrong_fact_are_the_ones_of_first_sight(measured):
    # X10's one miss at first sight: 受理…9件,…已全部辦理結束 not read as completed;
    # X8's one wrong fact: a new-media count. Today's parser need not repeat either.
    by_metric = measured["by_metric"]
    assert by_metric["requests_completed"]["fact_fn"] == 1
    assert by_metric["new_media_posts"]["fact_fp"] == 1
    assert sum(s["fact_fn"] for s in by_metric.values()) == 1
    assert sum(s["fact_fp"] for s in by_metric.values()) == 1


def test_pooled_figures_are_the_sums_of_the_sets(measured):
    pooled = measured["pooled"]
    for key in ("fact_tp", "fact_fp", "fact_fn", "reports", "meta_wrong", "meta_right"):
        assert pooled[key] == sum(s[key] for s in measured["sets"].values()), key
        for kind in ("by_band", "by_level", "by_wave"):
            assert pooled[key] == sum(s[key] for s in measured[kind].values()), (kind, key)
    for key in ("fact_tp", "fact_fp", "fact_fn"):
        assert pooled[key] == sum(s[key] for s in measured["by_metric"].values()), key
    assert pooled["fact_precision"] == round(
        pooled["fact_tp"] / (pooled["fact_tp"] + pooled["fact_fp"]), 4
    )


def test_the_parse_runs_the_extracted_parser_and_nothing_else(tool, cache, tmp_path):
    _needs(tool, "009d280")
    tree = tool.extract("009d280", cache)
    assert (tree / "src" / "govbench" / "cli.py").is_file()
    assert tool.imported_from(tree).is_relative_to((tree / "src").resolve())
    empty = tmp_path / "empty"
    (empty / "src").mkdir(parents=True)  # no govbench there: this checkout's would be imported
    text = next((BLIND / "X10").glob("*.txt"))
    run = subprocess.run(
        [*tool.parser_command(empty), "parse", str(text), "--json"], capture_output=True, text=True
    )
    assert run.returncode != 0 and "not from" in run.stderr


def test_an_absent_commit_is_said_and_its_texts_skipped(tool, monkeypatch):
    monkeypatch.setattr(tool, "has_commit", lambda commit: False)
    planned = tool.plan([BLIND / "X10"], tool.load_scorer())
    assert planned.texts == []
    assert planned.notes == ["X10: commit 009d280 is absent from this clone; its 1 text(s) skipped"]


def test_a_shallow_clones_cut_is_no_labels_commit(tool, monkeypatch):
    # in a shallow clone every file seems added by the commit its history stops at
    _needs(tool, "009d280")
    (added,) = set(tool.label_commits(BLIND / "X10").values())
    monkeypatch.setattr(tool, "shallow_boundary", lambda: frozenset({added}))
    planned = tool.plan([BLIND / "X10"], tool.load_scorer())
    assert planned.texts == []
    assert planned.notes == ["X10: commit 009d280 is absent from this clone; its 1 text(s) skipped"]


def test_a_set_scores_as_the_scorer_run_on_the_extracted_parser(tool, cache, measured):
    # the scorer end to end (its own parse, through the extracted tree), not its cached predictions
    tree = tool.extract("7cf65e5", cache)
    command = " ".join(shlex.quote(part) for part in tool.parser_command(tree))
    run = subprocess.run(
        [sys.executable, str(tool.SCORER), "--corpus", str(BLIND / "X8"), "--json"]
        + ["--govbench", command],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    scores = json.loads(run.stdout.splitlines()[-1])
    mine = measured["sets"]["X8"]
    assert {k: mine[k] for k in scores} == scores


def test_the_wrong_fact_is_charged_to_the_rule_that_read_it(measured):
    # X8's wrong new-media count (政务新媒体公开信息217.11万条) was read by the grammar's redirect
    # of an items count to new media; every fact read is charged to exactly one kind of rule
    by_rule = measured["by_rule"]
    assert by_rule["grammar.redirect"]["fact_fp"] == 1
    assert sum(s["fact_fp"] for s in by_rule.values()) == measured["pooled"]["fact_fp"]
    assert sum(s["fact_tp"] for s in by_rule.values()) == measured["pooled"]["fact_tp"]


def test_a_rule_family_names_the_kind_of_rule_not_its_instance(tool):
    family = tool.rule_family
    assert family({"rule": "grammar.noun"}) == "grammar.noun"
    assert family({"rule": "narrative.admin_litigation.zero_patterns.1"}) == (
        "narrative.zero_patterns"
    )
    assert family({"rule": "table.table2.normative_docs.made"}) == "table.table2"
    assert family({"method": "narrative"}) == "narrative (no rule recorded)"
