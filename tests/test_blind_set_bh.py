"""Kinds of text the parser misread on blind set BH (province-level bodies, 2008–2020), each with its
labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of


def test_a_second_name_in_brackets_keeps_the_body_s_name_and_kind() -> None:
    # blind BH unknown-minwei-2019-spam: the title "自治区民委(宗教事务局)2019年度 / 政府信息公开年度报告"
    # names the body twice, its second name in brackets; the bracket hid the name's ending, so the
    # title gave no issuer, no kind and no level
    got = meta_of(
        "自治区民委(宗教事务局)2019年度\n政府信息公开年度报告\n"
        "2019年度自治区民委(宗教事务局)信息公开年度报告由办公室编制。"
    )
    assert got.issuer == "自治区民委(宗教事务局)"
    assert got.body_kind == "department"
    # 自治区 alone, with no region named: a province's department (the label: province level)
    assert got.level == "province"


def test_departments_named_by_their_unit_word_alone_keep_their_levels() -> None:
    # counter-cases: 市 alone is a city's (blind Y5 unknown-shangwuju-2022-spam), 区 alone a district's; a
    # government named by 市 alone may be a municipality's and stays unplaced
    assert (
        meta_of("市商务局2022年政府信息公开工作年度报告\n本年度报告由市商务局编制。").level
        == "city"
    )
    assert (
        meta_of("省商务厅2012年政府信息公开工作年度报告\n本年度报告由省商务厅编制。").level
        == "province"
    )
    got = meta_of(
        "区财政局2021年政府信息公开工作年度报告\n2021年,区财政局认真贯彻落实区委、区政府部署。"
    )
    assert got.level == "county"
