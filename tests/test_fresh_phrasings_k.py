"""Kinds met in a blind set of fact-dense real report openings (fresh5/K: departments, 街道/镇/苏木,
counties and 盟 of 2016–2025, most outside the provinces our sets came from), as minimal texts
written here, each with a counter-case that must stay read or unread as before."""

from __future__ import annotations

from govbench.parse.facts import narrative_facts


def values(text: str, year: int | None = 2024) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def rules(text: str, year: int | None = 2024) -> dict:
    return {f.metric: f.rule for f in narrative_facts(text, year=year, format=None)}


# ---------------------------------------------------------------- precision


def test_answer_letters_issued_are_not_requests_completed() -> None:
    # the letters a body issues on requests are papers counted, not requests done
    text = "2024年,共接到政府信息公开申请30件,出具依申请公开信息答复书52份。"
    got = values(text)
    assert got["requests_received"] == 30
    assert "requests_completed" not in got
    assert "requests_completed" not in values("2024年,本局出具政府信息公开告知书12份。")
    # counter-case: requests answered are still read
    assert (
        values("2024年,共收到政府信息公开申请30件,答复政府信息公开申请28件。")["requests_completed"]
        == 28
    )


def test_normative_documents_among_the_parts_of_an_items_total_are_no_documents_count() -> None:
    # one category of the items disclosed, beside notices and posts: not documents published
    text = "2024年主动公开政府信息300条,其中行政规范性文件6条、通知公告40条、工作动态200条。"
    got = values(text)
    assert got["proactive_items_total"] == 300
    assert "policy_documents" not in got
    text = "2024年公开各类信息150条,其中规范性文件5条、工作动态100条。"
    assert "policy_documents" not in values(text)
    # the parts opening the next sentence are the same parts
    text = "2024年主动公开政府信息76条。其中,规范性文件4篇,政策解读5篇。"
    got = values(text)
    assert "policy_documents" not in got
    assert got["interpretations"] == 5
    # counter-cases: a 政策文件 item stays a documents count; normative documents said for
    # themselves are documents published (both readings)
    text = "2024年主动公开政府信息300条,其中政策文件6条、通知公告40条。"
    assert values(text)["policy_documents"] == 6
    got = values("2024年共发布规范性文件9条。")
    assert got["policy_documents"] == 9
    assert got["normative_docs_made"] == 9


def test_a_documents_category_among_the_parts_is_only_a_fallback() -> None:
    # documents counted for themselves elsewhere in the report outrank a category of the items
    text = "2024年主动公开政府信息643条,其中政府文件19条,通知公告88条。2024年共发布规范性文件9条。"
    assert values(text)["policy_documents"] == 9
    # counter-case: alone, the category's count stays the documents figure
    text = "2024年主动公开政府信息489条,其中重点领域信息266条,政府文件29条。"
    assert values(text)["policy_documents"] == 29


def test_notices_announcements_and_documents_counted_together_are_no_documents_count() -> None:
    # a list of notices, announcements and documents closed by one figure counts posts of
    # every kind together
    text = "2024年公开各类信息900条,发布开发区通知、公告、文件52条。"
    got = values(text)
    assert got["proactive_items_total"] == 900
    assert "policy_documents" not in got
    # counter-cases: documents listed with documents, and a list headed by 等 + its noun
    assert values("2024年公开规章和规范性文件15件。")["policy_documents"] == 15
    assert values("2024年发布通知公告、政策文件等各类信息203条。")["proactive_items_total"] == 203


# ---------------------------------------------------------------- recall


def test_a_new_media_part_in_a_parenthesis_after_the_total_is_the_channels_posts() -> None:
    # the parts of a total listed in a parenthesis: the new-media part is the channel's posts
    text = (
        "2024年,通过县政府网站、微信、微博共发布各类信息800条(其中:政府网站公开600条,"
        "县政府公报公开20条,政务微博公开80条,政务微信公开100条)。"
    )
    got = values(text)
    assert got["proactive_items_total"] == 800
    assert got["new_media_posts"] == 80
    # counter-case: the parts of a request count in a parenthesis stay unread as totals
    text = "2024年受理依申请公开2件(答复网上申请1件,邮寄1件)。"
    assert values(text)["requests_received"] == 2
    assert "requests_completed" not in values(text)


