"""Kinds of text the parser misread on blind set CB (city governments and their offices of 黑龙江 and
辽宁, 2017–2024), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_an_answer_count_of_the_publics_messages_is_no_requests_completed() -> None:
    # 鹤岗市人民政府办公室 2024: "今年以来共收到民情回应156条,答复176条" was read requests_completed 176:
    # the answers to the public's messages (民情, as 诉求/民意), after the requests' paragraph
    got = values(
        "(二)严格规范办理依申请公开。2024年,处理行政复议1件;主动回应社会关切的热点问题,"
        "今年以来共收到民情回应156条,答复176条,处理意见征集16条,答复率100%。",
        2024,
    )
    assert got.get("requests_completed") is None
    assert got.get("admin_reconsideration") == 1


def test_a_bare_answer_count_after_the_requests_is_still_read() -> None:
    # counter-case: blind BX hainan-baisha-2023 labels 收到申请19条,及时回复19条 completed 19
    got = values("(二)依申请公开。2023年共收到政府信息公开申请19条,及时回复19条。", 2023)
    assert got.get("requests_received") == 19
    assert got.get("requests_completed") == 19


def test_a_noun_after_a_cause_word_is_not_the_noun_counted() -> None:
    # 阜新 2019 (spam): "…均依法依规答复,发生2件因依申请" (the excerpt breaks there) was read
    # requests_received 2: the requests are the cause of the 2 cases, not what is counted
    cut = values("一、总体公开情况\n2019年,均依法依规答复,发生2件因依申请", 2019)
    assert cut.get("requests_received") is None
    whole = values(
        "一、总体公开情况\n2019年,均依法依规答复,发生2件因依申请公开引发的行政复议。", 2019
    )
    assert whole.get("requests_received") is None


def test_a_noun_right_after_the_count_is_still_read() -> None:
    # counter-cases: the grammar's own, 收到33次政府信息公开申请 and 收到5件涉及征地拆迁的申请 (a 的-modifier)
    assert (
        values("(二)依申请公开。2023年收到33次政府信息公开申请。", 2023).get("requests_received")
        == 33
    )
    assert (
        values("(二)依申请公开。2023年收到5件涉及征地拆迁的申请。", 2023).get("requests_received")
        == 5
    )
