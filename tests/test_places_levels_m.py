"""Kinds met in a blind set chosen for hard places and levels (fresh5/M: shared district names,
development zones and their offices, townships, departments, 2008–2025). Each test is a minimal
text of the kind, written for it (not copied from a report), with a counter-case."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.meta import parse_metadata


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def test_a_zone_named_after_the_clause_it_works_under_is_the_issuer() -> None:
    # "2012年,在市委、市政府的领导和…指导下,X管委会认真贯彻…": the body is the subject after
    # the clause; the city's office named later in a cited notice is not the body.
    text = (
        "2012年,在市委、市政府的坚强领导和市政府信息公开办的有力指导下,某某工业园区管委会"
        "认真贯彻落实《条例》。按照《德阳市人民政府办公室关于做好年度报告的通知》要求,"
        "园区管委会编制了本报告。\n"
    )
    meta = meta_of(text)
    assert meta.issuer == "某某工业园区管委会"
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    # counter-case: a clause followed by no body's name (我局) leaves the issuer to other cues
    # and reads no name out of the clause
    other = meta_of("2012年,在县委、县政府的正确领导下,我局认真贯彻落实《条例》,共公开信息12条。\n")
    assert other.issuer is None or "领导" not in other.issuer
    # counter-case: a name after the clause that is neither a place nor a zone is not taken
    assert meta_of("在上级的指导下,各级行政机关认真贯彻落实《条例》。\n").issuer != "各级行政机关"


def test_a_zone_written_once_with_its_city_before_its_name_is_in_that_city() -> None:
    # the title names the zone alone; the opening gives its full name once, in brackets
    head = "某某新区2025年政府信息公开年度报告\n"
    meta = meta_of(
        head + "特向社会公布国家级示范区(连云港某某新区)2025年政府信息公开工作年度报告。\n"
    )
    assert (meta.region.province, meta.region.city) == ("江苏省", "连云港市")
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    # counter-case: the city named apart from the zone's name (a partner, not its place)
    other = meta_of(head + "2025年,某某新区与连云港签订合作协议,某某新区认真贯彻落实《条例》。\n")
    assert other.region.city is None


def test_a_zone_named_like_a_county_elsewhere_is_not_placed_in_that_county() -> None:
    # 南湖新区 shares its short name with 嘉兴's 南湖区; a text that names no place of that
    # county, city or province leaves the zone's place unknown (a zone, at county level)
    text = "南湖新区管委会2025年政府信息公开工作年度报告\n本委通过新区门户网站发布信息。\n"
    meta = meta_of(text)
    assert (meta.region.province, meta.region.city, meta.region.county) == (None, None, None)
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    # counter-case: a zone named after its county, in a text that names the county's city,
    # is that county's
    named = meta_of(
        "番禺经济技术开发区管委会2023年政府信息公开工作年度报告\n"
        "本报告在广州市番禺区人民政府门户网站公布。\n"
    )
    assert (named.region.city, named.region.county) == ("广州市", "番禺区")
    # counter-case: a 经济技术开发区 is conventionally named after its host county, so the
    # county's unique short name places it even in a text that names nothing else
    alone = meta_of("2023年,海门经济技术开发区认真贯彻落实《条例》,扎实做好政务公开工作。\n")
    assert (alone.region.city, alone.region.county) == ("南通市", "海门区")


def test_a_reference_pages_name_field_is_no_issuer() -> None:
    # an encyclopedia-style page: the report's title line names no body, a "• 中文名:" field
    # repeats it, and the body is named in the next sentence as a zone of its city
    text = (
        "2010年政府信息公开工作年度报告\n"
        "乐山高新区管委会2010年年报根据《条例》规定进行编制。\n"
        "基本介绍\n• 中文名:2010年政府信息公开工作年度报告\n"
        "2010年,高新区管委会政府信息公开工作深入推进。\n"
    )
    meta = meta_of(text)
    assert meta.issuer is None or "中文名" not in meta.issuer
    assert (meta.region.city, meta.body_kind, meta.level) == (
        "乐山市",
        "development_zone",
        "county",
    )
    # the zone's bare word is no county-level unit
    assert meta.region.county is None
    # counter-case: a title that names a place before its year keeps that place as the issuer
    named = meta_of("乐山市2010年政府信息公开工作年度报告\n本报告由乐山市人民政府办公室编制。\n")
    assert (named.region.city, named.level) == ("乐山市", "city")


def test_a_county_level_city_keeps_its_county_name_in_its_old_reports() -> None:
    # 广德县 became 广德市 in 2019; its bureau's 2011 report names the county it then was
    meta = meta_of("广德县教育体育局2011年政府信息公开工作年度报告\n由广德县教体局编制。\n")
    assert (meta.region.province, meta.region.city, meta.region.county, meta.level) == (
        "安徽省",
        "宣城市",
        "广德县",
        "county",
    )
    # counter-case: a report of today's city names the city
    today = meta_of("广德市教育体育局2023年政府信息公开工作年度报告\n")
    assert today.region.county == "广德市"
    # counter-case: a county that exists today under its own name is that county, not a
    # former name of a same-stemmed city (长沙县 is no old name of 长沙市)
    assert meta_of("长沙县2012年政府信息公开工作年度报告\n").region.county == "长沙县"


def test_a_township_named_after_a_heading_run_into_its_sentence_is_the_issuer() -> None:
    # a page that lost its line breaks: "。一、总体情况2022年某某乡严格按照…" (no comma either)
    text = (
        "本报告电子版可在“中国永嘉”县政府门户网站下载。如有疑问请联系(地址:永嘉县某某乡某村1号)。"
        "一、总体情况2022年界坑乡严格按照上级要求,深入贯彻落实《条例》。\n"
    )
    meta = meta_of(text)
    assert (meta.issuer, meta.level) == ("界坑乡", "township")
    assert meta.region.county == "永嘉县"
    # counter-case: a heading followed by no body's name leaves the issuer to other cues
    other = meta_of("一、总体情况2022年全县各级行政机关严格按照上级要求开展工作。\n")
    assert other.issuer != "全县各级行政机关"


def test_an_unnamed_body_that_speaks_of_its_province_is_not_the_city_its_text_names() -> None:
    # a province's report (省政府办公厅, 全省) whose text names one city only through an
    # institution (南京图书馆): neither the city nor its level
    text = (
        "3、公共查阅点\n省档案馆和南京图书馆为省级行政机关主动公开政府信息查阅点,"
        "南京图书馆配备电子查阅工具。\n"
        "2013年,全省共受理政府信息公开申请100件,省政府办公厅受理20件。\n"
    )
    meta = meta_of(text)
    assert meta.region.province == "江苏省"
    assert (meta.region.city, meta.level) == (None, None)
    # counter-case: a city's bureau that cites a provincial rule by its title keeps its city
    city = meta_of(
        "2023年,我局认真贯彻落实《广东省政府信息公开申请办理答复规范》,"
        "全年在江门市政府门户网站公开信息12条。\n"
    )
    assert (city.region.city, city.level) == ("江门市", "city")
    # a county that became a district keeps its county name in its old reports: 赣县 (2014)
    # is today's 赣县区 of 赣州, 铜梁县 (2012) today's 铜梁区 of 重庆
    old = meta_of("赣县2014年政府信息公开工作年度报告\n")
    assert (old.region.city, old.region.county, old.level) == ("赣州市", "赣县", "county")
    assert meta_of("铜梁县2012年政府信息公开工作年度报告\n").region.county == "铜梁县"
    assert meta_of("重庆市铜梁区2020年政府信息公开工作年度报告\n").region.county == "铜梁区"


def test_an_area_under_a_county_leadership_is_a_township() -> None:
    # 管理区 are of either level by name; one that works under 县委、县政府 is a township's
    text = (
        "| 名称 | 城东管理区2025年政府信息公开工作年度报告 |\n"
        "本年度,城东管理区围绕全县工作重点,严格按照县委、县政府关于政府信息公开的要求开展工作。\n"
    )
    meta = meta_of(text)
    assert (meta.issuer, meta.level, meta.body_kind) == ("城东管理区", "township", "government")
    # counter-case: a 管理区 with no county above it in the text keeps an unknown level
    alone = meta_of("城西管理区2025年政府信息公开工作年度报告\n在市委、市政府的领导下开展工作。\n")
    assert alone.level != "township"


def test_a_phrase_run_into_a_title_line_is_no_issuer_but_a_name_there_is() -> None:
    # "向社会公开2016年度镇政府…报告": the words before the year are a phrase; the body speaks
    # as a township (镇政府) and is one
    phrase = meta_of("向社会公开2016年度镇政府信息公开年度报告\n本镇全年公开信息20条。\n")
    assert phrase.issuer is None or "公开" not in phrase.issuer
    assert phrase.level == "township"
    # counter-case: a name that is no place, zone or body ending (城东管理区) stays the issuer
    named = meta_of("城东管理区2025年政府信息公开工作年度报告\n")
    assert named.issuer == "城东管理区"
