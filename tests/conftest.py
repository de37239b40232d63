"""Shared fixtures: a small DuckDB built from hand-made Reports (no parser involved)."""
from __future__ import annotations

from pathlib import Path

import pytest

from govbench import store
from govbench.model import Evidence, Fact, Problem, Region, Report, TableCell

# Three counties of one city plus a synthetic one; figures chosen so that each ranks
# differently on volume and on request handling (the ranking tests rely on that).
BODIES = [
    # issuer, code, county, volume figures, request figures, problems, synthetic
    ("甲县人民政府", "330101", "甲县",
     {"proactive_items_total": 5000, "policy_documents": 80, "interpretations": 30},
     {"requests_received": 100, "requests_carried_over": 0, "requests_completed": 60,
      "requests_granted": 20, "requests_partially_granted": 5, "requests_carried_forward": 40,
      "admin_reconsideration": 10, "admin_litigation": 5},
     ["政策解读质量不高"], False),
    ("乙县人民政府", "330102", "乙县",
     {"proactive_items_total": 1000, "policy_documents": 20, "interpretations": 5},
     {"requests_received": 50, "requests_carried_over": 0, "requests_completed": 50,
      "requests_granted": 45, "requests_partially_granted": 5, "requests_carried_forward": 0,
      "admin_reconsideration": 0, "admin_litigation": 0},
     ["信息更新不及时", "依申请公开答复不够规范"], False),
    ("丙县人民政府", "330103", "丙县",
     {"proactive_items_total": 3000, "policy_documents": 50, "interpretations": 10},
     {"requests_received": 80, "requests_carried_over": 10, "requests_completed": 80,
      "requests_granted": 40, "requests_partially_granted": 10, "requests_carried_forward": 10,
      "admin_reconsideration": 2, "admin_litigation": 1},
     [], False),
    ("丁县人民政府", "330104", "丁县",
     {"proactive_items_total": 2000, "policy_documents": 30, "interpretations": 8},
     {"requests_received": 30, "requests_completed": 30, "requests_granted": 30},
     ["平台建设滞后"], True),
]

HOSTILE = '<script>alert("x")</script>'


def make_report(issuer: str, code: str, county: str, volume: dict, requests: dict,
                problems: list[str], synthetic: bool, year: int = 2022) -> Report:
    """A report whose text states each figure once, so evidence spans point at real text."""
    lines = [f"{issuer}{year}年政府信息公开工作年度报告", f"注意：{HOSTILE} 与 <b>标签</b> 须原样显示。"]
    facts = []
    for metric, value in {**volume, **requests}.items():
        start = sum(len(line) + 1 for line in lines) + len(f"{metric}：")
        lines.append(f"{metric}：{value}件")
        method = "table" if metric.startswith("requests") else "narrative"
        facts.append(Fact(metric, value, False, method,
                          Evidence(start, start + len(str(value)), str(value))))
    text = "\n".join(lines)
    tables = {"table3": {"granted": {"natural_person": TableCell(requests.get("requests_granted"),
                                                                 str(requests.get("requests_granted", "")))},
                         "total": {"total": TableCell(requests.get("requests_completed"),
                                                      str(requests.get("requests_completed", "")))}},
              "table4": {"reconsideration": {"total": TableCell(requests.get("admin_reconsideration"),
                                                                str(requests.get("admin_reconsideration", "")))}}}
    return Report(
        source=f"/reports/{code}-{year}.txt", text=text, title=lines[0], issuer=issuer,
        region=Region(code=code, province="浙江省", city="杭州市", county=county),
        level="county", body_kind="government", year=year,
        format="standard_2021" if year >= 2021 else "standard_2019", facts=facts, tables=tables,
        problems=[Problem(p, "platform" if "平台" in p else "quality") for p in problems],
        synthetic=synthetic)


def build_db(path: Path, years: tuple[int, ...] = (2022,)) -> Path:
    con = store.Database.writer(path)
    try:
        batch = [(f"hash-{b[1]}-{y}", make_report(*b, year=y)) for y in years for b in BODIES]
        con.store_batch(batch)
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("db") / "small.duckdb", years=(2021, 2022))


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "empty.duckdb"
    store.Database.writer(path).close()
    return path


def add_check_run(path: Path, run_id: str, checked_at: str,
                  failures: list[tuple[str, str, str, str, str | None]]) -> None:
    """A check run as `govbench check` stores it: failures are (issuer, year, rule, severity,
    cells JSON) rows, plus one summary row per rule (report_id NULL)."""
    import json

    from govbench.check.quality import result_id

    con = store.Database.writer(path)
    try:
        ids = dict(((i, y), r) for r, i, y in con.execute(
            "SELECT report_id, issuer, year FROM reports").fetchall())
        for issuer, year, rule, severity, cells in failures:
            detail = {"cells": cells} if cells else {}
            details = json.dumps(detail, ensure_ascii=False)
            report_id = ids[(issuer, year)]
            con.execute("INSERT INTO quality_results VALUES "
                        "(?, 'suite', ?, ?, ?, false, ?, ?, ?, ?)",
                        [run_id, rule, severity, report_id, "7 + 0 vs 5 + 0", details,
                         checked_at, result_id("suite", rule, report_id, detail)])
        con.execute("INSERT INTO quality_results VALUES (?, 'suite', 'year_present', 'error', "
                    "NULL, true, '0', NULL, ?, ?)",
                    [run_id, checked_at, result_id("suite", "year_present", None, None)])
    finally:
        con.close()


@pytest.fixture(scope="session")
def checked_db(tmp_path_factory) -> Path:
    path = build_db(tmp_path_factory.mktemp("db") / "checked.duckdb", years=(2021, 2022))
    add_check_run(path, "old", "2024-01-01 00:00:00",
                  [("丙县人民政府", 2022, "table3_balance", "error", None)])
    add_check_run(path, "new", "2024-02-01 00:00:00", [
        ("甲县人民政府", 2022, "table3_balance", "error",
         ["table3.total.total", "table3.new.total"]),
        ("甲县人民政府", 2022, "problems_stated", "warning", None),
        ("乙县人民政府", 2022, "year_over_year_jump", "info", None)])
    return path
