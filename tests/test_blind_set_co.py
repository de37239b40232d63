"""Kinds of text the parser misread on blind set CO (provincial departments, 2015–2025), each with its
labelled counter-case. Minimal texts of the kind, normalised as the reader leaves them."""

from __future__ import annotations

from snippets import values


def test_a_list_of_columns_closed_by_deng_is_the_sites_count() -> None:
    # 山西省外事办公室 2021: "在“政府信息公开”“要闻动态”“党的建设”等栏目发布信息713条" was read as one named
    # column's count (no total): several columns closed by 等, the disclosure column among them, are the site's
    got = values(
        "主动公开方面。全年利用“山西省外事办公室”网站,在“政府信息公开”“要闻动态”“党的建设”等栏目"
        "发布信息713条,微信公众号发布",
        2021,
    )
    assert got.get("proactive_items_total") == 713
    # blind AV guangdong-jiangmen-xinhui-yinhuwan-2022 labels its list of columns' 86 (the verb before them)
    got = values(
        "2022年,银湖湾滨海新区在政府信息公开目录系统主动公开组织机构、部门文件、工作动态、部门预决算等栏目的"
        "政府信息共86条。",
        2022,
    )
    assert got.get("proactive_items_total") == 86


def test_one_named_column_is_still_no_total() -> None:
    # counter-cases (grammar.toml's excludes): one column of a site is a part, 校园风采栏目发布信息21条
    assert "proactive_items_total" not in values("全年在校园风采栏目发布信息21条。", 2021)
    assert "proactive_items_total" not in values("全年在“要闻动态”栏目发布信息32条。", 2021)
