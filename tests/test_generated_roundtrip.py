"""The parser against generated reports with ground truth, in every format and rendering."""

from __future__ import annotations

import pytest

from govbench.synth import generate
from govbench.synth.truth import score_corpus


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 120, seed=2026)
    return score_corpus(folder)


def test_every_rendering_and_format_is_exercised(scored):
    assert set(scored.cells_by_rendering) == {"txt", "txt_flat", "html", "docx", "pdf"}
    assert scored.reports == 120 and not scored.unreadable


def test_table_cells_are_exact_and_none_is_invented(scored):
    assert scored.cells["wrong"] == 0, scored.misses[:10]
    assert scored.cells["invented"] == 0, scored.misses[:10]
    assert scored.cell_exact_share >= 0.995, scored.misses[:10]


def test_metadata_is_found_for_every_generated_report(scored):
    for name in ("year", "format", "level", "body_kind"):
        assert scored.metadata[name] == scored.reports, name


def test_facts_are_never_wrong_and_mostly_found(scored):
    assert scored.facts["wrong"] == 0 and scored.facts["extra"] == 0
    found = scored.facts["exact"] / (scored.facts["exact"] + scored.facts["missing"])
    assert found >= 0.95
