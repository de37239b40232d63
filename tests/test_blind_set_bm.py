"""Kinds of text the parser misread on blind set BM (city-level departments of 湖南 and 广东, 2025),
each with its labelled counter-case. Minimal texts of the kind, or sentences quoted from the set."""

from __future__ import annotations

from snippets import meta_of, values


def test_an_interview_about_the_hotline_is_no_hotline_calls() -> None:
    # 益阳市生态环境局 2025: "开展“生态环境局局长接听12345热线”采访活动1次" was read hotline_calls 1:
    # one press event about the line, not calls on it
    got = values(
        "一、总体情况\n2025年,配合召开新闻发布会1次,开展“生态环境局局长接听12345热线”采访活动1次。",
        2025,
    )
    assert got.get("hotline_calls") is None
    assert got.get("press_conferences") == 1


def test_calls_on_the_hotline_are_still_read() -> None:
    # counter-case: blind BM hunan-yueyang-kejiju-2025 labels 12345政务服务便民热线8条; train
    # sichuan-mianyang-fagaiwei-2023 labels 12345市长热线交办件78件
    got = values("一、总体情况\n2025年,收到信箱诉求6条,12345政务服务便民热线8条,办结率100%。", 2025)
    assert got.get("hotline_calls") == 8


def test_items_cleared_off_a_site_are_no_items_disclosed() -> None:
    # 益阳市民政局 2025: "清理回收各类信息344条" was read proactive_items_total 344: the posts taken
    # down in a cleanup, not the year's disclosures
    got = values(
        "(三)强化监督保障。开展安全检查评估4次,发现问题41个,整改问题41个,清理回收各类信息344条。",
        2025,
    )
    assert got.get("proactive_items_total") is None


def test_items_disclosed_beside_a_cleanup_are_still_read() -> None:
    # counter-case: blind BM hunan-hengyang-shuiliju-2025 labels 我局主动公开政府信息464条
    got = values(
        "1.主动公开情况。2025年,我局主动公开政府信息464条,其中财政信息10条。定期清理过期信息。",
        2025,
    )
    assert got.get("proactive_items_total") == 464


def test_new_media_products_are_no_policy_readings() -> None:
    # 益阳市生态环境局 2025: "制作发布短视频、图解等新媒体产品50余个" was read interpretations 50: a count
    # of media products of all kinds, 图解 one of them
    got = values(
        "一、总体情况\n利用新媒体平台开设专题专栏,制作发布短视频、图解等新媒体产品50余个,阅读量超百万次。",
        2025,
    )
    assert got.get("interpretations") is None


def test_readings_counted_as_such_are_still_read() -> None:
    # counter-case: blind BM hunan-yiyang-minzhengju-2025 labels 政策解读8条
    got = values("一、总体情况\n2025年,全年主动公开通知公告44条、财政信息16条、政策解读8条。", 2025)
    assert got.get("interpretations") == 8


def test_the_verb_that_announces_the_report_is_no_part_of_the_issuer() -> None:
    # blind BM hunan-changde-minzhengju-2025: "…以及上级有关工作要求,现向社会公开常德市民政局2025年政府信息公开工作
    # 年度报告" gave the issuer 现向社会公开常德市民政局 (the label: 常德市民政局); blind AW2 kunshan-2025 and X9
    # yunnan-anlexiang-2019 (issuer null before, the label 安乐乡) say it so too
    got = meta_of(
        "根据《中华人民共和国政府信息公开条例》有关规定以及上级有关工作要求,现向社会公开常德市民政局2025年"
        "政府信息公开工作年度报告。\n一、总体情况\n2025年,常德市民政局坚持…"
    )
    assert got.issuer == "常德市民政局"
    # counter-case: the verb already known (现向社会公布) stays out as before
    got = meta_of("现向社会公布昆山市人民政府2025年政府信息公开工作年度报告。\n一、总体情况")
    assert got.issuer == "昆山市人民政府"


def test_a_bracket_that_sums_the_carriers_gives_the_total() -> None:
    # blind BM hunan-changde-minzhengju-2025: "主动公开政府信息(网站、微信共965条,通过政府网站发布信息490条,…
    # 通过微信发布信息475条" was read 490 (the website's part) for the total; the label is 965, with 475 the
    # accounts' posts
    got = values(
        "一、总体情况\n(一)主动公开情况\n主动公开政府信息(网站、微信共965条,通过政府网站发布信息490条,其中:"
        "组织机构类信息140条;法规文件信息13条;动态类信息260条;通过微信发布信息475条)。",
        2025,
    )
    assert got.get("proactive_items_total") == 965
    assert got.get("new_media_posts") == 475
    assert (
        values("一、总体情况\n2025年,主动公开政府信息(共965条)。", 2025).get(
            "proactive_items_total"
        )
        == 965
    )


def test_a_bracket_that_opens_a_breakdown_gives_no_total() -> None:
    # counter-case: a bracket of kinds is the breakdown's (主动公开政府信息共计十一大类条(其中政府领导231条、…),
    # the kind the bracket guard was written for); the website's count inside a 其中 is a part
    got = values(
        "一、总体情况\n2025年,主动公开政府信息共计十一大类(其中政府领导231条、工作动态30条)。", 2025
    )
    assert got.get("proactive_items_total") is None
    got = values("一、总体情况\n2025年,主动公开政府信息(其中网站共965条)。", 2025)
    assert got.get("proactive_items_total") is None
