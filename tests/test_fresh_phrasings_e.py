"""Kinds met in a blind set of unseen real report openings (fresh4/E: 湖北 湖南 广东 广西 海南 重庆
四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆), as minimal texts written here: posts about proposals,
readings of meetings, a count glued to 信息数量, an answer said after how requests were handled,
cases under a 依申请公开 heading, the year's figure after a running one, a parts sentence led by
主要类别包括, a place name inside a common word, and a 产业园 committee."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2025) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format="legacy")}


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


# ---------------------------------------------------------------- precision


def test_posts_about_how_proposals_were_handled_are_not_proposals_answered() -> None:
    got = values("全年主动公开本级文件12条,人大代表建议及政协委员提案办理结果9条。")
    assert "proposals_answered" not in got
    assert got["policy_documents"] == 12


def test_proposals_handled_are_still_proposals_answered() -> None:
    got = values("全年共办理人大代表建议和政协委员提案15件,均已按时办结。")
    assert got["proposals_answered"] == 15


def test_a_reading_of_a_meeting_is_not_a_policy_interpretation() -> None:
    got = values("通过网站发布政策解读8条、政府常务会议图文解读5次。")
    assert got["interpretations"] == 8
    got = values("发布政务动态信息120条,政府会议、会议解读类信息30条。")
    assert "interpretations" not in got


# ---------------------------------------------------------------- recall


def test_a_count_glued_to_xinxi_shuliang_with_no_unit() -> None:
    got = values("本乡在县网站和乡村公开栏发布的信息数量215随后在乡公众号发布信息数量96。\n")
    assert got["proactive_items_total"] == 215
    assert got["new_media_posts"] == 96


def test_requests_answered_after_a_sentence_on_how_they_were_handled() -> None:
    got = values(
        "本年度本局共受理政府信息依申请公开12件,凡属本局掌握的信息一律依法公开,非本局掌握的"
        "告知申请人向掌握该信息的单位提出,截至年底均已办结。"
    )
    assert got["requests_received"] == 12
    assert got["requests_completed"] == 12


def test_an_answer_of_another_figure_is_not_the_requests() -> None:
    # a figure between the requests and 均已办结: the answer is that figure's
    got = values("收到政府信息公开申请12件,收到群众来信30件,均已办结。")
    assert got["requests_received"] == 12
    assert "requests_completed" not in got


def test_cases_in_a_paragraph_headed_by_requests_are_the_disclosure_cases() -> None:
    got = values(
        "(三)依申请公开情况。本年受理政府信息公开申请20件,办结19件。所有申请均按期答复。"
        "本年度发生行政复议2件,发生行政诉讼1件。"
    )
    assert got["admin_reconsideration"] == 2
    assert got["admin_litigation"] == 1


def test_cases_of_the_whole_area_under_another_heading_stay_out() -> None:
    got = values("(二)行政执法。全市行政复议机关共办理行政复议案件560件。")
    assert "admin_reconsideration" not in got
    # a paragraph that merely opens on disclosure work is no heading
    got = values(
        "2025年,全市政府信息公开工作稳步推进。全面推进依法行政。全市行政复议机关共办理行政复议案件560件。"
    )
    assert "admin_reconsideration" not in got


def test_the_years_figure_after_a_running_count_up_to_now() -> None:
    got = values(
        "本镇网站栏目自开通起持续更新,截至目前共发布信息1500条,2019年公开政府信息60条,"
        "以工作动态为主。",
        year=2019,
    )
    assert got["proactive_items_total"] == 60


def test_up_to_now_with_another_year_is_still_vetoed() -> None:
    assert "proactive_items_total" not in values("截至目前,2018年共发布信息1321条。", year=2019)
    assert "proactive_items_total" not in values("截至目前,区级政务微信发布信息1321条。")


def test_a_parts_sentence_led_by_main_categories_names_policy_documents() -> None:
    got = values("全年主动公开政府信息90条。主要类别包括:工作动态70条、政策文件5条、财政信息4条。")
    assert got["proactive_items_total"] == 90
    assert got["policy_documents"] == 5


# ---------------------------------------------------------------- places and levels


def test_a_county_name_inside_a_common_word_is_no_place() -> None:
    meta = meta_of(
        "本镇通过网站和公示栏公开信息。2014年我镇主动公开政府信息16条。\n"
        "本年度我镇按期完成县里下达的各项公开任务。\n某某镇人民政府\n"
    )
    assert meta.region.county != "成县"
    assert meta.region.province is None
    assert meta.level == "township"


def test_the_county_named_after_its_province_and_city_is_still_found() -> None:
    meta = meta_of(
        "甘肃省陇南市成县人民政府2014年政府信息公开工作年度报告\n本报告由成县人民政府办公室编制。"
    )
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "甘肃省",
        "陇南市",
        "成县",
    )


def test_an_industrial_park_committee_is_a_county_level_zone() -> None:
    meta = meta_of(
        "现发布《某银产业园管理委员会2025年政府信息公开工作年度报告》。\n"
        "紧密围绕园区中心工作,严格贯彻落实银川市关于全面深化政务公开的工作要求。"
    )
    assert meta.body_kind == "development_zone"
    assert meta.level == "county"


def test_a_functional_district_of_a_municipality_is_no_county_of_its_own() -> None:
    meta = meta_of(
        "本报告由重庆某某中央商务区管理委员会根据《中华人民共和国政府信息公开条例》要求编制。"
        "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
    )
    assert meta.body_kind == "development_zone"
    assert (meta.region.province, meta.region.city) == ("重庆市", "重庆市")
    assert meta.region.county is None  # not the committee's own name


def test_hexian_after_a_cited_number_is_and_the_county() -> None:
    meta = meta_of(
        "本局依照《某某办法》(某办发〔2016〕12号)和县政府办公室的有关通知,"
        "编写2015年度信息公开工作报告如下。"
    )
    assert meta.region.county != "和县"
    assert meta.region.province != "安徽省"


def test_hexian_named_after_its_city_is_still_found() -> None:
    meta = meta_of(
        "马鞍山市和县人民政府2015年政府信息公开工作年度报告\n本报告由和县人民政府办公室编制。"
    )
    assert (meta.region.province, meta.region.county) == ("安徽省", "和县")


# ---------------------------------------------------------------- tables


def test_a_2019_table2_row_label_with_a_note_keeps_its_own_figures() -> None:
    from govbench.parse.tables import extract_tables

    text = (
        "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
        "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
        "规章 |\n|\n|\n|\n"
        "规范性文件(指印发时编有文号的文件) | 3 | 1 | 40 |\n"
        "第二十条第(五)项 | |||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政许可 | 5 | -1 | 0 |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    got = extract_tables(Document(source="snippet.txt", text=text), 2019, None)
    facts = {f.metric: f.value for f in got.facts}
    assert facts["normative_docs_made"] == 3
    # the empty 规章 row stays empty: its figures are not the next row's
    assert "regulations_made" not in facts
