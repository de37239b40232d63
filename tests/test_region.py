"""The gazetteer: names in report text -> administrative units and their codes."""

from __future__ import annotations


import pytest

from govbench.parse.region import (
    chain,
    dominant_child,
    find_places,
    fuzzy_place,
    gazetteer,
    pick,
)


def _only(name: str):
    places = gazetteer().names[name]
    assert len(places) == 1, places
    return places[0]


def known(unit, expected: dict) -> dict:
    """Of a gazetteer unit, the fields a case states (a field it leaves out is not judged)."""
    return {k: getattr(unit, k) for k in expected}


# a name in the gazetteer -> the one unit it names
UNITS = [
    pytest.param(
        "宿州市", dict(province="安徽省", city="宿州市", code="341300"), id="city-with-its-suffix"
    ),
    pytest.param(
        "宿州", dict(province="安徽省", city="宿州市", code="341300"), id="city-without-its-suffix"
    ),
    pytest.param("内蒙古", dict(name="内蒙古自治区"), id="short-name-of-inner-mongolia"),
    pytest.param("广西", dict(code="450000"), id="short-name-of-guangxi"),
    pytest.param("新疆", dict(province="新疆维吾尔自治区"), id="short-name-of-xinjiang"),
    pytest.param(
        "潞城市",
        dict(city="长治市", county="潞城市", code="140481"),
        id="abolished-county-level-city-keeps-its-old-name-and-code",
    ),
    pytest.param("闸北区", dict(code="310108"), id="abolished-district-keeps-its-code"),
    pytest.param("塘沽区", dict(province="天津市"), id="abolished-district-keeps-its-province"),
    pytest.param(
        "雄安新区",
        dict(level="zone", city="保定市", code="130600"),
        id="zone-maps-to-its-host-city",
    ),
    pytest.param(
        "平潭综合实验区",
        dict(level="county", county="平潭县", code="350128"),
        id="zone-maps-to-its-host-county",
    ),
]


@pytest.mark.parametrize("name, expected", UNITS)
def test_a_name_finds_its_one_unit(name, expected):
    assert known(_only(name), expected) == expected


def test_tianjin_hebei_district_is_not_hebei_province():
    mentions = find_places("天津市河北区人民政府")
    assert [m.name for m in mentions] == ["天津市", "河北区"]
    place = chain(mentions)[0]
    assert (place.province, place.city, place.county, place.code) == (
        "天津市",
        "天津市",
        "河北区",
        "120105",
    )


def test_city_then_district_gives_the_district_of_that_city():
    place = chain(find_places("石家庄市长安区人民政府"))
    assert len(place) == 1
    assert (place[0].city, place[0].county, place[0].code) == ("石家庄市", "长安区", "130102")


def test_bare_shared_district_name_is_decided_by_the_city_the_text_names():
    hyps = chain(find_places("长安区人民政府"))
    assert {h.city for h in hyps} == {"石家庄市", "西安市"}
    context = find_places("2020年,在西安市委、市政府的正确领导下,长安区坚持")
    place, ambiguous = pick(hyps, context)
    assert (place.city, ambiguous) == ("西安市", False)


def test_bare_shared_district_without_evidence_prefers_the_municipality_and_says_so():
    hyps = chain(find_places("和平区人民政府办公室2023年政府信息公开年度报告"))
    place, ambiguous = pick(hyps, [])
    assert (place.province, ambiguous) == ("天津市", True)


def test_county_short_name_right_after_its_city():
    # 重庆合川工业园区管理委员会: 合川 is 合川区 of 重庆.
    place = chain(find_places("重庆合川工业园区管理委员会"), "重庆合川工业园区管理委员会")[0]
    assert (place.county, place.code) == ("合川区", "500117")


def test_generic_district_words_are_not_places():
    assert find_places("城区和郊区的信息公开") == []


def test_district_of_a_department_from_the_address():
    city = _only("西安市")
    text = "请与西安市西大街发展服务中心联系。(联系电话:87282003;地址:莲湖区西大街185号)。"
    assert dominant_child(city, find_places(text)).name == "莲湖区"


