"""Kinds of text the parser misread on blind set CO (provincial departments, 2015–2025), each with its
labelled counter-case. Minimal texts of the kind, normalised as the reader leaves them."""

from __future__ import annotations

from snippets import meta_of, values


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


def test_a_department_that_calls_itself_a_ting_of_its_province_is_provincial() -> None:
    # 河北省审计厅 2025 names no body and no place but the documents it cites: "推动我厅信息公开工作提质增效",
    # "全面落实省委、省政府工作部署" — a 厅 speaking of its province is a provincial department
    meta = meta_of(
        "本报告根据《中华人民共和国政府信息公开条例》《河北省实施〈中华人民共和国政府信息公开条例〉办法》等规定发布。\n"
        "一、总体情况\n2025年,审计机关全面落实省委、省政府工作部署,充分履行政府信息公开责任,"
        "推动我厅信息公开工作提质增效。\n(二)依申请公开方面。2025年,我厅共受理公民依申请公开事项8件。"
    )
    assert meta.region.province == "河北省"
    assert meta.level == "province"


def test_a_ting_that_speaks_of_its_city_is_not_provincial() -> None:
    # counter-case: a city government's 办公厅 says 我厅 too (blind AO's 青岛 办公厅 2022), and speaks of its city
    meta = meta_of(
        "本报告根据《中华人民共和国政府信息公开条例》《山东省政府信息公开办法》等规定发布。\n"
        "一、总体情况\n今年以来,我厅认真落实市委、市政府工作部署,全市政务公开工作提质增效。"
        "我厅共受理依申请公开事项8件。"
    )
    assert meta.level != "province"
