"""check: each kind of defect planted in an otherwise sound report is caught, and only it."""

from __future__ import annotations

import copy
import json

import duckdb
import pytest

from govbench import store
from govbench.check import quality
from govbench.model import Evidence, Fact, Problem, Region, Report, TableCell

APPLICANTS = [
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
    "total",
]
# A 表三 whose identities hold: 6 new + 1 carried over = 6 concluded + 1 carried forward.
SOUND_TABLE3 = {
    "new": [5, 1, 0, 0, 0, 0, 6],
    "carried_over": [1, 0, 0, 0, 0, 0, 1],
    "granted": [3, 1, 0, 0, 0, 0, 4],
    "partial": [1, 0, 0, 0, 0, 0, 1],
    "c1": [1, 0, 0, 0, 0, 0, 1],
    "total": [5, 1, 0, 0, 0, 0, 6],
    "carried_forward": [1, 0, 0, 0, 0, 0, 1],
}
SOUND_TABLE4 = {
    "reconsideration": [1, 0, 0, 0, 1],
    "litigation_direct": [0, 0, 0, 0, 0],
    "litigation_after_reconsideration": [0, 1, 0, 0, 1],
}
T4_COLS = ["maintained", "corrected", "other", "pending", "total"]


def _cells(values: list, cols: list[str]) -> dict[str, TableCell]:
    return {c: TableCell(v, str(v)) for c, v in zip(cols, values)}


def sound_report(issuer: str, year: int = 2022, **changes) -> Report:
    t3 = copy.deepcopy(SOUND_TABLE3)
    t4 = copy.deepcopy(SOUND_TABLE4)
    facts = {
        "requests_received": 6,
        "requests_carried_over": 1,
        "requests_completed": 6,
        "requests_carried_forward": 1,
        "proactive_items_total": 120,
    }
    for key, value in changes.pop("table3", {}).items():
        row, col = key.split(".")
        t3[row][APPLICANTS.index(col)] = value
    for key, value in changes.pop("table4", {}).items():
        row, col = key.split(".")
        t4[row][T4_COLS.index(col)] = value
    facts.update(changes.pop("facts", {}))
    report = Report(
        source=f"{issuer}{year}.txt",
        text=f"{issuer}{year}年政府信息公开工作年度报告 {changes}",
        issuer=issuer,
        region=Region("130300", "河北省", "秦皇岛市", None),
        level="city",
        body_kind="government",
        year=year,
        format="standard_2021",
        facts=[Fact(m, v, False, "table", Evidence(0, 2, "xx")) for m, v in facts.items()],
        tables={
            "table3": {r: _cells(v, APPLICANTS) for r, v in t3.items()},
            "table4": {r: _cells(v, T4_COLS) for r, v in t4.items()},
            "table2": {"regulations": {"made": TableCell(0, "0")}},
        },
        problems=[Problem("信息公开工作人员力量不足", "staffing")],
    )
    for name, value in changes.items():
        setattr(report, name, value)
    return report


# issuer -> (reports, the one rule that must fail for the last of them)
PLANTED = {
    "完好市": ([sound_report("完好市", 2021), sound_report("完好市", 2022)], None),
    "列和市": (
        [sound_report("列和市", table3={"granted.natural_person": 4, "granted.total": 5})],
        "table3_column_sums",
    ),
    "行和市": (
        [sound_report("行和市", table3={"granted.natural_person": 4, "partial.natural_person": 0})],
        "table3_row_sums",
    ),
    "结转市": (
        [
            sound_report(
                "结转市", table3={"carried_forward.natural_person": 2, "carried_forward.total": 2}
            )
        ],
        "table3_balance",
    ),
    "复议市": ([sound_report("复议市", table4={"reconsideration.total": 0})], "table4_block_sums"),
    "负数市": ([sound_report("负数市")], "table_counts_non_negative"),
    "负值市": ([sound_report("负值市", facts={"proactive_items_total": -3})], "facts_non_negative"),
    "小数市": (
        [sound_report("小数市", facts={"proactive_items_total": 5.5})],
        "counts_are_integers",
    ),
    "早年市": ([sound_report("早年市", year=2007)], "year_in_range"),
    "衔接市": (
        [
            sound_report("衔接市", 2021),
            sound_report("衔接市", 2022, facts={"requests_carried_over": 3}),
        ],
        "carried_over_matches_last_year",
    ),
    "跳变市": (
        [
            sound_report("跳变市", 2021),
            sound_report("跳变市", 2022, facts={"proactive_items_total": 1300}),
        ],
        "year_over_year_jump",
    ),
    "重复市": (
        [
            sound_report("重复市"),
            sound_report("重复市", format="standard_2021", source="copy.txt", title="重复"),
        ],
        "one_report_per_issuer_year",
    ),
    "缺表市": ([sound_report("缺表市")], "standard_tables_present"),
    "无问题市": ([sound_report("无问题市", problems=[])], "problems_stated"),
    "不符市": (
        [
            sound_report(
                "不符市",
                warnings=[
                    "narrative_vs_table: requests_received is 17 in the text (at 10: '收到申请17件') "
                    "but 95 in the table (at 300)"
                ],
            )
        ],
        "narrative_agrees_with_table",
    ),
    "收费市": (
        [
            sound_report(
                "收费市",
                warnings=[
                    "fees_yuan_contradiction: the text states 200 (at 39: '收取信息处理费200元') "
                    "and none (at 15: '未收取信息处理费')"
                ],
            )
        ],
        "fees_consistent",
    ),
}


