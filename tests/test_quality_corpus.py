"""check on the real complete reports: every inconsistency their hand-checked labels name is
flagged, and no report whose identities hold is flagged for them."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from govbench.check import quality
from govbench.ingest import ingest

pytestmark = pytest.mark.slow  # the real sample reports ingested and checked: ~25 s

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT / "data" / "reports" / "full"
# shipped with the sample (provenance in data/README.md), so a clone without ../shared runs this
LABELS = ROOT / "data" / "labels" / "full"
# the labels' names for the identities -> the rule of expectations/ that checks it
RULE_OF_CHECK = {
    "results_breakdown_sum": "table3_column_sums",
    "derived_results_breakdown_sum": "table3_column_sums",
    "row_sums_applicant_cols_eq_total_col": "table3_row_sums",
    "balance_new_plus_carried_eq_results_plus_forward": "table3_balance",
    "t4_reconsideration_sum": "table4_block_sums",
    "t4_litigation_direct_sum": "table4_block_sums",
    "t4_litigation_after_reconsideration_sum": "table4_block_sums",
    "narrative_vs_table": "narrative_agrees_with_table",
}


def _labels() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in LABELS.glob("*.json")}


@pytest.fixture(scope="module")
def flagged(tmp_path_factory) -> dict[str, set[str]]:
    db = tmp_path_factory.mktemp("full") / "full.duckdb"
    ingest([FULL], db, workers=1)
    quality.run_checks(db)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("""SELECT r.source, q.expectation FROM quality_results q
                          JOIN reports r USING (report_id) WHERE NOT q.success""").fetchall()
    con.close()
    out: dict[str, set[str]] = {Path(s).stem: set() for s in FULL.iterdir()}
    for source, rule in rows:
        out[Path(source).stem].add(rule)
    return out


@pytest.mark.parametrize("report", sorted(p.stem for p in FULL.iterdir()))
def test_labelled_inconsistencies_are_flagged_and_only_they(flagged, report):
    checks = _labels()[report].get("checks", {})
    expected = {
        RULE_OF_CHECK[name]
        for name, check in checks.items()
        if name in RULE_OF_CHECK and not check["holds"]
    }
    held = {
        RULE_OF_CHECK[name]
        for name, check in checks.items()
        if name in RULE_OF_CHECK and check["holds"]
    } - expected
    assert expected <= flagged[report]
    assert not (held & flagged[report])


def test_the_labels_name_at_least_one_broken_table_and_one_narrative_mismatch():
    broken = {
        name
        for label in _labels().values()
        for name, check in label.get("checks", {}).items()
        if not check["holds"]
    }
    assert {"t4_reconsideration_sum", "narrative_vs_table"} <= broken
