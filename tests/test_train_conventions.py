"""Conventions that train's labellers (the people who labelled openings2/check) decide, read from
openings2/train and openings alone: kinds of figure the parser gave that train leaves unlabelled.
Each kind is tested with its labelled neighbour (the counter-case). Sentences quoted from train
name their report; the others are minimal texts of the kind, normalised as the reader leaves them
(simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from snippets import values


def test_a_category_of_laws_and_papers_is_no_count_of_policy_documents() -> None:
    # train: gansu-baiyin-pingchuan-fagaiju-2025 labels no policy_documents for 政策法规9条
    got = values(
        "截至2025年12月31日,区发改局依托平川区人民政府门户网站,累计主动公开各类政府信息140条。"
        "内容涵盖政府信息公开制度5条、政策法规9条、部门文件1件、规划计划3条、重大项目11条。",
        2025,
    )
    assert got == {"proactive_items_total": 140}
    # train: unknown-bureau-2012-trad, 政策、法规类信息2条 unlabelled
    got = values(
        "2012年,全局累计主动公开政府信息12条,其中概况类信息3条,计划总结类信息2条,"
        "政策、法规类信息2条,工作动态类信息4条,其他类信息1条。",
        2012,
    )
    assert got == {"proactive_items_total": 12}
    # the 2008 catalogue's 法规文件类 and its 法规公文: laws and papers together, the same kind
    got = values(
        "2013年,全区共主动公开各类信息10381件。其中:机构职能类669件,法规文件类249件,规划计划类236件。",
        2013,
    )
    assert got == {"proactive_items_total": 10381}
    got = values("2010年,我局共主动公开信息120条,其中法规公文10条,工作动态80条。", 2010)
    assert got == {"proactive_items_total": 120}
    got = values("2010年,我局共主动公开信息120条,其中法规文件类信息14条,工作动态类信息80条。", 2010)
    assert "policy_documents" not in got


def test_a_category_of_policy_documents_keeps_its_count() -> None:
    # counter-case, train: zhejiang-wenzhou-pingyang-shuitou-2008 labels 政策文件类信息429条
    got = values(
        "2008年度共主动公开政府信息743条。其中,机构概况类信息9条;政策文件类信息429条;决策类信息13条;"
        "工作类信息246条。",
        2008,
    )
    assert got["policy_documents"] == 429
    # and the documents a body published, named so, whatever laws stand beside them
    assert values("2010年,本局主动公开规范性文件14件。", 2010)["policy_documents"] == 14


def test_posts_on_how_proposals_were_handled_are_no_proposals_answered() -> None:
    # train: sichuan-bgt-2023-mirror leaves 建议和提案办理结果信息公开400余条 out; the same said 办理情况
    got = values(
        "2023年通过门户网站主动公开政府信息4616条。集中发布县政府2023年度承办县人大代表建议、"
        "政协提案办理情况119条。",
        2023,
    )
    assert got == {"proactive_items_total": 4616}
    got = values("2023年,对重大决策事项推进建议和提案办理结果信息公开400余条。", 2023)
    assert "proposals_answered" not in got


def test_the_proposals_a_body_answered_keep_their_count() -> None:
    # counter-case, train: hebei-sjz-changan-2024 labels 政协提案复文191件 (the replies themselves)
    got = values("本年度公开人大代表建议、政协提案复文191件,按要求公开了财政预决算信息。", 2024)
    assert got["proposals_answered"] == 191
    got = values("2023年,共办理人大代表建议、政协提案119件,办理情况良好。", 2023)
    assert got["proposals_answered"] == 119


def test_a_reading_of_a_meeting_is_no_policy_interpretation() -> None:
    # train: jiangsu-taizhou-bgs-2021-trad labels 政策解读38件 and not 政府常务会议图文解读11次
    got = values("优选政策文件、聚焦民生热点,发布政策解读38件、政府常务会议图文解读11次。", 2021)
    assert got["interpretations"] == 38
    # the same kind under a product's name, with no policy reading beside it: no figure
    got = values(
        "2024年,通过区政府门户网站发布信息17273条。集中公开“区政府常务会议一图读懂”解读材料23期、"
        "《白云区政府公报》6期。",
        2024,
    )
    assert got == {"proactive_items_total": 17273}


def test_a_policy_reading_under_a_product_name_keeps_its_count() -> None:
    # counter-case: 一图读懂 of policies is a reading
    assert values("2024年,集中公开“一图读懂”解读材料23期。", 2024)["interpretations"] == 23


def test_regulations_documents_are_no_count_of_policy_documents() -> None:
    # train: jiangsu-changzhou-2021 labels 规范性文件48件 and not 政府规章3件; 规章类文件 is the same kind
    got = values("2021年,全年共主动公开政府规章3件,规范性文件48件。", 2021)
    assert got["policy_documents"] == 48
    got = values(
        "2016年镇政府信息公开全年发布各类信息247条,其中机构概况类5条,规章类文件11条,业务类30条。",
        2016,
    )
    assert got == {"proactive_items_total": 247}


def test_regulations_and_documents_counted_together_are_policy_documents() -> None:
    # counter-case, train: jiangsu-huaian-bgs-2022 labels 各类规章和文件44件
    got = values(
        "2022年,市政府网站主动公开各类政府信息8084条,全年主动公开以市政府和市政府办公室名义制发的"
        "各类规章和文件44件。",
        2022,
    )
    assert got == {"proactive_items_total": 8084, "policy_documents": 44}


def test_a_part_said_again_is_not_a_total_of_its_own() -> None:
    # a part is not labelled when its total is given (openings/chongqing-jiaowei-2023 labels no
    # proactive figure for 门户网站主动公开1184条 under its total); said again in a later sentence it
    # is still the part, and the total stands
    got = values(
        "2018年,我市各级政府共公开信息38482条,其中,市政府网站公开政府信息11268条,占总量的三分之一。"
        "一是对市政府门户网站栏目进行升级。2018年,市政府门户网站发布政府信息11268条,其中,"
        "“今日要闻”栏目发布信息1611条。",
        2018,
    )
    assert got == {"proactive_items_total": 38482}


def test_a_part_of_its_own_sentence_and_parallel_totals_are_read_as_before() -> None:
    # counter-cases: the year's new requests inside their sentence's total stay the figure ...
    got = values("2023年,共受理政府信息公开申请45件,其中本年新收42件,上年结转3件。", 2023)
    assert got["requests_received"] == 42
    # ... and two totals with no part between them are parallel: the stronger reading stands
    got = values(
        "2018年,市政府门户网站发布政府信息11268条。2018年,我市各级政府共公开信息38482条。", 2018
    )
    assert got["proactive_items_total"] == 11268
