"""Kinds found by a paraphrase audit of the first harvest's labelled openings (shared/corpus/openings,
benchmark/paraphrase/para3.md): their sentences said again in other words, as another body of the
genre would write them. Each test holds the paraphrases that escaped a guard and the openings'
original sentence (or a train one) as a counter-case that must keep what the labels say."""

from __future__ import annotations

from snippets import values

# ---------------------------------------------------------------- posts that passed a reading mark


def test_posts_whose_readings_passed_a_mark_are_no_posts_count() -> None:
    for text in [
        "2020年,“灵动安居”微信公众号推出的6条原创作品阅读量超过1万。",
        "2020年,微信公众号共有8篇推文阅读量突破10万+。",
        "2020年,“安居发布”公众号3篇原创文章阅读量超5000。",
        "2020年,政务微博有12条原创作品阅读量过万。",
    ]:
        assert "new_media_posts" not in values(text, 2020), text
    # counter-cases: the year's posts with their readings (train jiangsu-suzhou-gaoxinqu-2021)
    for text in [
        "全年门户网站主动公开各类信息6512条,“苏州高新区发布”微信公众号推送信息1248条,阅读量突破1400万人次。",
        "2021年,微信公众号推送信息1248条阅读量突破1400万人次。",
        "2021年,微信公众号推送320篇推文阅读量超50万。",
    ]:
        assert values(text, 2021)["new_media_posts"] in (1248, 320), text
    # the openings' original keeps its labelled figure beside the works (sichuan-suining-anju-2020)
    got = values(
        "全年主动公开政府信息11960条,处理依申请公开8件。“安居19名勇士千里驰援雷神山胜利归来”等6条原创作品"
        "阅读量超6000,点赞(好看)超60次。",
        2020,
    )
    assert got == {"proactive_items_total": 11960, "requests_received": 8}


# ---------------------------------------------------------------- past years' plans published late


def test_past_plans_gathered_in_an_earlier_clause_are_no_documents() -> None:
    for text in [
        "2021年,全面梳理历史规划,集中公开各类规划文件326件。",
        "2021年,做好历史规划归集整理,集中公开规划文件326件。",
        "2021年,开展历史规划(计划)清理归集,公开各类规划文件215份。",
    ]:
        assert "policy_documents" not in values(text, 2021), text
    # counter-cases: the year's own figures in a sentence that names the past plans
    got = values("2021年,做好历史规划归集整理,全年共主动公开政府信息3000条。", 2021)
    assert got == {"proactive_items_total": 3000}
    got = values("2021年,做好历史规划归集整理工作,本年度公开规划文件12件。", 2021)
    assert got == {"policy_documents": 12}
    # the openings' original (liaoning-shenyang-2021) stays unread, its total kept
    got = values(
        "全市各级行政机关全年主动公开政府信息67.35万条,其中政府网站公开16.53万条、政务新媒体公开24.19万条、"
        "其他方式公开26.63万条。二是全面公开各类规划信息,做好历史规划(计划)归集整理工作,累计公开各类规划信息693条。",
        2021,
    )
    assert got == {"proactive_items_total": 673500, "new_media_posts": 241900}


# ---------------------------------------------------------------- villages' boards, counted or as committees


def test_villages_boards_with_their_number_or_committees_are_not_the_towns() -> None:
    for text in [
        "2023年,全镇12个村(社区)政务公开栏公开信息560条。",
        "2023年,镇属各村委会通过村务公开栏公布信息230余条。",
        "2023年,辖区15个村(社区)在村务公开栏公开信息600条。",
    ]:
        assert "proactive_items_total" not in values(text, 2023), text
    got = values(
        "2023年,二街镇主动公开政府信息558条。全镇12个村(社区)政务公开栏公开信息560条。", 2023
    )
    assert got == {"proactive_items_total": 558}
    # counter-cases: the town's own, the village boards one carrier (para1 audit), and the original
    for text, total in [
        ("2023年,我镇通过政务公开平台、村务公开栏等主动公开信息320条。", 320),
        ("2023年,我镇通过村务公开栏公开信息120条。", 120),
        (
            "2023年1月1日至12月31日,二街镇主动公开政府信息558条,其中,晋宁区人民政府门户网公开118篇、"
            "“魅力二街”发布356条,重大工程公开招标信息4条。",
            558,
        ),
    ]:
        assert values(text, 2023)["proactive_items_total"] == total, text


# ---------------------------------------------------------------- the body as the reviewing authority


def test_cases_decided_as_the_reviewing_authority_are_not_the_bodys() -> None:
    for text in [
        "2025年,市政府作为复议机关,办理下级机关政府信息公开行政复议案件37件。",
        "2025年,作为行政复议机关,全年受理政府信息公开类行政复议案件58件。",
        "2025年,市司法局共办理涉政府信息公开行政复议案件120件。",
        "2025年,市行政复议局审结政府信息公开类复议案件64件。",
        "2025年,全市法院审结政府信息公开类行政诉讼案件45件。",
    ]:
        got = values(text, 2025)
        assert "admin_reconsideration" not in got and "admin_litigation" not in got, text
    # counter-cases: the body's own cases, the openings' original (hebei-xingtai-bgs-2025) first
    for text, want in [
        (
            "办理因政府信息公开引起的行政复议2件,未出现被纠错情形。",
            {"admin_reconsideration": 2},
        ),
        ("2025年,市司法局因政府信息公开被申请行政复议1件。", {"admin_reconsideration": 1}),
        (
            "2025年,指导下级部门做好应诉工作,全年因政府信息公开被申请行政复议2件、被提起行政诉讼1件。",
            {"admin_reconsideration": 2, "admin_litigation": 1},
        ),
        (
            "2025年,市政府作为复议机关,办理下级机关政府信息公开行政复议案件37件。"
            "本机关因政府信息公开被申请行政复议2件。",
            {"admin_reconsideration": 2},
        ),
    ]:
        assert values(text, 2025) == want, text
