"""Kinds of text the parser misread on blind set BR (广东 city departments, 市政府办, district and county
governments and offices, 2020–2025), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_body_s_site_named_wang_listed_before_its_account_counts_the_items() -> None:
    # blind BR guangdong-zhanjiang-xinfangju-2024-trad-pinyin-spam: 依托湛江信訪網、“湛江信訪”微信公眾號共推送各類信息222條
    # is labelled proactive_items_total 222 (the site and the account together); it was read new_media_posts 222
    got = values(
        "2024年我局依托湛江信访网、“湛江信访”微信公众号共推送各类信息222条,内容涵盖上级工作要闻。",
        2024,
    )
    assert got == {"proactive_items_total": 222}
    # the same said with 网站 was read so already
    got = values("2024年我局依托湛江信访网站、“湛江信访”微信公众号共推送各类信息222条。", 2024)
    assert got == {"proactive_items_total": 222}


def test_an_account_alone_or_a_site_named_for_it_keeps_its_posts() -> None:
    # counter-cases: an account named after the site, glued to it (blind AC6/U/X: “云县人民政府网”微信平台发布信息56条)
    assert values("“云县人民政府网”微信平台发布信息56条。", 2022) == {"new_media_posts": 56}
    # an account alone
    assert values("2024年,“湛江信访”微信公众号共推送各类信息222条。", 2024) == {
        "new_media_posts": 222
    }
    # a news portal among outlets closed by 等 before the app (blind V5 shandong-jinan-lixia-yanshanjiedao-2025
    # labels none of it): neither the items nor the accounts' posts
    got = values("利用大众网、海报新闻、今日历下等线上客户端发布信息300余篇。", 2025)
    assert "proactive_items_total" not in got
    assert "new_media_posts" not in got


def test_interpretations_posted_as_an_account_s_column_are_no_account_posts() -> None:
    # blind BR guangdong-zhongshan-bgs-2023: 依托“中山市政府门户网站”微信公众号,办好“政解中山”栏目,推出38篇政策解读推文
    # is labelled interpretations 38; it was read new_media_posts 38
    got = values(
        "依托“中山市政府门户网站”微信公众号,办好“政解中山”栏目,推出38篇政策解读推文,采用全文通解等多种方式。",
        2023,
    )
    assert "new_media_posts" not in got


def test_an_account_s_posts_of_many_kinds_stay_its_posts() -> None:
    # counter-case, blind W2 hunan-yiyang-taojiang-2025: 微信公众号推送政策解读、工作动态等信息936条 → new_media_posts 936
    got = values("2025年,微信公众号推送政策解读、工作动态等信息936条。", 2025)
    assert got == {"new_media_posts": 936}
    # and posts named 推文 with no interpretation word (blind AT guangdong-zhengshuju-2024: 全年共发布364篇推文)
    assert values("2024年,“广东政数”微信公众号全年共发布364篇推文。", 2024) == {
        "new_media_posts": 364
    }