def test_all_done_after_no_carry_over_and_a_full_completion_rate() -> None:
    # no carry-over from last year, then all done: the new requests are the completed ones
    text = "2024年新收政府信息公开申请11件,上年结转政府信息公开申请0件,全部按时办结完成。"
    got = values(text)
    assert got["requests_received"] == 11
    assert got["requests_completed"] == 11
    # a completion rate of 100% after a single count: every one done
    got = values("2024年共受理政府信息公开申请2条,办结率100%。")
    assert got["requests_completed"] == 2
    # counter-cases: a carry-over of its own makes the done count unknown; a lower rate says
    # some were not done
    text = "2024年新收政府信息公开申请11件,上年结转政府信息公开申请3件,全部按时办结。"
    assert "requests_completed" not in values(text)
    assert "requests_completed" not in values("2024年共受理政府信息公开申请20件,办结率95%。")


def test_requests_handled_by_the_body_are_the_requests_received() -> None:
    # 承办 said of disclosure requests: received (as 办理 is), not said done
    got = values("2024年,我局共承办依申请公开政府信息事项14件,无当面申请件。")
    assert got["requests_received"] == 14
    assert "requests_completed" not in got
    # counter-case: proposals handled are no disclosure requests
    got = values("2024年,我局共承办建议提案34件。")
    assert "requests_received" not in got
    assert got["proposals_answered"] == 34


def test_readings_published_as_reading_documents_are_interpretations() -> None:
    # 政策解读文件: the readings, not the documents they read
    got = values("2024年,在“政策解读”专栏发布政策解读文件52篇。")
    assert got["interpretations"] == 52
    assert "policy_documents" not in got
    # counter-case: documents published stay documents
    got = values("2024年,公开各类政府文件121件。")
    assert got["policy_documents"] == 121
    assert "interpretations" not in got


def test_all_answered_after_the_parts_by_channel_that_sum_to_the_count() -> None:
    # the channels' parts sum to the count, then all answered: the count is the completed one
    text = "2024年共受理依申请公开112件,其中当面申请2件,信函申请40件,网络申请70件,全部依法依规按时答复。"
    got = values(text)
    assert got["requests_received"] == 112
    assert got["requests_completed"] == 112
    # counter-case: parts that do not sum to the count leave the done count unknown
    text = "2024年共受理依申请公开112件,其中当面申请2件,信函申请40件,全部依法依规按时答复。"
    assert "requests_completed" not in values(text)


def test_reconsiderations_and_lawsuits_counted_together_are_neither() -> None:
    # one count of cases of both kinds: neither metric's figure
    text = "2024年,各级行政机关办理政府信息公开申请1123件。涉行政复议、行政诉讼案件743件,结果维持461件。"
    got = values(text)
    assert "admin_reconsideration" not in got
    assert "admin_litigation" not in got
    # counter-cases: each kind with its own count, and one kind's cases alone
    got = values("2024年,因政府信息公开引发行政复议3件、行政诉讼4件。")
    assert got["admin_reconsideration"] == 3
    assert got["admin_litigation"] == 4
    assert values("2024年,涉及政府信息公开的行政诉讼案件5件。")["admin_litigation"] == 5


def test_a_figure_the_text_ends_on_may_be_cut_and_is_not_read_unitless() -> None:
    # an excerpt that stops inside a figure: the digits left are no count
    text = "2024年,依法依规办理依申请公开件800"
    assert "requests_received" not in values(text)
    # counter-case: a figure ending its line lost only its unit
    text = "2024年共受理政府信息公开申请0\n三、政府信息管理"
    assert values(text)["requests_received"] == 0
