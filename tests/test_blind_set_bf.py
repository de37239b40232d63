"""Kinds of text the parser misread on blind set BF (city-level departments outside 江苏/浙江/广东/湖南,
2021–2024), each with its labelled counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_reading_of_figures_is_no_policy_interpretation() -> None:
    # blind BF unknown-caizhengju-2022: "财政收支信息12条,财政收支信息解读4条" among the items' parts was read
    # interpretations 4; blind AQ guangdong-guangzhou-panyu-tongjiju-2021 labels no reading for its
    # 人口普查公报、数据解读及主要数据各1份
    got = values(
        "2022年全年主动公开信息890条,其中:机构概况信息6条;政府预决算信息568条;财政收支信息12条,"
        "财政收支信息解读4条;决策公开类信息18条。",
        2022,
    )
    assert got == {"proactive_items_total": 890}
    assert "interpretations" not in values("2021年,全年发布统计数据解读12条。", 2021)


def test_policy_readings_beside_a_reading_of_figures_are_still_read() -> None:
    # counter-case: train jiangsu-taizhou-bgs-2021-trad labels 政策解读38件; blind BF
    # anhui-xuancheng-zhujianju-2022 labels 发布政策解读11项
    assert values("2021年,全年发布政策解读12条,数据解读3条。", 2021)["interpretations"] == 12
    got = values("2022年,共发布信息1940余条,发布政策解读11项。", 2022)
    assert got["interpretations"] == 11


def test_a_printed_channel_among_online_ones_does_not_veto_the_total() -> None:
    # blind BF neimenggu-baotou-shichangjianguanju-2022: the sentence lists 政务外网、微信公众号 … 报纸刊物
    # and gives every channel's total; the printed channel vetoed it (unless only 网站|门户|平台)
    got = values(
        "我局通过政务外网、微信公众号、新闻发布会、新闻媒体、报纸刊物以及今日头条、抖音等形式及时发布公开了"
        "市场监管相关工作的开展情况等信息,2022年,累计公开政府信息3667 条,其中通过政务外网公开1910条,"
        "通过包头市场监管微信公众号公开910条。",
        2022,
    )
    assert got["proactive_items_total"] == 3667
    assert got["new_media_posts"] == 910


def test_a_printed_channel_alone_still_counts_its_own_items_only() -> None:
    # counter-case: the veto's own kind (《兰州政报》…发布政府信息662条, grammar.toml veto_channel)
    assert "proactive_items_total" not in values("2023年,通过《兰州政报》发布政府信息662条。", 2023)
