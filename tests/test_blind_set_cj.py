"""Kinds of text the parser misread on blind set CJ (city-level bodies of 2014–2019, prefectures our
labelled sets lacked), each with its counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_count_said_again_before_all_answered_is_completed() -> None:
    # 襄阳市行政审批局 2019: "共收到依申请公开政府信息7件,7件均已按时办结" gave received 7 and no completed:
    # the same figure said again before 均已办结 is all of them answered, as "…7件,均已办结"
    got = values("一、总体情况\n2019年我局共收到依申请公开政府信息7件,7件均已按时办结。", 2019)
    assert got.get("requests_received") == 7
    assert got.get("requests_completed") == 7


def test_a_different_figure_before_answered_is_no_restatement() -> None:
    # counter-case: a smaller figure before 均已办结 is a part done, not all (no completed from the hook)
    got = values("一、总体情况\n2019年我局共收到依申请公开政府信息10件,8件均已按时办结。", 2019)
    assert got.get("requests_received") == 10
    assert got.get("requests_completed") != 10


def test_all_answered_without_restatement_still_read() -> None:
    # counter-case: train jiangsu-huaian-shengtaiwenlvqu-2021-trad labels received and completed 9 from
    # "全年共收到依申請公開9件,均已辦結"
    got = values("一、总体情况\n2021年,全年共收到依申请公开9件,均已办结。", 2021)
    assert got.get("requests_received") == 9
    assert got.get("requests_completed") == 9
