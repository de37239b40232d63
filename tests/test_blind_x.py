"""Kinds of text met in blind set X (government bodies of 重庆 四川 贵州 云南 西藏, traditional pages):
minimal texts of each kind, normalised as the reader leaves them, with the labelled neighbour."""

from __future__ import annotations

import snippets
from snippets import values

from govbench.read.normalise import normalise


def test_drafts_published_with_their_readings_are_no_policy_readings() -> None:
    # train jiangsu-nanjing-gulou-2022 labels no reading for 发布草案、草案解读和意见征集结果25条
    got = values("2024年,公开区级政策文件22件,公开草案及解读14条。全年发布政策解读39条。", 2024)
    assert got["interpretations"] == 39
    assert "interpretations" not in values("2024年,公开规范性文件草案及起草说明解读14条。", 2024)
    # counter-case: readings alone keep their count
    assert values("2024年,全年发布政策解读39条。", 2024)["interpretations"] == 39


def test_entries_of_a_policy_qa_library_are_no_disclosed_items() -> None:
    got = values("2024年,精心梳理惠民惠企政策举措30项,更新完善政策问答内容108条。", 2024)
    assert "proactive_items_total" not in got
    # counter-case: the content the body disclosed keeps its count
    assert values("2024年,通过门户网站更新公开内容108条。", 2024)["proactive_items_total"] == 108


def test_a_topics_related_information_is_no_total() -> None:
    got = values(
        "《条例》第20条规定的信息公开情况:1.行政法规、规章和规范性文件相关信息发布13条,"
        "公开现行规范性文件41个;2.机关职能、机构设置、负责人姓名发布596条;",
        2020,
    )
    assert "proactive_items_total" not in got
    # counter-case: 相关信息 after a verb names no topic
    assert values("2020年,我局发布相关信息20条。", 2020)["proactive_items_total"] == 20


def test_a_website_beside_a_new_media_platform_keeps_its_total() -> None:
    got = values("2021年,我镇在政府网站公开各类信息15条,在微信平台上公开动态信息35条。", 2021)
    assert got == {"proactive_items_total": 15, "new_media_posts": 35}
    # counter-case: two sites, each placed by 在, are parts with no total
    got = values("2021年,在市政府门户网站主动公开信息60条,在镇门户网站主动公开信息5条。", 2021)
    assert "proactive_items_total" not in got


def test_the_areas_governments_and_departments_together_are_the_whole_area() -> None:
    got = values(
        "全县各乡镇政府、县政府各部门及有关公共企事业单位2015年主动公开政府信息19048条,"
        "其中,概况类信息210条。\n全县政府网站累计公开政府信息18867条。",
        2015,
    )
    assert got["proactive_items_total"] == 19048


def meta_of(text: str):
    return snippets.meta_of(normalise(text))


def test_a_town_citing_its_province_and_prefecture_is_placed_in_the_prefecture() -> None:
    text = (
        "2021年在镇党委、镇政府的正确领导下,色威镇将推行政府信息公开工作纳入政府日常工作中。根据四川省人民"
        "政府办公厅关于政府信息公开工作年度报告有关要求的通知》(川办便函〔2021〕306 号)和《甘孜州人民政府"
        "办公室办文通知》(B—2021—1650 号)文件要求,我镇认真编制了《2021年色威镇政府信息公开工作年度报告》。\n"
        "一、总体情况\n2021年,我镇在政府网站公开各类信息15条。"
    )
    m = meta_of(text)
    assert (m.region.province, m.region.city, m.region.county) == ("四川省", "甘孜藏族自治州", None)
    assert any("weak evidence" in w for w in m.warnings)
    # counter-case: cited titles of two cities are no chain, the province alone stands
    m = meta_of(
        text.replace(
            "《甘孜州人民政府办公室办文通知》", "《甘孜州人民政府办公室办文通知》《阿坝州通知》"
        )
    )
    assert (m.region.province, m.region.city) == ("四川省", None)


