"""Each rule is stated once and loaded once: rules.load(name)."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from govbench import rules
from govbench.resources import shipped

DATA = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"
SOURCE = Path(__file__).resolve().parents[1] / "src" / "govbench"


def _fresh(name: str) -> dict:
    return tomllib.loads(
        resources.files("govbench.rules").joinpath(f"{name}.toml").read_text("utf-8")
    )


def test_every_rules_file_is_known_and_loads_checked():
    files = sorted(p.stem for p in (SOURCE / "rules").glob("*.toml"))
    assert sorted(rules.NAMES) == files
    for name in rules.NAMES:
        assert rules.load(name) is rules.load(name)  # read once


def test_a_rules_file_missing_a_table_is_refused_naming_file_and_table():
    raw = {k: v for k, v in _fresh("problems").items() if k != "categories"}
    raw["categries"] = {}
    with pytest.raises(
        rules.RuleError,
        match=r"problems\.toml: no \[categories\]; "
        r"\[categries\] is not one of its entries",
    ):
        rules.check("problems", raw)
    with pytest.raises(rules.RuleError, match=r"ranking\.toml: \[top_k\] is a str, not a int"):
        rules.check("ranking", {**_fresh("ranking"), "top_k": "5"})


def test_only_the_rules_package_reads_the_rules_files():
    readers = [
        p.relative_to(SOURCE)
        for p in SOURCE.rglob("*.py")
        if p.parent != SOURCE / "rules" and "tomllib" in p.read_text(encoding="utf-8")
    ]
    assert readers == []


def test_no_one_changes_the_shared_rules(tmp_path, small_db):
    """load() hands every caller the same objects: parsing, ranking and generating reports
    leave them as the files say."""
    from govbench import rank
    from govbench.ingest import parse_file
    from govbench.synth import generate

    for path in sorted(DATA.glob("*.txt"))[:4]:
        parse_file(path)
    rank.rank_reports(rank.load_frame(small_db))
    generate(tmp_path / "synth", 4, 1)
    for name in rules.NAMES:
        assert rules.load(name) == _fresh(name), name


def _in_list(sql: str, column: str) -> list[str]:
    """The keys of `column IN ('a', 'b', ...)` in a suite's SQL."""
    found = re.search(rf"{column} IN \(([^)]*)\)", sql)
    assert found, f"no {column} IN (...) in {sql[:80]}"
    return re.findall(r"'(\w+)'", found.group(1))


def test_the_suites_check_the_table_identities_tables_toml_states():
    tables = rules.load("tables")
    suite = json.loads((shipped("expectations") / "table_identities.json").read_text("utf-8"))
    sql = {e["meta"]["rule"]: e["kwargs"]["unexpected_rows_query"] for e in suite["expectations"]}
    assert _in_list(sql["table3_column_sums"], "row_key") == tables["table3"]["result_rows"]
    assert _in_list(sql["table3_row_sums"], "col_key") == tables["table3"]["applicant_columns"]
    assert tables["table3"]["applicant_columns"] + ["total"] == tables["table3"]["columns"]
    assert _in_list(sql["table4_block_sums"], "col_key") + ["total"] == tables["table4"]["columns"]


def test_a_years_format_follows_the_templates_first_years_stated_once():
    from govbench.vocabulary import format_of_year

    assert [format_of_year(y) for y in (2008, 2018, 2019, 2020, 2021, 2025)] == [
        "legacy",
        "legacy",
        "standard_2019",
        "standard_2019",
        "standard_2021",
        "standard_2021",
    ]
    literal = re.compile(r"year\s*[<>]=?\s*20(18|19|20|21)\b")
    compared = [
        p.relative_to(SOURCE)
        for p in SOURCE.rglob("*.py")
        if literal.search(p.read_text(encoding="utf-8"))
    ]
    assert compared == []
