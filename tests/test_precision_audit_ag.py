"""Kinds of figure a precision audit of fresh real openings from the parser's weakest strata (years
2014–2019 and province-level bodies; benchmark/blind/AG-audit.md) found the parser reading where
train's labellers would not, each with its counter-case. Texts are minimal texts of the kind
(normalised as the reader leaves them: simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from snippets import values


def test_a_total_over_the_short_named_website_and_new_media_is_the_items_disclosed() -> None:
    # 官网 (the body's own website, said short) listed with 微信、微博 as the carriers of one total:
    # the total is the items disclosed, not the new media's posts (AG-audit guizhou-shuiliting-2021)
    got = values(
        "2021年,通过厅官网、微信、微博等媒介公开政府信息,累计公开信息4173条。",
        2021,
    )
    assert got == {"proactive_items_total": 4173}
    # the same with 网站 spelled out was already so
    got = values("2021年,通过厅门户网站、微信、微博等媒介公开政府信息,累计公开信息4173条。", 2021)
    assert got == {"proactive_items_total": 4173}


def test_new_media_alone_in_the_subject_still_give_their_posts() -> None:
    # counter-cases: a clause naming only new media keeps its count as new_media_posts; a website
    # named short in its own clause does not take the accounts' figure of the next clause
    assert values("2021年,通过微信、微博等新媒体发布信息300条。", 2021) == {"new_media_posts": 300}
    got = values("2022年,通过厅官网发布信息120条,通过微信公众号推送信息80条。", 2022)
    assert got == {"proactive_items_total": 120, "new_media_posts": 80}


def test_a_count_through_the_press_and_broadcasting_with_wechat_is_no_new_media_count() -> None:
    # 报刊、广播、电视、微信等其他方式: the carriers of a part of the total are mostly not the
    # body's accounts; the figure is not new_media_posts (AG-audit henan-huanbaoting-2016-trad)
    text = (
        "2016年,我厅主动公开信息6513条,其中通过厅门户网站公开3983条,占61.15%,"
        "通过报刊、广播、电视微信等其他方式公开2530条,占38.85%。"
    )
    assert values(text, 2016) == {"proactive_items_total": 6513}
    # the list in the other order, the website named after the accounts
    assert "new_media_posts" not in values("通过微信、微博、门户网站等渠道公开信息520条。", 2016)


def test_new_media_beside_the_website_in_their_own_clause_keep_their_count() -> None:
    # counter-cases: the accounts' own clause after the website's (no 等 list joining them) is theirs
    got = values(
        "2022年,通过门户网站、政务微博、政务微信等主动公开政府信息8731条,其中门户网站公开信息7717条,"
        "“浙江水利”微博、微信发布信息1014条。",
        2022,
    )
    assert got["new_media_posts"] == 1014
    assert got["proactive_items_total"] == 8731
    got = values("在门户网站发布信息100条、微信公众号发布信息50条。", 2022)
    assert got == {"proactive_items_total": 100, "new_media_posts": 50}


def test_an_account_named_after_the_government_site_keeps_its_posts() -> None:
    # counter-case: 政府网 inside an account's name is no website of the clause (so 政府网/政务网
    # are not in the redirect's unless: blind/X yunnan-lincang-yunxian-2022 labels 56)
    got = values("“云县人民政府网”微信平台发布信息56条。", 2022)
    assert got == {"new_media_posts": 56}


def test_posts_on_the_official_account_said_short_are_new_media_posts() -> None:
    # 官微 (the body's official WeChat/Weibo, said short, as 官网 is its site): its posts are
    # new-media posts, not the items disclosed (AG-audit: 利用官微发布信息60条 read as the total)
    assert values("2022年,利用官微发布信息60条。", 2022) == {"new_media_posts": 60}
    got = values("2022年,通过门户网站发布信息120条,通过官微推送信息45条。", 2022)
    assert got == {"proactive_items_total": 120, "new_media_posts": 45}
    # counter-case: 官网 stays the website
    assert values("2022年,我局通过官网发布信息300条。", 2022) == {"proactive_items_total": 300}


def test_a_breakdowns_part_said_made_is_the_normative_documents_made() -> None:
    # AG-audit shaanxi-weinan-renshe-2017, judged made (the README's 制定/制发…规范性文件X件); a later rule
    # for a breakdown's 发布规范性文件 part had lost it
    got = values(
        "全年共主动公开政府信息565条,其中:发布工作信息421条;制定并发布规范性文件11件;"
        "发布统计信息2条;发布人事信息6条。",
        2017,
    )
    assert got.get("normative_docs_made") == 11
    assert got.get("proactive_items_total") == 565


def test_a_breakdowns_part_said_published_only_is_no_normative_document_made() -> None:
    # counter-case: blind AT sichuan-wenlvting-2022-spam, …3374条,其中,发布规范性文件5件 (a kind of item)
    got = values(
        "通过官网发布信息3374条,其中,发布规范性文件5件、政策宣传解读16件、其他文件35件。", 2022
    )
    assert got.get("normative_docs_made") is None
