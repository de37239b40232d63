"""Kinds met in a blind set of legacy openings (fresh4/G): the catalogue of categories that old
reports break their proactive total into, and 和县 right after a cited title. Each test is a minimal text of the kind, written for it
(not copied from a report), normalised as the reader leaves it (simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2014) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def test_an_empty_category_of_the_catalogue_is_no_count_of_documents() -> None:
    # a 0 after another category's count is an empty slot of the list, not "no documents"
    got = values("2014年度共主动公开政府信息40条。其中,机构信息2条,政策文件0条,工作信息38条。")
    assert got["proactive_items_total"] == 40
    assert "policy_documents" not in got
    # the same after a category's share of the total
    got = values(
        "在主动公开的信息中,机构职能类信息3条,占总体的比例为7%;法规文件类信息0条,占总体的比例为0%。"
    )
    assert "policy_documents" not in got
    # counter-case: a category with documents in it keeps its count
    got = values("2014年度共主动公开政府信息40条。其中,机构信息2条,政策文件5条,工作信息33条。")
    assert got["policy_documents"] == 5


def test_a_zero_said_of_documents_alone_is_not_a_slot() -> None:
    # counter-case: the zero is the sentence's own statement, not one category among others
    assert values("2014年,本局主动公开政策文件0件。")["policy_documents"] == 0
    # a count of another metric after it does not make it a slot
    got = values("2014年,本局主动公开政策文件0件,政策解读3条。")
    assert got["policy_documents"] == 0
    assert got["interpretations"] == 3


def test_replies_approving_one_case_are_not_policy_documents() -> None:
    got = values("业务动态类信息40条,占总体的比例为80%,(其中批复文件30条,业务信息10条)。")
    assert "policy_documents" not in got
    # counter-case: documents disclosed stay documents
    got = values("2014年,本局主动公开政策文件30条。")
    assert got["policy_documents"] == 30


def test_the_policy_and_normative_category_counts_documents() -> None:
    # 、 breaks the clause: the category is still read from its normative half
    got = values(
        "2014年共主动公开政府信息86条,其中,机构职能类信息13条,政策、规范性文件类信息12条;规划计划类信息6条。"
    )
    assert got["proactive_items_total"] == 86
    assert got["policy_documents"] == 12
    assert "normative_docs_made" not in got  # a category of items disclosed, not documents made
    # with its share of the total it is still the category's count
    got = values("在2014年度主动公开的信息中,政策、规范性文件类信息2条,占总体比例为18%;")
    assert got["policy_documents"] == 2
    # counter-case: documents reviewed are not documents disclosed
    assert "policy_documents" not in values("2014年,清理规范性文件类信息30条。")


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def test_hexian_right_after_a_cited_title_is_and_the_county() -> None:
    # 《条例》和县政府: "the 条例 and the county government", whatever the title says
    meta = meta_of(
        "本局高度重视信息公开工作,按照县政府的统一部署,认真贯彻落实了《条例》和县政府对政府信息公开"
        "工作的有关精神。2016年,本局主动公开政府信息共40条。"
    )
    assert meta.region.county != "和县"
    assert meta.region.province != "安徽省"
    # counter-case: 和县 named as a place after a title and its city is still found
    meta = meta_of("根据《条例》,马鞍山市和县人民政府编制2016年政府信息公开工作年度报告。")
    assert (meta.region.province, meta.region.county) == ("安徽省", "和县")


def test_one_zero_for_both_kinds_of_case_is_a_zero_for_each() -> None:
    got = values("全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。", 2013)
    assert got["admin_reconsideration"] == 0
    assert got["admin_litigation"] == 0
    # counter-case: a figure other than 0 for both together is no count of reconsiderations
    got = values("全年因政府信息公开被申请行政复议、提起行政诉讼的案件10件。", 2013)
    assert "admin_reconsideration" not in got


def test_a_county_renamed_a_district_keeps_its_old_name_in_old_reports() -> None:
    # historical names are kept (宣武区 2009): a 2009 report of 永定县 is 永定县, not today's 永定区
    meta = meta_of("永定县2009年政府信息公开工作年度报告\n如有疑问请与永定县政府信息中心联系。")
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "福建省",
        "龙岩市",
        "永定县",
    )
    # counter-case: the district named as such stays the district
    meta = meta_of("龙岩市永定区人民政府2020年政府信息公开工作年度报告")
    assert meta.region.county == "永定区"


def test_a_notice_about_the_reports_names_no_title() -> None:
    # the county office that sent the notice (…关于认真做好2011年度…年度报告的通知) is not the body
    meta = meta_of(
        "本年报根据《关于做好年度报告有关事项的通知》以永泰县人民政府办公室关于认真做好2011年度"
        "政府信息公开工作年度报告的通知编制。如对本年报有任何疑问,请与白云乡人民政府党政办联系。"
        "\n一、概述\n本乡成立了信息公开领导小组。"
    )
    assert meta.level == "township"
    assert meta.issuer is None or "关于" not in meta.issuer
    # counter-case: a title run into the opening line still names the body
    meta = meta_of("现公布永嘉县农业局2011年度政府信息公开工作年度报告。本年报由概述等部分组成。")
    assert (meta.level, meta.issuer) == ("county", "永嘉县农业局")
