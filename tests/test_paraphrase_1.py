"""Kinds found by a paraphrase audit of train (half 1, benchmark/paraphrase/para1.txt): a sentence the
labels leave out, said in other words, must stay unread; each test keeps train's original (or the
report's own total beside it) read as its labels say."""

from __future__ import annotations

from govbench.parse.facts import narrative_facts
from govbench.read.normalise import normalise


def values(text: str, year: int | None = 2022) -> dict:
    text = normalise(text)
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def test_key_field_items_are_no_total_however_worded() -> None:
    # 重点领域: one field's column, not the items the body disclosed
    for text in (
        "全年在“重点领域”专栏公开信息160条。",
        "在重点领域信息公开专栏发布信息230条。",
        "全年公布重点领域信息公开内容230条。",
        "重点领域信息公开专栏全年更新信息160条。",
    ):
        assert "proactive_items_total" not in values(text), text
    # train guangdong-shantou-haojiang-bgs-2022: the original, unread, beside the documents it labels
    text = (
        "区政府办公室2022年依托区政府门户网站公开区政府规范性文件等公文类政府信息54条,公开财政预决算"
        "信息2条,区政府常务会议、政务动态类信息733条。围绕群众关注关切,公布疫情防控、放管服改革、"
        "食品药品安全等重点领域信息160条。"
    )
    got = values(text)
    assert got["policy_documents"] == 54
    assert got.get("proactive_items_total") != 160
    # counter-cases: the total with its key-field part after it, and the body's own 主动公开
    text = "全年共计主动公开政府信息489条,其中重点领域信息266条,政府文件29条。"
    got = values(text, 2021)
    assert got["proactive_items_total"] == 489
    assert got["policy_documents"] == 29
    assert values("围绕重点领域主动公开政府信息1200条。")["proactive_items_total"] == 1200


def test_a_span_of_years_counted_back_from_now_is_not_the_year() -> None:
    assert "proactive_items_total" not in values("《条例》施行十年来,我局共公开政府信息3.2万条。")
    assert "requests_received" not in values("近五年来,共受理政府信息公开申请86件。")
    assert "requests_received" not in values("两年来,共受理政府信息公开申请12件。")
    # counter-cases: 一年来 is the report's own year; the year's own figure stays
    assert values("一年来,共主动公开政府信息320条。")["proactive_items_total"] == 320
    got = values(
        "2017年,全市各级行政机关累计主动公开政府信息27万余条,受理依申请公开5243件,已全部办结。",
        2017,
    )
    assert got == {
        "proactive_items_total": 270000,
        "requests_received": 5243,
        "requests_completed": 5243,
    }


def test_information_sent_up_to_a_superior_body_is_not_disclosed() -> None:
    assert "proactive_items_total" not in values("向省政府推送政务信息56条。")
    assert "proactive_items_total" not in values("全年向市政府办公室上报政务信息86条。")
    # counter-cases: pushed to the public is disclosed; train's own disclosure sentence stays
    assert values("全年向社会公众推送政府信息120条。")["proactive_items_total"] == 120
    assert values("全年向广大市民推送各类政务信息86条。")["proactive_items_total"] == 86
    text = (
        "全年主动公开信息1796条,其中:概况类信息5条、政策文件9条、解读回应13条、政务动态信息1732条;"
    )
    got = values(text)
    assert got["proactive_items_total"] == 1796
    assert got["policy_documents"] == 9
    assert got["interpretations"] == 13


def test_a_village_board_is_the_grassroots() -> None:
    assert "proactive_items_total" not in values("村(社区)政务公开栏全年公开信息2.3万余条。", 2023)
    assert "proactive_items_total" not in values("各村(居)公开栏全年公开信息860条。", 2023)
    text = "2025年通过政务公开平台、村(社区)公开栏等主动公开信息共计420条。"
    assert values(text, 2025)["proactive_items_total"] == 420
    # train hunan-changsha-2023-mirror: the grassroots' column, unread as before
    assert "proactive_items_total" not in values("全市基层政务公开专栏共发布信息4.8万余条。", 2023)
    # counter-case: a town's own disclosure stays read (train beijing-xuanwu-dashilan-2009)
    text = "本街道2009年共主动公开政府信息155条,其中全文电子化率达100%。"
    assert values(text, 2009)["proactive_items_total"] == 155


