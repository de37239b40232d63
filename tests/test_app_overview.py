"""总览 (the landing page), the sidebar search, and the names a reader sees for a body."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from app_walk import PAGES, ROOT, open_page, shown
from conftest import BODIES, make_report

from govbench import store
from govbench.ui import data, overview


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label))


def test_overview_counts_reports_totals_and_check_status(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "overview")
    assert at.selectbox(key="overview_year").value == 2022  # the latest year first
    assert metric(at, "报告数") == "4"
    assert metric(at, "收到公开申请") == "260"  # 100 + 50 + 80 + 30
    assert metric(at, "行政复议") == "12"  # 10 + 0 + 2 (丁县 states none)
    assert metric(at, "复议、诉讼被纠错") == "缺失"  # stated by none: not 0
    received = at.dataframe[0].value
    assert received.loc["县级", "人民政府"] == 4
    # no check run yet: every report is 未检查, none 通过
    assert metric(at, "未检查") == "4" and metric(at, "通过") == "0"


def write_scoped(path: Path, leave_out: tuple[str, ...] = ()) -> Path:
    """The four counties (their own figures, own_body) and 杭州市's whole-area report (全市, the
    counties' cases included) for 2021 and 2022, but the issuers left out; 丁县 led in 2021 and
    is last in 2022."""
    batch = []
    for year in (2021, 2022):
        for issuer, code, county, volume, requests, problems, synthetic in BODIES:
            if issuer in leave_out:
                continue
            if year == 2021 and issuer == "丁县人民政府":
                volume = {k: v * 10 for k, v in volume.items()}
                requests = dict(BODIES[1][4])  # 乙县's handling: all answered, none carried
            report = make_report(
                issuer, code, county, volume, requests, problems, synthetic, year=year
            )
            report.scope = "own_body"
            batch.append((f"hash-{code}-{year}", report))
        city = make_report(
            "杭州市人民政府",
            "330100",
            None,
            {"proactive_items_total": 9000},
            {"requests_received": 500, "admin_reconsideration": 40},
            [],
            False,
            year=year,
        )
        city.level, city.scope = "city", "whole_area"
        batch.append((f"hash-330100-{year}", city))
    con = store.Database.writer(path)
    try:
        con.store_batch(batch)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def scoped_db(tmp_path_factory) -> Path:
    return write_scoped(tmp_path_factory.mktemp("scoped") / "scoped.duckdb")


HEADLINES = ("收到公开申请（件）", "行政复议（件）", "行政诉讼（件）", "复议、诉讼被纠错（件）")


def metric_groups(at) -> dict[str, dict[str, str]]:
    """Each totals group's heading -> {headline: value shown}, in the page's order (the groups'
    bold headings come first among the page's bold lines)."""
    totals = [m for m in at.metric if m.label in HEADLINES]
    headings = [m.value for m in at.markdown if m.value.startswith("**")]
    return {
        heading: {m.label: m.value for m in totals[i * 4 : i * 4 + 4]}
        for i, heading in enumerate(headings[: len(totals) // 4])
    }


def test_headline_totals_never_add_whole_area_figures_to_a_bodys_own(monkeypatch, scoped_db):
    at = open_page(monkeypatch, scoped_db, "overview")
    groups = metric_groups(at)
    assert list(groups) == ["**本机关**（4 份报告）", "**全域（辖区各级机关） · 市级**（1 份报告）"]
    own, city = groups.values()
    assert own["收到公开申请（件）"] == "260"  # 100 + 50 + 80 + 30: the counties' own cases
    assert city["收到公开申请（件）"] == "500"  # 杭州市 全市, which already holds the 260
    assert city["行政复议（件）"] == "40"
    assert "760" not in [m.value for m in at.metric]  # never the two added
    assert any("组与组不相加" in c.value for c in at.caption)


def test_whole_area_totals_add_up_within_a_level_only():
    frame = pd.DataFrame(
        {
            "scope": ["whole_area", "whole_area", "whole_area", "own_body", None],
            "level": ["city", "county", "county", "county", "county"],
            "requests_received": [500.0, 120.0, 80.0, 30.0, None],
        }
    )
    groups = {(s, lv): (n, totals) for s, lv, n, totals in overview.totals_by_scope(frame)}
    assert list(groups) == [
        ("own_body", None),
        ("whole_area", "city"),
        ("whole_area", "county"),
        ("unknown", None),
    ]
    assert groups[("whole_area", "county")][1]["headline_requests"] == (200.0, 2)
    assert groups[("whole_area", "city")][1]["headline_requests"] == (500.0, 1)
    # the report of unread scope states no figure: missing, not 0
    assert groups[("unknown", None)] == (
        1,
        {**groups[("unknown", None)][1], "headline_requests": (None, 0)},
    )


def test_overview_movers_are_the_moves_the_rank_intervals_tell_apart(monkeypatch, scoped_db):
    at = open_page(monkeypatch, scoped_db, "overview")
    links = [p.label for p in at.get("page_link")]
    changes = [m.value for m in at.markdown if "名次" in m.value and "→" in m.value]
    # the same judgement as 进步/退步榜: 丁县 fell from first to last, 丙县 rose one place
    # beyond its interval; 乙县 and 甲县 moved within theirs and are not listed
    assert links[:2] == [
        "丁县人民政府〔合成〕 · 浙江省杭州市丁县",
        "丙县人民政府 · 浙江省杭州市丙县",
    ]
    assert changes[0].startswith("退步：名次 1（1–1）→ 4（4–4）")
    assert changes[1].startswith("进步：名次 3（3–4）→ 2（1–2）")
    assert len(changes) == 2
    assert any("另有 3 个机关的名次变化落在区间之内" in c.value for c in at.caption)
    movers = open_page(monkeypatch, scoped_db, "movers")
    verdicts = movers.dataframe[0].value.set_index("机关")["判断"]
    assert verdicts["丁县人民政府"] == "退步" and verdicts["丙县人民政府"] == "进步"


def test_overview_without_distinguishable_moves_says_so(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "overview")
    assert "没有机关的名次变动超出名次区间。" in [c.value for c in at.caption]
    assert not [m.value for m in at.markdown if m.value.startswith(("进步", "退步"))]


def test_a_report_ingested_after_the_last_check_is_not_checked_never_passed(
    monkeypatch, checked_db, tmp_path
):
    db = tmp_path / "later.duckdb"
    shutil.copy(checked_db, db)
    con = store.Database.writer(db)
    try:
        con.store_batch(
            [
                (
                    "later",
                    make_report(
                        "戊县人民政府",
                        "330105",
                        "戊县",
                        {"proactive_items_total": 10},
                        {},
                        [],
                        False,
                    ),
                )
            ]
        )
        # ingested after the latest run (the fixture's runs are stamped a little ahead)
        con.execute(
            "UPDATE reports SET ingested_at = ingested_at + INTERVAL 1 HOUR "
            "WHERE issuer = '戊县人民政府'"
        )
    finally:
        con.close()
    at = open_page(monkeypatch, db, "overview")
    assert metric(at, "未检查") == "1" and metric(at, "错误") == "1"
    assert metric(at, "通过") == "2"  # 乙县 has only an info-level finding: 提示
    at = open_page(monkeypatch, db, "quality")
    assert at.markdown[0].value == "错误 1 · 警告 0 · 提示 1 · 通过 6 · 未检查 1"


def test_overview_for_a_year_without_the_year_before_says_so(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "overview")
    at.selectbox(key="overview_year").set_value(2021).run()
    assert "没有 2020 年度的报告，无法比较。" in [c.value for c in at.caption]


def test_the_sidebar_search_opens_the_bodys_latest_report(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "problems")
    box = at.selectbox(key="body_search")
    assert box.value is None
    box.select("乙县人民政府 · 浙江省杭州市乙县").run()
    assert not at.exception
    assert at.title[0].value == "报告"
    assert at.subheader[0].value == "乙县人民政府 · 2022 · 浙江省杭州市乙县"


def test_a_report_without_an_issuer_is_named_by_its_place_and_kind(monkeypatch, tmp_path):
    from govbench.ui.common import body_label

    frame = pd.DataFrame(
        {
            "issuer": [None, "", "甲县人民政府", None],
            "province": ["福建省", "福建省", "浙江省", None],
            "city": ["福州市", "福州市", "杭州市", None],
            "county": ["平潭县", None, "甲县", None],
            "body_kind": ["government", "department", "government", None],
            "department": [None, "教育局", None, None],
            "synthetic": [False, False, True, False],
        }
    )
    assert body_label(frame).tolist() == [
        "平潭县 · 政府",
        "福州市 · 教育局",
        "甲县人民政府〔合成〕",
        "未知机关",
    ]
    path = tmp_path / "unnamed.duckdb"
    report = make_report("", "350128", "平潭县", {"proactive_items_total": 5}, {}, [], False)
    report.issuer = None
    con = store.Database.writer(path)
    try:
        con.store_batch([("unnamed", report)])
    finally:
        con.close()
    at = open_page(monkeypatch, path, "report")
    assert at.subheader[0].value == "平潭县 · 政府 · 2022 · 浙江省杭州市平潭县"
    assert "?" not in at.subheader[0].value


def test_a_table_figure_shows_the_cells_it_sums_by_their_names(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "report")
    figures = next(d.value for d in at.dataframe if "原文" in d.value.columns).set_index("指标")
    assert figures.loc["办理结果总计", "原文"] == "表三 · （七）总计 · 总计 = 30"
    # without the summed cells stored, a figure keeps its text span; narrative ones too
    assert figures.loc["本年新收申请数", "原文"] == "30"
    assert figures.loc["主动公开信息总数", "原文"] == "2000"


def test_each_parsed_figure_names_the_rule_that_read_it(monkeypatch, tmp_path):
    from govbench.ingest import ingest
    from govbench.parse import rule_ids

    db = tmp_path / "one.duckdb"
    ingest([ROOT / "data" / "reports" / "full" / "hebei-qinhuangdao-2016.txt"], db, workers=0)
    at = open_page(monkeypatch, db, "report")
    figures = next(d.value for d in at.dataframe if "提取规则" in d.value.columns).set_index("指标")
    read_by = figures["提取规则"]
    # a reader who finds a figure misread can cite the rule: every figure has one govbench knows
    assert len(read_by) > 5 and set(read_by) <= set(rule_ids())
    assert read_by["本年新收申请数"].startswith("grammar.")
    # and how often that kind of rule read right on reports it had never met, or that it is unknown
    first_sight = figures["首见准确率"]
    assert re.fullmatch(r"\d{1,3}%（\d+处）", first_sight["本年新收申请数"])
    assert set(first_sight) - {"（样本不足）"}


# before the movers, read from the figures the run has already read: the old copy throughout;
# before the check run, not read yet: the run starts over on the new copy
@pytest.mark.parametrize("before, copy", [("movers", 0), ("quality_run", 1)])
def test_one_run_of_the_overview_shows_one_copy_of_the_database(
    monkeypatch, tmp_path, scoped_db, before, copy
):
    """An ingest renames its new copy over the database in the middle of a run of the page,
    just before it reads the movers (which come from the figures the run has read already) or
    its check run (not read yet): the page shows one copy whole, as a run on it alone does,
    never the list of reports of one copy beside the movers of the other (丁县 and 丙县, the
    movers, are only in the new one)."""
    older = write_scoped(tmp_path / "old.duckdb", leave_out=("丁县人民政府", "丙县人民政府"))
    db = tmp_path / "g.duckdb"
    shutil.copyfile(older, db)
    newer = tmp_path / "g.duckdb.writing"
    shutil.copyfile(scoped_db, newer)
    read = getattr(data, before)

    def an_ingest_lands_first(*args, **kwargs):
        if newer.exists():  # once: the writer's atomic rename (store/snapshot.py)
            os.replace(newer, db)
        return read(*args, **kwargs)

    monkeypatch.setattr(data, before, an_ingest_lands_first)
    at = run_app(monkeypatch, db)
    assert not newer.exists(), "the database was replaced during the run"
    assert not at.exception, at.exception
    page = list(shown(at))
    copies = [list(shown(run_app(monkeypatch, path))) for path in (older, scoped_db)]
    assert copies[0] != copies[1]
    assert page == copies[copy]


# 导入 reads nothing of the database after the sidebar until a file is imported
@pytest.mark.parametrize("page", [p for p in PAGES if p != "import"])
def test_every_page_shows_one_copy_when_an_ingest_lands_after_the_sidebar_read(
    monkeypatch, tmp_path, scoped_db, page
):
    """The sidebar's search reads the list of reports before every page: an ingest that renames
    its copy over the database after that read leaves the page showing one copy whole, as a run
    on that copy alone does (the reports of the old one, or everything of the new one)."""
    older = write_scoped(tmp_path / "old.duckdb", leave_out=("丁县人民政府", "丙县人民政府"))
    db = tmp_path / "g.duckdb"
    copies = []
    for copy in (older, scoped_db):  # each shown at the same path: a page may name its file
        shutil.copyfile(copy, tmp_path / "copy.duckdb")
        os.replace(tmp_path / "copy.duckdb", db)
        copies.append(list(shown(open_page(monkeypatch, db, page))))
    assert copies[0] != copies[1]
    shutil.copyfile(older, tmp_path / "copy.duckdb")
    os.replace(tmp_path / "copy.duckdb", db)
    shutil.copyfile(scoped_db, tmp_path / "copy.duckdb")
    reads = []

    def hooked(name, read):
        def reading(*args, **kwargs):
            reads.append(name)
            if len(reads) == 3:  # the sidebar's status and list read, then the page's first
                os.replace(tmp_path / "copy.duckdb", db)
            return read(*args, **kwargs)

        return reading

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    for name in PUBLIC_READS:
        monkeypatch.setattr(data, name, hooked(name, getattr(data, name)))
    at.switch_page(f"src/govbench/ui/pages/{page}.py").run()
    assert len(reads) >= 3, reads  # the database was replaced during the run
    assert not at.exception, at.exception
    assert list(shown(at)) in copies


# the reads pages make of ui/data
PUBLIC_READS = [
    "status",
    "options",
    "reports",
    "report",
    "report_facts",
    "report_cells",
    "report_problems",
    "frame",
    "ranking",
    "dimension_scores",
    "problem_statements",
    "quality_run",
    "quality_failures",
    "corrections_to_review",
    "data_date",
    "card_book",
    "card_file",
    "peer_figures",
    "movers",
    "compliance",
]


def run_app(monkeypatch, db: Path) -> AppTest:
    """One run of the app (总览, the first page) on `db`."""
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    return at
