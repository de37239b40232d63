"""Kinds of narrative figures met in unseen openings (issue #13), as minimal texts written here:
a category of the disclosure catalogue counted with its share of the total (政策文件类信息14条,
占总数的0.7%), a category said without 类 (政策文件信息31条), and requests said all answered
after the outcomes that make up their count, or with 并按规定 (…1宗,并按规定予以答复); a 表三
written one cell a line whose blank cells are lone bars. Each kind has its look-alike that must
give no figure."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.tables import extract_tables


def values(text: str, year: int | None = 2016) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format="legacy")}


CATALOGUE = (
    "2016年主动公开政府信息1200条。其中,机构职能类信息30条,占总数的2.5%;"
    "政策文件类信息48条,占总数的4%;规划计划类信息12条,占总数的1%。"
)


def test_a_document_category_counted_with_its_share_is_the_documents_count() -> None:
    got = values(CATALOGUE)
    assert got["proactive_items_total"] == 1200
    assert got["policy_documents"] == 48


def test_the_laws_and_papers_category_of_2008_is_no_documents_count() -> None:
    # 法规文件类 (laws and papers together): train never labels it as documents, as it leaves
    # 政策法规 and 法规文件及解读 out; the converter's 法规档案类 no more
    for category in ("法规文件类", "法规档案类"):
        got = values(
            f"其中,机构职能类信息20条,占总数的比例为4%;{category}信息65条,占总数的比例为13%。"
        )
        assert "policy_documents" not in got


def test_a_channel_counted_with_its_share_is_still_no_figure() -> None:
    # the share keeps a channel's part out, as before: only a catalogue category stands with it
    got = values("2016年通过网站公开政府信息1200条,其中网上公开信息300条,占总数的25%。")
    assert got["proactive_items_total"] == 1200
    assert "policy_documents" not in got
    got = values("其中,机构职能类信息30条,占总数的2.5%;规划计划类信息12条,占总数的1%。")
    assert got == {}


def test_documents_information_said_without_lei_is_the_documents_count() -> None:
    got = values("2016年我乡主动公开信息200条。其中:概况5条,政策文件信息26条,工作动态信息150条。")
    assert got["proactive_items_total"] == 200
    assert got["policy_documents"] == 26


def test_department_documents_are_no_policy_documents() -> None:
    # train labels 部门文件 in a breakdown as no policy documents (jurong-shuiliju-2022)
    got = values("2016年我局主动公开政府信息120条,其中部门文件6条,部门动态94条。")
    assert got["proactive_items_total"] == 120
    assert "policy_documents" not in got


def test_requests_all_answered_after_the_outcomes_that_make_up_the_count() -> None:
    got = values(
        "2020年本委收到依申请信息公开7件,其中予以公开4件,部分公开1件,不予公开2件,均已按要求答复。",
        2020,
    )
    assert got["requests_received"] == 7
    assert got["requests_completed"] == 7


def test_outcomes_that_do_not_make_up_the_count_say_nothing_of_the_rest() -> None:
    got = values(
        "2020年本委收到依申请信息公开7件,其中予以公开4件,部分公开1件,均已按要求答复。", 2020
    )
    assert got["requests_received"] == 7
    assert "requests_completed" not in got


def test_requests_all_answered_after_another_metrics_count() -> None:
    got = values(
        "2022年依法办理依申请公开申请5件,办结人大代表建议案2件,均在规定工作日内予以回复。", 2022
    )
    assert got["requests_completed"] == 5
    assert got["proposals_answered"] == 2


def test_all_answered_after_a_completed_count_is_that_counts() -> None:
    got = values("2022年收到政府信息公开申请12件,办结10件,均在法定期限内答复。", 2022)
    assert got["requests_received"] == 12
    assert got["requests_completed"] == 10


def test_one_request_answered_as_the_rules_say() -> None:
    got = values("2024年,共收到依申请公开信息2宗,并按规定予以答复。", 2024)
    assert got["requests_received"] == 2
    assert got["requests_completed"] == 2


def test_a_request_passed_on_is_not_answered() -> None:
    got = values("2024年,共收到依申请公开信息2宗,并按规定转交有关部门。", 2024)
    assert got["requests_received"] == 2
    assert "requests_completed" not in got


def test_answered_with_its_own_count_is_that_count() -> None:
    got = values("全年共接收网上依申请公开11件,按要求答复8件,申请人撤回3件。", 2024)
    assert got["requests_received"] == 11
    assert got["requests_completed"] == 8


def _one_cell_a_line_table3(new_row: list[str]) -> str:
    """A 表三 as a converter writes it one cell a line (“0 |”), a blank cell as a lone bar."""
    head = (
        "三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
        "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
        "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
    )
    cells = "".join(f"{c} |\n" if c else "|\n" for c in new_row)
    blank = "|\n" * 6
    return (
        head
        + "一、本年新收政府信息公开申请数量 |\n"
        + cells
        + "||\n二、上年结转政府信息公开申请数量 |\n"
        + blank
        + "0 |\n||\n三、本年度办理结果 |\n(一)予以公开 |\n"
        + blank
        + "|\n|\n(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n"
    )


def _table3_new(text: str) -> dict:
    result = extract_tables(Document(source="snippet", text=text, grids=[]), 2023, None)
    return {k: c.value for k, c in result.tables["table3"]["new"].items()}


def test_a_blank_cell_as_a_lone_bar_keeps_the_total_in_its_column() -> None:
    # 6 applicant cells left blank, the 总计 alone filled: the year's new requests are 0
    new = _table3_new(_one_cell_a_line_table3(["", "", "", "", "", "", "0"]))
    assert new["total"] == 0
    assert new["natural_person"] is None


def test_a_lone_figure_under_the_first_column_is_no_total() -> None:
    # the figure stands under 自然人, the 总计 blank: no total is made up
    new = _table3_new(_one_cell_a_line_table3(["2", "", "", "", "", "", ""]))
    assert new["natural_person"] == 2
    assert new["total"] is None


def test_documents_sorted_by_how_they_may_be_disclosed_are_no_policy_documents() -> None:
    got = values(
        "2022年制作政府信息50条,通过区政府网站主动公开政府信息14条,依申请公开文件9条、不予公开文件27条。",
        2022,
    )
    assert got["proactive_items_total"] == 14
    assert "policy_documents" not in got


def test_documents_disclosed_proactively_in_a_breakdown_stay_policy_documents() -> None:
    got = values("2022年主动公开政府信息160条,其中主动公开文件12件。", 2022)
    assert got["policy_documents"] == 12


def test_normative_documents_as_a_converter_writes_them_are_policy_documents() -> None:
    # 行政规范性檔案 (a converter's 文件), normalised: 行政规范性档案
    got = values("2020年,通过门户网站等平台主动公开规章9件,行政规范性档案37件。", 2020)
    assert got["policy_documents"] == 37


def test_all_requests_answered_in_a_later_sentence_after_their_channel_parts() -> None:
    got = values(
        "2021年,县政府办公室共办理政府信息公开申请18件。其中,网络申请11件,书面申请7件。所有申请均按时办结。",
        2021,
    )
    assert got["requests_received"] == 18
    assert got["requests_completed"] == 18


def test_all_requests_answered_after_parts_that_do_not_make_up_the_count() -> None:
    got = values(
        "2021年共受理政府信息公开申请20件。经依法办理,予以公开5件,无法提供9件,所有申请均在法定期限内完成答复。",
        2021,
    )
    assert got["requests_received"] == 20
    assert "requests_completed" not in got


def test_all_requests_answered_in_another_paragraph_is_not_this_counts() -> None:
    got = values("2021年共受理政府信息公开申请20件。\n三、其他\n所有申请均按时办结。", 2021)
    assert got["requests_received"] == 20
    assert "requests_completed" not in got


def test_issues_then_items_the_items_are_the_count() -> None:
    got = values("2021年,“某某政务”公众号共发布信息150期620条,阅读量达万余人次。", 2021)
    assert got["new_media_posts"] == 620


def test_toutiao_inside_a_papers_name_is_no_new_media() -> None:
    got = values(
        "全年主动公开政务信息300条,包括政府网站30条,今日某地、每日头条等媒体上发布信息70条,"
        "“某某镇”微信公众号1200条。",
        2022,
    )
    assert got["new_media_posts"] == 1200


def test_the_toutiao_app_is_new_media() -> None:
    got = values("2022年通过微信公众号、今日头条等新媒体公开信息900条。", 2022)
    assert got["new_media_posts"] == 900


def test_trainings_counted_in_ci_that_cover_readings_are_no_readings() -> None:
    # a count in 次 is most often of events (trainings, meetings) about readings
    got = values("2020年积极组织了3次涵盖政策解读、新媒体应用、舆情应对的专业培训。", 2020)
    assert "interpretations" not in got


def test_readings_held_as_events_in_ci_stay_out_beside_their_total() -> None:
    # the readings' own total wins over a part of one format counted in 次
    got = values("2020年累计公开发布各类形式的政策解读300件,其中线上视频直播解读14次。", 2020)
    assert got["interpretations"] == 300


def test_no_requests_said_of_government_affairs_information_is_zero() -> None:
    assert values("2020年度我局无依申请公开政务信息情况。", 2020)["requests_received"] == 0
