"""Kinds met in fact-dense legacy reports of 2010–2013 (blind set fresh5/J; issue #13), as minimal
texts written here: a bare 规范性文件 among the kinds of items disclosed; a county that became a
city after the report's year; and each kind's look-alike that stays as it was."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2013) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format="legacy")}


def test_a_bare_normative_kind_among_the_kinds_disclosed_is_no_count_of_documents() -> None:
    # train leaves 其中规章11条、行政规范性文件8条、其他文件102条 out: kinds of items, not policy papers
    text = "2013年,我局主动公开的政府信息中,机构职责2条,法规规章3条,规范性文件1条,工作动态40条。"
    assert "policy_documents" not in values(text)
    text = "全年主动公开政府信息120条,其中规章2条、行政规范性文件5条、其他文件30条。"
    assert "policy_documents" not in values(text)


def test_policy_or_government_papers_among_the_kinds_are_documents() -> None:
    # …政策规范性文件26条 / 政府文件48条 name the body's policy papers (train: 政策文件9条)
    text = "2013年,在公开的信息中:机构职能类35条、政策规范性文件26条、规划计划类7条。"
    assert values(text)["policy_documents"] == 26
    text = "2013年,我县主动公开政府信息236条。其中,政务信息42条、政府文件48条、其他信息52条。"
    assert values(text)["policy_documents"] == 48


def test_other_document_items_of_a_breakdown_stay_documents() -> None:
    # only the bare normative kind is vetoed: the body's papers listed as items stay a figure
    text = "全年主动公开政府信息236条,其中,文件18件,人事信息2件,财政信息3条。"
    assert values(text)["policy_documents"] == 18
    # but a body's own papers named by its kind of body (镇文件, 部门文件) are one kind of the items:
    # train labels none (zhejiang-shaoxing-yuecheng-donghujiedao-2023 其中部门文件22件, a 街道;
    # guangdong-meizhou-meijiang-jiaotongju-2024 其中部门文件37条); AH-audit, tests/test_precision_audit_ah.py
    text = "全年公开政府信息88条,其中包括政策解读3条,镇文件2条,财政决算1条。"
    assert "policy_documents" not in values(text)


def test_a_normative_count_said_on_its_own_is_still_read() -> None:
    # not a list item: the sentence's own figure under the verb of disclosure
    assert values("2013年,我局主动公开规范性文件12件。")["policy_documents"] == 12


def test_a_list_of_document_kinds_with_no_lead_of_items_is_still_read() -> None:
    # 主动公开政府规章2件,规范性文件15件: kinds of documents under the verb, no breakdown of items
    assert values("全年共主动公开政府规章2件,规范性文件15件。")["policy_documents"] == 15


def test_a_statement_of_its_own_comes_before_a_breakdowns_kind() -> None:
    # the breakdown's 政府文件19条 is a kind; the report's own sentence on its documents is the figure
    text = (
        "全年主动公开政府信息300条,其中规范性文件5条,政府文件19条,通知公告88条。"
        "2013年局办公室共发布规范性文件5条。"
    )
    assert values(text)["policy_documents"] == 5
    # alone, the breakdown's government papers stay a figure
    text = "全年共计主动公开政府信息489条,其中重点领域信息266条,政府文件29条。"
    assert values(text)["policy_documents"] == 29


def place(text: str) -> tuple:
    meta = parse_metadata(Document(source="snippet.txt", text=text))
    return (meta.region.province, meta.region.city, meta.region.county, meta.level)


def test_a_county_that_became_a_city_later_keeps_the_name_of_the_reports_year() -> None:
    # 广德县 became 广德市 in 2019: a 2011 report of 广德县 is labelled 广德县, as 永定县 (2009)
    got = place("广德县教育体育局2011年政府信息公开工作年度报告\n本年度报告由县教体局编制。")
    assert got == ("安徽省", "宣城市", "广德县", "county")
    assert place("海安县2012年政府信息公开工作年度报告\n全县各部门…")[2] == "海安县"


def test_the_city_it_became_is_still_itself() -> None:
    got = place("广德市2022年政府信息公开工作年度报告\n本报告由市政府办公室编制。")
    assert got[:3] == ("安徽省", "宣城市", "广德市")


def test_a_provinces_report_that_lists_its_cities_is_the_provinces() -> None:
    # the cities are a breakdown of the province's requests, not the body's place
    text = (
        "(二)依申请公开政府信息情况\n2013年,全省共受理政府信息公开申请1200件。省政府办公厅受理"
        "申请90件,省档案馆和南京图书馆为省级行政机关的查阅点。按地区分,南京21件,无锡13件,"
        "苏州8件,常州5件。"
    )
    got = place(text)
    assert got[0] == "江苏省" and got[1] is None and got[3] == "province"


def test_a_citys_report_naming_other_cities_stays_the_citys() -> None:
    # no voice of the province: the city named as the body is the body's
    text = (
        "南京市人民政府2013年政府信息公开工作年度报告\n本市共受理申请120件,"
        "较无锡、苏州等城市增长较快。"
    )
    got = place(text)
    assert got[:2] == ("江苏省", "南京市") and got[3] == "city"


def test_requests_counted_in_qi_are_requests() -> None:
    # 起 counts events: 共受理政府信息公开申请263起 is 263 requests
    assert values("2012年,我厅共受理政府信息公开申请26起。", 2012)["requests_received"] == 26
    # 起 of complaints or petitions stays out
    assert "requests_received" not in values("2012年,我厅共受理投诉举报26起。", 2012)


def test_a_count_up_to_the_years_last_day_is_the_years() -> None:
    # 截至2010年12月31日 with no comma after it: the year's end, not a month
    text = "市政府办公室截止2010年12月31日共受理依申请公开政府信息4件。"
    assert values(text, 2010)["requests_received"] == 4
    assert values("截至12月31日共主动公开政府信息31条。", 2010)["proactive_items_total"] == 31


def test_a_count_up_to_another_day_or_year_is_not_the_years() -> None:
    assert "requests_received" not in values(
        "截止2010年11月30日共受理依申请公开政府信息4件。", 2010
    )
    assert "requests_received" not in values(
        "截止2009年12月31日共受理依申请公开政府信息4件。", 2010
    )


def test_official_papers_as_a_category_are_policy_documents() -> None:
    # train labels 公开…等公文类政府信息54条 → 54
    got = values("全年公布公文类信息300余条。", 2011)
    assert got["policy_documents"] == 300
    # papers classed as for request or withheld are no documents published
    assert "policy_documents" not in values("依申请公开的公文类信息3条。", 2011)


def test_all_requests_answered_at_the_next_paragraphs_start_completes_the_count() -> None:
    # train (guangdong-foshan-gaoxinqu-2024) labels 受理…3件,全部…办理完毕 both received and completed
    text = (
        "2011年,全省共收到政府信息公开申请1049件,同比增加338件,增长39.6%。其中,网上申请677件,"
        "当面申请372件。主要涉及土地征收等方面内容。\n目前,所有政府信息公开申请已全部办理完毕。"
    )
    got = values(text, 2011)
    assert got["requests_received"] == 1049 and got["requests_completed"] == 1049


def test_all_answered_said_of_parts_that_do_not_sum_or_far_away_completes_nothing() -> None:
    text = (
        "2011年,全省共收到政府信息公开申请1049件。其中,网上申请677件,当面申请300件。"
        "\n目前,所有政府信息公开申请已全部办理完毕。"
    )
    assert "requests_completed" not in values(text, 2011)
    text = "2011年,全省共收到政府信息公开申请1049件。\n全年共有咨询300人次。\n所有申请均已办结。"
    assert "requests_completed" not in values(text, 2011)


def test_a_count_handled_and_all_granted_is_completed() -> None:
    # 全年共办理公开申请1334宗,均…予以答复 is both (guangdong-jiangmen-2024); all granted says as much
    got = values("本年度市政府依申请公开信息办理数39件,全部同意公开。", 2013)
    assert got["requests_received"] == 39 and got["requests_completed"] == 39
    # a part granted is no answer of all
    assert "requests_completed" not in values("全年共收到政府信息公开申请39件,部分公开3件。", 2013)


def test_a_citys_report_that_gives_its_counties_figures_is_not_a_countys() -> None:
    # the county is named only as the body a request was sent on to; the report adds up its counties
    text = (
        "一、主动公开情况\n2010年,市政府门户网站主动公开信息共1374条,其中市政府办公室公开1017条。"
        "各县(市、区)公开信息1517条。\n二、依申请公开情况\n市政府办公室共受理申请4件,"
        "已告知申请人获取渠道为叶县政府。"
    )
    got = place(text)
    assert got[:3] == ("河南省", "平顶山市", None) and got[3] == "city"


def test_a_countys_report_citing_the_citys_counties_in_passing_stays_the_countys() -> None:
    text = (
        "叶县人民政府2010年政府信息公开工作年度报告\n按照市政府对各县(市、区)的统一要求,"
        "叶县政府门户网站主动公开信息共374条。"
    )
    got = place(text)
    assert got[2] == "叶县" and got[3] == "county"


def test_what_a_request_asked_for_is_no_item_disclosed() -> None:
    # 其中1件申请公开的文件…: the subject of one request, not a document or item published
    got = values("共受理依申请公开政府信息4件,其中1件申请公开的文件内容为关于废止的决定。", 2010)
    assert got == {"requests_received": 4}
    got = values("今年共收到政府信息公开申请6件,其中申请公开的文件4件。", 2010)
    assert "policy_documents" not in got and "proactive_items_total" not in got


def test_items_disclosed_named_after_their_figure_are_still_read() -> None:
    assert values("2010年主动公开了12条政府信息。", 2010)["proactive_items_total"] == 12
    got = values("2013年共收到8件政府信息公开申请,已全部答复。")
    assert got["requests_received"] == 8 and got["requests_completed"] == 8
