"""Blind set BT (湖南 bodies 2020–2025 at every level): the kinds its first sight found.

Each test quotes the set's text of the kind and its labelled counter-cases (named in comments)."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_rural_revitalisation_bureau_is_placed_by_its_city() -> None:
    # BT hunan-xiangxi-xiangcunzhenxingju-2023: "湘西州乡村振兴局2023年度信息公开工作报告" was placed nowhere (湘西州
    # followed by 乡 was taken for a township's name); the label: 湖南省 湘西土家族苗族自治州, city level
    got = meta_of(
        "州乡村振兴局\n湘西州乡村振兴局2023年度信息公开工作报告\n一、总体情况\n2023年,湘西州乡村振兴局认真落实…"
    )
    assert (got.region.province, got.region.city, got.level) == (
        "湖南省",
        "湘西土家族苗族自治州",
        "city",
    )
    got = meta_of("长沙县乡村振兴局2023年度政府信息公开工作年度报告\n一、总体情况")
    assert (got.region.city, got.region.county, got.level) == ("长沙市", "长沙县", "county")


def test_a_township_named_after_a_county_is_not_that_county() -> None:
    # counter-case: blind AA4 fujian-putian-xinxianzhen-2012-spam, 新县镇 of 莆田 (labels 福建省 莆田市), not 河南's 新县
    got = meta_of(" 新县镇2012年度政府信息公开年度报告\n\n引 言\n本报告可在新县镇网站下载。")
    assert got.region.province != "河南省"


def test_a_management_area_under_a_city_is_county_level() -> None:
    # BT hunan-changde-taohuayuan-2022 and -xidongting-2022: 常德市桃花源旅游管理区, 常德市西洞庭管理区行政审批局
    # were read city level; the labels: county (areas the gazetteer does not know)
    got = meta_of(
        "常德市桃花源旅游管理区2022年度政府信息公开工作报告\n\n本报告由桃花源旅游管理区编写。"
    )
    assert (got.region.city, got.level) == ("常德市", "county")
    got = meta_of(
        "本报告是根据《中华人民共和国政府信息公开条例》的要求,由常德市西洞庭管理区行政审批局政务公开领导小组办公室"
        "编制而成。"
    )
    assert (got.region.city, got.level) == ("常德市", "county")
    # counter-case: the city's own office stays city level (train's city offices)
    assert (
        meta_of("常德市人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况").level == "city"
    )


def test_a_province_said_bare_then_a_countys_short_name_is_that_countys_body() -> None:
    # BT hunan-hengyang-hengshan-xuanzhoushidi-2020: 湖南衡山萱洲国家湿地公园管理处 was read province level; the
    # label: 衡阳市 衡山县, county level
    got = meta_of(
        "首页 > 县政府直属事业机构 > 衡山萱洲国家湿地公园管理处 > 政府信息公开年报\n湖南衡山萱洲国家湿地公园管理处\n"
        "2020年政府信息公开年度报告\n(2021年1 月21 日)"
    )
    assert (got.region.city, got.region.county, got.level) == ("衡阳市", "衡山县", "county")
    # counter-case: train heilongjiang-zhijianju-2012-trad, 黑龙江质量技术监督局 (the province said bare, then its
    # function), labelled province level
    got = meta_of("黑龙江质量技术监督局2012年政府信息公开工作年度报告\n一、概述")
    assert got.level == "province"


def test_requests_handed_to_another_body_are_neither_done_nor_received_here() -> None:
    # BT hunan-zhuzhou-youxian-bgs-2023: "委托县自然资源局办理自然资源类政府信息公开申请25件" was read completed 25;
    # the labels: received 59 (62 less the 3 carried over), no completed
    got = values(
        "一、总体情况\n2023年,全县共受理依申请公开62件(其中上年结转3件),委托县自然资源局办理自然资源类政府信息"
        "公开申请25件。",
        2023,
    )
    assert got.get("requests_received") == 59
    assert got.get("requests_completed") is None
    # counter-case: an agent's requests (委托代理人) are requests all the same
    got = values("一、总体情况\n2023年,收到委托代理人提出的政府信息公开申请3件,已全部办结。", 2023)
    assert got.get("requests_received") == 3


def test_no_requests_said_as_cases_is_a_zero() -> None:
    # BT hunan-yiyang-yuanjiang-huangmaozhou-2021: "2021年度无依申请公开件" gave nothing; the label: received 0
    assert values("一、总体情况\n2021年度无依申请公开件。", 2021).get("requests_received") == 0
    # counter-case: something follows the requests (无依申请公开超期, 无依申请公开收费): no zero of them
    assert (
        values("一、总体情况\n2021年度无依申请公开件超期。", 2021).get("requests_received") is None
    )


def test_a_list_closed_by_deng_then_a_qualifier_is_no_field() -> None:
    # BT hunan-shaoyang-chengbu-jinzixiang-2021: "…减灾救灾、乡村振兴等相关领域信息共计200余条" gave nothing (信息
    # after 领域 read as one field's); the label: 200
    got = values(
        "一、总体情况\n全年我乡主动公开机构设置、领导人事变动、安全生产、环境保护、减灾救灾、乡村振兴等相关领域信息共计"
        "200余条,全年政府信息公开工作中没有发生公开虚假、不完整信息的情况。",
        2021,
    )
    assert got.get("proactive_items_total") == 200
