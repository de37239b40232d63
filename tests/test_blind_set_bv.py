"""Kinds of text the parser misread on blind set BV (四川, 云南, 贵州, 广西 city, county and township bodies,
2020–2025), each with its labelled counter-case. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_county_heads_line_beside_12345_is_no_12345_call_count() -> None:
    # 彝良县 2020: "受理县长热线315件、12345热线来电173件" was read hotline_calls 315: the 县长 line is no
    # 12345 line though 12345 stands in its sentence; the 12345 line's own count is the figure
    got = values(
        "一、总体情况\n2020年,彝良县主动公开政府信息3747条。受理县长热线315件、12345热线来电173件、"
        "市长信箱49件,百姓热线37件,办结率、反馈率均达100%。",
        2020,
    )
    assert got.get("hotline_calls") == 173
    # a 市长热线 alone, no 12345 named, stays unread (blind BU shandong-weifang-qixiangju-2022)
    assert "hotline_calls" not in values("一、总体情况\n2022年,受理市长热线5件。", 2022)


def test_a_mayors_line_said_to_be_12345_keeps_its_count() -> None:
    # counter-cases: train labels 12345市长热线交办件78件; blind Y2 受理“12345”市长热线84个
    assert values("一、总体情况\n办理12345市长热线交办件78件。", 2021)["hotline_calls"] == 78
    assert values("一、总体情况\n受理“12345”市长热线84个。", 2021)["hotline_calls"] == 84


def test_a_meeting_and_its_reading_counted_together_are_no_interpretations() -> None:
    # 自贡市府办 2024: "发布市政府常务会议、全体会议等重要会议及其解读42条" was read interpretations 42 before
    # the policy readings' 111: a meeting's reading, as 政府常务会议图文解读11次 (train jiangsu-taizhou-bgs-2021-trad)
    got = values(
        "一、总体情况\n(一)主动公开情况。及时主动公开重点产业、社会民生、公共服务等政府信息970条,其中发布市政府"
        "常务会议、全体会议等重要会议及其解读42条、常务会议决策事项清单10条。持续做好政策配套解读,"
        "发布解读信息111条,其中制作视频解读5个。",
        2024,
    )
    assert got.get("interpretations") == 111
    assert got.get("proactive_items_total") == 970
    assert "interpretations" not in values("一、总体情况\n2024年,发布重要会议及其解读42条。", 2024)


def test_policy_readings_with_and_still_count() -> None:
    # counter-cases: policies read in joined forms keep theirs (政策图文及视频解读), and readings beside
    # documents (train jiangsu-taizhou-bgs-2021-trad 政策解读38件)
    assert (
        values("一、总体情况\n2024年,发布政策图文及视频解读12条。", 2024)["interpretations"] == 12
    )
    got = values(
        "一、总体情况\n优选政策文件、聚焦民生热点,发布政策解读38件、政府常务会议图文解读11次。",
        2021,
    )
    assert got["interpretations"] == 38
