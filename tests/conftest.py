"""Shared fixtures: a small DuckDB built from hand-made Reports (no parser involved)."""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# CI draws the same examples every run, so a submission's result does not depend on luck; a
# developer's runs draw new ones (and keep what failed in .hypothesis/) to find what CI would not.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from govbench import store
from govbench.model import Evidence, Fact, Problem, Region, Report, TableCell

# --- how the suite shares two cores (pytest-xdist, `-n 2 --dist loadgroup` in pyproject.toml) --
# Each module is one unit of work, so its module fixtures are built once. The modules of a group
# below run one after another on one worker, never beside each other: what they do would
# disturb each other or what they measure. The groups go first (longest first), then the other
# modules in file order (the small ones come last, so neither worker waits long at the end).
SERIAL_GROUPS = {
    # a real Chromium against `streamlit run` servers on free ports
    "browser": (
        "test_browser",
        "test_browser_evidence",
        "test_browser_oversight",
        "test_browser_review",
        "test_browser_walk",
    ),
    # processes stopped by Ctrl-C or kill -9 at chosen or random moments, a pseudo-terminal,
    # parsing processes killed, a Dask cluster's workers
    "signals": ("test_interrupt", "test_crash", "test_pool", "test_terminal", "test_cluster"),
    # the whole machine: the benchmark's timings and memory, the wheel built, installed, served
    "machine": ("test_benchmark", "test_package"),
}


def pytest_collection_modifyitems(config, items) -> None:
    """Mark every test with its unit of work (its group, or its module) and order the units."""
    group_of = {module: group for group, modules in SERIAL_GROUPS.items() for module in modules}
    order = {group: rank for rank, group in enumerate(SERIAL_GROUPS)}
    position = {}
    for index, item in enumerate(items):
        module = item.path.stem
        unit = group_of.get(module, module)
        item.add_marker(pytest.mark.xdist_group(unit))
        position[item.nodeid] = (order.get(unit, len(order)), index)
    items.sort(key=lambda item: position[item.nodeid])


# Three counties of one city plus a synthetic one; figures chosen so that each ranks
# differently on volume and on request handling (the ranking tests rely on that).
BODIES = [
    # issuer, code, county, volume figures, request figures, problems, synthetic
    (
        "甲县人民政府",
        "330101",
        "甲县",
        {"proactive_items_total": 5000, "policy_documents": 80, "interpretations": 30},
        {
            "requests_received": 100,
            "requests_carried_over": 0,
            "requests_completed": 60,
            "requests_granted": 20,
            "requests_partially_granted": 5,
            "requests_carried_forward": 40,
            "admin_reconsideration": 10,
            "admin_litigation": 5,
        },
        ["政策解读质量不高"],
        False,
    ),
    (
        "乙县人民政府",
        "330102",
        "乙县",
        {"proactive_items_total": 1000, "policy_documents": 20, "interpretations": 5},
        {
            "requests_received": 50,
            "requests_carried_over": 0,
            "requests_completed": 50,
            "requests_granted": 45,
            "requests_partially_granted": 5,
            "requests_carried_forward": 0,
            "admin_reconsideration": 0,
            "admin_litigation": 0,
        },
        ["信息更新不及时", "依申请公开答复不够规范"],
        False,
    ),
    (
        "丙县人民政府",
        "330103",
        "丙县",
        {"proactive_items_total": 3000, "policy_documents": 50, "interpretations": 10},
        {
            "requests_received": 80,
            "requests_carried_over": 10,
            "requests_completed": 80,
            "requests_granted": 40,
            "requests_partially_granted": 10,
            "requests_carried_forward": 10,
            "admin_reconsideration": 2,
            "admin_litigation": 1,
        },
        [],
        False,
    ),
    (
        "丁县人民政府",
        "330104",
        "丁县",
        {"proactive_items_total": 2000, "policy_documents": 30, "interpretations": 8},
        {"requests_received": 30, "requests_completed": 30, "requests_granted": 30},
        ["平台建设滞后"],
        True,
    ),
]

HOSTILE = '<script>alert("x")</script>'


