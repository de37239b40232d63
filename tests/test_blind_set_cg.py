"""Kinds of text the parser misread on blind set CG (city-level bodies of prefectures never sampled: 新疆, 甘肃,
广西, 河北, 内蒙古), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_bare_nil_under_the_requests_heading_is_no_request() -> None:
    # CG guangxi-fangchenggang-bgs-2023, labelled requests_received 0: the heading names the requests, the
    # next line says there were none of them
    got = values(
        "(二)依申请公开情况\n没有此类情况。\n(三)政府信息管理情况\n完善主动公开基本目录。", 2023
    )
    assert got.get("requests_received") == 0


def test_a_bare_nil_under_another_heading_is_not_the_requests() -> None:
    # the same line under the information-management or the cases' heading says nothing of the requests
    assert "requests_received" not in values("(三)政府信息管理情况\n没有此类情况。", 2023)
    got = values("(四)政府信息公开行政复议、行政诉讼情况\n没有此类情况。", 2023)
    assert "requests_received" not in got


def test_a_nil_that_names_the_requests_under_their_heading_still_reads() -> None:
    # counter-cases: blind BB jiangsu-nanjing-qixia-jiaoyuju-2023 labels 0 for a nil that names the requests
    # itself, and a count under the heading stays the count
    assert (
        values("二、依申请公开情况。\n本年度我局无依申请公开事项。", 2023).get("requests_received")
        == 0
    )
    assert (
        values("(二)依申请公开情况\n全年共收到政府信息公开申请5件。", 2023).get("requests_received")
        == 5
    )
