"""Every fact names the rule that produced it (Fact.rule), from one declared set
(parse.rule_ids()), so that benchmark/rule_precision.py can say which rules guess; and that tool
counts a fact right or wrong exactly as ../shared/tools/score_corpus.py does."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govbench
from govbench import cli
from govbench.parse import rule_ids
from govbench.parse.facts import narrative_facts

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
SCORER = ROOT.parent / "shared" / "tools" / "score_corpus.py"


def _rule_precision():
    spec = importlib.util.spec_from_file_location(
        "rule_precision", ROOT / "benchmark" / "rule_precision.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["rule_precision"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_fact_of_the_shipped_reports_names_a_declared_rule():
    declared = rule_ids()
    seen: set[str] = set()
    facts = 0
    for path in sorted(p for p in REPORTS.rglob("*") if p.is_file()):
        report = govbench.parse_file(path)
        for fact in report.to_json()["facts"]:
            facts += 1
            assert fact["rule"] in declared, (path, fact)
            seen.add(fact["rule"])
    # the three kinds of rule all produce facts on real reports
    assert facts > 1000
    assert {rule.split(".")[0] for rule in seen} == {"table", "narrative", "grammar"}


def test_a_table_fact_names_the_cells_it_sums():
    report = govbench.parse_file(REPORTS / "full" / "pingtan_zhq_2021.txt")
    declared = rule_ids()
    table = [f for f in report.facts if f.method == "table"]
    assert table
    for fact in table:
        assert declared[fact.rule] == fact.metric  # the rule is one of the metric's [facts] terms
    assert report.fact("requests_received").rule == "table.table3.new.total"
    assert report.fact("admin_litigation").rule == (
        "table.table4.litigation_direct.total+table4.litigation_after_reconsideration.total"
    )


def test_grammar_paths_that_compute_a_figure_say_so():
    received, completed = narrative_facts(
        "2022年,本机关共收到政府信息公开申请12件,均已办结。", 2022, "legacy"
    )
    assert (received.metric, received.value) == ("requests_received", 12)
    assert received.rule in rule_ids() and received.rule.startswith("grammar.")
    # the completed count is read from "均已办结" after the received one, not stated as such
    assert (completed.metric, completed.value, completed.rule) == (
        "requests_completed",
        12,
        "grammar.answered",
    )
    (carried,) = narrative_facts(
        "2022年共受理政府信息公开申请10件(含上年结转2件)。", 2022, "legacy"
    )
    assert (carried.metric, carried.value, carried.rule) == (
        "requests_received",
        8,
        "grammar.carry_over",
    )


def test_a_worded_zero_names_the_phrasing_of_narrative_toml_that_matched_it():
    (zero,) = narrative_facts("2022年未收到政府信息公开申请。", 2022, "legacy")
    assert (zero.metric, zero.value) == ("requests_received", 0)
    kind_index = re.fullmatch(r"narrative\.requests_received\.zero_patterns\.(\d+)", zero.rule)
    assert kind_index is not None
    # the id resolves to the very pattern, which matches the evidence
    assert re.search(rule_ids()[zero.rule], zero.evidence.text)


def test_parse_prints_each_fact_with_its_rule(capsys):
    path = REPORTS / "full" / "pingtan_zhq_2021.txt"
    assert cli.main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "requests_received=70  (table, table.table3.new.total, at " in out
    assert cli.main(["parse", str(path), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert all(f["rule"] in rule_ids() for f in facts)


def _labelled_folder(folder: Path) -> None:
    """Three openings with labels: right, wrong, a parallel total, a metric left unlabelled."""
    folder.mkdir()
    reports = {
        # all right
        "a": (
            "某县人民政府2022年政府信息公开工作年度报告\n2022年,本机关共收到政府信息公开申请12件,"
            "均已办结。全年未发生因政府信息公开引起的行政复议。",
            {
                "facts": [
                    {"metric": "requests_received", "value": 12},
                    {"metric": "requests_completed", "value": 12},
                    {"metric": "admin_reconsideration", "value": 0},
                ]
            },
        ),
        # the completed count is labelled otherwise: the answered reading is wrong here
        "b": (
            "某区人民政府2022年政府信息公开工作年度报告\n2022年,本机关共收到政府信息公开申请30件,"
            "均已办结。主动公开政府信息3433条。",
            {
                "facts": [
                    {"metric": "requests_received", "value": 30},
                    {"metric": "requests_completed", "value": 29},
                    {"metric": "proactive_items_total", "value": 3000},
                    {"metric": "proactive_items_total", "value": 3433},
                ]
            },
        ),
        # listed scope: only the metrics labelled are scored
        "c": (
            "某市人民政府办公室2022年政府信息公开工作年度报告\n2022年,本机关共收到政府信息公开申请5件,"
            "均已办结。全年主动公开政府信息100条。",
            {"fact_scope": "listed", "facts": [{"metric": "requests_received", "value": 4}]},
        ),
    }
    for name, (text, label) in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        label = {"id": name, "year": 2022, **label}
        (folder / f"{name}.json").write_text(json.dumps(label, ensure_ascii=False), "utf-8")


def test_rule_precision_counts_facts_right_and_wrong_by_rule(tmp_path):
    tool = _rule_precision()
    _labelled_folder(tmp_path / "set")
    (tmp_path / "set" / "d.pdf").write_bytes(b"%PDF-1.4 broken")  # a bad file: a line, skipped
    (tmp_path / "set" / "d.json").write_text('{"id": "d", "facts": []}', encoding="utf-8")
    verdicts, errors = tool.score_folders([tmp_path / "set"])
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'set' / 'd.pdf'}: ")
    by = {(v.report, v.metric): v for v in verdicts}
    assert by["a", "requests_completed"].verdict == "correct"
    assert by["b", "requests_completed"].verdict == "wrong"
    assert by["b", "proactive_items_total"].verdict == "correct"  # one of two parallel totals
    assert by["c", "requests_received"].verdict == "wrong"
    assert by["c", "proactive_items_total"].verdict == "unscored"  # not listed in c's labels
    answered = next(s for s in tool.by_rule(verdicts) if s.rule == "grammar.answered")
    assert (answered.correct, answered.wrong, answered.unscored) == (1, 1, 1)
    assert answered.precision == 0.5
    assert len(answered.reports) == 3


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score_corpus.py is not beside")
def test_rule_precision_agrees_with_the_scorer(tmp_path):
    tool = _rule_precision()
    _labelled_folder(tmp_path / "set")
    verdicts, _ = tool.score_folders([tmp_path / "set"])
    scored = subprocess.run(
        [sys.executable, str(SCORER), "--corpus", str(tmp_path / "set"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    scores = json.loads(scored.stdout.splitlines()[-1])
    assert sum(v.verdict == "correct" for v in verdicts) == scores["fact_tp"]
    assert sum(v.verdict == "wrong" for v in verdicts) == scores["fact_fp"]
    assert scores["fact_fp"] > 0 and scores["fact_tp"] > 0
