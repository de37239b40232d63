"""Kinds of figure a precision audit of fresh real report openings (benchmark/blind/AH-audit.md) found
the parser reading where train's labellers would not, each with its labelled counter-case. Texts are
minimal texts of the kind (normalised as the reader leaves them: simplified, ASCII , ; : ( )) or
sentences of train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_townships_own_papers_among_the_items_kinds_are_no_policy_documents() -> None:
    # 镇文件 among the kinds of the items after 其中, as a department's 部门文件: not documents
    got = values(
        "2021年,通过网站主动公开政府信息共88条,其中包括政策解读3条,镇文件2条,财政决算1条。", 2021
    )
    assert got == {"proactive_items_total": 88, "interpretations": 3}
    got = values("2022年,街道主动公开政府信息47条,其中街道文件12件,通知公告16条。", 2022)
    assert got == {"proactive_items_total": 47}


def test_a_departments_papers_among_the_items_kinds_stay_out() -> None:
    # train guangdong-meizhou-meijiang-jiaotongju-2024: 86 labelled, 部门文件37条 not
    got = values("全年共通过网站主动公开政府信息86条,其中部门文件37条、工作动态类信息35条。", 2024)
    assert got == {"proactive_items_total": 86}


def test_a_county_governments_papers_are_still_policy_documents() -> None:
    # counter-case: the papers of a county or district government (县政府文件) are its documents
    got = values("2023年,公开县政府文件35件。", 2023)
    assert got == {"policy_documents": 35}


def test_a_subjectless_count_in_a_paragraph_about_an_account_is_no_items_total() -> None:
    # the paragraph is about the body's new-media account; 本年度共发布信息N条 is that account's
    text = (
        "(五)政府信息公开平台建设。2023年我局政务新媒体运营得到不断优化,由专人负责政务新媒体运维管理等工作。"
        "信息发布须经主管领导审核把关,确保信息公开及时全面。本年度共发布信息131条,移动端使用次数112630次。"
    )
    assert "proactive_items_total" not in values(text, 2023)


def test_a_subjectless_count_after_a_website_paragraph_is_the_items_total() -> None:
    # counter-case: the paragraph names the body's website (with or without an account): the total stands
    text = (
        "(一)主动公开。2023年我局依托区政府网站和微信公众号及时发布各类信息。"
        "本年度共发布信息131条。"
    )
    assert values(text, 2023) == {"proactive_items_total": 131}


def test_an_account_in_another_paragraph_does_not_reach_the_count() -> None:
    # counter-case: the account is named in the paragraph before, the count opens its own paragraph
    text = "(四)平台建设。我局开设了政务新媒体账号。\n(五)主动公开。本年度共发布信息131条。"
    assert values(text, 2023) == {"proactive_items_total": 131}


def test_a_count_with_its_own_carrier_beside_an_account_is_the_items_total() -> None:
    # counter-case, blind/Y4 liaoning-chaoyang-sifaju-2025 (41 labelled): the sentence names its
    # carrier (the column), so the account named before it in the paragraph does not take it
    text = (
        "一是主动公开情况。充分利用政务公开专栏和微信公众号等平台灵活便捷的优势,做好信息权威发布。"
        "依托“政务公开专栏”发布各类信息41条。"
    )
    assert values(text, 2025) == {"proactive_items_total": 41}
