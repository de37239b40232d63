"""Kinds of text blind set W (government bodies of 河南 湖北 湖南 广东 广西 海南) showed the parser
misreading, each with its counter-case. Texts are minimal sentences of the kind, normalised as the
reader leaves them (simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from govbench.parse.sections import split_sections
from snippets import values


def test_cases_drawn_by_requests_are_no_nil_of_requests() -> None:
    # 因…申请提起的行政复议: the requests are the cause of the cases said nil, not said nil themselves
    got = values("2020年,公明街道未发生因政府信息公开申请提起的行政复议案件。", 2020)
    assert got == {"admin_reconsideration": 0}
    got = values("2020年,本街道没有因政府信息公开申请而引起的行政诉讼。", 2020)
    assert "requests_received" not in got
    # counter-case: the requests themselves said nil
    assert values("2020年,本街道未收到政府信息公开申请。", 2020)["requests_received"] == 0


def test_the_entries_of_a_guide_are_no_disclosures_of_the_year() -> None:
    got = values(
        "2021年,政府信息公开指南公开了社会保障、医疗救助、养老服务、就业等多领域360余条信息,"
        "明确实施主体、适用范围。",
        2021,
    )
    assert "proactive_items_total" not in got
    # counter-case: the year's items disclosed, the guide only updated beside them
    got = values("2021年,更新政府信息公开指南,全年主动公开政府信息109条。", 2021)
    assert got["proactive_items_total"] == 109


def test_no_requests_said_together_with_no_cases() -> None:
    got = values("2020年,全街主动公开信息330条。无依申请公开和复议、诉讼和申诉的情况。", 2020)
    assert got["requests_received"] == 0
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0
    # counter-case: 无 with something else after the requests (超期 answers) is no nil of requests
    got = values("2020年,本街道无依申请公开超期答复情况。", 2020)
    assert "requests_received" not in got


def test_a_suit_called_xingzheng_qisu_is_a_lawsuit() -> None:
    got = values("2022年,我镇没有因政府信息公开引起行政复议或者行政起诉的案例发生。", 2022)
    assert got == {"admin_reconsideration": 0, "admin_litigation": 0}
    # counter-case: a stated count of suits stays the count
    assert values("2022年,因政府信息公开申请引起行政诉讼2件。", 2022)["admin_litigation"] == 2


def test_articles_listed_by_number_are_no_section_heading() -> None:
    # 对照条例第二十、二十一条规定: articles, not a section 二十 that would make the prose a table
    text = (
        "一、总体情况\n2020年,省政府办公厅认真落实条例。\n(一)主动公开法定内容。对照条例第二十、二十一条规定,"
        "聚焦法定主动公开内容切实加强公开。\n(二)依法办理依申请公开。2020年收到政府信息公开申请190件,"
        "结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件;发生行政复议4件,其中3件维持,"
        "1件尚未审结;发生行政诉讼4件,其中3件维持,1件尚未审结。"
    )
    assert [s.key for s in split_sections(text)] == ["overview"]
    got = values(text, 2020, format="standard_2019")
    assert got["admin_reconsideration"] == 4 and got["admin_litigation"] == 4
    assert got["requests_received"] == 190
    # counter-case: a real numbered heading, even run into the text before it, is still one
    text = "一、总体情况\n2020年,本机关认真落实条例。二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |"
    assert [s.key for s in split_sections(text)] == ["overview", "proactive"]


def _meta(text: str):
    from govbench.model import Document
    from govbench.parse.meta import parse_metadata

    return parse_metadata(Document(source="snippet.txt", text=text))


def test_a_body_that_announces_its_own_report_is_the_issuer() -> None:
    # 郑州高新技术产业开发区双桥办事处向社会公布2021年度…报告: the subject of 向社会公布 is the body;
    # the zone named by its city's short name (郑州高新…) places it in that city
    meta = _meta(
        "郑州高新技术产业开发区双桥办事处向社会公布2021年度本级政府信息公开年度报告。本报告中所列数据的"
        "统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年,我单位认真执行条例。"
    )
    assert meta.issuer == "郑州高新技术产业开发区双桥办事处"
    assert meta.level == "township"
    assert (meta.region.province, meta.region.city) == ("河南省", "郑州市")
    # counter-case: a zone named after a lake or an area (新区) gets no city from a namesake
    meta = _meta(
        "南湖新区管委会办公室向社会公布2025年度政府信息公开工作年度报告。\n一、总体情况\n"
        "2025年,我办认真执行条例。"
    )
    assert meta.region.city is None


def test_a_zone_announced_by_its_zone_word_with_the_subject_before_the_year() -> None:
    # 现公开来凤经济开发区信息公开2018年度报告: the subject before the year, the name a zone's
    meta = _meta(
        "根据条例的要求,现公开来凤经济开发区信息公开2018年度报告。本年度报告中所列数据的统计期限自"
        "2018年1月1日起至12月31日止。\n一、概述\n2018年,我区按照条例的规定推进公开。"
    )
    assert meta.issuer == "来凤经济开发区"
    assert meta.body_kind == "development_zone" and meta.level == "county"
    assert meta.region.city == "恩施土家族苗族自治州"
    # counter-case: a phrase that names no body before the subject gives no issuer
    meta = _meta(
        "根据条例的要求,现公开本单位信息公开2018年度报告。\n一、概述\n2018年,我单位按照条例推进公开。"
    )
    assert meta.issuer is None


def test_a_table2_whose_first_section_line_was_lost_starts_at_its_column_header() -> None:
    from govbench.model import Document
    from govbench.parse.tables import extract_tables

    def facts(text: str) -> dict:
        result = extract_tables(Document(source="snippet", text=text, grids=[]), 2022, None)
        return {f.metric: f.value for f in result.facts}

    # (blind W beipo 2022: the page's opening lost 第二十条第(一)项 before the first block)
    text = (
        "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 0 | 5 |\n第二十条第(五)项 |\n"
        "信息内容 | 本年处理决定数量 |\n行政许可 | 7 |\n"
    )
    got = facts(text)
    assert got["normative_docs_made"] == 2 and got["licensing_decisions"] == 7
    # counter-case: with its first line the table reads the same
    got = facts(text.replace("情况\n信息内容", "情况\n第二十条第(一)项 |\n信息内容"))
    assert got["normative_docs_made"] == 2 and got["licensing_decisions"] == 7


def test_a_table3_cut_after_its_first_row_keeps_the_whole_rows() -> None:
    from govbench.model import Document
    from govbench.parse.tables import extract_tables

    def facts(text: str) -> dict:
        result = extract_tables(Document(source="snippet", text=text, grids=[]), 2020, None)
        return {f.metric: f.value for f in result.facts}

    head = (
        "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n"
        "社会公益组织\n法律服务机构\n其他\n一、本年新收政府信息公开申请数量\n"
    )
    # (blind W jiangnanzhong 2020: the opening ends inside 二、上年结转…)
    got = facts(head + "3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n4\n\n二、上年结转政府信息公")
    assert got["requests_received"] == 4
    # counter-cases: a row cut inside, or one whose applicants do not add up to its total, is no figure
    assert "requests_received" not in facts(head + "3\n\n1\n\n0\n\n0")
    assert "requests_received" not in facts(head + "3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n1")


def test_news_items_are_the_items_disclosed_only_when_no_other_count_is_stated() -> None:
    # blind W beipo 2022 (and train's 便民政务动态共16条): the only count of the body's disclosures
    got = values("2022年我镇政府网站全年共更新政务动态信息73条,回应社会关切。", 2022)
    assert got["proactive_items_total"] == 73
    # counter-cases: beside the year's total the news items are a part, never the total ...
    for text in (
        "2022年主动公开政府信息300条。2022年网站更新政务动态信息73条。",
        "2022年网站更新政务动态信息73条。2022年主动公开政府信息300条。",
    ):
        assert values(text, 2022)["proactive_items_total"] == 300
    # ... and among parts listed without a total (train: guangdong-shantou-haojiang-bgs-2022) none
    got = values(
        "2022年依托区政府门户网站公开区政府规范性文件等公文类政府信息54条,公开财政预决算信息2条,"
        "区政府常务会议、政务动态类信息733条。",
        2022,
    )
    assert "proactive_items_total" not in got
    # ... and posted by a new-media account they are that account's posts
    got = values(
        "2020年通过区政府门户网站公开镇财政信息1条;通过微信公众号推送涉及教育、医疗等的政务动态68余条。",
        2020,
    )
    assert got.get("new_media_posts") == 68 and got.get("proactive_items_total") != 68


# ---- kinds blind set W2 (a second harvest of the stratum) showed


def test_a_figure_in_brackets_before_its_unit_is_read() -> None:
    got = values("2022年通过门户网站发布政务信息(1386)条,其中:概况类信息(22)条。", 2022)
    assert got["proactive_items_total"] == 1386
    assert (
        values("2022年承办人大代表建议、政协委员提案共(29)件全部办结。", 2022)["proposals_answered"]
        == 29
    )
    # counter-case: a bracket the figure did not open (an aside closed right after a figure) is no figure
    got = values("2022年主动公开政府信息(含转载2)条。", 2022)
    assert got.get("proactive_items_total") != 2


def test_one_column_of_the_suits_is_not_all_suits() -> None:
    got = values(
        "2023年,因依申请公开工作引起的行政复议2件;因依申请公开工作引起的经复议后起诉的行政诉讼0件。",
        2023,
    )
    assert got == {"admin_reconsideration": 2}
    # counter-case: the suits themselves
    assert values("2023年,因依申请公开工作引起的行政诉讼1件。", 2023)["admin_litigation"] == 1


def test_no_requests_received_said_with_the_verb() -> None:
    got = values(
        "2019年,我乡无受理政府信息公开申请件及政府信息公开投诉、行政复议及行政诉讼。", 2019
    )
    assert got == {"requests_received": 0, "admin_reconsideration": 0, "admin_litigation": 0}
    # counter-case: 无 of something said of the requests (no late answer) is no nil of them
    assert "requests_received" not in values(
        "2019年,我乡无受理政府信息公开申请超期答复情况。", 2019
    )


def test_a_street_office_said_short_is_a_township() -> None:
    meta = _meta(
        "根据条例规定,现公开2022年东岳路街办政府信息公开工作年度报告。如对本年度报告有任何疑问,请与东岳路街道"
        "党政综合办公室联系(地址:大冶市东岳路29号)。\n一、总体情况\n2022年,东岳路街办通过政府信息公开系统公开信息43条。"
    )
    assert meta.level == "township"
    assert (meta.region.city, meta.region.county) == ("黄石市", "大冶市")


def test_a_body_placed_by_the_city_it_follows_that_speaks_as_a_county_is_a_county() -> None:
    text = (
        "根据条例第五十条之规定,根据我县实际,特制作本报告。\n一、总体情况\n2024年,依据条例及怀化市有关信息公开工作"
        "要求,认真做好主动公开各项工作。\n(一)主动公开政府信息情况。2024年县政府门户网共发布各类信息9982条。"
    )
    meta = _meta(text)
    assert meta.level == "county" and meta.region.city == "怀化市"
    # counter-case: one that speaks as the city stays the city's
    meta = _meta(
        text.replace("根据我县实际", "根据我市实际").replace("县政府门户网", "市政府门户网")
    )
    assert meta.level == "city"


def test_news_items_called_dongtai_xinxi_are_a_fallback_too() -> None:
    # blind W2 jiaozhuang 2019: the only count the township states
    assert values("2019年,我乡共发布动态信息23条。", 2019)["proactive_items_total"] == 23
    # counter-cases: under a total (train longguizhen 2016) and a bare column leading a list of columns
    # (train guangdong-shantou-zhengshuju-2024 labels no items disclosed)
    got = values(
        "2016年度共主动公开政府信息25条,在主动公开的信息中,工作动态信息5条,财政预决算信息19条。",
        2016,
    )
    assert got["proactive_items_total"] == 25
    got = values("2024年,本局通过政务网站发布更新工作动态61条、通知公告20条、财政预决算6条。", 2024)
    assert "proactive_items_total" not in got


# ---- kinds blind set W3 showed


def test_hotline_calls_counted_in_tiao() -> None:
    got = values("2024年,完成12345政府热线办理1572条。", 2024)
    assert got["hotline_calls"] == 1572
    # counter-case: the hotline's columns or short numbers are no calls
    assert "hotline_calls" not in values("2024年,开设12345政府热线栏目3条专栏。", 2024)


def test_no_suits_said_as_qisu_anjian() -> None:
    got = values("2024年,我街道无因不及时公开信息而引发行政复议和起诉案件。", 2024)
    assert got == {"admin_reconsideration": 0, "admin_litigation": 0}
    # counter-case: suits stated with their count stay counted
    assert values("2024年,因政府信息公开引起的行政诉讼2件。", 2024)["admin_litigation"] == 2


def test_a_street_office_that_says_wo_jie_is_a_township() -> None:
    meta = _meta(
        "一、总体情况\n2022年,白云街全面推进政务公开工作。2022年白云街政府网站公开政府信息84条。\n"
        "(二)依申请公开方面\n2022年,我街共受理政府信息公开申请1件。充分利用越秀区门户网站向社会公众发布各类信息。"
    )
    assert meta.level == "township" and meta.region.county == "越秀区"
