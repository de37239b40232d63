"""Blind set BS (浙江 county-level bodies 2021–2024): the kinds its first sight found.

Each test quotes the set's sentence of the kind and its labelled counter-cases (named in comments)."""

from __future__ import annotations

from snippets import values


def test_kinds_that_add_up_to_the_count_before_them_are_its_parts() -> None:
    # BS zhejiang-jinhua-yiwu-fagaiju-2023: "…栏目累计公开124条,各类政务信息115条、财政预决算9条" was read
    # 115 (the part with a noun) for the items; the label is 124, the count the parts add up to, whose
    # verb 主动 stands before the place (主动在政府网站的…栏目…公开)
    got = values(
        "一、总体情况\n(一)主动公开情况\n2023年我局主动在政府网站的政府信息公开栏目累计公开124条,"
        "各类政务信息115条、财政预决算9条。",
        2023,
    )
    assert got.get("proactive_items_total") == 124


def test_the_disclosed_part_of_the_information_made_is_still_the_total() -> None:
    # counter-case: blind V4 fujian-xiamen-huli-2018 labels 1027, the disclosed part of a count of
    # information made (制作) that its three parts add up to
    got = values(
        "一、总体情况\n2018年,共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条,"
        "不予公开信息1535条。",
        2018,
    )
    assert got.get("proactive_items_total") == 1027


def test_a_total_named_with_its_noun_before_its_parts_stays() -> None:
    # counter-case: train guangdong-meizhou-meijiang-jiaotongju labels 86, the total said with its noun
    # before the parts that add up to it
    got = values(
        "一、总体情况\n2023年,全年共通过网站主动公开政府信息86条,其中部门文件37条、工作动态类信息35条、"
        "部门预决算信息2条、行政许可信息12条。",
        2023,
    )
    assert got.get("proactive_items_total") == 86


def test_the_new_media_platform_as_subject_counts_the_posts() -> None:
    # BS zhejiang-wenzhou-yongjia-tuijunju-2022: "新媒体平台公开89条" gave nothing (平台 was read as a
    # noun of no metric); the label is new_media_posts 89
    got = values(
        "一、总体情况\n(一)主动公开\n2022年度共新增主动公开政府信息10条,其中乡镇部门文件2条、通知公告4条、"
        "财政管理信息4条。新媒体平台公开89条。",
        2022,
    )
    assert got.get("new_media_posts") == 89
    assert got.get("proactive_items_total") == 10


def test_named_outlets_new_media_platforms_are_not_the_bodys_accounts() -> None:
    # counter-case: blind V5 shandong-jinan-lixia-wenhuadonglujiedao-2025 labels no posts for
    # "在齐鲁壹点、果然视频等新媒体平台发布报道189篇" (news outlets' apps)
    got = values(
        "一、总体情况\n在《大众日报》《齐鲁晚报》等报刊刊发重点稿件7篇,在齐鲁壹点、果然视频等新媒体平台发布报道"
        "189篇,大众网、海报新闻平台发布稿件92篇。",
        2025,
    )
    assert got.get("new_media_posts") is None
