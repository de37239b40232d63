"""Kinds of figure a precision audit of fresh real report openings (benchmark/blind/Z-audit.md) found
the parser reading where train's labellers would not, each with its labelled counter-case. Texts are
minimal texts of the kind (normalised as the reader leaves them: simplified, ASCII , ; : ( )) or
sentences of train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_category_named_in_the_own_term_among_listed_parts_is_no_total() -> None:
    # 法定主动公开内容 as one of the categories listed after 其中: a kind of the items, the total stands
    got = values(
        "2025年,本局全年共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条,"
        "重大民生及公益事业建设信息7条。",
        2025,
    )
    assert got == {"proactive_items_total": 171}


def test_the_own_term_as_the_first_part_of_a_site_headline_is_the_figure() -> None:
    # counter-case: 其中主动公开政府信息N条 right after a site's headline count is the body's own
    got = values("2020年,区政府门户网站共发布信息3万余条,其中主动公开政府信息1200条。", 2020)
    assert got == {"proactive_items_total": 1200}


def test_a_part_of_requests_by_applicant_is_no_count_of_its_own() -> None:
    # the area's count with its departments said in an aside is the area's own: its parts by
    # applicant (其中来自公民申请…) are parts, not the year's requests
    got = values(
        "2020年我区(含各部门)共收到政府信息公开申请1586宗,其中来自公民申请1482宗,商业企业申请71宗;"
        "2019年结转政府信息公开申请73宗。",
        2020,
    )
    assert got == {"requests_received": 1586}


def test_a_part_of_a_sub_units_total_is_the_sub_units_too() -> None:
    # the sub-units' total is a fallback only; its part is never read as the body's own figure
    got = values(
        "2020年各部门共收到政府信息公开申请1586宗,其中来自公民申请1482宗,商业企业申请71宗。", 2020
    )
    assert got.get("requests_received") != 1482


def test_the_areas_count_stated_plainly_keeps_its_reading() -> None:
    # counter-case: the whole area's count with no aside is read as before, its parts not
    got = values(
        "2020年全区共收到政府信息公开申请1586宗,其中来自公民申请1482宗,商业企业申请71宗。", 2020
    )
    assert got == {"requests_received": 1586}


def test_proposals_as_a_kind_of_the_posts_a_site_disclosed_are_no_proposals_answered() -> None:
    # 人大议案/政协提案 among the kinds of a site's disclosed items count posts, not proposals
    # answered (train guangdong-qingyuan-qingxin-bgs-2022 leaves the breakdown's 建议提案8条 out)
    got = values(
        "本年度本镇通过政府网站公开信息32条,其中权责清单1条、工作信息11条、人大议案4条、政协提案16条。",
        2024,
    )
    assert got == {"proactive_items_total": 32}
    got = values(
        "本年度本镇人民政府通过政府网站公开32条,其中1条权责清单、11条工作信息、4条人大议案、16条政协提案。",
        2024,
    )
    assert "proposals_answered" not in got


def test_the_proposals_a_body_handled_and_their_parts_keep_their_count() -> None:
    # counter-case: the parts of the proposals handled are no posts; the total stands
    got = values("2024年,本局共办理建议提案20件,其中人大代表建议12件,政协提案8件。", 2024)
    assert got == {"proposals_answered": 20}


def test_proposals_in_a_later_clause_of_a_breakdown_sentence_keep_their_count() -> None:
    # counter-case, train jiangsu-nantong-shenjiju-2022 labels 办结人大代表建议案1件, said after a ; in
    # the sentence whose 其中 lists the kinds of the items disclosed
    got = values(
        "全年主动公开信息1796条,其中:概况类信息5条、政策文件9条、解读回应13条、政务动态信息1732条;"
        "通过“南通审计”政务微信公开各类信息448条;依法办理依申请公开申请6件,办结人大代表建议案1件,"
        "均在规定工作日内予以回复。",
        2022,
    )
    assert got["proposals_answered"] == 1


def test_the_replies_to_proposals_among_the_items_disclosed_keep_their_count() -> None:
    # counter-case: 复文 are the body's answers themselves (openings/hebei-sjz-changan-2024 labels
    # 公开人大代表建议、政协提案复文191件), also as a part of the items a site disclosed
    got = values(
        "全年通过门户网站、微信公众号、微博等渠道公开各类信息1812条,其中行政规范性文件13件,"
        "重大项目批复105件,建议提案复文14件。",
        2021,
    )
    assert got["proposals_answered"] == 14


def test_an_own_term_column_among_the_parts_of_a_total_is_no_total() -> None:
    # the parts after 其中 sum to the total (973 + 219 = 1192): 主动公开目录信息 names one column of them
    got = values(
        "2025年度,本局共发布政府信息1192条,点击量为835382次。其中主动公开目录信息973条,点击量为666370次;"
        "重点领域信息219条。",
        2025,
    )
    assert got == {"proactive_items_total": 1192}