def test_misspelt_district_inside_a_known_city():
    place = fuzzy_place("栾诚区", within=_only("石家庄市"))
    assert (place.name, place.code) == ("栾城区", "130111")
    assert fuzzy_place("朝阳区", within=_only("石家庄市")) is None


def test_gazetteer_loads_once():
    # its speed is measured in benchmark/ (parse throughput), not asserted here
    text = "石家庄市长安区人民政府2024年政府信息公开工作年度报告" * 20
    first = gazetteer()
    find_places(text)
    assert gazetteer() is first


def test_street_and_township_names_are_not_places():
    # 中山 is a city of 广东, 朝阳 one of 辽宁: as 中山路 and 朝阳街道 they are addresses.
    assert find_places("地址:中山路1号") == []
    assert [m.name for m in find_places("朝阳街道办事处,北京市朝阳区")] == ["北京市", "朝阳区"]


# ---------------------------------------------------------------- one ambiguous name is no answer

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from govbench.model import Document  # noqa: E402
from govbench.parse.meta import parse_metadata  # noqa: E402
from govbench.parse.region import common_ancestor, decide  # noqa: E402


def _ambiguous_names() -> list[str]:
    """County-level names that units of two or more provinces bear (鼓楼区, 和平区, 长安区…)."""
    out = []
    for name, places in gazetteer().names.items():
        counties = [p for p in places if p.level == "county"]
        if len({p.province for p in counties}) >= 2 and name == counties[0].name:
            out.append(name)
    return sorted(out)


AMBIGUOUS = _ambiguous_names()
# Clauses that name no place: whatever is around the name adds no evidence.
NEUTRAL = [
    "坚持以公开为常态、不公开为例外",
    "全年主动公开政府信息1200条",
    "共受理政府信息公开申请35件",
    "认真贯彻落实《条例》",
    "我局高度重视政务公开工作",
    "进一步规范依申请公开工作",
    "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止",
    "发布日期:2024-01-20",
]
TEMPLATES = [
    "{name}人民政府2023年政府信息公开工作年度报告\n{a}。{b}。",
    "{a}。2023年,{name}{b}。{c}。",
    "根据《条例》,现公布{name}人民政府办公室2023年政府信息公开工作年度报告。{a}。{b}。",
    "{a}。如对本报告有疑问,请与{name}人民政府办公室联系。{b}。",
    "{name}教育局2023年政府信息公开工作年度报告\n{a}。{b}。{c}。",
]


def test_ambiguous_names_exist():
    assert {"鼓楼区", "和平区", "长安区", "朝阳区"} <= set(AMBIGUOUS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(AMBIGUOUS),
    template=st.sampled_from(TEMPLATES),
    a=st.sampled_from(NEUTRAL),
    b=st.sampled_from(NEUTRAL),
    c=st.sampled_from(NEUTRAL),
)
def test_a_place_is_never_answered_from_a_single_ambiguous_name(name, template, a, b, c):
    text = template.format(name=name, a=a, b=b, c=c)
    meta = parse_metadata(Document(source="p.txt", text=text))
    assert meta.region.province is None, (text, meta.region)
    assert meta.region.code is None
    assert "region" not in meta.provenance


@settings(max_examples=100, deadline=None)
@given(name=st.sampled_from(AMBIGUOUS))
def test_namesakes_in_different_provinces_share_no_unit(name):
    hyps = [p for p in gazetteer().names[name] if p.level == "county"]
    left, ambiguous = decide(hyps, [])
    assert ambiguous and len(left) >= 2
    assert common_ancestor(left) is None or len({p.province for p in left}) == 1


# ---------------------------------------------------------------- portals and index codes
# (minimal texts written for these tests)


def placed(text: str, source: str = "p.txt") -> dict:
    """The place and level parse_metadata gives a text."""
    meta = parse_metadata(Document(source=source, text=text))
    r = meta.region
    return dict(province=r.province, city=r.city, county=r.county, code=r.code, level=meta.level)


