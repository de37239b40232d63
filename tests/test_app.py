"""The Streamlit app driven in-process (AppTest) against a small database built in the test."""
from __future__ import annotations

from pathlib import Path

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


def leaders(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(("前三名", "Top three")))


def test_reports_page_lists_every_report_and_marks_synthetic(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db)
    table = at.dataframe[0].value
    assert len(table) == 8
    assert "丁县人民政府〔合成〕" in set(table["issuer"])
    assert "乙县人民政府" in set(table["issuer"])
    assert set(table["figures"]) == {6, 11}


def test_reports_page_filters_by_year(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db)
    at.selectbox(key="reports_year").set_value(2021).run()
    table = at.dataframe[0].value
    assert len(table) == 4 and set(table["year"]) == {2021}


def test_report_page_marks_evidence_and_escapes_report_text(monkeypatch, small_db):
    report_id = R.load_frame(small_db, year=2022).set_index("issuer").loc["甲县人民政府",
                                                                          "report_id"]
    at = open_app(monkeypatch, small_db, "report", report=report_id)
    body = at.get("html")[0].value
    assert '<mark title="主动公开信息总数">5000</mark>' in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "<script>" not in body and "<b>" not in body
    assert at.subheader[0].value.startswith("甲县人民政府 · 2022")
    problems = at.dataframe[-1].value
    assert list(problems.iloc[:, 1]) == ["政策解读质量不高"]


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
    assert "junk.duckdb" in at.error[0].value


def test_explanation_lists_each_metrics_contribution_summing_to_the_score(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "ranking")
    box = at.selectbox(key="rank_explain")
    box.select(next(o for o in box.options if o == "甲县人民政府")).run()
    parts = at.dataframe[-1].value.set_index("指标")
    score = at.dataframe[0].value.set_index("发布机关").loc["甲县人民政府", "得分"]
    assert parts.loc["办结率", "数值"] == pytest.approx(0.6)
    assert parts["贡献"].sum() == pytest.approx(score, abs=1e-3)
