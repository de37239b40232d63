"""The Streamlit app driven in-process (AppTest) against a small database built in the test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

import pytest
from streamlit.testing.v1 import AppTest

from govbench import rank as R

ROOT = Path(__file__).resolve().parents[1]
PAGES = "src/govbench/ui/pages"


def open_app(monkeypatch, db: Path | None, page: str | None = None, **query) -> AppTest:
    if db is None:
        monkeypatch.delenv("GOVBENCH_DB", raising=False)
    else:
        monkeypatch.setenv("GOVBENCH_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"{PAGES}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def seen(markdown: str) -> str:
    """What a reader sees of a Markdown body the app escaped (ui/safe.as_text): the text."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def table_where(at: AppTest, wanted) -> pd.DataFrame:
    """The first table on the page for which `wanted(frame)` holds (tables carry no key)."""
    return next(d.value for d in at.dataframe if wanted(d.value))


def leaders(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(("前三名", "Top three")))


def test_reports_page_lists_every_report_and_marks_synthetic(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "reports")
    table = at.dataframe[0].value
    assert len(table) == 8
    assert "丁县人民政府〔合成〕" in set(table["发布机关"])
    assert "乙县人民政府" in set(table["发布机关"])
    assert set(table["提取数字数"]) == {6, 11}


def test_reports_page_filters_by_year(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "reports")
    at.selectbox(key="reports_year").set_value(2021).run()
    table = at.dataframe[0].value
    assert len(table) == 4 and set(table["年度"]) == {2021}


def test_report_page_marks_evidence_and_escapes_report_text(monkeypatch, small_db):
    report_id = (
        R.load_frame(small_db, year=2022).set_index("issuer").loc["甲县人民政府", "report_id"]
    )
    at = open_app(monkeypatch, small_db, "report", report=report_id)
    body = at.get("html")[0].value
    assert '<mark title="主动公开信息总数">5000</mark>' in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "<script>" not in body and "<b>" not in body
    assert at.subheader[0].value.startswith("甲县人民政府 · 2022")
    problems = at.dataframe[-1].value
    assert list(problems.iloc[:, 1]) == ["政策解读质量不高"]


def test_choosing_a_figure_marks_its_source_and_the_cells_it_sums(monkeypatch, small_db):
    report_id = (
        R.load_frame(small_db, year=2022).set_index("issuer").loc["甲县人民政府", "report_id"]
    )
    at = open_app(monkeypatch, small_db, "report", report=report_id)
    assert at.selectbox(key="evidence_figure").value is None
    assert len(at.main.get("html")) == 1  # nothing chosen: no script
    at.selectbox(key="evidence_figure").set_value("requests_completed").run()
    text, script = (h.value for h in at.main.get("html"))
    # the figure's own span (60 in "requests_completed：60件"), singled out by an id
    assert re.search(
        r'<mark id="govbench-evidence-requests_completed" style="[^"]+">60</mark>', text
    )
    assert text.count("<mark id=") == 1
    # our script scrolls to that id; it carries no report text
    assert '"govbench-evidence-requests_completed"' in script and "scrollIntoView" in script
    assert "甲县" not in script and "alert" not in script
    # a table figure: the cell it sums (表三 总计) is marked in the table as well
    styles = "".join(d.proto.arrow_data.styler.styles for d in at.dataframe)
    assert styles.count("#ffb000") == 1


def test_report_page_shows_tables_three_and_four(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "report")
    headings = [m.value for m in at.markdown]
    assert any("表三" in h for h in headings) and any("表四" in h for h in headings)


def test_choosing_another_report_shows_it(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "report")
    box = at.selectbox(key="report_id")
    other = next(o for o in box.options if o.startswith("乙县"))
    box.select(other).run()
    assert at.subheader[0].value.startswith("乙县人民政府")
    assert "<mark" in at.get("html")[0].value