INDEXED = "| 索引号 | 11{code}005462140C/2024-00010 |\n新华区人民政府办公室2023年政府信息公开工作年度报告\n"
PLACES = [
    pytest.param(
        "根据《条例》编制本报告。\n一、概述\n2023年,我局认真落实政务公开要求。"
        "全年通过双流门户网和成都市住建信息网主动公开信息56条。",
        # 成都市 alone (another site's name) would make it a city bureau; the portal it
        # publishes on is its county's
        dict(province="四川省", city="成都市", county="双流区", level="county"),
        id="a-county-portal-places-a-bureau-that-never-names-itself",
    ),
    pytest.param(
        "塘下镇2009年政府信息公开工作年度报告\n本年报的电子版可以在“中国瑞安”市政府门户网站"
        "上下载。如有疑问请与本单位联系。",
        dict(city="温州市", county="瑞安市", level="township"),
        id="a-township-placed-by-the-county-portal-in-quotes",
    ),
    pytest.param(
        INDEXED.format(code="410402"),
        dict(province="河南省", city="平顶山市", code="410402"),
        id="an-index-code-that-is-one-of-the-namesakes-decides-between-them",
    ),
    pytest.param(
        INDEXED.format(code="110101"),
        dict(province=None, code=None),
        id="an-index-code-that-is-none-of-the-namesakes-decides-nothing",
    ),
    pytest.param(
        # openings2 README, "Kinds of traps": names spaced letter by letter, inside a sentence
        "2021年政府信息公开工作年度报告\n根据《条例》编制本报告。2021年,在江苏省、"
        "常 州 市有关部门指导下,本机关主动公开政府信息1200条。\n",
        dict(province="江苏省", city="常州市", level="city"),
        id="a-letter-spaced-place-name-inside-a-sentence-places-the-body",
    ),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_a_body_is_placed_by_what_its_text_shows(text, expected):
    found = placed(text)
    assert {k: found[k] for k in expected} == expected


def _ambiguous_short_names() -> list[str]:
    """Short names (西湖 for 西湖区) that county-level units of two or more provinces share."""
    out = []
    for name in AMBIGUOUS:
        short = name[:-1]
        if len(short) >= 2 and name[-1] in "区县":
            provinces = {
                p.province
                for n in (short + "区", short + "县", short + "市")
                for p in gazetteer().names.get(n, [])
                if p.level == "county"
            }
            if len(provinces) >= 2:
                out.append(short)
    return out


AMBIGUOUS_SHORT = _ambiguous_short_names()
PORTALS = [
    "“{s}”门户网站",
    "{s}门户网",
    "中国{s}网站",
    "“中国{s}”区政府门户网站",
    "{s}区人民政府网站",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    short=st.sampled_from(AMBIGUOUS_SHORT),
    portal=st.sampled_from(PORTALS),
    a=st.sampled_from(NEUTRAL),
    b=st.sampled_from(NEUTRAL),
)
def test_a_portal_named_by_an_ambiguous_name_places_nothing(short, portal, a, b):
    text = f"{a}。本报告电子版可在{portal.format(s=short)}下载。{b}。"
    meta = parse_metadata(Document(source="p.txt", text=text))
    assert meta.region.province is None and meta.region.code is None, (text, meta.region)


# ---------------------------------------------------------------- letter-spaced names
# (openings2 README, "Kinds of traps": names spaced letter by letter, inside a sentence)

from govbench.parse.region import _full_names, joined_spaced_names  # noqa: E402


def test_only_runs_spelling_a_place_name_are_joined():
    assert joined_spaced_names("江苏省、常 州 市有关") == "江苏省、常州市有关"
    assert joined_spaced_names("江 苏 省 常 州 市") == "江苏省 常州市"
    # table cells and headings set apart, a figure beside its unit: left as they are
    for cells in ("男 女", "合 计 小 计 男 女", "件 0 0", "申 请 人 情 况"):
        assert joined_spaced_names(cells) == cells


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(n for n in _full_names() if len(n) == 3)))
def test_spacing_an_official_name_changes_no_place(name):
    def place(text: str):
        meta = parse_metadata(Document(source="report.txt", text=text))
        return (meta.region, meta.level)

    text = "2021年政府信息公开工作年度报告\n根据《条例》编制本报告。2021年,{}人民政府主动公开政府信息1200条。\n"
    assert place(text.format(" ".join(name))) == place(text.format(name))
