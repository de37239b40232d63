"""Kinds of figure met in blind set U (government bodies of the north and north-west): minimal
texts of each kind, normalised as the reader leaves them (simplified, ASCII , ; : ( )), with the
neighbour each must not disturb."""

from __future__ import annotations

from govbench.parse.facts import narrative_facts


def values(text: str, year: int) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def test_a_province_counts_its_own_papers_not_its_cities_sum() -> None:
    # liaoning-2009-trad (U), as a converter leaves it: 文件 -> 档案, the office's papers included
    text = (
        "通过辽宁省政府门户网站、《辽宁省人民政府公报》等渠道公开省政府及省政府办公厅档案197件。"
        "省政府各部门主动公开规范性档案2154件,各市政府总计主动公开规范性档案1763件。"
    )
    assert values(text, 2009)["policy_documents"] == 197
    # the cities' sum stays a fallback where the body states none of its own
    assert values("2009年,各市政府总计主动公开规范性文件1763件。", 2009)["policy_documents"] == 1763


def test_items_of_many_kinds_called_files_are_no_policy_documents() -> None:
    # ningxia-yinchuan-jingkaiqu-2021 (U): 17 kinds of items, mostly news, loosely called 文件
    got = values(
        "全年共发布17类文件共1528条,其中,政务动态信息更新1380条,公开财政预决算及政府集中采购领域信息5条,"
        "政策解读3条。",
        2021,
    )
    assert "policy_documents" not in got
    assert got["interpretations"] == 3
    # documents counted as such keep their count
    assert values("2021年,共发布文件17件。", 2021)["policy_documents"] == 17
