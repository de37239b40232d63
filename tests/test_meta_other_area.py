"""Places and levels met in a blind set of openings (fresh4/D): an area the body helps is not the
body's place, and a township placed only by its county's portal is still a township. Minimal
texts of the kind, written for these tests."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.meta import parse_metadata


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def test_an_area_the_body_helps_is_not_its_place() -> None:
    # a municipality's report on aid to a county of another province names only that county
    text = (
        "一、概述\n2009年,本市各级政府部门认真贯彻落实《条例》,以深化公开内容为核心。"
        "向社会公开对口支援都江堰市灾后恢复重建项目以及资金筹集使用情况。"
    )
    meta = meta_of(text)
    assert meta.region.province != "四川省"
    assert meta.region.province is None  # no other place named: unknown, not a guess
    # the same name as the body's own subject still places it
    own = "都江堰市2012年政府信息公开工作年度报告\n2012年,都江堰市主动公开政府信息300条。"
    assert meta_of(own).region.province == "四川省"


def test_a_township_placed_by_its_countys_portal_is_a_township() -> None:
    text = (
        "本报告在“福州市鼓楼区人民政府门户网站”公布。\n一、总体情况\n"
        "2025年我街道主动公开政府信息4条。我街道严格规范依申请公开全流程办理。"
    )
    meta = meta_of(text)
    assert meta.level == "township"
    assert meta.body_kind == "government"
    assert (meta.region.city, meta.region.county) == ("福州市", "鼓楼区")
    # the district's own report, placed the same way, stays county level
    district = (
        "本报告在“福州市鼓楼区人民政府门户网站”公布。\n一、总体情况\n"
        "2025年我区主动公开政府信息400条。全区各街道严格规范依申请公开全流程办理。"
    )
    assert meta_of(district).level == "county"
