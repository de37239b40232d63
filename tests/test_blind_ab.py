"""Kinds met in blind set AB (openings of 2014–2019): each from a minimal text of the kind, with its
counter-case."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_lone_figure_after_fenbie_is_no_list_and_a_category_part_stays_a_part() -> None:
    # AB hunan-zhuzhou-hetang-guihuajiedao-2019: 分别 before a breakdown whose figures each have
    # their own noun; 机构信息1条 is a category's part, not the items disclosed
    got = values(
        "全年在区政府门户网站公开信息77条,收到1份政府信息公开申请。其中公开信息方面,"
        "分别公开机构信息1条,政策文件信息3条,工作信息及政务动态类信息57条。",
        2019,
    )
    assert got["proactive_items_total"] == 77
    assert got["policy_documents"] == 3


def test_figures_paired_after_fenbie_keep_their_items() -> None:
    # counter-case: two figures after 分别 pair with the two items named before it
    got = values("2019年,本机关行政复议、行政诉讼分别为2件、1件。", 2019)
    assert got["admin_reconsideration"] == 2
    assert got["admin_litigation"] == 1


def test_a_township_that_speaks_of_its_whole_town_is_no_county() -> None:
    # AB shandong-jining-zoucheng-yishanzhen-2017 (its opening): the only place beside the town is
    # the county's office that asked for the report; the report speaks for 全镇
    text = (
        "根据《中华人民共和国政府信息公开条例》第二十三条规定,按照邹城市人民政府办公室《关于做好2017年度"
        "政府信息公开年度报告编制发布工作的通知》和2017年峄山镇人民政府及各部门信息公开工作情况编制等文件要求,"
        "制定本报告。本报告全文由概述,主动公开政府信息的情况,政府信息依申请公开办理情况,"
        "政府信息公开的收费及减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,"
        "政府信息公开工作存在的主要问题及改进措施,需要说明的其他事项与附表等组成,"
        "其中所列数据的统计时限自2017年1月1日至2017年12月31日。\n"
        "2017年,全镇累计主动公开信息1712条,收到依申请公开0条。"
    )
    assert meta_of(text).level == "township"


def test_a_county_that_speaks_of_its_whole_county_stays_a_county() -> None:
    # counter-case: the county's own report, a town named once as an example
    text = (
        "按照邹城市人民政府办公室《关于做好2017年度政府信息公开年度报告编制发布工作的通知》要求,"
        "制定本报告。2017年,全市累计主动公开信息17120条,其中全镇级信息1712条。全市各部门均按时公开。"
    )
    assert meta_of(text).level != "township"


def test_a_total_accumulated_to_the_year_end_is_a_stock_with_its_parts() -> None:
    # AB2 shanghai-qingpu-jiaoyuju-2017: 到2017年底累计 counts since the body began (2004)
    got = values(
        "根据《规定》要求,2004年5月1日起本局开始开展政府信息公开工作。"
        "本局到2017年底累计主动公开政府信息401条,其中公文类信息150条,全文电子化率达100%。"
        "本局2017年度共受理政府信息公开申请0件。",
        2017,
    )
    assert got == {"requests_received": 0}


def test_the_years_own_part_of_an_accumulated_total_keeps_its_count() -> None:
    # counter-case, AB shanghai-putuo-weijiwei-2016: the clause names the year's new ones
    got = values(
        "本区卫生和计划生育委员会到2016年底累计主动公开政府信息2683条,全文电子化率达100%,"
        "其中,本年度新增的主动公开政府信息630条,新增行政规范性文件1条。",
        2016,
    )
    assert got["proactive_items_total"] == 630


def test_requests_exempted_from_charges_are_no_fees() -> None:
    # AB zhejiang-jinhua-dongyang-weishanzhen-2017
    got = values(
        "三、政府信息公开的收费及减免情况。\n根据上级统一部署,我镇对申请公开政府信息暂免收费。",
        2017,
    )
    assert got == {"fees_yuan": 0}


def test_a_schools_fees_waived_are_no_disclosure_fees() -> None:
    # counter-case: a waiver that is not about requests for information
    got = values("2017年,全县义务教育阶段学校一律免收学杂费,惠及学生1.2万人。", 2017)
    assert "fees_yuan" not in got


def test_a_hainan_disclosure_office_document_places_the_province() -> None:
    # AB hainan-tunchang-bureau-2015: 琼政务公开协办[2016]69号 is 海南's disclosure office's number
    text = (
        "2015年政府信息公开工作年度报告\n我局根据《中华人民共和国政府信息公开条例》、《关于做好政府信息公开"
        "年度报告公开工作的通知》(琼政务公开协办[2016]69号)要求,现将2015年度信息公开工作情况总结如下:\n"
        "二、政府信息主动公开情况\n2015年度主动公开政府信息62条。"
    )
    meta = meta_of(text)
    assert meta.region.province == "海南省"
    assert meta.level is None  # the province's documents place no body at the province's level
