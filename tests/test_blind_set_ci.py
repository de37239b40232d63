"""Kinds of text the parser misread on blind set CI (city-level bodies of never-sampled prefectures:
黑龙江, 河南, 广东, 安徽, 江西), each with its counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_an_earlier_counted_part_does_not_exclude_the_next() -> None:
    # 蚌埠市人防办 2021 (spam mirror): "…新闻发布会类信息2、高质量发展政策解读类信息15条" read no reading: the
    # 新闻发布会 of the part before, which has its own count, excluded the readings' figure after the 、 (and a
    # list longer than the clause's reach hid its lead 其中)
    got = values(
        "一、总体情况\n(一)主动公开\n截至12月31日,我市人防办主动公开政府信息353条。其中,行政权力运行类信息69条、"
        "重大决策类信息2条、规划计划类信息4条、机构领导、设置、人事任免类信息10条、招标采购类信息9条、"
        "回应关切类信息5条、新闻发布会类信息2、高质量发展政策解读类信息15条。",
        2021,
    )
    assert got.get("interpretations") == 15
    assert got.get("press_conferences") is None  # items about conferences, not conferences held
    assert got.get("proactive_items_total") == 353


def test_a_press_conference_with_no_count_between_still_excludes_readings() -> None:
    # counter-case: blind X (test_blind_x) 市人民政府召开新闻发布会解读政策文件4场次 is conferences, not readings;
    # the readings of the sentence are its 127
    got = values(
        "一、总体情况\n2024年,通过政府网站发布解读信息127条,其中市人民政府召开新闻发布会解读政策文件4场次。",
        2024,
    )
    assert got.get("interpretations") == 127


def test_words_leading_a_list_not_led_by_qizhong_still_exclude_every_part() -> None:
    # counter-case: tests/test_paraphrase_2 (documents of a database are a stock): the databases named
    # before the first count hold every part of the list
    got = values("2025年,在规章库、行政规范性文件库集中公开规章148部、行政规范性文件463件。", 2025)
    assert "policy_documents" not in got


def test_all_answered_said_as_a_rate_a_sentence_later() -> None:
    # 佳木斯市生态环境局 2025: "全年共收到政府信息公开申请18件,…。对所有申请均依法依规分类处理,其中予以公开16件、非本机关
    # 掌握信息2件,办结率100%" read no completed: the rate, a sentence later, after the count's parts (16+2)
    got = values(
        "一、总体情况\n(二)依申请公开情况\n2025年,全局严格规范依申请公开办理流程。全年共收到政府信息公开申请18件,"
        "申请内容主要集中在环境质量、噪声监管、污染防治等方面。对所有申请均依法依规分类处理,其中予以公开16件、"
        "非本机关掌握信息2件,办结率100%。",
        2025,
    )
    assert got.get("requests_received") == 18
    assert got.get("requests_completed") == 18


def test_a_rate_after_figures_that_are_not_the_counts_parts_is_not_its() -> None:
    # counter-cases: the parts do not make up the count (16 of 18), another kind's count stands between
    # (人大代表建议: train guangdong-jiangmen-zhengshuju-2023-spam labels its proposals apart), or the rate opens
    # the next paragraph (a hotline's)
    for text in [
        "一、总体情况\n(二)依申请公开情况\n全年共收到政府信息公开申请18件。对所有申请均依法依规分类处理,"
        "其中予以公开16件,办结率100%。",
        "一、总体情况\n(二)依申请公开情况\n全年共收到政府信息公开申请2件。办理人大代表建议2件,办结率100%。",
        "一、总体情况\n(二)依申请公开情况\n全年共收到政府信息公开申请5件。\n(三)12345热线办结率100%。",
    ]:
        assert "requests_completed" not in values(text, 2025), text
