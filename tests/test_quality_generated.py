"""check on generated reports: each identity the generator broke on purpose is flagged, and a
report whose tables hold is flagged for no identity."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from govbench.check import quality
from govbench.ingest import ingest
from govbench.synth import generate, iter_truths

pytestmark = pytest.mark.slow  # a generated corpus ingested and checked: ~40 s

# the generator's names for what it broke -> the rule of expectations/ that must catch it
RULE_OF_DEFECT = {
    "results_breakdown_sum": "table3_column_sums",
    "row_sums_applicant_cols_eq_total_col": "table3_row_sums",
    "balance_new_plus_carried_eq_results_plus_forward": "table3_balance",
    "t4_reconsideration_sum": "table4_block_sums",
    "t4_litigation_direct_sum": "table4_block_sums",
    "t4_litigation_after_reconsideration_sum": "table4_block_sums",
    "continuity_carried_over": "carried_over_matches_last_year",
}
IDENTITY_RULES = set(RULE_OF_DEFECT.values())


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 400, seed=404)
    db = folder.parent / "g.duckdb"
    ingest([folder], db, workers=1)
    quality.run_checks(db)
    con = duckdb.connect(str(db), read_only=True)
    flagged: dict[str, set[str]] = {}
    for source, rule in con.execute("""SELECT r.source, q.expectation FROM quality_results q
                                       JOIN reports r USING (report_id) WHERE NOT q.success""").fetchall():
        flagged.setdefault(Path(source).name, set()).add(rule)
    con.close()
    return list(iter_truths(folder)), flagged


def test_some_reports_carry_planted_defects(checked):
    truths, _ = checked
    planted = [t for t in truths if t["defects"]]
    assert len(planted) >= 5
    assert {d for t in planted for d in t["defects"]} - {"continuity_carried_over"}


def test_each_planted_defect_is_flagged_and_sound_tables_are_not(checked):
    # A defect may break two identities at once (a carried-forward total breaks its row and
    # the balance); one of them can be unjudgeable when every part of it was printed blank
    # (blank is not 0), so each spoiled report must be flagged, and only for what it broke.
    truths, flagged = checked
    for truth in truths:
        expected = {RULE_OF_DEFECT[d] for d in truth["defects"]}
        got = flagged.get(truth["source"], set()) & IDENTITY_RULES
        assert got <= expected, (truth["source"], truth["defects"], got)
        assert bool(got) == bool(expected), (truth["source"], truth["defects"], got)
