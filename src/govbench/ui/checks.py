"""What the latest check run says about each report: a status and the rules it broke.

The rule wording is the suites' own (meta.zh / meta.en in expectations/*.json), read with
quality.load_suites, which does not import Great Expectations.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

import pandas as pd

from ..check.quality import SEVERITIES, load_suites

STATUSES = (*SEVERITIES, "ok")  # worst first
UNCHECKED = "unchecked"  # ingested after the latest check run: not passed


def report_status(report_ids: Iterable[str], failures: pd.DataFrame) -> pd.Series:
    """Per report: the severity of the worst rule it broke in the run, "ok" when none. A hit a
    reviewer dismissed does not count (it stays listed)."""
    ids = list(report_ids)
    if "dismissed" in failures:
        failures = failures[~failures["dismissed"].astype(bool)]
    order = failures["severity"].map({s: i for i, s in enumerate(SEVERITIES)})
    worst = order.groupby(failures["report_id"]).min()
    status = pd.Series(ids, index=ids).map(worst)
    return status.map(lambda i: "ok" if pd.isna(i) else SEVERITIES[int(i)]).rename("status")


def check_status(
    reports: pd.DataFrame, failures: pd.DataFrame, checked_at: object | None
) -> pd.Series:
    """Per report (index report_id): error / warning / info / ok from the latest check run, or
    UNCHECKED for a report ingested after that run (or when no run exists): a report the
    checks never saw has not passed them."""
    status = report_status(reports["report_id"], failures)
    if checked_at is None or pd.isna(checked_at):
        unchecked = pd.Series(True, index=status.index)
    else:
        ingested = pd.to_datetime(reports.set_index("report_id")["ingested_at"])
        unchecked = (ingested > pd.Timestamp(checked_at)).reindex(status.index).fillna(True)
    return status.where(~unchecked.to_numpy(), UNCHECKED)


@cache
def rule_wording() -> dict[str, tuple[str, str]]:
    """rule -> (Chinese, English) wording from the suites."""
    return {
        e["meta"]["rule"]: (e["meta"]["zh"], e["meta"].get("en", e["meta"]["zh"]))
        for suite in load_suites()
        for e in suite["expectations"]
    }


def failed_cells(details: str | None) -> list[str]:
    """Table cells a failure names ("table3.total.total" ...), from its details JSON."""
    if not details:
        return []
    try:
        cells = json.loads(details).get("cells") or []
    except (ValueError, AttributeError):
        return []
    return [str(c) for c in cells]
