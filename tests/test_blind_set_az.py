"""Kinds met in blind set AZ (county-level governments and their 办公室, 江苏 浙江 广东 湖南 山东 福建 四川,
2022–2025): one test per kind, with its counter-cases."""

from __future__ import annotations

from snippets import values


def test_the_items_of_the_government_office_are_the_items_disclosed() -> None:
    # blind/AZ fujian-fuzhou-minhou-bgs-2025: 信息 after the body that disclosed it (县本级政府及政府办) is that
    # body's items, not a topic's count; the 46 相关信息 of a later clause no longer stands in for it
    got = values(
        "一是规范信息发布。全年主动公开县本级政府及政府办信息222条,向县档案馆报送主动公开文件222件,"
        "“闽侯发布”政务微博发布信息241条;二是强化政策文件公开。发布政策文件征求意见稿、听证会公告、"
        "征求意见结果等相关信息46篇,政策解读30篇。",
        2025,
    )
    assert got["proactive_items_total"] == 222


def test_a_topic_word_before_xinxi_still_names_a_topic() -> None:
    # counter-cases: the topical rule as it stood (行业专项规划信息13条 is one topic's count, rules/grammar.toml
    # proactive_items_total's topical); 相关信息 after a verb alone stays the total (tests/test_blind_x.py)
    assert "proactive_items_total" not in values("全年发布行业专项规划信息13条。", 2023)
    assert values("我局发布相关信息20条。", 2023)["proactive_items_total"] == 20


def test_the_readings_made_outrank_the_documents_read() -> None:
    # blind/AZ shandong-linyi-luozhuang-2024: the documents read (解读政策文件15件) and, in the same sentence,
    # the readings published of them (发布解读材料31件): the readings are the figure, as blind/AO
    # shandong-jinan-bgt-2024 labels 解读材料188个 and not the 61个政策文件 they read
    got = values(
        "积极运用文本文字、图片图表、音频视频等多元化可视化工具,多角度解读政策文件15件,发布解读材料31件。"
        "办理市民留言294条。",
        2024,
    )
    assert got["interpretations"] == 31


def test_the_documents_read_said_alone_keep_their_count() -> None:
    # counter-cases: blind/AC hebei-sjz-changan-2025 labels 解读政策文件4件, blind/W guangxi-guigang-2021
    # 高质量解读政策文件369个 — no reading count follows them
    got = values("全年通过区政府网站发布各类政策文件1290件,解读政策文件4件。", 2025)
    assert got["interpretations"] == 4
    assert (
        values("各级各部门利用动漫、图解、音频等生动方式,高质量解读政策文件369个。", 2021)[
            "interpretations"
        ]
        == 369
    )


def test_proposals_among_the_kinds_named_after_a_comma_are_posts() -> None:
    # blind/AZ shandong-jinan-lixia-bgs-2024: the total, its kinds named after a comma (主要包括…等,), then
    # 其中 and the counts by kind: 建议提案办理5条 is one kind of the posts, not proposals answered (train
    # guangdong-qingyuan-qingxin-bgs-2022 leaves the breakdown's 建议提案8条 out)
    got = values(
        "全年共发布信息234条,主要包括政策解读、常务会议、人大政协提案、财政预决算等,其中发布政策文件3条,"
        "政府会议22条,包括媒体解读、专家解读、主要负责人解读等在内的各类政策解读、会议解读155条,财政信息28条,"
        "建议提案办理5条,其他信息21条。",
        2024,
    )
    assert got["proactive_items_total"] == 234
    assert "proposals_answered" not in got


def test_the_proposals_a_body_handled_keep_their_count() -> None:
    # counter-cases: the body's own count of proposals handled, and its parts (rules/grammar.toml
    # proposals_answered: 共办理建议提案20件,其中人大代表建议12件), and the replies themselves in a breakdown
    # (建议提案复文14件, as train labels 政协提案复文191件, hebei-sjz-changan-2024)
    assert values("全年共办理建议提案20件,其中人大代表建议12件。", 2024)["proposals_answered"] == 20
    got = values(
        "全年共发布信息1812条,主要包括规范性文件、建议提案等,其中行政规范性文件13件,建议提案复文14件。",
        2024,
    )
    assert got["proposals_answered"] == 14


def test_a_clause_opening_with_jishi_and_its_verb_keeps_the_new_media_before_it() -> None:
    # blind/AZ sichuan-guangyuan-zhaohua-2024: after 其中, the accounts named in one comma clause, the posts'
    # count in the next opening with 及时发布: new_media_posts, as the same clause opening with 发布 is
    # (continued_clause), and as AW's dafeng 2020 labels the accounts' posts under 其中 of the items total
    got = values(
        "2024年,全区各级行政机关主动公开政府信息14183条。其中,政府网站4614条;利用“昭化发布”微信、微博,"
        "今日头条、川报观察等新媒体平台,及时发布反应昭化区经济社会发展成效等时政信息8036条;通过公示栏(屏)、"
        "公开资料等渠道发布信息1533条。",
        2024,
    )
    assert got["proactive_items_total"] == 14183
    assert got["new_media_posts"] == 8036


def test_a_clause_opening_with_jishi_after_the_website_stays_the_items() -> None:
    # counter-case: the carrier before it is the website (with new media among the carriers, channel_unless):
    # the items disclosed, not posts
    got = values("依托政府门户网站、微信公众号等平台,及时发布政府信息1200条。", 2024)
    assert got.get("new_media_posts") is None
    assert got["proactive_items_total"] == 1200


def test_papers_a_gazette_carried_do_not_take_the_sentences_verb() -> None:
    # blind/AZ guangdong-guangzhou-huadu-bgs-2022: 刊载 is the clause's own verb (what the gazette carried), so
    # 规范性文件9件 does not inherit 发布/主动公开; the documents issued in the bodies' names are the figure, as train
    # guangdong-guangzhou-huadu-2023 labels 以区政府和区政府办公室名义制发的主动公开文件55件 (the same body a year on)
    got = values(
        "2022年主动公开政府信息127条,发布网上政府公报4期,刊载规范性文件9件;以区政府、区政府办公室名义"
        "主动公开文件36件;积极推动区府、区府办主动公开政策文件多形式解读,共发布热点解读和政策解读48条。",
        2022,
    )
    assert got["proactive_items_total"] == 127
    assert got["policy_documents"] == 36


def test_items_a_site_carried_are_items_and_a_gazettes_are_not() -> None:
    # counter-cases: 刊载 as 刊发, a verb of disclosure of the items (a site's); a sentence naming a printed
    # channel and no website counts that channel's items only (veto_channel, 《兰州政报》…发布政府信息662条)
    assert values("全年在政府网站刊载政府信息300条。", 2022)["proactive_items_total"] == 300
    assert "proactive_items_total" not in values("全年编发政府公报12期,刊载政府信息300条。", 2022)
