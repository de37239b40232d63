"""Kinds of text the parser misread on blind set BX (北京/天津/上海/重庆 district bodies, 福建/海南 city,
county and township bodies, 2020–2025), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_all_answered_yields_to_the_count_done_said_after_it() -> None:
    # BX beijing-tongzhou-xijizhen-2024: "共受理政府信息公开申请158件,均已按照法规要求做好答复,其中,
    # 2024年办结121件,转2025年办理37件" was read completed 158: the year's done count follows, part
    # of the requests are carried over, so 均已答复 is no count done
    text = (
        "3.依申请公开情况:2024年共受理政府信息公开申请158件,均已按照法规要求做好答复,其中,"
        "2024年办结121件,转2025年办理37件。"
    )
    got = values(text, 2024)
    assert got.get("requests_received") == 158
    assert got.get("requests_completed") != 158


def test_all_answered_with_no_count_after_it_is_still_read() -> None:
    # counter-cases: README's single-figure rule (受理答复…X件,均已办结); BX chongwai 3 as labelled
    got = values("2024年共受理政府信息公开申请12件,均已按照法规要求做好答复。", 2024)
    assert got.get("requests_completed") == 12
    got = values("全年共受理政府信息公开申请5件,均已按时答复,其中予以公开3件,不予公开2件。", 2024)
    assert got.get("requests_completed") == 5


def test_a_kind_among_the_items_named_before_it_is_no_total() -> None:
    # BX fujian-putian-nongyenongcunju-2024: "2024年主动公开政府信息中机构职能类26条,政策、规范性…" was read as the
    # items disclosed 26; the labels give no such total (a kind among them)
    got = values(
        "一、总体情况\n2024年主动公开政府信息中机构职能类26条,政策、规范性文件30条。", 2024
    )
    assert got.get("proactive_items_total") is None
    # counter-case: the items said whole (train's totals, 主动公开政府信息N条)
    assert (
        values("一、总体情况\n2024年主动公开政府信息26条。", 2024).get("proactive_items_total")
        == 26
    )


def test_a_proposals_kind_of_items_counted_in_jian_is_no_proposals_answered() -> None:
    # BX chongqing-yuzhong-jingxinwei-2023: "…主动公开各类信息100件,其中…,人大代表建议办理8条,政协委员提案办理15条,…"
    # was read proposals_answered 8; the labels give none (a kind of the items, conventions-audit (a)), the total
    # said in 件 as in 条
    got = values(
        "一、总体情况\n2023年度,区经信委通过门户网站主动公开各类信息100件,其中公示公告8条,部门街道内审库18条,"
        "其他文件1条,人大代表建议办理8条,政协委员提案办理15条,部门信息28条。",
        2023,
    )
    assert got.get("proposals_answered") is None
    assert got.get("proactive_items_total") == 100
    # counter-case: proposals handled, broken down by kind (conventions-audit (a): 共办理建议提案20件 → 20)
    assert (
        values(
            "一、总体情况\n2023年,共办理建议提案20件,其中人大代表建议12件、政协提案8件。", 2023
        ).get("proposals_answered")
        == 20
    )


def test_replied_said_bare_after_the_requests_count_is_the_completed_count() -> None:
    # BX hainan-baisha-2023 "收到申请19条,及时回复19条" and tianjin-binhai-hujiayuanjiedao-2024 "受理公开申请40件,
    # 回复办理40件" gave no completed count; the labels: 19, 40
    got = values("一、总体情况\n2023年政府信息依申请公开收到申请19条,及时回复19条。", 2023)
    assert got.get("requests_completed") == 19
    got = values("一、总体情况\n全年受理公开申请40件,回复办理40件,办结率为100%。", 2024)
    assert got.get("requests_completed") == 40
    # counter-case: 回复 governing a noun of its own (留言) counts those, not requests done
    got = values("一、总体情况\n全年受理公开申请40件,回复网民留言30条。", 2024)
    assert got.get("requests_completed") is None
