"""Kinds of text the parser misread on blind set CN (provincial governments' own reports), each with
its labelled counter-case. Minimal texts of the kind; quoted sentences name their report."""

from __future__ import annotations

from snippets import values


def test_policy_information_is_no_total_of_the_items() -> None:
    # blind CN chongqing-bgt-2021-trad: 主動公開持續營造國際一流營商環境等重要政策信息43條 was read as the items
    # disclosed: one topic's policy information, a kind of the items, never all the body disclosed
    got = values(
        "一、总体情况\n二是紧扣最佳化营商环境做好服务信息公开。主动公开持续营造国际一流营商环境等重要政策信息"
        "43条,开设“开办企业一网办”等专题专栏26个。",
        2021,
    )
    assert got.get("proactive_items_total") is None
    # the same beside a total: openings hebei-sjz-luancheng-2023 labels the total only
    got = values(
        "一、总体情况\n全年主动公开各类政府信息3100条,公开《考核办法》等各类政策信息898条。", 2023
    )
    assert got.get("proactive_items_total") == 3100


def test_policy_information_issued_in_the_bodys_name_is_still_its_documents() -> None:
    # counter-case: blind AP2 jiangsu-changzhou-bgs-2024 labels policy_documents 118
    got = values(
        "一、总体情况\n全年通过政府网站、政务新媒体、政务服务平台等渠道及时公开以市政府和市政府办公室名义"
        "发布的政策信息118条。",
        2024,
    )
    assert got.get("policy_documents") == 118
    # and a total of 信息 with no policy word stays the total (train jiangsu-huaian-bgs-2022)
    got = values("一、总体情况\n市政府网站主动公开各类政府信息8084条。", 2022)
    assert got.get("proactive_items_total") == 8084
    # nor does policy information named as one item of a list of kinds exclude the list's total:
    # only the count of policy information itself is no total (minimal texts of the genre's
    # commonest opening)
    for sentence, total in [
        ("全县主动公开政策信息、工作动态、人事信息等各类政府信息3100条。", 3100),
        ("通过政府网站发布政策信息、工作动态等信息560条。", 560),
    ]:
        got = values("一、总体情况\n(一)主动公开情况。2023年," + sentence, 2023)
        assert got.get("proactive_items_total") == total, sentence


def test_carried_over_requests_named_as_handled_are_taken_off() -> None:
    # blind CN liaoning-bgt-2022-spam: …申请234件,其中办理上年度结转申请6件,均依法依规作出答复 read nothing
    # (其中办理 kept the carry-over from being seen, so it was taken as unstated); received is 234−6
    got = values(
        "一、总体情况\n受理公众向省政府及省政府办公厅提出的政府信息公开申请234件,其中办理上年度结转申请6件,"
        "均依法依规作出答复。",
        2022,
    )
    assert got.get("requests_received") == 228
    assert got.get("requests_completed") == 234


def test_carry_over_said_plainly_still_reads_as_before() -> None:
    # counter-cases: train sichuan-bgt-2023-mirror labels 1261 (含上年度结转申请74件) as 1187 received;
    # a carry-over with its count unstated leaves received unknown
    got = values(
        "一、总体情况\n全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件。", 2023
    )
    assert got.get("requests_received") == 1187
    got = values("一、总体情况\n共受理政府信息公开申请92件,其中部分为上年度结转。", 2023)
    assert got.get("requests_received") is None


def test_calls_answered_on_the_disclosure_enquiry_line() -> None:
    # blind CN liaoning-bgt-2022-spam 全年接听企业群众政府信息公开咨询电话2000余次; blind BF
    # jilin-changchun-renfangban-2021 接听政务公开咨询电话257人次 (labelled 257, per caller)
    got = values("一、总体情况\n全年接听企业群众政府信息公开咨询电话2000余次,均耐心解答。", 2022)
    assert got.get("hotline_calls") == 2000
    got = values("一、总体情况\n全年接听政务公开咨询电话257人次。", 2021)
    assert got.get("hotline_calls") == 257


def test_an_office_phone_or_people_served_is_no_hotline() -> None:
    # counter-cases: any office phone (openings2 README: hotline_calls only for 12345 or a disclosure
    # line), and 人次 elsewhere counts people, not calls
    got = values("一、总体情况\n共接听群众来电1200个。", 2022)
    assert got.get("hotline_calls") is None
    got = values("一、总体情况\n12345热线接听群众咨询服务3000人次。", 2022)
    assert got.get("hotline_calls") is None
