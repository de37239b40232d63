"""Kinds met in a blind set of early legacy openings (fresh4/I, 2008–2012 reports): county names
that the division tree of today no longer holds in the form those reports use, and a figure whose
unit the page lost at the end of its line. Each test is a minimal text of the kind, written for it
(not copied from a report)."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None = 2010) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def place(text: str) -> tuple:
    meta = meta_of(text)
    return (meta.region.province, meta.region.city, meta.region.county, meta.level)


def test_an_autonomous_county_named_without_its_peoples_is_that_county() -> None:
    # reports of 峨山彝族自治县 call it 峨山县, as those of 恩施土家族苗族自治州 say 恩施州
    assert place("2011年峨山县政府信息公开工作年度报告\n目前,全县已配备工作人员若干名。") == (
        "云南省",
        "玉溪市",
        "峨山彝族自治县",
        "county",
    )
    # the full name is the same county; another autonomous county shortened the same way
    assert place("峨山彝族自治县人民政府2011年政府信息公开工作年度报告")[2] == "峨山彝族自治县"
    assert place("新平县2011年政府信息公开工作年度报告")[2] == "新平彝族傣族自治县"


def test_a_county_that_later_became_a_city_keeps_its_old_name_in_old_reports() -> None:
    # 祁阳县 became 祁阳市 in 2021: an old report of 祁阳县 is placed, under its old name
    assert place("本年报由祁阳县人民政府编制。如有疑问,请与祁阳县政务公开领导小组办公室联系。") == (
        "湖南省",
        "永州市",
        "祁阳县",
        "county",
    )
    # counter-case: a report of today's city names the city
    assert place("祁阳市人民政府2022年政府信息公开工作年度报告")[2] == "祁阳市"


def test_a_figure_whose_unit_was_lost_at_the_end_of_its_line_is_read() -> None:
    # the page dropped the unit after the last figure of a line (申请0件 -> 申请0)
    text = "三、依申请公开政府信息情况\n我局共受理政府信息公开申请0\n四、咨询处理情况\n"
    assert values(text)["requests_received"] == 0
    # counter-cases: a unit-less figure inside a running line, and one after a noun of no
    # metric (咨询), are not requests
    assert "requests_received" not in values("我局共受理政府信息公开申请0人咨询情况如下\n")
    assert "requests_received" not in values("四、咨询处理情况\n共接受市民咨询0\n")


def test_a_title_that_lost_its_opening_bracket_names_another_body() -> None:
    # 按照广东省政府信息公开规定》: the page dropped the title's 《; the province is the law's,
    # the town's own place is its address
    text = (
        "按照广东省政府信息公开规定》的要求,现公布新圩镇人民政府2009年政府信息公开工作年度报告。"
        "如有疑问,请与镇政府办公室联系(地址:惠州市新圩镇建设路1号)。"
    )
    assert place(text)[:2] == ("广东省", "惠州市")
    # counter-case: the province named in running text, not in a title, is still read first
    text = text.replace("政府信息公开规定》的要求", "的要求")
    assert place(text)[:2] == ("广东省", None)


def test_a_cited_title_naming_the_county_right_before_the_town_itself_places_the_town() -> None:
    # 馆前镇's report cites its own notice 《关于成立长汀县馆前镇…》: the town lies in that county
    text = (
        "馆前镇2010年度政府信息公开报告\n本报告通过镇政府政务公开专栏向社会公开。\n"
        "例如公开了《关于成立长汀县馆前镇人口普查领导小组的通知》、"
        "《关于转发龙岩市民政局<公益性设施建设资助办法>的通知》等文件。"
    )
    assert place(text) == ("福建省", "龙岩市", "长汀县", "township")
    # counter-case: a title naming the county before another town says nothing of this one's county
    other = text.replace("长汀县馆前镇人口普查", "长汀县河田镇人口普查")
    assert place(other)[2] is None