# Real prose (秦皇岛 2016), reused the way copy-paste reports reuse it.
PROSE = (
    "我市高度重视政府信息公开工作，将其列入重要议事日程，明确分管领导和工作机构。"
    "市政府办公厅负责推进、指导、协调、监督全市政府信息公开工作，各县区、各部门确定了专门的工作人员。"
    "全市各级行政机关通过政府门户网站、政务微博微信、新闻发布会等渠道主动公开政府信息。"
    "部分单位更新信息不及时，更新较滞后，公开信息过于简单化，与部门职能不相称。"
)


# Real prose (平潭 2019), for the body that copies its own previous report.
PROSE_2 = (
    "在省政府办公厅、省公开办等部门的关心和指导下，在各级政府信息公开工作人员的共同努力下，"
    "我区认真贯彻落实新修订的《条例》和《办法》，完善工作机制，细化职责分工。"
    "将政府信息公开工作列入议事日程，区办公室领导经常听取相关工作情况汇报，对业务处室多次强调政务公开工作的重要性。"
    "受人员编制限制，各单位信息公开多由办公室人员或临时借调人员兼职经办，流动性较大。"
)


def _copied(report: Report, prose: str) -> Report:
    report.text += "\n" + prose
    return report


PLANTED.update(
    {
        "照搬市": (
            [
                _copied(sound_report("照搬市", 2021), PROSE_2),
                _copied(sound_report("照搬市", 2022), PROSE_2.replace("我区", "本区")),
            ],
            "repeats_previous_year",
        ),
        "原创县": ([_copied(sound_report("原创县", 2022), PROSE)], "repeats_another_body"),
        "抄袭县": ([_copied(sound_report("抄袭县", 2022), PROSE)], "repeats_another_body"),
    }
)


def _plant_special_cases() -> None:
    negative = PLANTED["负数市"][0][0]
    negative.tables["table2"]["regulations"]["made"] = TableCell(-1, "-1")
    missing = PLANTED["缺表市"][0][0]
    del missing.tables["table4"]


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    _plant_special_cases()
    db = tmp_path_factory.mktemp("quality") / "q.duckdb"
    con = store.Database.writer(db)
    reports = [r for rs, _ in PLANTED.values() for r in rs]
    con.store_batch([(r.report_id, r) for r in reports])
    con.close()
    docs = db.parent / "docs"
    summary = quality.run_checks(db, docs=docs)
    return db, docs, summary


def _failed_rules(db, report_id: str) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            r
            for (r,) in con.execute(
                "SELECT expectation FROM quality_results WHERE report_id = ? AND NOT success",
                [report_id],
            ).fetchall()
        }
    finally:
        con.close()


@pytest.mark.parametrize("issuer", list(PLANTED))
def test_each_planted_defect_is_caught_and_only_it(checked, issuer):
    db, _, _ = checked
    reports, rule = PLANTED[issuer]
    expected = {rule} if rule else set()
    assert _failed_rules(db, reports[-1].report_id) == expected
    for earlier in reports[:-1]:
        assert _failed_rules(db, earlier.report_id) <= expected


def test_results_name_the_cells_involved_for_the_report_view(checked):
    db, _, _ = checked
    con = duckdb.connect(str(db), read_only=True)
    observed, details = con.execute(
        "SELECT observed, details FROM quality_results WHERE expectation = 'table4_block_sums' "
        "AND report_id IS NOT NULL"
    ).fetchone()
    con.close()
    assert observed == "reconsideration: 1 vs 总计 0"
    assert json.loads(details)["cells"] == ["table4.reconsideration.total"]


def test_every_rule_has_a_summary_row_and_data_docs_are_written(checked):
    db, docs, summary = checked
    con = duckdb.connect(str(db), read_only=True)
    rules = con.execute(
        "SELECT count(DISTINCT expectation) FROM quality_results WHERE report_id IS NULL"
    ).fetchone()[0]
    con.close()
    n_rules = sum(len(s["expectations"]) for s in quality.load_suites())
    assert rules == n_rules == len(summary.results)
    assert (docs / "index.html").exists()


def test_a_suite_with_broken_sql_stops_the_run_with_its_name(tmp_path):
    suite = {
        "name": "broken",
        "meta": {"asset": "reports"},
        "expectations": [
            {
                "type": "unexpected_rows_expectation",
                "kwargs": {
                    "unexpected_rows_query": "SELECT report_id FROM {batch} WHERE no_such_column"
                },
                "meta": {"rule": "bad_sql", "severity": "error", "zh": "坏", "en": "bad"},
            }
        ],
    }
    (tmp_path / "broken.json").write_text(json.dumps(suite), encoding="utf-8")
    db = tmp_path / "g.duckdb"
    store.Database.writer(db).close()
    with pytest.raises(quality.CheckError, match="broken.bad_sql"):
        quality.run_checks(db, suites_dir=tmp_path)


def test_the_duckdb_connection_fix_is_registered_once():
    from great_expectations.execution_engine import sqlalchemy_execution_engine as sae

    quality.use_persisted_duckdb_connection()
    quality.use_persisted_duckdb_connection()
    assert [
        d for d in sae._PERSISTED_CONNECTION_DIALECTS if getattr(d, "value", d) == "duckdb"
    ] and sum(getattr(d, "value", d) == "duckdb" for d in sae._PERSISTED_CONNECTION_DIALECTS) == 1
