"""Kinds of text the parser misread on blind set BW (bodies of 陕西, 甘肃, 宁夏, 青海, 新疆, 内蒙古, 山西,
辽宁, 吉林, 黑龙江, 2020–2025), each with its counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of, values


def test_the_offline_channels_count_is_no_total() -> None:
    # liaoning-shenyang-sujiatun-2022: 线下方式公开信息20451条 was read as the items' total over the site's
    # 3498 (AC5 liaoning-shenyang-dadong-2023 labels its 线下方式公开7873条 as no total either)
    got = values("2022年,线下方式公开信息20451条。", 2022)
    assert got.get("proactive_items_total") is None
    got = values("2022年,政务新媒体发布信息10444条;线下方式公开信息20451条。", 2022)
    assert got == {"new_media_posts": 10444}


def test_online_and_offline_together_keep_their_total() -> None:
    # counter-case: blind AL-audit guizhou-anshun-xixiu-huanglaxiang-2021 counts 通过线上及线下公开的1860条信息
    assert values("2023年,通过线上线下公开信息1860条。", 2023) == {"proactive_items_total": 1860}
    got = values("2023年,通过线上及线下公开政府信息1860条。", 2023)
    assert got == {"proactive_items_total": 1860}
    # and the site's own count beside the offline one stays
    got = values("全年通过区政府网站主动公开信息3498条;线下方式公开信息20451条。", 2022)
    assert got["proactive_items_total"] == 3498


def test_requests_not_received_said_with_jiehuo() -> None:
    # gansu-tianshui-zhangjiachuan-longshanzhen-2024: 接获 is 接到
    got = values("2024 年度,我镇未接获公民或法人的依申请公开诉求。", 2024)
    assert got == {"requests_received": 0}


def test_a_nil_of_cases_after_requests_is_still_no_nil_of_requests() -> None:
    # counter-case (the zero pattern's own guard): the cases the requests drew, not the requests
    got = values("2024年,未接获因政府信息公开申请提起的行政复议。", 2024)
    assert "requests_received" not in got


def test_a_body_placed_by_its_city_that_says_our_district_is_a_district() -> None:
    # BW neimenggu-huhehaote-saihan-2022: "…和自治区人民政府、呼和浩特市人民政府有关规定的要求,由我区政府政务公开工作
    # 领导小组办公室负责编写" was read city level (placed by 呼和浩特市 alone); the label: county
    got = meta_of(
        "本年度报告根据《中华人民共和国政府信息公开条例》(国务院第711号令)(以下简称条例)和自治区人民政府、"
        "呼和浩特市人民政府有关规定的要求,由我区政府政务公开工作领导小组办公室负责编写。\n一、总体情况\n"
        "2022年度我区通过政府门户网站主动发布政府信息3505条。"
    )
    assert got.level == "county"
    # counter-case: a city that says 我市 stays a city (train's city reports)
    got = meta_of(
        "本年度报告根据《中华人民共和国政府信息公开条例》和呼和浩特市人民政府有关规定的要求编写。\n一、总体情况\n"
        "2022年度我市通过政府门户网站主动发布政府信息3505条。"
    )
    assert got.level == "city"