def make_report(
    issuer: str,
    code: str,
    county: str,
    volume: dict,
    requests: dict,
    problems: list[str],
    synthetic: bool,
    year: int = 2022,
) -> Report:
    """A report whose text states each figure once, so evidence spans point at real text."""
    lines = [
        f"{issuer}{year}年政府信息公开工作年度报告",
        f"注意：{HOSTILE} 与 <b>标签</b> 须原样显示。",
    ]
    facts = []
    for metric, value in {**volume, **requests}.items():
        start = sum(len(line) + 1 for line in lines) + len(f"{metric}：")
        lines.append(f"{metric}：{value}件")
        method = "table" if metric.startswith("requests") else "narrative"
        facts.append(
            Fact(metric, value, False, method, Evidence(start, start + len(str(value)), str(value)))
        )
    text = "\n".join(lines)
    tables = {
        "table3": {
            "granted": {
                "natural_person": TableCell(
                    requests.get("requests_granted"), str(requests.get("requests_granted", ""))
                )
            },
            "total": {
                "total": TableCell(
                    requests.get("requests_completed"), str(requests.get("requests_completed", ""))
                )
            },
        },
        "table4": {
            "reconsideration": {
                "total": TableCell(
                    requests.get("admin_reconsideration"),
                    str(requests.get("admin_reconsideration", "")),
                )
            }
        },
    }
    return Report(
        source=f"/reports/{code}-{year}.txt",
        text=text,
        title=lines[0],
        issuer=issuer,
        region=Region(code=code, province="浙江省", city="杭州市", county=county),
        level="county",
        body_kind="government",
        year=year,
        format="standard_2021" if year >= 2021 else "standard_2019",
        facts=facts,
        tables=tables,
        problems=[Problem(p, "platform" if "平台" in p else "quality") for p in problems],
        synthetic=synthetic,
    )


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


def add_check_run(
    path: Path, run_id: str, checked_at: str, failures: list[tuple[str, str, str, str, str | None]]
) -> None:
    """A check run as `govbench check` stores it: failures are (issuer, year, rule, severity,
    cells JSON) rows, plus one summary row per rule (report_id NULL)."""
    import json

    from govbench.check.quality import result_id

    con = store.Database.writer(path)
    try:
        ids = dict(
            ((i, y), r)
            for r, i, y in con.execute("SELECT report_id, issuer, year FROM reports").fetchall()
        )
        for issuer, year, rule, severity, cells in failures:
            detail = {"cells": cells} if cells else {}
            details = json.dumps(detail, ensure_ascii=False)
            report_id = ids[(issuer, year)]
            con.execute(
                "INSERT INTO quality_results VALUES (?, 'suite', ?, ?, ?, false, ?, ?, ?, ?)",
                [
                    run_id,
                    rule,
                    severity,
                    report_id,
                    "7 + 0 vs 5 + 0",
                    details,
                    checked_at,
                    result_id("suite", rule, report_id, detail),
                ],
            )
        con.execute(
            "INSERT INTO quality_results VALUES (?, 'suite', 'year_present', 'error', "
            "NULL, true, '0', NULL, ?, ?)",
            [run_id, checked_at, result_id("suite", "year_present", None, None)],
        )
    finally:
        con.close()


@pytest.fixture(scope="session")
def checked_db(tmp_path_factory) -> Path:
    import datetime as dt

    path = build_db(tmp_path_factory.mktemp("db") / "checked.duckdb", years=(2021, 2022))
    # both runs after the reports were ingested (a report ingested later is "not checked")
    ingested = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    add_check_run(
        path,
        "old",
        str(ingested + dt.timedelta(seconds=1)),
        [("丙县人民政府", 2022, "table3_balance", "error", None)],
    )
    add_check_run(
        path,
        "new",
        str(ingested + dt.timedelta(seconds=2)),
        [
            (
                "甲县人民政府",
                2022,
                "table3_balance",
                "error",
                ["table3.total.total", "table3.new.total"],
            ),
            ("甲县人民政府", 2022, "problems_stated", "warning", None),
            ("乙县人民政府", 2022, "year_over_year_jump", "info", None),
        ],
    )
    return path


