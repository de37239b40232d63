"""The word sets that grammar.toml writes once and its patterns name as {NAME}
(parse/grammar.py, _with_word_sets): a new-media word learnt once counts in every pattern
that asks whether a clause speaks of the body's accounts, and a misspelt name fails loudly
instead of becoming a pattern that never matches."""

from __future__ import annotations

import copy

import pytest
from snippets import values

from govbench.parse import grammar
from govbench.rules import load as load_rules

PHRASES = load_rules("grammar")["phrases"]
NEW_MEDIA = PHRASES["new_media"]
# An entry that is a pattern, not a word, is said by an example of what it matches (an account
# named “XX发布” in quotes, AN-audit).
SAID = {
    r'[“"「][^“”"「」,;。\d]{1,16}发布[”"」]': "“濂溪发布”",
    r"(?<![A-Za-z])(?:APP|App|app)(?![A-Za-z])": "APP",
}
WORDS = [SAID.get(w, w) for w in NEW_MEDIA]
APPS = [SAID.get(w, w) for w in PHRASES["app"]]
EVERY_CHANNEL = WORDS + APPS + PHRASES["video"]


@pytest.mark.parametrize("channel", EVERY_CHANNEL)
def test_a_clause_naming_only_a_new_media_channel_gives_its_posts(channel: str) -> None:
    # information posted through the body's account or app, no website named: new-media posts,
    # not items disclosed
    assert values(f"2023年,通过{channel}发布信息45条。", 2023) == {"new_media_posts": 45}


@pytest.mark.parametrize("channel", WORDS)
def test_an_account_claims_a_bare_count(channel: str) -> None:
    # no noun at all: only the body's own accounts say whose posts these are
    assert values(f"2023年,通过{channel}推送45条。", 2023) == {"new_media_posts": 45}


@pytest.mark.parametrize("channel", APPS + PHRASES["video"])
def test_an_app_or_video_platform_claims_no_bare_count(channel: str) -> None:
    # an app is as often a news outlet's as the body's: with nothing else said, unknown
    assert values(f"2023年,通过{channel}推送45条。", 2023) == {}


@pytest.mark.parametrize("channel", EVERY_CHANNEL)
def test_the_site_beside_a_channel_keeps_the_items_total(channel: str) -> None:
    # the website and the account together: all that was disclosed, not the account's posts
    got = values(f"2023年,通过政府网站和{channel}发布信息45条。", 2023)
    assert got == {"proactive_items_total": 45}


def test_news_outlets_apps_are_neither_items_nor_the_bodys_posts() -> None:
    # blind V5 shandong-jinan-lixia-yanshanjiedao-2025: the outlets' apps (客户端) published
    # these; train leaves “苏州高新区新闻网”发布新闻报道3822条 out (jiangsu-suzhou-gaoxinqu-2021)
    text = (
        "2025年,在区政府门户网站公开信息250余条;"
        "利用大众网、海报新闻、今日历下等线上客户端发布信息300余篇。"
    )
    assert values(text, 2025) == {"proactive_items_total": 250}
    # the body's own accounts named beside an app: their posts
    own = "2025年,利用政务微博、微信公众号、今日历下客户端等新媒体发布信息300余篇。"
    assert values(own, 2025) == {"new_media_posts": 300}


def test_a_misspelt_word_set_name_is_refused() -> None:
    raw = copy.deepcopy(load_rules("grammar"))
    raw["metrics"]["new_media_posts"]["channel"] = "{NEWMEDIA}"
    with pytest.raises(ValueError, match="NEWMEDIA"):
        grammar._with_word_sets(raw)


def test_every_name_the_grammar_uses_is_put_in() -> None:
    raw = grammar._with_word_sets(load_rules("grammar"))
    channel = raw["metrics"]["new_media_posts"]["channel"]
    assert channel.split("|") == NEW_MEDIA
    # every example says an entry that is there
    assert set(SAID) <= set(NEW_MEDIA) | set(PHRASES["app"])
    assert "{GOV_SITE}" not in raw["metrics"]["proactive_items_total"]["redirect"]["unless"]
