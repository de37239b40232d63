"""Kinds of text the parser misread on blind set BK (whole-city reports of prefecture-level cities outside
江苏 and 浙江, 2019–2024), each with its labelled counter-cases. Minimal texts of the kind, or sentences of
the set's and train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_requests_that_went_on_to_either_procedure_are_no_suits() -> None:
    # BK sichuan-suining-nodate: 进入行政复议或行政诉讼程序的5件 (the city office's requests that went on to
    # review or to court) was read admin_litigation 5: one count over either kind, as 行政复议、行政诉讼案件24件
    # (AO jiangsu-suzhou-bgs-2023-spam) and 行政诉讼或行政复议1起 (AN-audit) already were neither's
    text = (
        "(二)依申请公开方面。指导市县两级政府规范受理依申请公开419件,其中,市政府及市政府办公室126件,"
        "进入行政复议或行政诉讼程序的5件;各县(市、区)共222件,进入行政复议或行政诉讼程序的1件;"
        "市直部门共71件,进入行政复议或行政诉讼程序的21件。"
    )
    assert values(text, None) == {"requests_received": 419}
    got = values("全年因政府信息公开申请进入行政复议、行政诉讼程序的3件。", 2021)
    assert "admin_litigation" not in got and "admin_reconsideration" not in got


def test_each_kind_of_case_counted_alone_is_still_read_beside_requests() -> None:
    # counter-cases: train zhejiang-lishui-2024 labels 行政复议93件,行政诉讼19件 93 and 19; the joint zero of
    # both stays 0 for each (README: 未因政府信息公开…被申请行政复议或提起行政诉讼)
    got = values("一、总体情况\n全年因政府信息公开申请引起的行政复议93件,行政诉讼19件。", 2024)
    assert got == {"admin_reconsideration": 93, "admin_litigation": 19}
    got = values("全年受理依申请公开30件,未因政府信息公开被申请行政复议或提起行政诉讼。", 2024)
    assert got.get("admin_reconsideration") == 0 and got.get("admin_litigation") == 0