def test_table2_whose_first_heading_line_was_lost_is_still_read() -> None:
    from govbench.model import Document
    from govbench.parse.tables import extract_tables

    text = (
        "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n"
        "行政规范性文件 | 2 | 1 | 5 |\n第二十条第(五)项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | 0 |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    result = extract_tables(Document(source="t.txt", text=text), 2022, None)
    facts = {f.metric: f.value for f in result.facts}
    assert facts["normative_docs_made"] == 2
    assert facts["normative_docs_in_force"] == 5


def test_a_zone_named_by_its_province_then_its_host_county_is_the_countys() -> None:
    text = (
        "四川蓬安工业园区管理委员会2025年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的规定编制本报告。\n"
        "2025年,在县委、县政府的坚强领导下,园区持续深入贯彻落实《条例》各项要求。"
    )
    m = meta_of(text)
    assert (m.region.province, m.region.city, m.region.county) == ("四川省", "南充市", "蓬安县")
    assert (m.level, m.body_kind) == ("county", "development_zone")
    # counter-case: a province's zone that names no county stays the province's
    m = meta_of(text.replace("四川蓬安工业园区", "四川现代物流工业园区"))
    assert m.region.county is None


def test_posts_reposted_from_others_are_not_the_bodys_own() -> None:
    # train jiangsu-nanjing-gulou-2022 leaves 及时转载…权威信息148条 unlabelled; 转发 is the same verb
    got = values(
        "2022年,“嵩明发布”新浪微博转发文章18607条(含本土新闻2492条),在嵩明县人民政府门户网站转发文章40余篇。",
        2022,
    )
    assert got == {}
    # counter-case, train guangdong-jiangmen-zhengshuju-2023-spam labels 发布及转发683条 (its own posts too)
    got = values(
        "(一)主动公开情况。2023年我局通过部门频道和江门市政府信息公开平台等渠道主动公开政府信息共计172条,"
        "其中,工作动态91条。通过微信公众号发布及转发683条信息。",
        2023,
    )
    assert got["new_media_posts"] == 683


def test_an_autonomous_county_named_without_its_peoples_is_found() -> None:
    m = meta_of(
        "镇宁自治县政府2019年信息公开工作年度报告\n现公布镇宁自治县人民政府2019年政府信息公开工作年度报告。"
        "请与镇宁自治县人民政府办公室联系。"
    )
    assert (m.region.city, m.region.county, m.level) == ("安顺市", "镇宁布依族苗族自治县", "county")


def test_the_work_of_disclosure_named_by_its_verb_is_no_fields_lead() -> None:
    got = values(
        "(一)主动公开。聚焦主责主业,抓好信息公开,全年通过县政府门户网站公开信息9268条。", 2019
    )
    assert got["proactive_items_total"] == 9268
    # counter-case: a field's disclosure leads its sentence, its figure is the field's
    assert "proactive_items_total" not in values("推进精准扶贫信息公开,发布扶贫等信息4篇。", 2019)


def test_decisions_and_documents_together_are_no_count_of_documents() -> None:
    got = values(
        "全年主动公开政府信息共计102条,主要包括:\n\n决策与文件公开(9条):公开以镇政府名义印发的文件。",
        2025,
    )
    assert got == {"proactive_items_total": 102}
    # counter-case: documents alone keep their count
    got = values(
        "全年主动公开政府信息共计102条,主要包括:\n\n文件公开(9条):公开以镇政府名义印发的文件。",
        2025,
    )
    assert got.get("policy_documents") == 9


def test_a_municipalitys_own_office_citing_only_its_rules_is_province_level() -> None:
    text = (
        "一、概述\n2012年度報告根據《中華人民共和國政府信息公開條例》和《上海市政府信息公開規定》的要求,"
        "由市政府辦公廳綜合各區(縣)人民政府和市政府各委、辦、局的政府信息公開年度報告編制而成。"
    )
    m = meta_of(text)
    assert (m.region.province, m.level) == ("上海市", "province")
    # counter-case: a district office citing the same rules stays of unknown level
    m = meta_of(
        text.replace(
            "由市政府辦公廳綜合各區(縣)人民政府和市政府各委、辦、局", "由區政府辦公室綜合各街道"
        )
    )
    assert m.level != "province"


def test_one_service_points_requests_give_way_to_the_areas_count() -> None:
    got = values(
        "拓宽依申请公开渠道,通过政务公开专区接收政府信息公开申请12件。2023年,全区收到政府信息公开申请278件,"
        "办结274件(含上年结转3件)。",
        2023,
    )
    assert got["requests_received"] == 278
    # counter-case: alone, the service point's count is all there is
    assert values("通过政务公开专区接收政府信息公开申请12件。", 2023)["requests_received"] == 12


def test_the_information_asked_for_counts_the_requests() -> None:
    got = values(
        "2023年,办公室牵头办理向管委会申请的政府信息69件,其中予以公开6件、部分公开9件、不予公开1件、"
        "无法提供52件、不予处理1件。",
        2023,
    )
    assert got["requests_received"] == 69
    # outcomes that sum to the count, with no word that all were answered: no completed figure
    # (train jiangsu-nantong-fagaiwei-2021)
    assert "requests_completed" not in got
    # counter-case: information disclosed on request is no request
    assert "requests_received" not in values("2023年,依申请公开政府信息46条。", 2023)


def test_new_media_listed_among_the_press_and_notice_boards_is_no_new_media_count() -> None:
    got = values(
        "2024年,累计公开政府信息1203条。在县人民政府网站公开信息26条;通过报刊、电视、广播、微信平台、"
        "公示栏、政务服务场所等公开载体公开信息879条。",
        2024,
    )
    assert got == {"proactive_items_total": 1203}
    # counter-case: the account alone keeps its count
    assert values("2024年,通过微信平台公开信息879条。", 2024) == {"new_media_posts": 879}


def test_a_year_end_whose_year_lost_its_character_is_still_the_year_end() -> None:
    got = values(
        "及时发布工作动态等信息。截至202312月31日通过“康养万潮”微信公众号发布信息226条。", 2023
    )
    assert got == {"new_media_posts": 226}
    # counter-case: a month before the year's end is part of the year only
    assert values("截至202311月30日通过微信公众号发布信息226条。", 2023) == {}


def test_a_town_whose_office_compiled_the_report_is_the_issuer() -> None:
    m = meta_of(
        "根据《中华人民共和国政府信息公开条例》和《贵州省政府信息公开规定》的要求。大营镇党政办公室编制了"
        "《2023年度政府信息公开工作报告》,面向社会公众公布2023年度本级政府信息公开年度报告。\n一、总体情况\n"
        "大营镇2023年全年主动公开政府信息130余条。"
    )
    assert (m.issuer, m.level) == ("大营镇", "township")


def test_a_channels_share_said_as_zhanbi_is_a_part_not_new_media_posts() -> None:
    got = values(
        "2019年,累计公开政府信息842.13万条。\n从公开渠道来看,政府网站公开信息492.73万条,占比58.51%;"
        "政务新媒体公开信息217.11万条,占比25.78%;通过报刊等其他渠道公开信息132.05万条,占比15.68%。",
        2019,
    )
    assert got == {"proactive_items_total": 8421300}
    # counter-case: the new-media count said alone is the account's posts
    assert values("2019年,通过政务新媒体公开信息2171条。", 2019) == {"new_media_posts": 2171}


def test_conferences_held_to_read_documents_count_as_conferences() -> None:
    got = values(
        "2024年,通过政府网站发布解读信息127条,其中市人民政府召开新闻发布会解读政策文件4场次。", 2024
    )
    assert got["press_conferences"] == 4
    # counter-cases: documents read keep their count; trainings that covered readings are no readings
    assert values("2024年,解读政策文件6件。", 2024) == {"interpretations": 6}
    assert values("2024年,组织了3次涵盖政策解读的培训。", 2024) == {}


def test_all_answered_said_after_a_change_on_last_year_and_a_clause_of_handling() -> None:
    got = values(
        "全年收到政府信息公开申请17件、较上年减少13件,均依法依规按照程序办理,办结率100%。", 2024
    )
    assert (got["requests_received"], got["requests_completed"]) == (17, 17)
    # counter-case: handled by procedure, no word that all were done: received only
    assert values("全年收到政府信息公开申请17件,均依法依规按照程序办理。", 2024) == {
        "requests_received": 17
    }


def test_requests_all_handled_to_the_end_are_completed() -> None:
    got = values("2021年受理依申请公开件9件,均通过信函递交,已全部办理结束。", 2021)
    assert (got["requests_received"], got["requests_completed"]) == (9, 9)
    # counter-case: how they came in says nothing of their end
    assert values("2021年受理依申请公开件9件,均通过信函递交。", 2021) == {"requests_received": 9}
