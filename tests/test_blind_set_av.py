"""Kinds of text the parser misread on blind set AV (development zones' reports, 2019–2025), each
with its labelled counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_negation_reaches_no_clause_that_counts_the_cases() -> None:
    # AV zhejiang-shaoxing-binhaixinqu-2019: "未收到要求公开政府信息及行政复议的申请,共发生1起行政诉讼" was read
    # admin_litigation 0 (labelled 1): the negation ran on past the comma into the clause counting the suit
    got = values(
        "一、总体情况\n2019年,滨海新区在门户网站上主动公开信息679条;"
        "未收到要求公开政府信息及行政复议的申请,共发生1起行政诉讼,结果维持原判。",
        2019,
    )
    assert got.get("admin_litigation") != 0
    assert got.get("admin_reconsideration") == 0
    # the same for the other kind of case
    got = values("一、总体情况\n2019年,本机关未收到行政诉讼,共发生2起行政复议。", 2019)
    assert got.get("admin_reconsideration") != 0


def test_a_negation_of_both_kinds_of_case_is_still_a_zero_of_each() -> None:
    # counter-cases: train sichuan-luzhou-jiangyang-bgs-2023 labels 0 and 0 for
    # 未发生因政府信息公开申请引发的行政复议或行政诉讼; a year inside the negation is no count
    got = values("一、总体情况\n2023年,未发生因政府信息公开申请引发的行政复议或行政诉讼。", 2023)
    assert got.get("admin_reconsideration") == 0
    assert got.get("admin_litigation") == 0
    got = values("一、总体情况\n未发生因2019年度政府信息公开申请引起的行政复议和行政诉讼。", 2019)
    assert got.get("admin_reconsideration") == 0
    assert got.get("admin_litigation") == 0


def test_a_heading_that_ends_in_xinxi_neirong_is_no_table() -> None:
    # AV hunan-changsha-huanghua-zongbaoqu-2019-spam: the prose heading (一)主动公开信息内容 was taken for the
    # table's column label 信息内容, and the section's sentence 共主动公开政务信息148条 was skipped
    text = (
        "一、概述\n一是明确责任,推进政府信息公开工作。\n"
        "二、主动公开政府信息的情况\n(一)主动公开信息内容\n"
        "2019年度共主动公开政务信息148条,全文电子化达100%。\n"
    )
    assert values(text, 2019, "standard_2019").get("proactive_items_total") == 148


def test_the_table_s_own_column_label_still_marks_a_table() -> None:
    # counter-case: 信息内容 as the table prints it (a cell of its own, the 2019 template) still opens the
    # table: a cell row run into prose is not read as a sentence
    text = (
        "二、主动公开政府信息情况\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
        "主动公开政府信息数量 共计 36条\n"
    )
    assert values(text, 2019, "standard_2019").get("proactive_items_total") is None


def test_a_name_that_ends_in_a_unit_s_name_after_other_words_places_nothing() -> None:
    # AV guangdong-jiangmen-xinhui-yinhuwan-2022: 银湖湾滨海新区 (a zone of 江门) was placed in 天津's 滨海新区
    # (province, city and county all wrong); its bare 滨海新区 is its own short name, so it is unknown
    meta = meta_of(
        "一、总体情况\n(一)主动公开情况。2022年,银湖湾滨海新区在政府信息公开目录系统主动公开政府信息共86条。\n"
        "(二)依申请公开情况。2022年,滨海新区共收到0条政府信息公开申请。"
    )
    assert meta.region.province is None
    assert meta.region.county is None


def test_a_unit_named_with_its_place_or_alone_is_still_placed() -> None:
    # counter-cases: blind V zhejiang-shaoxing-binhaixinqu-2025-spam labels 绍兴滨海新区管委会 浙江省 绍兴市; blind U
    # tianjin-binhai-2016-spam labels 滨海新区 (天津市滨海新区人民政府办公室…) 天津市 滨海新区
    meta = meta_of(
        "2019年,绍兴滨海新区管委会认真贯彻《中华人民共和国政府信息公开条例》。\n一、总体情况\n"
        "2019年,滨海新区在门户网站上主动公开信息679条。"
    )
    assert meta.region.province == "浙江省"
    assert meta.region.city == "绍兴市"
    meta = meta_of(
        "天津市滨海新区人民政府2016年政府信息公开工作年度报告\n一、总体情况\n"
        "结合滨海新区政府信息公开工作情况编制。"
    )
    assert meta.region.province == "天津市"
    assert meta.region.county == "滨海新区"


def test_a_bureau_on_a_development_zone_s_portal_is_the_zone_s() -> None:
    # AV guangdong-zhanjiang-jingkaiqu-ju-2024: a bureau (我局) placed only by 湛江 that publishes on
    # 湛江经济技术开发区管委会门户网站 was read city level; it serves the zone, county level (blind AP2
    # jiangsu-taizhou-gaogang-weijianwei-2025: a zone's bureau is county level)
    meta = meta_of(
        "一、总体情况\n2024年,我局认真贯彻落实《中华人民共和国政府信息公开条例》有关规定。\n"
        "(一)积极推动政府信息主动公开。通过湛江经济技术开发区管委会门户网站主动公开有关组织机构、"
        "部门文件、工作动态等信息。2024年,通过区门户网站发布信息共62条。"
    )
    assert meta.level == "county"


def test_a_bureau_on_its_city_s_portal_stays_the_city_s() -> None:
    # counter-case: a bureau placed by its city that publishes on the city's own portal and follows
    # 市委、市政府 is the city's (the cue is the zone's portal alone)
    meta = meta_of(
        "一、总体情况\n2024年,我局在市委、市政府的领导下认真贯彻落实《条例》。\n"
        "通过湛江市人民政府门户网站主动公开信息共62条。"
    )
    assert meta.level == "city"


def test_a_zone_run_with_its_town_speaks_as_a_township() -> None:
    # AV jiangsu-suzhou-xushuguan-jingkaiqu-2023: 浒墅关经开区(镇), a zone run together with its town, placed
    # only by 苏州 of its running text, was read city level; the labelled sets give such bodies township
    # (blind AP jiangsu-suzhou-zhangjiagang-jinfengzhen-2024-spam 冶金工业园(锦丰镇))
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》,特向社会公布2023年度本单位信息公开工作年度报告。"
        "如对本年报有任何疑问,请与浒墅关经开区(镇)党政办公室联系。\n一、总体情况\n"
        "按照高新区关于政府信息公开工作的具体部署,浒墅关经开区(镇)认真执行《政府信息公开条例》规定。"
        "截至2023年12月31日,苏州浒墅关经开区管委会开设政务新媒体1个。\n"
        "2023年度,浒墅关经开区(镇)依申请公开政府信息7件,按时办结。"
    )
    assert meta.level == "township"


def test_a_city_s_towns_in_parentheses_are_no_township_s_voice() -> None:
    # counter-case: a county-level city's report speaks of its 各区(镇) (its towns and zones), not as one
    meta = meta_of(
        "太仓市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年,太仓市指导各区(镇)、各部门做好政府信息公开工作,全市主动公开政府信息5000条。"
    )
    assert meta.level == "county"


def test_a_web_address_s_colon_breaks_no_clause() -> None:
    # AV guangdong-jiangmen-xinhui-yinhuwan-2022: the colon of http:// cut the clause, so the verb 主动公开 after
    # the address was out of reach of its figure 86 (labelled proactive_items_total)
    got = values(
        "一、总体情况\n(一)主动公开情况。2022年,银湖湾滨海新区在政府信息公开目录系统"
        "(http://www.xinhui.gov.cn/jmxhqjjkf/gkmlpt/index)主动公开组织机构、部门文件、工作动态、部门预决算等"
        "栏目的政府信息共86条。",
        2022,
    )
    assert got.get("proactive_items_total") == 86


def test_a_colon_of_words_still_breaks_its_clause() -> None:
    # counter-case: train jiangsu-nantong-shenjiju-2022 labels 1796, 9 and 13 for
    # 全年主动公开信息1796条,其中:概况类信息5条、政策文件9条、解读回应13条
    got = values(
        "一、总体情况\n2022年,全年主动公开信息1796条,其中:概况类信息5条、政策文件9条、解读回应13条。",
        2022,
    )
    assert got.get("proactive_items_total") == 1796
    assert got.get("policy_documents") == 9
    assert got.get("interpretations") == 13
