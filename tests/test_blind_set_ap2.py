"""Kinds of text the parser misread on blind set AP2 (a second batch of 江苏 bodies of every level,
2022–2025), each with its counter-case from train or a labelled set. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_letters_to_a_radio_hotline_are_no_calls() -> None:
    # 如东县交通运输局 2025: "回应江苏政风热线信件2件、县长信箱信件7件、12345政府服务热线1448件": the letters
    # sent to a radio line are no calls; the 12345 line's count is (it was read 2)
    got = values(
        "一、总体情况\n2025年,高效回应江苏政风热线信件2件、县长信箱信件7件、12345政府服务热线1448件,"
        "及时解决群众反映的问题。",
        2025,
    )
    assert got.get("hotline_calls") == 1448


def test_a_hotline_count_with_its_tickets_is_still_read() -> None:
    # counter-case: train sichuan-mianyang-fagaiwei-2023 "12345市长热线交办件78件" → 78
    got = values("一、总体情况\n领导信箱办件71件,办结71件;12345市长热线交办件78件,办结78件。", 2023)
    assert got.get("hotline_calls") == 78


def test_tickets_of_12345_taken_with_the_verb_before_the_number() -> None:
    # 五接镇 2023: "镇域治理指挥中心平台共受理12345工单1449条" (it was missed)
    got = values("一、总体情况\n镇域治理指挥中心平台共受理12345工单1449条,按时办结率97%。", 2023)
    assert got.get("hotline_calls") == 1449


def test_requests_answered_where_the_text_is_cut_after_the_verb_are_unknown() -> None:
    # 常州经开区 2024: "共收到各类政府信息公开申请82件,已依法依规答复各类政府" where the excerpt ends: the
    # count answered was cut off (it was read completed 82)
    got = values("一、总体情况\n2024年,共收到各类政府信息公开申请82件,已依法依规答复各类政府", 2024)
    assert got.get("requests_received") == 82
    assert "requests_completed" not in got


def test_requests_all_answered_still_read_when_the_sentence_ends() -> None:
    # counter-case: the single-figure rule (openings2 README: 受理答复…X件,均已办结 → both)
    got = values("一、总体情况\n2024年,共收到政府信息公开申请82件,均已依法依规答复。", 2024)
    assert got.get("requests_completed") == 82


def test_proposals_led_before_those_assisted_without_a_total_are_unknown() -> None:
    # 金坛区发改局 2024: "统筹主办人大建议和政协提案14件,协办13件": one role's part (it was read 14)
    got = values("一、总体情况\n2024年,统筹主办人大建议和政协提案14件,协办13件。", 2024)
    assert got.get("proposals_answered") != 14


def test_proposals_by_kind_are_still_read() -> None:
    # counter-case: blind X5 chongqing-tongliang-2023 "办理人大代表建议337件、政协提案293件" labels both
    got = values("一、总体情况\n办理人大代表建议337件、政协提案293件,满意率100%。", 2023)
    assert got.get("proposals_answered") in (337, 293)
