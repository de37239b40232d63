"""Kinds met in a blind set of unseen real report openings (fresh4/F: departments, 街道/镇/乡 and
development zones of 2020–2025), as minimal texts written here, each with a counter-case that must
stay unread or read as before: items reposted from others, counts of one named column of a site."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import _zone_host_county, parse_metadata


def values(text: str, year: int | None = 2024) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


# ---------------------------------------------------------------- precision


def test_items_reposted_from_others_are_not_the_bodys_posts() -> None:
    # a headline app reposting the centre's news: neither disclosed items nor the body's posts
    text = (
        "2024年,本区门户网站发布信息800条,其中动态类信息300条,今日头条转载中央和省各类信息60条。"
        "微信公众号发布信息420条。"
    )
    got = values(text)
    assert got["proactive_items_total"] == 800
    assert got["new_media_posts"] == 420
    assert "new_media_posts" not in values("2024年,今日头条转载各类信息60条。")
    # the account's own posts stay read (counter-case)
    assert values("2024年,今日头条号发布信息60条。")["new_media_posts"] == 60


def test_a_named_columns_count_is_not_the_total() -> None:
    # columns listed with no total: only the disclosure column's count is the body's total
    text = "2024年,本局在门户网站部门动态发布信息30条,学校风采栏目发布信息20条,信息公开栏目发布信息40条。"
    assert values(text)["proactive_items_total"] == 40
    # one news column alone gives no total
    assert "proactive_items_total" not in values("2024年,本局在门户网站工作动态栏目发布信息80条。")
    # counter-cases: the disclosure column named in quotes, every column together
    text = "全年通过区政府网站“法定主动公开内容”栏目公开政府信息900条,“疫情防控”栏目公开50条。"
    assert values(text)["proactive_items_total"] == 900
    assert values("2024年,网站各栏目共发布信息120条。")["proactive_items_total"] == 120


# ---------------------------------------------------------------- recall


def test_a_noun_after_the_figures_unit_names_the_items() -> None:
    # 主动公开N条信息: the noun after the unit says what the N are, not a topic's count
    assert values("2024年,本局通过门户网站主动公开318条信息。")["proactive_items_total"] == 318
    text = "今年以来主动公开重大决策、重点工作任务、产业政策等120多条信息。"
    assert values(text)["proactive_items_total"] == 120
    # counter-case: a topic word before 信息 still names one topic's count
    assert "proactive_items_total" not in values("2024年,本局公开行业专项规划信息13条。")


def test_no_requests_by_any_of_the_listed_ways_is_zero_requests() -> None:
    text = "2024年,本镇未收到信函、网上留言等方式提出的政府信息公开申请。"
    assert values(text)["requests_received"] == 0
    # counter-case: a request count of another kind stays unread as disclosure requests
    assert "requests_received" not in values("2024年,本镇未收到信函、网上留言等方式提出的投诉。")


def test_the_fee_statistic_answered_none_is_zero_fees() -> None:
    assert values("2024年,本园区无政府信息公开的收费及减免情况。")["fees_yuan"] == 0
    assert values("2024年度,我乡没有政府信息公开的收费及减免事项。")["fees_yuan"] == 0
    # counter-case: administrative charges are not disclosure fees
    assert "fees_yuan" not in values("2024年,收取行政事业性收费12万元。")


def test_all_requests_answered_after_a_zero_carry_over_completes_the_count() -> None:
    text = (
        "2024年共收到5宗政府信息公开申请,均通过网上提交,上年结转为0宗。"
        "主要涉及招生政策等方面,所有申请均已按时办结。"
    )
    got = values(text)
    assert got["requests_received"] == 5
    assert got["requests_completed"] == 5
    # counter-case: a non-zero figure between that is not a part leaves the count unanswered
    text = "2024年共收到5宗政府信息公开申请,另收到领导信箱来信30件。所有申请均已按时办结。"
    assert "requests_completed" not in values(text)


# ---------------------------------------------------------------- level


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def test_a_bureau_following_its_districts_plan_is_county_level() -> None:
    # placed only by its city (a site of 杭州), it serves the district's government
    text = (
        "一、总体情况\n2024年,我局按照上级要求和区政府统一部署,扎实推进政府信息公开工作。"
        "做好杭州市人民政府门户网站的信息更新发布。"
    )
    meta = meta_of(text)
    assert meta.region.city == "杭州市"
    assert meta.level == "county"
    # counter-case: a bureau following the city's plan stays city level
    text = text.replace("区政府统一部署", "市政府统一部署")
    assert meta_of(text).level == "city"


def test_received_and_done_in_one_verb_is_both() -> None:
    got = values("2025年,全年规范受理并办结依申请公开事项9件。", 2025)
    assert got["requests_received"] == 9
    assert got["requests_completed"] == 9
    # counter-case: received and handled (办理) is not said done
    got = values("2025年,全年受理并办理依申请公开事项9件。", 2025)
    assert got["requests_received"] == 9
    assert "requests_completed" not in got


def test_items_disclosed_and_posted_are_the_total() -> None:
    text = "2025年通过政务公开平台、村务公开栏等主动公开公示信息共计420条,其中工作动态类200条。"
    assert values(text, 2025)["proactive_items_total"] == 420
    # counter-case: notices posted (发布公示信息) are not disclosed items
    assert "proactive_items_total" not in values("2025年,发布公示信息30条。", 2025)


def test_a_zone_named_by_its_countys_short_name_lies_in_that_county() -> None:
    meta = meta_of(
        "萧山经济技术开发区2024年政府信息公开工作年度报告\n一、总体情况\n2024年,经开区主动公开信息50条。"
    )
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "浙江省",
        "杭州市",
        "萧山区",
    )
    assert meta.body_kind == "development_zone"
    assert meta.level == "county"
    # counter-cases: a short name that is a city's (长沙高新区), or shared by several counties
    # (鼓楼: 福州, 南京, 开封, 徐州), gives no county from the name
    assert _zone_host_county("长沙高新区管委会") is None
    assert _zone_host_county("鼓楼高新区管委会") is None


def test_a_nameless_bureau_that_names_one_district_of_its_city_has_no_level() -> None:
    # the city's bureau speaking of a district, or the district's own: unknown, not a guess
    text = (
        "一、总体情况\n(一)主动公开情况。一是通过厦门市商事主体信用信息公示平台公开行政处罚信息。"
        "二是湖里区企业年报公示率达98%。(二)依申请公开情况。全年我局共受理依申请公开30件。"
    )
    meta = meta_of(text)
    assert meta.level is None
    assert meta.region.city == "厦门市" and meta.region.county is None
    assert any(w.startswith("level:") and "湖里区" in w for w in meta.warnings)
    # counter-cases: a bureau speaking of the whole city, or of two districts, is the city's
    assert meta_of(text.replace("湖里区企业", "全市企业,湖里区企业")).level == "city"
    assert meta_of(text.replace("湖里区企业", "湖里区、思明区企业")).level == "city"
