"""The first-sight precision of each kind of rule, shipped in data/first_sight_rules.csv by
benchmark/first_sight.py --write and shown beside each figure in the app: it must name kinds of
rule the parser has, and say unknown for a kind met too seldom."""

from __future__ import annotations

from govbench.parse import rule_ids
from govbench.parse.reliability import MIN_FACTS, first_sight, of_rule, rule_family


def test_every_kind_in_the_shipped_file_is_a_kind_of_rule_the_parser_has() -> None:
    known = first_sight()
    kinds = {rule_family(rule) for rule in rule_ids()}
    assert known, "data/first_sight_rules.csv is shipped and read"
    assert set(known) <= kinds
    for r in known.values():
        assert r.facts >= MIN_FACTS and 0 <= r.right <= r.facts
        assert abs(r.precision - r.right / r.facts) < 1e-3


def test_a_facts_rule_id_finds_its_kind() -> None:
    assert rule_family("narrative.requests_received.zero_patterns.0") == "narrative.zero_patterns"
    assert rule_family("table.table2.regulations.made") == "table.table2"
    assert rule_family("grammar.noun") == "grammar.noun"
    read = of_rule("narrative.admin_litigation.zero_patterns.3")
    assert read is not None and read.family == "narrative.zero_patterns"


def test_a_kind_met_too_seldom_or_no_rule_at_all_is_unknown() -> None:
    seldom = [r for r in rule_ids() if rule_family(r) not in first_sight()]
    assert seldom and all(of_rule(r) is None for r in seldom)
    assert of_rule(None) is None
