"""Kinds of text the parser misread on blind set CM (city governments' reports of 2020–2025 from
prefectures without such a labelled report), each with its labelled counter-cases. Minimal texts of
the kind."""

from __future__ import annotations

from snippets import values


def test_one_noun_closed_by_deng_is_the_figure_s_noun() -> None:
    # 宣城市人民政府办公室 2022 (trad): "发布政策简明问答、负责人解读等28篇" — a single noun closed by 等
    # (政策解读等28篇: the readings and the like) was read as all items (proactive 28); it counts readings
    got = values("一、总体情况\n2022年,主动公开政府信息15982条。发布政策解读等28篇。", 2022)
    assert got.get("interpretations") == 28
    assert got.get("proactive_items_total") == 15982


def test_a_list_closed_by_deng_is_still_the_list() -> None:
    # counter-case: blind BT hunan-zhuzhou-lusong-tongjiju-2023 labels the list's count as the items,
    # not the documents named in it
    got = values(
        "一、总体情况\n2023年,区统计局通过芦淞区人民政府门户网站发布统计工作动态、统计信息、政策文件、"
        "统计公报、经济运行情况等100条。",
        2023,
    )
    assert got.get("proactive_items_total") == 100
    assert got.get("policy_documents") is None
    # and two kinds of readings listed before 等 stay unread (no list of one metric's kinds is known)
    listed = values("一、总体情况\n2022年,发布政策简明问答、负责人解读等28篇。", 2022)
    assert listed.get("proactive_items_total") is None


def test_the_items_noun_closed_by_deng_stays_the_items() -> None:
    # counter-case: blind BQ jiangsu-nantong-rugao-shichangjianguanju-2024 labels 220 as the items
    got = values("一、总体情况\n2024年全年在门户网站发布热点信息等220余条。", 2024)
    assert got.get("proactive_items_total") == 220


def test_an_item_after_the_rest_of_a_list_is_read_under_its_own_noun() -> None:
    # CM shandong-zibo-2024 labels interpretations 900: 其他文件 is the rest of the documents' list, but the item joined
    # after its count (及解读材料900余件) is an item of its own
    got = values(
        "2024年,全年公开政府规章2件、行政规范性文件58件、其他文件823件及解读材料900余件。", 2024
    )
    assert got["interpretations"] == 900
    # counter-cases: the rest itself is never the figure (…、其他文件2179条), nor a part's rest after 其中
    assert values("2024年,公开市政府文件50件、其他文件2179条。", 2024) == {"policy_documents": 50}
    got = values("2024年,主动公开政府信息500条,其中政策文件20条、其他信息480条。", 2024)
    assert got["proactive_items_total"] == 500
