"""Kinds of text the parser misread on blind set CH (city-level reports of prefectures never sampled before:
四川 吉林 辽宁 陕西 山东 西藏), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_all_answered_then_some_carried_into_next_year_is_not_all_done() -> None:
    # CH liaoning-tieling-2024 labels requests_received 334 only: 全部依法及时回复 is followed by 结转下年度…,
    # so not every request was done within the year (the excerpt breaks before the carried count)
    got = values(
        "2024年,全市共受理公民、法人及其他组织的政府信息公开申请334件,全部依法及时回复,结转下年度",
        2024,
    )
    assert got == {"requests_received": 334}
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复,结转下年度5件。", 2024)
    assert "requests_completed" not in got
    assert got["requests_received"] == 334


def test_all_answered_with_nothing_carried_is_still_all_done() -> None:
    # counter-cases: the single-figure rule of openings2/README (受理答复…X件,均已办结 → received and completed);
    # a carry-over of 0 leaves every request done
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复。", 2024)
    assert got == {"requests_received": 334, "requests_completed": 334}
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复,结转下年度0件。", 2024)
    assert got["requests_completed"] == 334
