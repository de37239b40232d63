"""The overseer's pages driven in-process (AppTest): 成绩单, 进步/退步榜, 报送情况 and the peer
quartiles beside a report's figures."""

from __future__ import annotations

import duckdb
import pytest

from govbench import rank as R

from test_app import open_app, table_where


@pytest.fixture(scope="module")
def late_db(tmp_path_factory):
    """small_db's bodies over 2021-2022, 乙县's 2022 report published late, 丁县's missing."""
    from conftest import build_db

    path = build_db(tmp_path_factory.mktemp("late") / "late.duckdb", years=(2021, 2022))
    con = duckdb.connect(str(path))
    try:
        con.execute("DELETE FROM reports WHERE issuer = '丁县人民政府' AND year = 2022")
        con.execute(
            "UPDATE reports SET published = DATE '2023-02-10' "
            "WHERE issuer = '乙县人民政府' AND year = 2022"
        )
    finally:
        con.close()
    return path


def report_id(db, issuer: str, year: int) -> str:
    return R.load_frame(db, year=year).set_index("issuer").loc[issuer, "report_id"]


def test_card_page_shows_the_bodys_card_and_offers_the_files(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "card", report=report_id(small_db, "乙县人民政府", 2022))
    shown = " ".join(h.value for h in at.get("html"))
    assert "乙县人民政府" in shown and "2022年度" in shown
    assert "个同类机关中排第" in shown and "上年（2021年）" in shown
    labels = {b.label for b in at.get("download_button")}
    assert {"下载成绩单 Word", "下载成绩单 HTML"} <= labels


def test_report_page_puts_peer_quartiles_beside_the_figures(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "report", report=report_id(small_db, "甲县人民政府", 2022))
    figures = table_where(at, lambda d: "同类中位数" in d.columns)
    row = figures[figures["指标"] == "主动公开信息总数"].iloc[0]
    # the four counties of 2022 state 5000, 1000, 3000, 2000: the median is 2500
    assert row["同类中位数"] == "2,500" and row["位置"].startswith("高于P75")
    assert "下载成绩单 Word" in {b.label for b in at.get("download_button")}


def test_movers_page_judges_each_change_against_the_intervals(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "movers")
    table = table_where(at, lambda d: "判断" in d.columns)
    assert len(table) == 4
    assert set(table["判断"]) <= {"进步", "退步", "无法区分", "无法比较"}
    assert any(m.value.startswith("进步 ") for m in at.markdown)


def test_compliance_page_lists_late_and_missing_bodies(monkeypatch, late_db):
    at = open_app(monkeypatch, late_db, "compliance")
    at.selectbox(key="compliance_year").set_value(2022).run()
    table = table_where(at, lambda d: "报送状态" in d.columns).set_index("机关")
    assert table.loc["丁县人民政府", "报送状态"] == "未收到"
    assert table.loc["乙县人民政府", "报送状态"] == "逾期"
    assert table.loc["乙县人民政府", "逾期天数"] == "10"
    assert table.loc["甲县人民政府", "报送状态"] == "未注明日期"
    assert "表二" in table.loc["甲县人民政府", "未找到的表格"]
