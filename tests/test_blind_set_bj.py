"""Kinds of text the parser misread on blind set BJ (江苏 and 浙江 city governments' own reports,
2019–2025, outside openings2/train's two patches), each with its counter-cases. Minimal texts of
the kind, or sentences of the labelled reports named in the comments."""

from __future__ import annotations

from snippets import meta_of


def test_a_nameless_body_placed_by_its_province_that_speaks_as_a_city_is_no_province() -> None:
    # BJ jiangsu-changzhou-2022-spam: spam took the city's name (和江苏省、[spam]有关…要求编制), the
    # text says 全市各级行政机关; the province whose rules it follows was read as its level
    text = (
        "本年报依据《中华人民共和国政府信息公开条例》和江苏省、healthy 365 app登录入口有关政府信息公开"
        "工作要求编制。本年报中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n"
        "2022年,healthy 365 app登录入口坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "全年共主动公开政府规章2件,规范性文件49件,全市各级行政机关现行有效的行政规范性文件420份。"
    )
    meta = meta_of(text)
    assert meta.level != "province"
    assert meta.region.province == "江苏省"


def test_a_province_that_speaks_as_the_province_keeps_its_level() -> None:
    # counter-case: a province's own report speaks of 全省 (blind V jiangsu-bgt-2013-trad, AR
    # jiangsu-2020-trad-spam): placed by 江苏省 and speaking as it, province level
    text = (
        "根据《中华人民共和国政府信息公开条例》规定,现发布江苏省2020年政府信息公开工作年度报告。\n"
        "一、总体情况\n2020年,全省各级行政机关主动公开政府信息120万条。"
    )
    assert meta_of(text).level == "province"


def test_a_city_named_with_its_province_keeps_the_city_level() -> None:
    # counter-case: train jiangsu-changzhou-2021, 和江苏省、常州市有关政府信息公开工作要求编制 … 常州市坚持:
    # the city named, city level
    text = (
        "本年报依据《中华人民共和国政府信息公开条例》和江苏省、常州市有关政府信息公开工作要求编制。\n"
        "一、总体情况\n2021年,常州市坚持以习近平新时代中国特色社会主义思想为指导。"
        "全年共主动公开政府规章3件,规范性文件48件。全市各级行政机关共受理申请100件。"
    )
    meta = meta_of(text)
    assert meta.level == "city"
    assert meta.region.city == "常州市"
