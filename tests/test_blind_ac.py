"""Kinds met in blind set AC (openings of 2021–2025 reports): one test per kind, with its counter-case."""

from __future__ import annotations

from snippets import values


def test_requests_all_answered_after_a_change_said_on_last_year() -> None:
    # blind/AC shandong-jining-zoucheng-taiping-2024: the change on 去年 is an aside, as on 上年
    got = values(
        "2024年度,我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请2件,比去年增加1件,"
        "专人处理,依法公开,均按时完成答复。",
        2024,
    )
    assert got == {"requests_received": 2, "requests_completed": 2}


def test_a_count_of_its_own_after_the_change_stays_the_completed_one() -> None:
    # counter-case: a completed count stated after the aside is that count, not the received one
    got = values("2024年度,我镇共收到政府信息公开申请3件,比去年增加1件,办结2件。", 2024)
    assert got == {"requests_received": 3, "requests_completed": 2}
    # and no 均…答复 at all: nothing completed
    got = values("2024年度,我镇共收到政府信息公开申请3件,比去年增加1件。", 2024)
    assert got == {"requests_received": 3}