def test_ranking_page_orders_bodies_and_weight_slider_changes_the_order(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    assert leaders(at).startswith("前三名：乙县人民政府")
    table = at.dataframe[0].value
    assert list(table["名次"])[:1] == [1] and "丁县人民政府〔合成〕" in set(table["发布机关"])
    at.slider(key="w_requests").set_value(0.0).run()
    at.slider(key="w_problems").set_value(0.0).run()
    # on disclosure volume alone the county that publishes most comes first
    assert leaders(at).startswith("前三名：甲县人民政府")


def test_ranking_page_lists_low_coverage_bodies_apart(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.slider(key="rank_coverage").set_value(0.75).run()
    assert any(s.value.startswith("单列") for s in at.subheader)
    apart = at.dataframe[1].value
    assert set(apart["发布机关"]) == {"乙县人民政府", "丁县人民政府〔合成〕"}


def test_ranking_page_normalisation_choice(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.radio(key="rank_method").set_value("percentile").run()
    scores = at.dataframe[0].value["得分"]
    assert scores.between(0, 1).all()


def test_english_switch_relabels_the_page(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.toggle(key="lang_en").set_value(True).run()
    assert at.title[0].value == "Ranking"
    assert leaders(at).startswith("Top three: ")


@pytest.mark.parametrize("page", ["reports", "report", "ranking"])
def test_empty_database_shows_a_message_not_a_traceback(monkeypatch, empty_db, page):
    at = open_app(monkeypatch, empty_db, page)
    assert "govbench ingest" in at.info[0].value


def test_no_database_configured_says_how_to_start(monkeypatch):
    at = open_app(monkeypatch, None)
    assert "GOVBENCH_DB" in at.info[0].value


def test_unreadable_database_file_shows_an_error(monkeypatch, tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database")
    at = open_app(monkeypatch, junk)
    assert "junk.duckdb" in seen(at.error[0].value)


def test_explanation_lists_each_metrics_contribution_summing_to_the_score(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    box = at.selectbox(key="rank_explain")
    box.select(next(o for o in box.options if o == "甲县人民政府")).run()
    parts = table_where(at, lambda f: "贡献" in f.columns).set_index("指标")
    score = at.dataframe[0].value.set_index("发布机关").loc["甲县人民政府", "得分"]
    assert parts.loc["办结率", "数值"] == pytest.approx(0.6)
    assert parts["贡献"].sum() == pytest.approx(score, abs=1e-3)


# --- 对比 ------------------------------------------------------------------------------------


def test_compare_page_puts_two_bodies_side_by_side(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "compare")
    box = at.multiselect(key="compare_bodies")
    jia, yi = (next(o for o in box.options if o.startswith(n)) for n in ("甲县", "乙县"))
    box.set_value([jia, yi]).run()
    figures = table_where(at, lambda f: "主动公开信息总数" in f.index)
    assert list(figures.columns) == [jia, yi]
    assert figures.loc["主动公开信息总数"].tolist() == [5000, 1000]
    assert figures.loc["办结率"].tolist() == pytest.approx([0.6, 1.0])
    assert "[quality] 依申请公开答复不够规范" in [t.value for t in at.text]
    assert "[平台与渠道] 平台建设滞后" not in [t.value for t in at.text]  # 丁县 not chosen


def test_compare_page_asks_for_a_second_body(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "compare")
    box = at.multiselect(key="compare_bodies")
    box.set_value(box.value[:1]).run()
    assert at.info[0].value == "请至少选择两个机关。"


# --- 趋势 ------------------------------------------------------------------------------------


def test_trends_page_shows_a_bodys_figures_over_the_years(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "trends")
    body = at.selectbox(key="trend_body")
    body.select(next(o for o in body.options if o.startswith("甲县"))).run()
    at.multiselect(key="trend_metrics").set_value(["proactive_items_total"]).run()
    table = table_where(at, lambda f: "主动公开信息总数" in f.columns)
    assert list(table.index) == [2021, 2022] and list(table["主动公开信息总数"]) == [5000, 5000]


def test_trends_page_peer_quartiles(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "trends")
    at.radio(key="trend_mode").set_value("peers").run()
    at.selectbox(key="trend_metric").set_value("proactive_items_total").run()
    table = table_where(at, lambda f: "中位数" in f.columns)
    assert list(table["中位数"]) == [2500.0, 2500.0] and list(table["机关数"]) == [4, 4]


# --- 问题 ------------------------------------------------------------------------------------


def test_problems_page_marks_statements_repeated_from_last_year(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "problems")
    at.selectbox(key="problems_year").set_value(2022).run()
    table = table_where(at, lambda f: "重复" in f.columns)
    assert len(table) == 4 and (table["重复"] == "是").all()
    at.selectbox(key="problems_year").set_value(2021).run()
    assert (table_where(at, lambda f: "重复" in f.columns)["重复"] == "否").all()


def test_problems_page_filters_statements_by_text_and_category(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "problems")
    at.text_input(key="problems_search").input("平台").run()
    table = table_where(at, lambda f: "重复" in f.columns)
    assert set(table["问题"]) == {"平台建设滞后"} and len(table) == 2
    at.text_input(key="problems_search").input("").run()
    at.multiselect(key="problems_categories").set_value(["quality"]).run()
    assert set(table_where(at, lambda f: "重复" in f.columns)["类别"]) == {"quality"}


# --- 数据质量 --------------------------------------------------------------------------------


def test_quality_status_is_the_worst_failing_rule_and_ok_without_one():
    from govbench.ui.checks import report_status

    failures = pd.DataFrame(
        {"report_id": ["a", "a", "b", "c"], "severity": ["warning", "error", "info", "warning"]}
    )
    status = report_status(["a", "b", "c", "d"], failures)
    assert status.to_dict() == {"a": "error", "b": "info", "c": "warning", "d": "ok"}


def test_quality_page_without_a_check_run_says_to_run_check(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "quality")
    assert "govbench check" in at.info[0].value


def test_quality_page_reads_the_latest_run_in_plain_chinese(monkeypatch, checked_db):
    at = open_app(monkeypatch, checked_db, "quality")
    assert at.markdown[0].value == "错误 1 · 警告 0 · 提示 1 · 通过 6 · 未检查 0"
    table = table_where(at, lambda f: "未通过的规则" in f.columns).set_index("发布机关")
    # 丙县 failed only in the older run: it is ok now and not listed among the failing
    assert "丙县人民政府" not in table.index
    assert table.loc["甲县人民政府", "状态"] == "错误"
    # the rule's wording comes from its suite file, in Chinese
    from govbench.check.quality import load_suites

    wording = next(
        e["meta"]["zh"]
        for s in load_suites()
        for e in s["expectations"]
        if e["meta"]["rule"] == "table3_balance"
    )
    assert wording in table.loc["甲县人民政府", "未通过的规则"]
    failures = table_where(at, lambda f: "涉及单元格" in f.columns)
    # the cells by the template's row and column names, not their keys
    assert "表三 · （七）总计 · 总计、表三 · 一、本年新收政府信息公开申请数量 · 总计" in set(
        failures["涉及单元格"]
    )
    assert "7 + 0 ≠ 5 + 0" in set(failures["实际值"])


def test_report_page_marks_the_cells_a_failed_check_names(monkeypatch, checked_db):
    report_id = (
        R.load_frame(checked_db, year=2022).set_index("issuer").loc["甲县人民政府", "report_id"]
    )
    at = open_app(
        monkeypatch,
        checked_db,
        "report",
        report=report_id,
        cells="table3.total.total,table3.new.total",
    )
    # the cells by their row and column names in the template, not their keys
    assert seen(at.warning[0].value) == (
        "已标出检查未通过的单元格：表三 · 一、本年新收政府信息公开申请数量 · 总计、"
        "表三 · （七）总计 · 总计"
    )


def coverages(at: AppTest) -> pd.Series:
    """Coverage per body, ranked or listed apart."""
    tables = [d.value for d in at.dataframe if "覆盖率" in d.value.columns]
    return pd.concat(tables).set_index("发布机关")["覆盖率"]


def test_ranking_can_leave_out_figures_whose_checks_failed(monkeypatch, checked_db):
    at = open_app(monkeypatch, checked_db, "ranking")
    coverage = coverages(at)
    at.checkbox(key="rank_leave_out").check().run()
    left_out = coverages(at)
    assert left_out["甲县人民政府"] < coverage["甲县人民政府"]
    assert left_out["乙县人民政府"] == coverage["乙县人民政府"]


# --- 导入 ------------------------------------------------------------------------------------

REPORT_TEXT = (
    "某县人民政府2022年政府信息公开工作年度报告\n本年度主动公开政府信息1200条。\n".encode()
)


def test_import_page_ingests_an_upload_and_refuses_a_fake_pdf(monkeypatch, tmp_path):
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    at.file_uploader(key="import_files").set_value(
        [
            ("../../某县 报告.txt", REPORT_TEXT, "text/plain"),
            ("fake.pdf", b"this is no pdf", "application/pdf"),
        ]
    ).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert at.success[0].value == "导入完成：新增 1，新版本 0，已有 0，未接受 1，失败 0"
    outcomes = table_where(at, lambda f: "结果" in f.columns).set_index("文件")
    assert outcomes.loc["fake.pdf", "结果"] == "未接受"
    assert outcomes.loc["fake.pdf", "原因"] == "文件类型不符（扩展名或内容）"
    assert outcomes.loc["../../某县 报告.txt", "结果"] == "新增"
    assert [b.label for b in at.button] == ["导入", "运行数据检查"]  # offered after new reports
    at.switch_page(f"{PAGES}/reports.py").run()
    assert len(at.dataframe[0].value) == 5  # the cached list was refreshed


def test_import_page_takes_the_hints_of_a_manifest(monkeypatch, tmp_path):
    import duckdb
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    at.file_uploader(key="import_files").set_value(
        [("某县 报告.txt", REPORT_TEXT, "text/plain")]
    ).run()
    manifest = "file,issuer,scope\n某县 报告.txt,,own_body\n其他.pdf,,whole_area\n".encode()
    at.file_uploader(key="import_manifest").set_value([("清单.csv", manifest, "text/csv")]).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert at.success[0].value == "导入完成：新增 1，新版本 0，已有 0，未接受 0，失败 0"
    with duckdb.connect(str(db), read_only=True) as con:
        scope = con.execute(
            "SELECT scope FROM reports WHERE source LIKE '%某县 报告.txt'"
        ).fetchall()
    assert scope == [("own_body",)]  # the text alone says nothing of its scope


def test_import_page_refuses_a_bad_manifest_in_one_line(monkeypatch, tmp_path):
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    at.file_uploader(key="import_files").set_value(
        [("某县 报告.txt", REPORT_TEXT, "text/plain")]
    ).run()
    at.file_uploader(key="import_manifest").set_value(
        [("清单.csv", "file,year\n某县 报告.txt,19\n".encode(), "text/csv")]
    ).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    from govbench.ui.safe import as_text

    assert at.error[0].value == "清单无法使用：" + as_text(
        "清单.csv, line 2: year '19' is not a year"
    )
    assert not at.success  # nothing imported


def test_import_page_is_disabled_when_read_only(monkeypatch, small_db):
    monkeypatch.setenv("GOVBENCH_READONLY", "1")
    at = open_app(monkeypatch, small_db, "import")
    assert "GOVBENCH_READONLY=1" in at.info[0].value


def test_upload_names_are_sanitised_and_types_checked_by_content():
    from govbench.ui.uploads import rejection, safe_name

    assert safe_name("../../etc/passwd", 1) == "001_passwd"
    assert safe_name("C:\\报告\\某县 2022年.HTML", 2) == "002_某县_2022年.html"
    assert rejection("a.txt", REPORT_TEXT, 10_000) is None
    assert rejection("a.html", b"<html><body>x</body></html>", 10_000) is None
    assert rejection("a.html", b"plain words", 10_000) == "type"
    assert rejection("a.exe", b"MZ", 10_000) == "type"
    assert rejection("a.docx", b"PK\x03\x04junk", 10_000) == "type"
    assert rejection("a.txt", REPORT_TEXT, 10) == "size"
    assert rejection("a.txt", b"", 10) == "empty"


# --- 排名 additions ---------------------------------------------------------------------------


def test_metric_weight_slider_changes_the_order(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    for key in ("w_volume", "w_problems"):
        at.slider(key=key).set_value(0.0).run()
    assert leaders(at).startswith("前三名：乙县人民政府")
    for metric in R.default_metrics():
        if R.rules().metrics[metric].dimension == "requests" and metric != "carried_forward_share":
            at.slider(key=f"wm_{metric}").set_value(0.0).run()
    # on the share carried forward alone (more is worse), 乙县 (0 %) still leads, 甲县 (40 %) is last
    table = at.dataframe[0].value
    assert list(table["发布机关"])[0] == "乙县人民政府"
    assert list(table["发布机关"])[-1] == "甲县人民政府"


def test_preset_json_round_trips_and_clamps_weights_to_the_sliders():
    from govbench.ui.presets import PeerGroup, Preset, from_json

    preset = Preset(
        {"requests": 2.0, "grant_rate": -1.0}, "percentile", PeerGroup(2022, "浙江省", None), 0.25
    )
    assert from_json(preset.to_json()) == preset
    assert from_json('{"weights": {"volume": 9}}').weights == {"volume": 3.0}


def test_loading_a_preset_sets_the_widgets_and_the_ranking(monkeypatch, small_db):
    preset = {
        "weights": {"volume": 1, "requests": 0, "problems": 0},
        "normalisation": "zscore",
        "peer_group": {"year": 2022},
        "coverage_threshold": 0.25,
    }
    fresh = open_app(monkeypatch, small_db, "ranking")
    fresh.file_uploader(key="preset_file").set_value(
        ("p.json", json.dumps(preset).encode(), "application/json")
    ).run()
    assert fresh.slider(key="w_requests").value == 0.0
    assert fresh.radio(key="rank_method").value == "zscore"
    assert fresh.slider(key="rank_coverage").value == 0.25
    assert leaders(fresh).startswith("前三名：甲县人民政府")


def test_comparing_presets_shows_who_moves(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    other = {"weights": {"volume": 1, "requests": 0, "problems": 0}}
    at.file_uploader(key="preset_other").set_value(
        ("other.json", json.dumps(other).encode(), "application/json")
    ).run()
    moves = table_where(at, lambda f: "对比方案名次" in f.columns).set_index("发布机关")
    assert moves.loc["乙县人民政府", "当前名次"] == 1
    assert moves.loc["乙县人民政府", "对比方案名次"] == 4
    assert moves.loc["乙县人民政府", "变化"] == -3


def test_bad_preset_is_refused_with_a_reason(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.file_uploader(key="preset_file").set_value(
        ("p.json", b'{"weights": {"speed": 1}}', "application/json")
    ).run()
    assert "speed" in seen(at.error[0].value)


def test_what_if_shows_the_new_rank_without_writing(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    body = at.selectbox(key="whatif_body")
    jia = next(o for o in body.options if o == "甲县人民政府")
    body.select(jia).run()
    at.selectbox(key="whatif_metric").set_value("proactive_items_total").run()
    number = next(n for n in at.number_input if n.key.startswith("whatif_value_"))
    assert number.value == 5000
    number.set_value(0.0).run()
    message = at.success[0].value
    assert message.startswith("甲县人民政府：名次 ") and "→" in message
    assert (
        R.load_frame(small_db, year=2022)
        .set_index("issuer")
        .loc["甲县人民政府", "proactive_items_total"]
        == 5000
    )


def test_exports_carry_the_settings(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    labels = [b.label for b in at.get("download_button")]
    assert {"排名 CSV", "排名 XLSX", "图表 PNG", "图表 SVG", "图表 Vega-Lite JSON"} <= set(labels)


# --- peer groups and per capita -----------------------------------------------------------------


def test_ranking_page_says_volumes_are_totals_when_no_population_is_loaded(monkeypatch, small_db):
    monkeypatch.delenv("GOVBENCH_POPULATION", raising=False)
    at = open_app(monkeypatch, small_db, "ranking")
    assert "未载入人口数据：数量指标按总量比较" in [i.value for i in at.info]
    assert at.checkbox(key="rank_per_capita").disabled


def test_peer_group_choice_reranks_within_each_group(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    years = at.selectbox(key="rank_year")
    years.select_index(years.options.index("全部")).run()
    assert at.multiselect(key="rank_peer_by").value == ["year"]
    # each year is its own peer group: 2021 and 2022 each have a first
    assert list(at.dataframe[0].value["名次"]).count(1) == 2
    at.multiselect(key="rank_peer_by").set_value([]).run()
    together = at.dataframe[0].value
    # all years in one group: ranks run on past the four of one year (equal scores, here
    # 乙县's two years, share the better rank)
    assert list(together["名次"]) == sorted(together["名次"]) and together["名次"].max() > 4
    assert len(together) > 4


def test_per_capita_from_an_uploaded_population_csv_changes_the_leader(monkeypatch, small_db):
    monkeypatch.delenv("GOVBENCH_POPULATION", raising=False)
    at = open_app(monkeypatch, small_db, "ranking")
    for key in ("w_requests", "w_problems"):
        at.slider(key=key).set_value(0.0).run()
    assert leaders(at).startswith("前三名：甲县人民政府")  # most items in total
    people = (
        "region_code,name,year,population\n330101,甲县,2022,1000000\n"
        "330102,乙县,2022,100000\n330103,丙县,2022,100000\n"
    ).encode()
    at.file_uploader(key="population_file").set_value(("people.csv", people, "text/csv")).run()
    assert not at.info or "未载入人口数据" not in at.info[0].value
    at.checkbox(key="rank_per_capita").check().run()
    # per 10,000 people 丙县 (300 items) leads and 甲县 (50) falls to last among the ranked
    assert leaders(at).startswith("前三名：丙县人民政府")
    assert any("1 个机关所在地区无人口数据" in c.value for c in at.caption)  # 丁县
    ranked = at.dataframe[0].value
    assert list(ranked["发布机关"])[-1] == "甲县人民政府"


def test_a_bad_population_csv_is_refused_naming_the_line(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.file_uploader(key="population_file").set_value(
        ("people.csv", b"region_code,name,year,population\n3301,x,2022,5\n", "text/csv")
    ).run()
    assert "line 2" in seen(at.error[0].value) and "6-digit" in seen(at.error[0].value)
    assert "未载入人口数据：数量指标按总量比较" in [i.value for i in at.info]


def test_population_path_from_the_environment(monkeypatch, small_db, tmp_path):
    csv = tmp_path / "people.csv"
    csv.write_text("region_code,name,year,population\n330101,甲县,,1000000\n", encoding="utf-8")
    monkeypatch.setenv("GOVBENCH_POPULATION", str(csv))
    at = open_app(monkeypatch, small_db, "ranking")
    assert not at.checkbox(key="rank_per_capita").disabled
    assert any(c.value.startswith("已载入人口数据（1 行）") for c in at.caption)


def test_a_preset_carries_the_peer_groups(monkeypatch, small_db):
    from govbench.ui.presets import PeerGroup, Preset, from_json

    preset = Preset({}, peer_group=PeerGroup(by=("year", "province")))
    assert json.loads(preset.to_json())["peer_group"]["by"] == ["year", "province"]
    assert from_json(preset.to_json()) == preset
    with pytest.raises(ValueError, match="peer_group.by"):
        from_json('{"weights": {}, "peer_group": {"by": ["city"]}}')
    at = open_app(monkeypatch, small_db, "ranking")
    at.file_uploader(key="preset_file").set_value(
        ("p.json", b'{"weights": {}, "peer_group": {"by": []}}', "application/json")
    ).run()
    assert at.multiselect(key="rank_peer_by").value == []


# --- issue #14: weights that mean what they say, like with like --------------------------------


def test_every_metric_of_the_dictionary_has_a_weight_slider(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    keys = {s.key for s in at.slider}
    missing = [m for m in R.rules().metrics if f"wm_{m}" not in keys]
    assert not missing and len(R.rules().metrics) >= 26


def test_a_preset_naming_any_metric_ranks_by_it_alone(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.file_uploader(key="preset_file").set_value(
        (
            "p.json",
            b'{"weights": {"requests_received": 1}, "peer_group": {"year": 2022}}',
            "application/json",
        )
    ).run()
    assert not at.error
    assert "已载入方案。" in [c.value for c in at.caption]
    assert at.slider(key="wm_requests_received").value == 1.0
    assert at.slider(key="wm_completion_rate").value == 0.0  # unnamed: 0
    assert at.slider(key="w_requests").value == 1.0
    # 2022 requests received: 甲县 100, 丙县 80, 乙县 50, 丁县 30
    assert leaders(at) == "前三名：甲县人民政府、丙县人民政府、乙县人民政府"


def test_a_preset_with_an_unknown_key_is_refused_not_loaded(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    before = leaders(at)
    at.file_uploader(key="preset_file").set_value(
        ("p.json", b'{"weights": {"requests_recieved": 1}}', "application/json")
    ).run()
    assert "requests_recieved" in seen(at.error[0].value)
    assert "已载入方案。" not in [c.value for c in at.caption]
    assert leaders(at) == before


def test_the_named_preset_list_sets_the_weights(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    at.selectbox(key="rank_named_preset").set_value("volume").run()
    assert at.slider(key="w_requests").value == 0.0
    assert leaders(at).startswith("前三名：甲县人民政府")


@pytest.mark.parametrize("method", ["zscore", "percentile"])
def test_the_scores_shown_are_those_of_the_normalisation_chosen(monkeypatch, small_db, method):
    at = open_app(monkeypatch, small_db, "ranking")
    at.radio(key="rank_method").set_value(method).run()
    shown = at.dataframe[0].value.set_index("发布机关")["得分"]
    expected = R.rank(
        R.load_frame(small_db, year=2022), normalisation=method, peer_by=["year"]
    ).set_index("issuer")["score"]
    plain = shown.rename(lambda n: n.removesuffix("〔合成〕"))
    assert plain.to_dict() == pytest.approx(expected[~expected.isna()].loc[plain.index].to_dict())
    if method == "zscore":
        assert (shown < 0).any()  # z-scores are not confined to 0-1


def test_missing_data_rule_is_a_choice_that_changes_the_scores(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    assert at.radio(key="rank_missing").value == "worst"
    worst = at.dataframe[0].value.set_index("发布机关")["得分"]
    at.radio(key="rank_missing").set_value("median").run()
    median = at.dataframe[0].value.set_index("发布机关")["得分"]
    # 丁县 states no carried-forward or reconsideration figures: the median scores it higher
    assert median["丁县人民政府〔合成〕"] > worst["丁县人民政府〔合成〕"]


def test_top_three_are_named_per_year_when_all_years_are_shown(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    years = at.selectbox(key="rank_year")
    years.select_index(years.options.index("全部")).run()
    text = leaders(at)
    per_year = dict(part.split("：", 1) for part in text.removeprefix("前三名：").split("；"))
    assert set(per_year) == {"2021", "2022"}
    assert all(len(names.split("、")) == 3 for names in per_year.values())


def test_the_page_says_which_scope_it_shows(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    assert any("范围：全部" in c.value and "范围未知" in c.value for c in at.caption)
    assert set(at.dataframe[0].value["统计范围"]) == {"范围未知"}


def test_the_method_expander_lists_every_metric_with_its_direction(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    table = table_where(at, lambda f: "方向" in f.columns).set_index("代码")
    assert set(table.index) == set(R.rules().metrics)
    assert table.loc["carried_forward_share", "方向"] == "越多越差"


def test_the_cli_and_the_app_give_the_same_ranking(monkeypatch, checked_db, capsys):
    from govbench.cli import main
    from govbench.ui import data

    monkeypatch.setenv("GOVBENCH_DB", str(checked_db))
    assert (
        main(
            [
                "rank",
                "--db",
                str(checked_db),
                "--format",
                "json",
                "--preset",
                "candour",
                "--missing",
                "median",
                "--normalise",
                "percentile",
                "--min-coverage",
                "0.3",
                "--leave-out-failed",
                "--peer-by",
                "year",
                "--scope",
                "all",
            ]
        )
        == 0
    )
    cli = pd.DataFrame(json.loads(capsys.readouterr().out))
    app = data.ranking(
        None,
        None,
        None,
        R.weighting(preset="candour"),
        "percentile",
        0.3,
        leave_out_failing=True,
        peer_by=("year",),
        missing="median",
        scope="all",
    )
    columns = ["issuer", "year", "rank", "score", "coverage", "rank_low", "rank_high"]
    pd.testing.assert_frame_equal(
        cli[columns].astype({"rank": "float", "rank_low": "float", "rank_high": "float"}),
        app[columns].astype({"rank": "float", "rank_low": "float", "rank_high": "float"}),
        check_dtype=False,
    )
    assert cli["listed_apart"].any() or cli["rank"].notna().all()


def test_comparing_presets_keeps_the_pages_leave_out(monkeypatch, checked_db):
    at = open_app(monkeypatch, checked_db, "ranking")
    at.checkbox(key="rank_leave_out").check().run()
    # the same weights, in a preset file that says nothing about leaving figures out
    same = {"weights": R.default_weighting(), "peer_group": {"year": 2022}}
    at.file_uploader(key="preset_other").set_value(
        ("same.json", json.dumps(same).encode(), "application/json")
    ).run()
    moves = table_where(at, lambda f: "对比方案名次" in f.columns)
    assert (moves["变化"] == 0).all()


def test_import_keeps_an_uploads_own_name_however_long(monkeypatch, tmp_path):
    import duckdb
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    long_name = "某" * 90 + "县人民政府2022年政府信息公开工作年度报告.txt"  # > 255 bytes
    at.file_uploader(key="import_files").set_value(
        [
            (long_name, REPORT_TEXT, "text/plain"),
            ("other.txt", REPORT_TEXT.replace(b"1200", b"1300"), "text/plain"),
        ]
    ).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    assert at.success[0].value == "导入完成：新增 2，新版本 0，已有 0，未接受 0，失败 0"
    con = duckdb.connect(str(db), read_only=True)
    try:
        sources = {s for (s,) in con.execute("SELECT source FROM reports").fetchall()}
        files = {s for (s,) in con.execute("SELECT source FROM files").fetchall()}
    finally:
        con.close()
    assert {long_name, "other.txt"} <= sources and {long_name, "other.txt"} <= files


def test_import_says_per_file_what_happened(monkeypatch, tmp_path):
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    at.file_uploader(key="import_files").set_value([("a.txt", REPORT_TEXT, "text/plain")]).run()
    at.button(key="import_go").click().run()
    # the same file again, the same body and year with another text, and an empty file
    at.file_uploader(key="import_files").set_value(
        [
            ("a again.txt", REPORT_TEXT, "text/plain"),
            ("b.txt", REPORT_TEXT.replace(b"1200", b"1500"), "text/plain"),
            ("empty.txt", b"", "text/plain"),
        ]
    ).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    outcomes = table_where(at, lambda f: "结果" in f.columns).set_index("文件")["结果"]
    assert outcomes.to_dict() == {
        "empty.txt": "未接受",
        "b.txt": outcomes["b.txt"],
        "a again.txt": "已有（同一文件已导入过）",
    }
    assert outcomes["b.txt"].startswith("新版本")
    assert at.success[0].value == "导入完成：新增 0，新版本 1，已有 1，未接受 1，失败 0"


def test_import_calls_a_report_a_new_version_only_when_the_store_ranks_it_as_one(
    monkeypatch, tmp_path
):
    import duckdb
    from conftest import build_db

    db = build_db(tmp_path / "import.duckdb")
    at = open_app(monkeypatch, db, "import")
    # two reports whose issuer the text does not name: each is a body-year of its own
    unnamed = "2022年政府信息公开工作年度报告\n本年度主动公开政府信息{}条。\n"
    for name, items in [("a.txt", 1200), ("b.txt", 1500)]:
        upload = [(name, unnamed.format(items).encode(), "text/plain")]
        at.file_uploader(key="import_files").set_value(upload).run()
        at.button(key="import_go").click().run()
        assert not at.exception
        assert at.success[0].value == "导入完成：新增 1，新版本 0，已有 0，未接受 0，失败 0"
    with duckdb.connect(str(db), read_only=True) as con:
        ranked = con.execute(
            "SELECT count(*) FROM reports JOIN report_versions USING (report_id) "
            "WHERE issuer IS NULL AND in_ranking"
        ).fetchone()
    assert ranked == (2,)


def test_a_ranking_row_opens_the_bodys_report(monkeypatch, small_db):
    import duckdb

    at = open_app(monkeypatch, small_db, "ranking")
    box = at.selectbox(key="rank_explain")
    box.select(next(o for o in box.options if o == "甲县人民政府")).run()
    link = next(p for p in at.get("page_link") if p.proto.label.startswith("打开"))
    assert link.proto.label == "打开 甲县人民政府 的报告"
    with duckdb.connect(str(small_db), read_only=True) as con:
        (wanted,) = con.execute(
            "SELECT report_id FROM reports WHERE issuer = '甲县人民政府' AND year = 2022"
        ).fetchone()
    assert f"report={wanted}" in link.proto.query_string


def test_a_citys_report_lists_the_bodies_under_it(monkeypatch, tmp_path):
    from conftest import BODIES, build_db, make_report

    from govbench import store

    db = build_db(tmp_path / "city.duckdb")
    city = make_report(
        "杭州市人民政府", "330100", None, {"proactive_items_total": 9000}, {}, [], False
    )
    city.level = "city"
    con = store.Database.writer(db)
    try:
        con.store_batch([("city", city)])
        (city_id,) = con.execute("SELECT report_id FROM reports WHERE level = 'city'").fetchone()
    finally:
        con.close()
    at = open_app(monkeypatch, db, "report", report=city_id)
    links = [p.proto.label for p in at.get("page_link")]
    counties = [b[0] for b in BODIES]
    assert sorted(
        label.split(" · ")[0].removesuffix("〔合成〕")
        for label in links
        if any(label.startswith(c) for c in counties)
    ) == sorted(counties)
    assert f"下级机关（{len(counties)} 个）" in [e.label for e in at.expander]
