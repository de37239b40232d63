"""benchmark/audit_rerun.py reads each precision audit's verdicts from its table, so that a figure an
audit judged right and a later rule lost is named as such."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    sys.path.insert(0, str(ROOT / "benchmark"))
    spec = importlib.util.spec_from_file_location(
        "audit_rerun", ROOT / "benchmark" / "audit_rerun.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_audits_verdicts_are_read_from_its_table() -> None:
    judged = _tool().verdicts("AK")
    # the figure a later rule lost to a running total (fixed since): the audit judged it right
    assert judged[("gansu-tianshui-qingshui-2019", "proactive_items_total", 8769.0)] == "right"
    assert judged[("sichuan-yibin-cuiping-bgs-2021", "policy_documents", 2.0)] == "not a fact"


def test_every_audit_has_texts_and_verdicts() -> None:
    tool = _tool()
    for table in sorted((ROOT / "benchmark" / "blind").glob("*-audit.md")):
        audit = table.name[: -len("-audit.md")]
        if not (table.parent / f"{audit}-audit").is_dir():
            continue  # an audit of another set's texts (AO-audit judged AO's)
        assert tool.verdicts(audit), audit
