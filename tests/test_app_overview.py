"""总览 (the landing page), the sidebar search, and the names a reader sees for a body."""

from __future__ import annotations

import shutil

import pandas as pd
from app_walk import open_page
from conftest import make_report

from govbench import store


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label))


def test_overview_counts_reports_totals_and_check_status(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "overview")
    assert at.selectbox(key="overview_year").value == 2022  # the latest year first
    assert metric(at, "报告数") == "4"
    assert metric(at, "收到公开申请") == "260"  # 100 + 50 + 80 + 30
    assert metric(at, "行政复议") == "12"  # 10 + 0 + 2 (丁县 states none)
    assert metric(at, "复议、诉讼被纠错") == "未填报"  # stated by none: not 0
    received = at.dataframe[0].value
    assert received.loc["县级", "人民政府"] == 4
    # no check run yet: every report is 未检查, none 通过
    assert metric(at, "未检查") == "4" and metric(at, "通过") == "0"


def test_overview_names_the_movers_and_links_them_to_their_report(monkeypatch, small_db):
    at = open_page(monkeypatch, small_db, "overview")
    links = [p.label for p in at.get("page_link")]
    assert links[0] == "丙县人民政府 · 浙江省杭州市丙县"  # the biggest change first
    changes = [m.value for m in at.markdown if m.value.startswith("名次")]
    assert changes[0] == "名次 2 → 2，得分 0.333 → 0.433（2021 → 2022）"
    assert len(links) == len(changes) <= 5


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
