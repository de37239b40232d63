"""Kinds met in blind set AB (openings of 2014–2019): each from a minimal text of the kind, with its
counter-case."""

from __future__ import annotations

from snippets import values


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
