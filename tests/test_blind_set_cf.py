"""Kinds of text the parser misread on blind set CF (city governments and their offices of 山西, 2020–2024,
found by the phrases whole-city reports use), each with its labelled counter-cases. Minimal texts of the
kind."""

from __future__ import annotations

from snippets import values


def test_a_higher_levels_documents_listed_before_the_bodys_own_are_reposts() -> None:
    # CF shanxi-xinzhou-2020, labelled policy_documents 154 only: 111 and 153 are the State Council's
    # and the province's documents reposted on the city's site
    got = values(
        "2020年,市政府官网公开重点领域信息4676条,公开国办文件111个、省政府文件153个、"
        "市政府和市政府办文件154个,总访问量达3484067次。",
        2020,
    )
    assert got.get("policy_documents") == 154


def test_a_provinces_documents_after_the_state_councils_are_its_own() -> None:
    # the same kind one level up: a province's site reposting the State Council's
    got = values("2020年,省政府网站公开国务院文件20件、省政府文件18件。", 2020)
    assert got.get("policy_documents") == 18


def test_a_list_of_one_levels_documents_is_no_list_of_reposts() -> None:
    # counter-cases: blind W hunan-bgt-2020-trad labels 省政府文件18件 in a list of the province's own
    # (规章3件、省政府文件18件、省政府办公厅文件47件); blind AS zhejiang-bgt-2019-mirror's 发布省政府和省政府办公厅文件197件 is read
    one_level = values(
        "2020年省政府门户网站政府信息公开专栏发布省政府规章3件、省政府文件18件、"
        "省政府办公厅文件47件,点击量超过65万次。",
        2020,
    )
    assert one_level.get("policy_documents") == 18
    alone = values("2020年,发布省政府和省政府办公厅文件197件、政策解读442件、政府公报29期。", 2020)
    assert alone.get("policy_documents") == 197


def test_a_lower_level_named_first_keeps_its_count() -> None:
    # counter-case: the body's own level first, a higher one after it: the first stays the figure
    got = values("2020年,公开市政府文件154个、省政府文件153个。", 2020)
    assert got.get("policy_documents") == 154
