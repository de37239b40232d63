"""Kinds of phrasing met in a blind set sampled like check (fresh5/L: 22 openings, 20 provinces,
2009-2025): each kind in a minimal text of our own, with a counter-case that must stay as it was.
Conventions are train's (openings2/train, named where it decides the case)."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2023) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format=None)}


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


# --- figures of part of the year (train heilongjiang-zhijianju-2012-trad labels none) -----


def test_up_to_a_month_before_december_said_with_dao_is_part_of_the_year() -> None:
    text = "截止到2014年11月,全市各级各部门通过政府门户网站发布各类政府信息21503条。"
    assert "proactive_items_total" not in values(text, 2014)


def test_up_to_december_said_with_dao_is_the_whole_year() -> None:
    text = "截止到2014年12月31日,全年通过政府网站公开信息36条。"
    assert values(text, 2014)["proactive_items_total"] == 36


def test_a_question_mark_inside_quotes_does_not_end_the_sentence() -> None:
    # a converter's · turned into ?: the part-year lead still governs the figure after it
    text = "截止到2014年11月,全市主动通过“中国?某市”政府门户网站发布各类政府信息2150条。"
    assert "proactive_items_total" not in values(text, 2014)


def test_a_question_mark_outside_quotes_still_ends_the_sentence() -> None:
    text = "截止到2014年11月,工作进展如何?全年共主动公开政府信息215条。"
    assert values(text, 2014)["proactive_items_total"] == 215


# --- papers a reading room took in are not documents published -----------------------------


def test_papers_an_archive_took_in_are_not_policy_documents() -> None:
    text = "市档案馆“政府信息公开查阅中心”,接收政府信息公开文件资料936件。"
    assert "policy_documents" not in values(text, 2014)


def test_documents_the_body_published_stay_policy_documents() -> None:
    text = "市政府办公室全年公开政府信息公开文件资料93件。"
    assert values(text, 2014)["policy_documents"] == 93


# --- a field of work named 基层治理 is no grassroots body's figure ---------------------------


def test_a_list_of_fields_naming_grassroots_governance_keeps_the_bodys_documents() -> None:
    text = (
        "2025年,街道主动公开涵盖经济发展、基层治理、城市管理等重点领域的工作信息44条、政策文件1份。"
    )
    assert values(text, 2025)["policy_documents"] == 1


def test_the_grassroots_columns_figure_is_still_not_the_bodys() -> None:
    text = "2025年,街道指导社区在基层政务公开专栏公开政策文件12份。"
    assert "policy_documents" not in values(text, 2025)


# --- a metric's noun set off in quotes is the noun, not a name ------------------------------


def test_a_quoted_press_conference_term_counts_its_conferences() -> None:
    text = "线下组织开展“新闻发布会”15期、“政府公开日”活动10次。"
    assert values(text)["press_conferences"] == 15


def test_a_quoted_name_that_holds_the_term_is_no_count() -> None:
    text = "制定“新闻发布会制度”后,完善各项制度15项。"
    assert "press_conferences" not in values(text)


# --- a new-media channel's part in a parenthesised breakdown (jiangsu-huaian-shengtaiwenlvqu-
# 2021-trad labels 政务微博/政务微信 under their total) ------------------------------------------


def test_a_new_media_part_in_parentheses_is_the_channels_count() -> None:
    text = "全年累计发布各类信息158条(其中政府门户网站公开信息92条,政务新媒体发布信息66条)。"
    got = values(text, 2025)
    assert got["proactive_items_total"] == 158
    assert got["new_media_posts"] == 66


def test_a_website_part_in_parentheses_is_still_no_total() -> None:
    text = "全年累计发布各类信息158条(其中政府门户网站公开信息92条,公开栏公开信息66条)。"
    got = values(text, 2025)
    assert got["proactive_items_total"] == 158
    assert "new_media_posts" not in got


# --- an encyclopedia page's field label is not the body -------------------------------------


def test_an_encyclopedia_title_field_does_not_name_the_body() -> None:
    text = (
        "2010年政府信息公开工作年度报告\n\n"
        "绵阳高新区管委会2010年年报根据《条例》规定进行编制。\n\n"
        "基本介绍\n\n  • 中文名:2010年政府信息公开工作年度报告\n"
        "2010年,高新区管委会政府信息公开工作全面展开。一年来,我委认真贯彻执行《条例》。\n"
    )
    meta = meta_of(text)
    assert meta.issuer != "•中文名"
    assert meta.body_kind == "development_zone"
    assert meta.level == "county"


def test_an_encyclopedia_title_field_that_names_the_body_still_names_it() -> None:
    # hunan-changde-2009-trad, simplified
    text = (
        "2009年度常德市政府信息公开年度报告\n\n推进政府信息公开,是本市加强政府自身建设的一项重要举措。\n\n"
        "基本介绍\n\n  • 中文名:2009年度常德市政府信息公开年度报告\n  • 地点:常德市\n"
    )
    meta = meta_of(text)
    assert meta.issuer == "常德市"
    assert meta.level == "city"


# --- requests said as 提交/收到政府信息公开N件, without 申请 (blind batch L2) ----------------------


def test_disclosure_submitted_without_the_word_request_counts_requests() -> None:
    text = "2025年公众通过邮递、网站、现场申请等途径向区政府提交政府信息公开190件,已依法办结187件。"
    assert values(text, 2025)["requests_received"] == 190


def test_consultations_on_disclosure_received_are_not_requests() -> None:
    text = "2025年共受理政府信息公开咨询50次,主动公开政府信息120条。"
    got = values(text, 2025)
    assert "requests_received" not in got
    assert got["proactive_items_total"] == 120


# --- no requests, said with the words turned round (公开政府信息申请) -------------------------------


def test_no_requests_said_as_open_government_information_requests_is_zero() -> None:
    text = "2021年,某镇人民政府未收到公民、法人和其他组织提出的公开政府信息申请。"
    assert values(text, 2021)["requests_received"] == 0


def test_no_reconsideration_requests_from_citizens_are_not_zero_requests() -> None:
    text = "2021年,某镇人民政府未收到公民、法人和其他组织提出的行政复议申请。"
    assert "requests_received" not in values(text, 2021)


# --- a betting brand written where 人民政府 was (mirror-site spam) --------------------------------


def test_a_betting_brand_in_place_of_the_government_leaves_the_township() -> None:
    text = (
        "根据《青川县德赢VWIN办公室关于做好政府信息公开工作年度报告有关要求的通知》文件要求,"
        "现公布乐安镇德赢VWIN2021年政府信息公开工作年度报告。\n一、总体情况\n"
        "2021年,乐安镇党委政府在县委县政府的正确领导下开展工作。\n"
    )
    meta = meta_of(text)
    assert meta.level == "township"
    assert meta.region.county == "青川县"


def test_a_city_whose_name_starts_like_the_brand_is_untouched() -> None:
    meta = meta_of(
        "德阳市人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我市主动公开政府信息300条。\n"
    )
    assert meta.level == "city"
    assert meta.region.city == "德阳市"
