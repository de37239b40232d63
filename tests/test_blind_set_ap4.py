"""Kinds of text the parser missed on blind set AP4 (a third batch of 江苏 bodies, departments of every
level, 2022–2025), each with its counter-case from train or a minimal text. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values

_REQUESTS = "一、总体情况\n(一)主动公开情况。全年主动公开信息127条。\n(二)依申请公开办理情况。"


def test_requests_answered_after_outcomes_named_in_other_words() -> None:
    # 淮安市文广旅局 2022: "共收到7件依申请公开信息申请,其中予以公开4件,本机关不掌握相关政府信息1件,没有现成
    # 信息需要另行制作2件,我局均按有关规定及时予以答复": the outcomes sum to 7, then all answered (it was missed)
    got = values(
        _REQUESTS
        + "2022年,我局共收到7件依申请公开信息申请,其中予以公开4件,本机关不掌握相关政府信息1件,"
        "没有现成信息需要另行制作2件,我局均按有关规定及时予以答复。",
        2022,
    )
    assert got.get("requests_received") == 7
    assert got.get("requests_completed") == 7


def test_outcomes_that_do_not_sum_leave_the_answered_count_unknown() -> None:
    # counter-case: the body's 均 said after outcomes short of the count may be said of them only
    got = values(
        _REQUESTS
        + "2022年,我局共收到7件依申请公开信息申请,其中予以公开4件,没有现成信息需要另行制作2件,"
        "我局均按有关规定及时予以答复。",
        2022,
    )
    assert got.get("requests_received") == 7
    assert "requests_completed" not in got


def test_outcomes_summing_without_an_answered_clause_are_no_completed_count() -> None:
    # counter-case: train jiangsu-nantong-fagaiwei-2021 "…办理依申请公开89件,其中,予以公开12件,部分公开16件,
    # 无法提供(本机关不掌握相关政府信息)49件,其他处理12件。" labels received 89 and no completed
    got = values(
        "一、总体情况\n2. 依申请公开办理方面。全年依法依规办理依申请公开89件,其中,予以公开12件,部分公开16件,"
        "无法提供(本机关不掌握相关政府信息)49件,其他处理12件。",
        2021,
    )
    assert got.get("requests_received") == 89
    assert "requests_completed" not in got


def test_requests_counted_as_cases_of_disclosure_by_request() -> None:
    # 通州区审计局 2023: "我局共收到依申请公开办件3件,均为网络平台申请件" (it was missed: 办件 read as service cases)
    got = values(_REQUESTS + "2023年,我局共收到依申请公开办件3件,均为网络平台申请件。", 2023)
    assert got.get("requests_received") == 3


def test_a_mailbox_s_cases_are_still_no_requests() -> None:
    # counter-case: train sichuan-mianyang-fagaiwei-2023 "领导信箱办件71件,办结71件" labels no request 71
    got = values(
        "一、总体情况\n三是优化举措,拓宽交流通道,领导信箱办件71件,办结71件,选登公开28件。", 2023
    )
    assert got.get("requests_received") != 71
    assert got.get("requests_completed") != 71
