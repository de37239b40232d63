"""Kinds of text the parser misread on blind set BP (2025 reports of county departments and development
zones of 江苏, 浙江, 广东 and 湖南), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of


def test_a_body_named_alone_under_a_title_that_names_none_is_the_issuer() -> None:
    # blind BP jiangsu-nantong-chongchuan-shujuju-2025: "2025年政府信息公开工作年度报告" then "区数据局" on the next
    # line, the page's byline; the text names no other body and only 江苏省政务服务网 as a place, so the
    # report was placed in 江苏省 at province level (the label: county, a district's bureau)
    got = meta_of(
        "2025年政府信息公开工作年度报告\n区数据局\n2025 年,本单位深入贯彻落实《中华人民共和国政府信息公开条例》。\n"
        "一、总体情况\n全年累计主动公开政府信息32170条。相关信息依托政府门户网站、江苏省政务服务网等及时发布。"
    )
    assert got.issuer == "区数据局"
    assert got.body_kind == "department"
    assert got.level == "county"


def test_a_line_under_the_title_that_is_no_body_s_name_names_none() -> None:
    # counter-cases: a heading under the title, and a title that names its body (the byline then says nothing new)
    got = meta_of(
        "2025年政府信息公开工作年度报告\n一、总体情况\n2025年,本单位主动公开政府信息120条。"
    )
    assert got.issuer is None
    got = meta_of(
        "2025年政府信息公开工作年度报告\n发布日期:2026-01-20\n2025年,本单位主动公开政府信息120条。"
    )
    assert got.issuer is None
    got = meta_of(
        "南通市崇川区数据局2025年政府信息公开工作年度报告\n区数据局\n2025年,本单位主动公开政府信息120条。"
    )
    assert got.issuer == "南通市崇川区数据局"
