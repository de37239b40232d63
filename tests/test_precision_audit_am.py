"""Kinds of figure a precision audit of fresh county and city department report openings
(benchmark/blind/AM-audit.md) found the parser reading where train's labellers would not, each with
its labelled counter-cases. Texts are minimal texts of the kind (normalised as the reader leaves
them: simplified, ASCII , ; : ( )) or sentences of the audit's and train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_proposals_among_the_kinds_of_a_sentence_of_parts_are_no_proposals_answered() -> None:
    # AM-audit unknown-unknown-caizhengju-2019-spam: the total ends its sentence, the next opens with
    # 其中 and lists the kinds of the items; 建议提案办理3条 is one kind of post, as train leaves the
    # breakdown's 建议提案8条 out (guangdong-qingyuan-qingxin-bgs-2022)
    text = (
        "截至12月31日,累计主动公开政府信息达962条。其中主要包括:部门文件10条,重大决策预公开12条,"
        "规划计划5条,决策部署落实情况54条,建议提案办理3条,机构领导62条。"
    )
    assert values(text, 2019) == {"proactive_items_total": 962}
    text = "全年主动公开政府信息962条。其中:规划计划5条,建议提案办理3条,机构领导62条。"
    assert values(text, 2019) == {"proactive_items_total": 962}


def test_proposals_answered_in_a_sentence_of_their_own_are_kept() -> None:
    # counter-cases: the proposals' own sentence after the items', the parts of proposals handled,
    # and the replies themselves listed among the items (items_part_unless)
    got = values("全年主动公开政府信息962条。全年办理人大代表建议12件。", 2019)
    assert got == {"proactive_items_total": 962, "proposals_answered": 12}
    assert values("全年共办理建议提案20件。其中人大代表建议12件,政协提案8件。", 2019) == {
        "proposals_answered": 20
    }
    got = values("全年主动公开政府信息962条。其中建议提案复文14件。", 2019)
    assert got == {"proactive_items_total": 962, "proposals_answered": 14}


def test_a_sentence_of_parts_keeps_its_documents() -> None:
    # counter-case, train jiangsu-nantong-fagaiwei-2021: 政策文件类36条 after 其中 is labelled
    got = values("全年主动公开政府信息584条。其中,政策文件类36条,部门动态302条。", 2021)
    assert got == {"proactive_items_total": 584, "policy_documents": 36}


def test_the_new_requests_in_a_parenthesis_beside_the_carry_over_are_the_years() -> None:
    # AM-audit guangdong-shenzhen-longhua-shichangjianguanju-2023: the total holds last year's 9; the
    # new ones are stated inside the parenthesis (README: received is the new requests), read 121
    text = (
        "2023年共受理政府信息依申请公开121件(其中本年度新收申请数112件,上年结转申请数9件),"
        "已答复119件。"
    )
    assert values(text, 2023) == {"requests_received": 112, "requests_completed": 119}
    text = "2023年共受理政府信息公开申请121件(其中本年新收申请112件,上年结转申请9件)。"
    assert values(text, 2023) == {"requests_received": 112}


def test_parts_in_a_parenthesis_after_requests_stay_parts() -> None:
    # counter-cases: channels' parts in a parenthesis are no total (依申请公开2条(答复网上申请1条,
    # 邮寄1条)), and the carry-over said inside one is taken off the total
    text = "2023年共受理政府信息公开申请121件(其中网上申请112件,信函申请9件),已答复119件。"
    assert values(text, 2023) == {"requests_received": 121, "requests_completed": 119}
    text = "2023年共受理政府信息公开申请121件(含上年结转9件),已答复119件。"
    assert values(text, 2023) == {"requests_received": 112, "requests_completed": 119}


def test_a_carry_over_counted_in_zong_is_taken_off_the_total() -> None:
    # AM-audit guangdong-guangzhou-jiaotongju-2022-trad-spam: 宗 is the unit of requests in 广东; the
    # carry-over in 宗 was not seen, so the total 124 was read (README: received is X−Y)
    text = (
        "2022年度,接收且办理公民、法人或者其他组织提出的政府信息公开申请124宗(含2021年度结转5宗),"
        "公民申请113宗,法人和其他组织申请11宗;本年办结121宗。"
    )
    assert values(text, 2022) == {"requests_received": 119, "requests_completed": 121}


def test_a_total_in_zong_without_carry_over_is_kept() -> None:
    # counter-cases: 宗 alone, and the carry-over in 件 as before
    assert values("2022年共受理政府信息公开申请124宗。", 2022) == {"requests_received": 124}
    got = values("2022年共受理政府信息公开申请124件(含上年结转5件)。", 2022)
    assert got == {"requests_received": 119}
