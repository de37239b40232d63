"""Kinds of text the parser misread on blind set AP5 (a third batch of 浙江 bodies, 2021–2025), each
with its counter-case from train. Minimal texts of the kind."""

from __future__ import annotations


from snippets import values


def test_papers_of_a_case_or_project_are_no_policy_documents() -> None:
    # 定海生态环境分局 2023 (trad): "公開環境信用修復文件4個" was read policy_documents 4: a firm's credit
    # repair papers, as 环评文件 and 验收文件 are a project's, are no policy
    got = values(
        "一、总体情况\n2023年,全年通过政府网站主动发布信息221条。全年共公开审批项目环评文件118个,"
        "公开环境信用修复文件4个。公开建设项目竣工验收文件9个。",
        2023,
    )
    assert got.get("policy_documents") is None
    assert got.get("proactive_items_total") == 221


def test_documents_disclosed_are_still_read() -> None:
    # counter-case: train zhejiang-jiaxing-bgs-2022 labels 向社会主动公开文件116件
    got = values(
        "一、总体情况\n2022年,向社会主动公开文件116件,开展政策解读54件,市政府全体会议和常务会议28件,"
        "其他政务信息94条,以各种渠道和方式回应社会关切73次,政务专题17个,编发《嘉兴市人民政府公报》12期。",
        2022,
    )
    assert got.get("policy_documents") == 116


def test_one_count_of_both_kinds_of_case_with_no_connector() -> None:
    # 定海生态环境分局 2023 (trad): "政府信息公開復議訴訟數0件" was read litigation 0 only: one zero of both
    # kinds is 0 for each; a count other than 0 of both is neither's (it was read litigation 3)
    zero = values("一、总体情况\n2023年,全年主动发布信息221条,政府信息公开复议诉讼数0件。", 2023)
    assert zero.get("admin_reconsideration") == 0
    assert zero.get("admin_litigation") == 0
    three = values("一、总体情况\n2023年,全年主动发布信息221条,政府信息公开复议诉讼数3件。", 2023)
    assert three.get("admin_litigation") is None
    assert three.get("admin_reconsideration") is None


def test_each_kind_of_case_counted_alone_is_still_read() -> None:
    # counter-case: train zhejiang-lishui-2024 labels 行政复议93件,行政诉讼19件 93 and 19
    got = values("一、总体情况\n全年因政府信息公开申请引起的行政复议93件,行政诉讼19件。", 2024)
    assert got.get("admin_reconsideration") == 93
    assert got.get("admin_litigation") == 19
