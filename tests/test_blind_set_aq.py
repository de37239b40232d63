"""Kinds met in blind set AQ (广东 and 湖南 openings of 2021–2025, every level): one test per kind,
with its counter-case."""

from __future__ import annotations

from snippets import meta_of, values


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


def test_no_cases_said_with_bu_cunzai_before_their_cause() -> None:
    # blind/AQ guangdong-guangzhou-panyu-bumen-2021-trad: 不存在因…被申请行政复议、提起行政诉讼的情况 is both zeros
    got = values("2021年我局不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", 2021)
    assert got == {"admin_reconsideration": 0, "admin_litigation": 0}


def test_bu_cunzai_of_something_else_is_no_zero_of_cases() -> None:
    # counter-case: 不存在 of another matter before a count of cases says nothing of the cases
    got = values("2021年不存在超期答复的情况,发生行政复议1起、行政诉讼2起。", 2021)
    assert "admin_reconsideration" not in got or got["admin_reconsideration"] == 1
    assert "admin_litigation" not in got or got["admin_litigation"] == 2
    # nor a zero of an outcome
    assert values("2021年我局不存在因政府信息公开被申请行政复议被纠正的情况。", 2021) == {}


def test_no_normative_documents_made_or_repealed() -> None:
    # blind/AQ hunan-zhuzhou-lusong-jiaotongju-2025: 未制发或废止 says neither made nor repealed
    got = values("本年度,我局未制发或废止规章及行政规范性文件。", 2025)
    assert got == {"normative_docs_made": 0}


def test_none_repealed_says_nothing_of_those_made() -> None:
    # counter-case: 未废止 alone is no zero of the documents made
    assert values("本年度未废止规范性文件。", 2025) == {}


def test_normative_documents_made_said_with_zhizuo() -> None:
    # blind/AQ hunan-changde-renshe-2021: 制作 makes the documents as 制发 does, titles between
    got = values(
        "2021年市人社局新制作了《关于进一步明确企业用工服务奖补措施的通知》(常人社发〔2021〕1号)等8件规范性文件。",
        2021,
    )
    assert got == {"normative_docs_made": 8}


def test_readings_made_of_normative_documents_are_no_documents_made() -> None:
    # counter-case: 制作 of readings of the documents counts readings
    got = values("2021年制作规范性文件解读材料5件。", 2021)
    assert "normative_docs_made" not in got
