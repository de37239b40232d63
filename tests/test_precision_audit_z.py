"""Kinds of figure a precision audit of fresh real report openings (benchmark/blind/Z-audit.md) found
the parser reading where train's labellers would not, each with its labelled counter-case. Texts are
minimal texts of the kind (normalised as the reader leaves them: simplified, ASCII , ; : ( )) or
sentences of train's reports, named so."""

from __future__ import annotations

from govbench.parse.facts import narrative_facts


def values(text: str, year: int) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def test_a_category_named_in_the_own_term_among_listed_parts_is_no_total() -> None:
    # 法定主动公开内容 as one of the categories listed after 其中: a kind of the items, the total stands
    got = values(
        "2025年,本局全年共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条,"
        "重大民生及公益事业建设信息7条。",
        2025,
    )
    assert got == {"proactive_items_total": 171}


def test_the_own_term_as_the_first_part_of_a_site_headline_is_the_figure() -> None:
    # counter-case: 其中主动公开政府信息N条 right after a site's headline count is the body's own
    got = values("2020年,区政府门户网站共发布信息3万余条,其中主动公开政府信息1200条。", 2020)
    assert got == {"proactive_items_total": 1200}
