"""Kinds of text the parser misread on blind set BL (the own reports of city and district / county-level
city government offices outside 江苏 and 浙江, 2020–2025), each with its labelled counter-case.
Minimal texts of the kind, or sentences quoted from the labelled sets (named in a comment)."""

from __future__ import annotations

from snippets import values


def test_counts_by_kind_of_applicant_are_parts_not_totals() -> None:
    # BL liaoning-panjin-bgs-2023: "全年共收办申请42件,其中自然人申请41件,商业企业申请1件" was read
    # received 41 and completed 1: the applicants' kinds split the total as the channels do
    got = values(
        "一、总体情况\n二是做好依申请公开。规范办理依申请公开事项,全年共收办申请42件,其中自然人申请41件,"
        "商业企业申请1件。行政复议0件、行政诉讼0件。",
        2023,
    )
    assert got.get("requests_received") == 42
    assert got.get("requests_completed") is None


def test_one_kind_of_applicant_alone_is_still_the_total() -> None:
    # counter-case, blind U shaanxi-xian-lianhu-daxingxinqu-2025 labels 2023年,共收到自然人申请2件 → 2
    got = values(
        "一、总体情况\n(二)依申请公开情况\n2023年,共收到自然人申请2件,均已按时答复。", 2023
    )
    assert got.get("requests_received") == 2


def test_a_total_with_its_applicants_in_brackets_keeps_the_total() -> None:
    # counter-case, BL guangxi-qinzhou-bgs-2024-spam labels 36, not a part
    got = values(
        "一、总体情况\n(二)依申请公开情况。\n2024年,我办共受理依申请公开事项36件(其中:自然人申请32件、"
        "企业申请2件、其他组织申请2件),上年结转7件,予以公开3件、部分公开24件、无法提供12件、结转下年度办理4件。",
        2024,
    )
    assert got.get("requests_received") == 36


def test_one_kind_closed_by_deng_after_other_kinds_counts_is_no_total() -> None:
    # BL guizhou-liupanshui-bgs-2023: the last clause of a ;-list of kinds, "公开人事任免等信息12条",
    # was read as the items disclosed; the labels give no total (one kind, 等 closing no list)
    got = values(
        "一、总体情况\n主动公开市级文件67份;公开会议、领导活动等信息262条;公开督查督导信息24条;"
        "公开放管服改革信息22条;主动公开金融相关政策、小额贷款运营等金融信息24条;公开人事任免等信息12条。",
        2023,
    )
    assert got.get("proactive_items_total") is None
    assert got.get("policy_documents") == 67


def test_a_list_closed_by_deng_after_another_count_is_still_a_total() -> None:
    # counter-cases: several kinds before 等 make a total — blind/BD hubei-xianning-tongcheng-2024
    # labels 4127 (发布政府会议、规范性文件、…等政务信息4127条)
    got = values(
        "一、总体情况\n全年主动公开政府文件30件,发布政府会议、规范性文件、政策解读、重点项目建设、"
        "财政资金等政务信息4127条。",
        2024,
    )
    assert got.get("proactive_items_total") == 4127
