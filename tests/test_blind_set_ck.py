"""Kinds of text the parser misread on blind set CK (city-level report openings of 2014–2019, prefectures
with no such labelled report), each with its labelled counter-cases. Minimal texts of the kind; sentences
quoted from the blind sets name their report."""

from __future__ import annotations

from snippets import values


def test_self_media_accounts_are_new_media() -> None:
    # blind CK shaanxi-hanzhong-shichangjianguanju-2019-spam: 两个 cut the channel words (微博、微信) off the
    # clause, and 自媒体 alone was no new-media word, so the accounts' 4066 posts were read as the items disclosed
    got = values(
        "一、总体情况\n2019年,公开各类工作信息761条;"
        "@汉中市市场监督管理局官方微博、微信两个自媒体共发布信息4066条次,阅读量574万次。",
        2019,
    )
    assert got.get("proactive_items_total") != 4066
    assert got.get("new_media_posts") == 4066
    # blind AY jiangsu-suqian-shuiliju-2024 labels 在宿迁水利微信公众号自媒体发布694条 as the accounts' posts
    got = values("一、总体情况\n2024年,在宿迁水利微信公众号自媒体发布694条。", 2024)
    assert got.get("new_media_posts") == 694


def test_the_items_disclosed_beside_the_accounts_are_still_the_items() -> None:
    # counter-case: a site's total beside the accounts' posts keeps its own reading (train and the blind sets
    # label both: 全年主动公开政府信息5641条 … 通过“西安财政”政务微信公开6条 — blind CK shaanxi-xian-caizhengju-2017)
    got = values(
        "一、总体情况\n2017年,全年主动公开政府信息5641条,其中通过市政府门户网站公开1298条,"
        "通过“西安财政”政务微信公开6条。",
        2017,
    )
    assert got.get("proactive_items_total") == 5641
    # and an items count said with 新媒体 nowhere near stays the items
    got = values("一、总体情况\n2019年,本局主动公开政府信息126条。", 2019)
    assert got.get("proactive_items_total") == 126


def test_the_years_own_count_after_a_running_total_is_the_years_figure() -> None:
    # blind CK jiangxi-fuzhou-wenguangxinju-2018-spam: the running total since the start (累计…356条) was read,
    # not the year's 60 in the next clause, led by the bare year and its verb
    got = values(
        "一、政府信息主动公开情况\n一)主动公开情况。截至2018年底,我局累计主动公开政府信息356条,"
        "2018年主动公开政府信息60条。增长30%。",
        2018,
    )
    assert got.get("proactive_items_total") == 60


def test_a_running_total_alone_is_still_the_figure() -> None:
    # counter-cases: a 截至…累计 count with no year's part stays (blind CK gansu-dingxi-dizhenju-2018 labels
    # 截至2018年底,我局累计主动公开政府信息14条; the labelled sets read 截至2019年12月底,累计主动公开政府信息10220条)
    got = values(
        "二、主动公开政府信息情况\n(一)公开主要内容 截至2018年底,我局累计主动公开政府信息14条,全文电子化率达100%。",
        2018,
    )
    assert got.get("proactive_items_total") == 14
    # and a date after the running total, not a clause of disclosure, takes nothing from it
    got = values(
        "二、主动公开政府信息情况\n截至2018年底,我局累计主动公开政府信息356条,2018年3月起全部在市政府网站发布。",
        2018,
    )
    assert got.get("proactive_items_total") == 356