def test_others_uptake_of_the_bodys_output_is_not_its_output() -> None:
    for text, metric in (
        ("解读材料被主流媒体转载36次。", "interpretations"),
        ("全年有36篇政策解读被省级以上媒体采用。", "interpretations"),
        ("新闻发布会被中央媒体报道8场。", "press_conferences"),
        ("全年政府信息被市级以上媒体刊发86条。", "proactive_items_total"),
    ):
        assert metric not in values(text), text
    # counter-cases: the body's own count beside its uptake; cases brought against the body
    got = values("全年发布政策解读36篇,被人民网等转载12篇。")
    assert got["interpretations"] == 36
    got = values("全年因政府信息公开被申请行政复议2件,被提起行政诉讼1件。")
    assert got["admin_reconsideration"] == 2
    assert got["admin_litigation"] == 1
    # train jiangsu-nantong-shenjiju-2022: its media uptake stays unread, its new media read
    text = "通过“南通审计”政务微信公开各类信息448条,粉丝量达1261人。在省审计厅明确的各类考核媒体和内刊录用1316.63篇次。"
    assert values(text) == {"new_media_posts": 448}


def test_no_requests_said_with_wu_and_no_verb() -> None:
    # 无 + the requests, as train's 无政府行政复议件,无行政诉讼 (guangdong-foshan-gaoxinqu-2024) says its nils
    assert values("本年度无政府信息公开申请。")["requests_received"] == 0
    got = values("全年无信息公开申请和行政复议。")
    assert got["requests_received"] == 0
    assert got["admin_reconsideration"] == 0
    # counter-cases: something of the requests follows (a nil of that, not of requests)
    assert "requests_received" not in values("本年度无政府信息公开申请超期答复情况。")
    assert "requests_received" not in values("本年度无政府信息公开申请收费。")
    got = values("无政府行政复议件,无行政诉讼。", 2024)
    assert got == {"admin_reconsideration": 0, "admin_litigation": 0}


def test_columns_named_with_commas_are_still_a_column_lead() -> None:
    text = "新开设“打好发展六仗工作”,“湘易办超级服务端”,“阳光信访大厅”等专题,共发布信息388条。"
    assert "proactive_items_total" not in values(text, 2023)
    # counter-case (train hunan-yueyang-miluo-2023 as written, and a plain total)
    text = (
        "新开设“打好发展六仗工作”、“湘易办超级服务端”“汨罗市阳光信访大厅”等专题,共发布信息388条。"
    )
    assert "proactive_items_total" not in values(text, 2023)
    assert values("全年共发布信息388条。", 2023)["proactive_items_total"] == 388


def test_a_clause_continuing_an_outlets_clause_is_the_outlets_output() -> None:
    # train guangdong-bgt-2023-mirror in other punctuation: the 2333 stays the outlets'
    text = (
        "全年依托省政府新闻办召开新闻发布会28场,报道省政府常务会议25次,"
        "借助主流媒体解读重要政策文件94篇次,发布相关信息2333条。"
    )
    assert values(text, 2023) == {"press_conferences": 28, "interpretations": 94}
    text = "借助人民网、新华网等中央媒体宣传报道12次,发布信息300条。"
    assert "proactive_items_total" not in values(text, 2023)
    # counter-cases: the body's own site before, or its own account, is the carrier
    assert values("通过政府网站和人民网等媒体宣传报道12次,发布信息300条。", 2023) == {
        "proactive_items_total": 300
    }
    assert values("建立微信公众号,发布信息212条。", 2023) == {"new_media_posts": 212}
    # train's original (the outlets in the figure's own clause), unread as before
    text = "通过省政府新闻办公室举办新闻发布会28次,报道省政府常务会议25次,通过主流媒体延伸宣传解读重要政策文件94篇次、发布相关信息2333条。"
    assert values(text, 2023) == {"press_conferences": 28, "interpretations": 94}
