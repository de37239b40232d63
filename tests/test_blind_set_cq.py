"""Kinds of text the parser misread on blind set CQ (provincial departments' reports, 2014–2023), each
with its labelled counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_the_bodys_administrative_charges_are_no_disclosure_fee() -> None:
    # 上海市生态环境局 2020: "2020年未产生行政事业收费" (行政事业收费 without 性, the charges of the body's
    # services, a row of the 2019 table) was read fees_yuan 0; labelled no fee
    got = values(
        "一、总体情况\n2020年我局行政处罚事项36项,共作出行政处罚29件。2020年未产生行政事业收费,政府集中采购项目3项。",
        2020,
    )
    assert got.get("fees_yuan") is None
    with_xing = values("一、总体情况\n2020年未产生行政事业性收费。", 2020)
    assert with_xing.get("fees_yuan") is None


def test_no_disclosure_fee_is_still_zero() -> None:
    # counter-cases: train labels "未收取任何信息公开费用" and blind CQ zhejiang-jiaoyuting-2014-mirror
    # "未收取复印、邮寄等各类费用" fees 0
    assert values("一、总体情况\n2019年,我局未收取任何信息公开费用。", 2019).get("fees_yuan") == 0
    got = values(
        "一、总体情况\n共受理依申请公开27例,按时办结和答复27例。未收取复印、邮寄等各类费用。", 2014
    )
    assert got.get("fees_yuan") == 0


def test_a_press_conference_named_with_its_briefing_in_brackets() -> None:
    # 浙江省教育厅 2014: "围绕教育重点工作,召开新闻发布(通气)会9次" was not read; labelled 9 (as blind AP4
    # jiangsu-minzhengting-2023 and AR label the conferences a department held)
    got = values(
        "一、总体情况\n全年我厅新增主动公开政府信息2839条。围绕教育重点工作,召开新闻发布(通气)会9次。",
        2014,
    )
    assert got.get("press_conferences") == 9
    full_width = values(
        "一、总体情况\n2019年共召开新闻发布（通气）会6场,刊(播)发新闻近1100篇。", 2019
    )
    assert full_width.get("press_conferences") == 6


def test_conferences_attended_stay_out_with_the_bracket() -> None:
    # counter-case: conferences attended are not the body's own (grammar.toml press_conferences excludes)
    got = values("一、总体情况\n2019年参加新闻发布(通气)会5场。", 2019)
    assert got.get("press_conferences") is None


def test_a_repeated_request_among_the_outcomes_is_no_count_of_completed() -> None:
    # 北京 交通委 2020 (mirror): "已办结144件申请…其中,属于公开范围的55件、…、重复申请的1件" was read
    # requests_completed 1 from the outcome 重复申请, as 不予公开 is an outcome and already excluded
    got = values(
        "一、总体情况\n2020年,我委共收到政府信息公开申请151件。截至2020年12月31日,已办结144件申请,均按照时限"
        "规定办结答复。其中,属于公开范围的55件、不予公开的48件、重复申请的1件、结转下年度继续办理7件。",
        2020,
    )
    assert got.get("requests_completed") != 1
    assert got.get("requests_received") == 151


def test_a_bare_count_of_completed_is_still_read() -> None:
    # counter-case: a bare 办结 count after the received one (grammar.toml requests_completed's own example,
    # …共收到政府信息公开申请9件,共办结8件)
    got = values("一、总体情况\n2021年,共收到政府信息公开申请9件,共办结8件。", 2021)
    assert got.get("requests_completed") == 8


def test_papers_of_proposals_handled_are_no_policy_documents() -> None:
    # 湖南省教育厅 2018 (spam): "规范提案办理工作,公开提案办理相关文件7件" was read policy_documents 7; the
    # replies' papers, labelled none (as AP5's papers of a case or project)
    got = values(
        "一、总体情况\n全年共受理并及时回复申请公开信函11件。规范提案办理工作,公开提案办理相关文件7件、"
        "省人大提案回复84件。",
        2018,
    )
    assert got.get("policy_documents") is None


def test_documents_disclosed_beside_proposals_are_still_read() -> None:
    # counter-case: train zhejiang-jiaxing-bgs-2022 labels 向社会主动公开文件116件
    got = values(
        "一、总体情况\n2022年,向社会主动公开文件116件,开展政策解读54件,其他政务信息94条。",
        2022,
    )
    assert got.get("policy_documents") == 116