# --- hostile names (issue #20 item 11): what a report, a file name or a URL may carry --------
EVIL = "evil.example"
HOSTILE_NAMES = [
    # issuer, county, problem text, source file
    (
        f"![t](//{EVIL}/i.png)人民政府",
        f"![p](//{EVIL}/p.png)县",
        f"![q](//{EVIL}/q.png)平台建设滞后",
        f"/srv/[下载](https://{EVIL}/s).txt",
    ),
    (
        f"[点此](https://{EVIL}/a)县人民政府",
        f"[县](https://{EVIL}/c)",
        f"见 https://{EVIL}/b 与 www.{EVIL} 及 a@{EVIL}",
        f"C:\\报告\\<img src=//{EVIL}/h.png>.txt",
    ),
    (
        None,
        "`x` **粗** $y$ :red[红] <b>县</b>",
        f"<img src=//{EVIL}/r.png> 信息更新不及时",
        f"/srv/![f](//{EVIL}/f.png).txt",
    ),
]
HOSTILE_CELLS = f"table3.total.total,table3.[x](https://{EVIL}/x).total,![i](//{EVIL}/i.png)"


def hostile_report(index: int, year: int) -> Report:
    issuer, county, problem, source = HOSTILE_NAMES[index]
    code = f"35012{index}"
    report = make_report(
        issuer or "", code, county, *BODIES[index][3:5], [problem], False, year=year
    )
    report.issuer = issuer
    report.source = source.replace(".txt", f"-{year}.txt")
    report.title = f"{issuer or county}{year}年报告 [t](https://{EVIL}/title)"
    report.region = Region(
        code=code,
        province=f"[省](https://{EVIL}/v)省",
        city=f"![c](//{EVIL}/c.png)市",
        county=county,
    )
    report.department = f"[部门](https://{EVIL}/d)" if issuer is None else None
    report.body_kind = "department" if issuer is None else "government"
    return report


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    """Three bodies over two years whose every name, place, title, source and problem is an
    attack on the page, and a check run whose id and observed value are too."""
    import datetime as dt
    import json

    from govbench.check.quality import result_id

    path = tmp_path_factory.mktemp("db") / "hostile.duckdb"
    con = store.Database.writer(path)
    try:
        con.store_batch(
            [
                (f"hostile-{i}-{y}", hostile_report(i, y))
                for y in (2021, 2022)
                for i in range(len(HOSTILE_NAMES))
            ]
        )
        ids = [
            r
            for (r,) in con.execute(
                "SELECT report_id FROM reports WHERE year = 2022 ORDER BY region_code"
            ).fetchall()
        ]
        at = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=1)
        for report_id in ids:
            details = '{"cells": ["table3.total.total", "[c](https://evil.example/k)"]}'
            con.execute(
                "INSERT INTO quality_results VALUES (?, 'suite', 'table3_balance', "
                "'error', ?, false, ?, ?, ?, ?)",
                [
                    f"[run](https://{EVIL}/run)",
                    report_id,
                    f"![o](//{EVIL}/o.png)",
                    details,
                    at,
                    result_id("suite", "table3_balance", report_id, json.loads(details)),
                ],
            )
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The shipped sample reports (data/reports), ingested and checked as `govbench demo`
    does: the database a user first sees (about 15 s)."""
    from govbench.cli import SAMPLE
    from govbench.ingest import ingest
    from govbench.check.quality import run_checks

    path = tmp_path_factory.mktemp("db") / "demo.duckdb"
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        ingest([SAMPLE], path, workers=2)
        run_checks(path)
        return path
    # under xdist the first worker to need it builds it once for the run (the workers' temporary
    # folders share a parent), and each worker reads its own copy
    shared = tmp_path_factory.getbasetemp().parent / "demo.duckdb"
    with open(shared.with_name("demo.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not shared.exists():
            ingest([SAMPLE], path, workers=2)
            run_checks(path)
            shutil.copy(path, shared.with_name("demo.partial"))
            os.replace(shared.with_name("demo.partial"), shared)
    if not path.exists():
        shutil.copy(shared, path)
    return path
