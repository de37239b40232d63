"""Kinds of narrative figures met in early legacy reports (2009–2012, fresh4/H; issue #13), as
minimal texts written here: the items given site by site with no total, a count of channels
(四条途径) after the verb of disclosure, fees and requests said to be nil (为零, 不存在…收费), and a
request count whose unit a converter dropped at the line's end. Each kind has its look-alike."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2009) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format="legacy")}


def rules(text: str, year: int | None = 2009) -> dict:
    return {f.metric: f.rule for f in narrative_facts(text, year=year, format="legacy")}


def test_items_given_site_by_site_with_no_total_give_no_total() -> None:
    # each figure is one site's part; their sum is not in the text
    got = values("全年我镇在县政府门户网站主动公开信息42条,在镇门户网站主动公开信息7条。")
    assert "proactive_items_total" not in got


def test_one_site_alone_is_the_total() -> None:
    got = values("全年我镇在政府门户网站上主动公开信息36条。")
    assert got["proactive_items_total"] == 36
    assert rules("全年我镇在政府门户网站上主动公开信息36条。")["proactive_items_total"]


def test_a_site_and_a_new_media_channel_keep_the_sites_total() -> None:
    # only one site placed by 在: the account's figure is new media's, the site's the total
    got = values("全年我镇在政府门户网站主动公开信息36条,通过微信公众号发布信息12条。")
    assert got["proactive_items_total"] == 36


def test_a_count_of_channels_after_the_verb_is_no_count_of_items() -> None:
    text = (
        "我局向社会主动公开政府信息主要通过四条途径,一是区政府网站;二是查阅室。"
        "2009年度主动公开政府信息31条。"
    )
    assert values(text)["proactive_items_total"] == 31
    # alone, the channels give nothing
    assert "proactive_items_total" not in values("我局主动公开政府信息主要通过三条渠道。")


def test_fees_said_to_be_nil_are_fees_zero() -> None:
    assert values("2009年,全镇信息公开的收费和减免为零。")["fees_yuan"] == 0
    assert values("2011年度暂不存在政府信息公开收费及减免情况。", 2011)["fees_yuan"] == 0


def test_fees_counted_are_not_read_as_nil() -> None:
    # 为零 only when the charge itself is nil; a charge stated stays unread by the zero
    got = values("2009年,全镇信息公开收取检索费用共计20元。")
    assert got.get("fees_yuan") != 0


def test_requests_handled_said_to_be_nil_are_no_requests() -> None:
    assert values("2009年,全镇政府信息公开依申请办理事项为零。")["requests_received"] == 0


def test_requests_handled_counted_are_not_zero() -> None:
    got = values("2009年,全镇依申请办理事项为3件。")
    assert got.get("requests_received") != 0


def test_a_request_count_whose_unit_was_dropped_at_the_lines_end() -> None:
    text = "三、依申请公开政府信息情况\n我局共受理政府信息公开申请0\n四、咨询处理情况\n"
    assert values(text, 2010)["requests_received"] == 0


def test_a_number_running_on_after_the_request_noun_is_not_taken() -> None:
    # the figure must end the line: 申请0人次 is something else, 申请2019年 a date
    assert "requests_received" not in values("我局共受理政府信息公开申请0人次咨询\n", 2010)


def test_a_city_renamed_a_district_keeps_its_old_name_in_old_reports() -> None:
    # 蓬莱市 (烟台) became 蓬莱区 in 2020: a 2010 report of 蓬莱市's bureau is 蓬莱市's, as labels keep
    # historical names (宣武区 2009, 永定县 2009)
    meta = parse_metadata(
        Document(source="snippet.txt", text="蓬莱市统计局2010年政府信息公开工作年度报告\n")
    )
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "山东省",
        "烟台市",
        "蓬莱市",
    )
    # counter-case: the district named as such stays the district
    meta = parse_metadata(
        Document(source="snippet.txt", text="烟台市蓬莱区统计局2022年政府信息公开工作年度报告\n")
    )
    assert meta.region.county == "蓬莱区"


def test_a_nameless_street_placed_by_its_citys_site_is_a_township() -> None:
    text = (
        "现编制2011年度政府信息公开工作年度报告。本年报通过吉林市政务公开网向社会公开。"
        "截至2011年年底,本街道政府信息公开工作运行正常。我街道政府信息公开的制度框架基本完备。"
    )
    meta = parse_metadata(Document(source="snippet.txt", text=text))
    assert meta.level == "township"
    # counter-case: a nameless bureau placed by the same site, speaking as 我局, is not a township
    text = (
        "现编制2011年度政府信息公开工作年度报告。本年报通过吉林市政务公开网向社会公开。"
        "截至2011年年底,我局政府信息公开工作运行正常。我局政府信息公开的制度框架基本完备。"
    )
    meta = parse_metadata(Document(source="snippet.txt", text=text))
    assert meta.level != "township"
