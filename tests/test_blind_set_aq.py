"""Kinds met in blind set AQ (广东 and 湖南 openings of 2021–2025, every level): one test per kind,
with its counter-case."""

from __future__ import annotations

from snippets import meta_of


def test_hongjiang_district_is_not_hongjiang_city() -> None:
    # blind/AQ hunan-huaihua-hongjiang-2024-trad-pinyin: 怀化 has a 洪江区 (洪江管理区, no code of its
    # own) beside the county-level city 洪江市; the district's name must not fall back to the city's
    # short name 洪江.
    meta = meta_of(
        "本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。报告的电子版可在洪江区人民政府"
        "网站下载。如对本报告有任何疑问,请与洪江区政务服务中心联系(地址:怀化市洪江区川山新区)。\n"
        "一、总体情况\n全年通过区管委会门户网站共发布各类信息2781条。"
    )
    assert meta.region is not None
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "湖南省",
        "怀化市",
        "洪江区",
    )
    assert meta.level == "county"


def test_hongjiang_city_stays_the_city() -> None:
    # counter-case: the county-level city keeps its own unit and code
    meta = meta_of(
        "洪江市人民政府2024年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2024年1月1日起至"
        "2024年12月31日止。\n一、总体情况\n全年通过市政府门户网站共发布各类信息2781条。"
    )
    assert meta.region is not None
    assert (meta.region.city, meta.region.county, meta.region.code) == (
        "怀化市",
        "洪江市",
        "431281",
    )
