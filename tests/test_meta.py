"""Report metadata from real report openings (normalised text, as `read` hands it over)."""

from __future__ import annotations


import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.model import SYNTHETIC_MARK, Document
from govbench.parse.meta import find_year, format_for, parse_metadata

t2s = opencc.OpenCC("t2s").convert


def meta_of(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def region_tuple(meta):
    r = meta.region
    return (r.province, r.city, r.county)


def known(meta, expected: dict) -> dict:
    """Of the report's metadata, the fields a case states (a field it leaves out is not judged)."""
    r = meta.region
    fields = {
        "issuer": meta.issuer,
        "level": meta.level,
        "body_kind": meta.body_kind,
        "department": meta.department,
        "title": meta.title,
        "year": meta.year,
        "province": r.province,
        "city": r.city,
        "county": r.county,
    }
    return {k: fields[k] for k in expected}


# ---------------------------------------------------------------- city governments

SUZHOU_2016 = (
    "宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n2017年3月\n"
    "本报告是根据《中华人民共和国政府信息公开条例》精神,按照《安徽省政务公开办公室关于做好"
    "2016年度政府信息公开年度报告编制公布和统计数据报送工作的通知》(皖政办秘〔2016〕18号)要求,"
    "综合各县、区人民政府和市政府各部门、各直属机构的政府信息公开工作报告和有关统计数据而成。"
)


def test_two_line_title_names_the_city_government_and_year():
    meta = meta_of(SUZHOU_2016)
    assert meta.title == "宿州市人民政府2016年政府信息公开工作年度报告"
    assert meta.issuer == "宿州市人民政府"
    assert meta.year == 2016  # not 2017年3月, the publication date under the title
    assert meta.format == "legacy"
    assert (meta.level, meta.body_kind, meta.department) == ("city", "government", None)
    assert region_tuple(meta) == ("安徽省", "宿州市", None)
    assert meta.region.code == "341300"
    assert meta.warnings == []


def test_date_widget_does_not_date_the_report():
    meta = meta_of(
        "邢台市2023年政府信息公开工作年度报告\n"
        "发布时间: 2024-03-10 发布机构:市政府办公室 浏览次数:326 字体:[大 中 小]\n"
        "体裁分类:政府信息公开年报 主题分类:综合政务\n"
        "根据《中华人民共和国政府信息公开条例》《河北省实施〈中华人民共和国政府信息公开条例〉办法》"
        "等规定,发布本年度报告。报告中所列数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n"
        "2023年,邢台市各级各部门"
    )
    assert (meta.year, meta.format, meta.level) == (2023, "standard_2021", "city")
    # The title names the city; the header's 发布机构 (市政府办公室) says its government issued it.
    assert meta.issuer == "邢台市人民政府"
    assert region_tuple(meta) == ("河北省", "邢台市", None)


def test_mirror_site_spam_in_the_opening_does_not_hide_the_city():
    meta = meta_of(
        "依据《中华人民共和国政府信息公开条例》(以下简称政府信息公开条例)第五十条之规定,综合各县(市、区)"
        "人民政府和市直有关部门信息公开工作统计数据撰写。本报告中使用数据统计期限为2023年1月1日至12月31日。"
        "如对本报告有任何疑问,请与威廉希尔_威廉博彩app-【中文*官网】办公室联系(联系电话:0795—3273397,"
        "邮编:336000,电子邮箱:yczwgk@yichun.gov.cn)。\n一、总体情况\n2023年,宜春市"
    )
    assert meta.year == 2023
    assert region_tuple(meta) == ("江西省", "宜春市", None)
    assert meta.level == "city"


def test_traditional_page_after_conversion():
    meta = meta_of(
        t2s(
            "字號: 大 中 小\n本年度報告根據《中華人民共和國政府信息公開條例》(以下簡稱《條例》)有關規定,"
            "由哈爾濱市人民政府政務公開辦公室綜合市政府、各區、縣(市)政府和市政府各委、辦、局2017年"
            "政府信息公開工作完成情況、統計匯總政府信息公開主要數據指標基礎上編制而成。"
            "本年度報告所列數據的統計期限為2017年1月1日至12月31日。"
        )
    )
    assert meta.year == 2017
    assert region_tuple(meta) == ("黑龙江省", "哈尔滨市", None)
    # The government's own disclosure office reports for the government.
    assert (meta.level, meta.body_kind) == ("city", "government")


# ---------------------------------------------------------------- year traps


def test_typo_in_the_opening_sentence_is_outvoted_and_reported():
    meta = meta_of(
        "本年报是根据《中华人民共和国政府信息公开条例》(以下简称为《条例》)要求,由南京市溧水区人民政府"
        "办公室编制的2024年度政府信息公开年度报告。全文包括总体情况,主动公开政府信息情况。\n"
        "一、总体情况\n(一)主动公开\n做好答复内容质量审核工作。2025年共办理政府信息公开申请34件,"
        "其中,予以公开的7件。持续提升领导信箱信件办理的质效,2025年区政府网站共受理领导信箱337件,"
        "均按期办结。"
    )
    assert meta.year == 2025
    assert any("2024" in w and "2025" in w for w in meta.warnings)
    assert meta.issuer == "南京市溧水区人民政府办公室"
    assert region_tuple(meta) == ("江苏省", "南京市", "溧水区")
    assert (meta.level, meta.body_kind) == ("county", "government")


def test_stripped_statistics_period():
    # The page lost 年/月: "202111日至1231日" is 2021年1月1日至12月31日.
    year, _ = find_year(
        "按照国务院办公厅政府信息与政务公开办公室《中华人民共和国政府信息公开工作年度报告格式》"
        "(国办公开办函〔202130号)要求,各项数据核定的起止时间为202111日至1231日。",
        None,
    )
    assert year == 2021


def test_policy_names_and_document_numbers_do_not_date_the_report():
    year, _ = find_year(
        "印发《杭州市全面推进政务公开工作实施细则》《2017年杭州市政务公开工作要点》,(皖政办秘〔2016〕18号)"
        "。2015年,我市认真贯彻《条例》。",
        None,
    )
    assert year == 2015


def test_a_multi_year_span_reports_on_its_last_year():
    year, _ = find_year("自2003年至2008年,我局共主动公开政府信息1200条。", None)
    assert year == 2008


def test_title_and_period_disagreeing_give_a_warning():
    year, warnings = find_year(
        "昆明市政务服务管理局2023年政府信息公开工作年度报告\n"
        "本报告中所列数据统计期限为2022年1月1日—2022年12月31日。",
        "昆明市政务服务管理局2023年政府信息公开工作年度报告",
    )
    assert year == 2023
    assert warnings and "2022" in warnings[0]


@pytest.mark.parametrize(
    "year,fmt",
    [
        (2008, "legacy"),
        (2018, "legacy"),
        (2019, "standard_2019"),
        (2020, "standard_2019"),
        (2021, "standard_2021"),
    ],
)
def test_format_follows_the_year(year, fmt):
    assert format_for(year, "") == fmt


def test_format_from_table_labels_when_the_year_is_unknown():
    assert (
        format_for(None, "第二十条第(一)项\n信息内容\t本年制发件数\t本年废止件数")
        == "standard_2021"
    )
    assert format_for(None, "信息内容\n本年新制作数量\n本年新公开数量") == "standard_2019"
    assert format_for(None, "一、概述") is None


# ---------------------------------------------------------------- departments and levels


def test_county_department_has_county_level_and_bureau_name():
    meta = meta_of(
        "• 索 引 号:jiaoyuju/2024-00011\n  • 发布机构:教育局\n  • 成文日期:\n"
        "清水县教育局2023年度政府信息公开工作年度报告\n发布日期:2024-01-29 信息来源: 浏览次数:\n"
    )
    assert meta.issuer == "清水县教育局"
    assert (meta.level, meta.body_kind, meta.department) == ("county", "department", "教育局")
    assert region_tuple(meta) == ("甘肃省", "天水市", "清水县")
    assert meta.region.code == "620521"


def test_department_name_drops_city_and_district():
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》相关规定,现向社会公布《白银市平川区发展和改革局2025年度"
        "政府信息公开工作年度报告》,本报告由总体情况、主动公开政府信息情况组成。"
    )
    assert (meta.issuer, meta.department, meta.year) == (
        "白银市平川区发展和改革局",
        "发展和改革局",
        2025,
    )
    assert region_tuple(meta) == ("甘肃省", "白银市", "平川区")
    assert meta.level == "county"


def test_city_department_keeps_city_level():
    meta = meta_of(
        "秦皇岛市生态环境局2022年政府信息公开工作年度报告\n\n"
        "发布时间:2023-01-13       发布机构:市生态环境局       字体:[  ]\n"
    )
    assert (meta.level, meta.department, meta.region.county) == ("city", "生态环境局", None)


def test_municipal_education_commission_without_a_place_name():
    meta = meta_of(
        "依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定,编制本报告。\n"
        "一、总体情况\n2023年,市教委坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实党的二十大精神,"
        "结合全市教育系统实际。全年及时处理各类错敏信息1173条。对区县和高校门户网站、政务新媒体开展不定期检查"
    )
    assert meta.issuer == "市教委"
    assert (meta.level, meta.body_kind, meta.department) == ("province", "department", "教育委员会")
    assert region_tuple(meta) == ("重庆市", "重庆市", None)
    assert meta.warnings  # the place was inferred, and the report says so


def test_municipality_government_office_is_province_level():
    meta = meta_of("上海市人民政府办公厅2019年政府信息公开工作年度报告\n一、总体情况\n")
    assert (meta.level, meta.body_kind) == ("province", "government")
    assert region_tuple(meta) == ("上海市", "上海市", None)
    assert meta.region.code == "310000"


def test_municipal_district_office():
    meta = meta_of(
        "丨     网站无障碍 丨 关怀版 丨  gablogo.png关爱版\n\n"
        "和平区人民政府办公室2023年政府信息公开年度报告\n\n"
        "发布日期:2024-01-22    发布者:和平区人民政府办公室\n"
    )
    # 天津 and 沈阳 both have a 和平区 and nothing here says which: the place is unknown
    # (a guess would rank the body in another province), the level is sure either way.
    assert region_tuple(meta) == (None, None, None)
    assert (meta.level, meta.body_kind) == ("county", "government")
    assert any("和平区" in w and "沈阳" in w for w in meta.warnings)
    assert meta.published == "2024-01-22"


def test_municipal_district_with_a_cue_elsewhere_in_the_text():
    meta = meta_of(
        "和平区人民政府办公室2023年政府信息公开年度报告\n"
        "2023年,和平区坚持以习近平新时代中国特色社会主义思想为指导,落实天津市政务公开工作要点。"
    )
    assert region_tuple(meta) == ("天津市", "天津市", "和平区")
    assert meta.provenance["region"]["source"] == "title"


def test_district_of_a_city_named_in_the_title():
    meta = meta_of(
        "2024年政府信息公开工作年度报告\n石家庄市长安区人民政府\n2024年政府信息公开工作年度报告\n"
    )
    assert meta.issuer == "石家庄市长安区人民政府"
    assert region_tuple(meta) == ("河北省", "石家庄市", "长安区")
    assert meta.region.code == "130102"


def test_center_serving_a_district_takes_the_district_from_its_address():
    meta = meta_of(
        "据《中华人民共和国政府信息公开条例》规定,现将《西安市西大街发展服务中心2025年政府信息公开工作年度报告》"
        "(以下简称《报告》)予以公布。本报告数据统计时限为2025年1月1日至2025年12月31日。如对本《报告》有任何疑问,"
        "请与西安市西大街发展服务中心联系。(联系电话:87282003;地址:莲湖区西大街185号)。\n一、总体情况\n"
        "2025年,西安市西大街发展服务中心在区委、区政府的领导下,以高度的政治责任感和工作使命感"
    )
    assert (meta.level, meta.body_kind, meta.department) == (
        "county",
        "department",
        "西大街发展服务中心",
    )
    assert region_tuple(meta) == ("陕西省", "西安市", "莲湖区")


def test_abolished_county_level_city_2009():
    meta = meta_of(
        "字体大小:【大】 【中】 【小】\n索引号:01236931-5/2010-00001 | |\n发文字号: | 发文时间:2010-02-18 |\n"
        "发文机关:潞城市人民政府信息中心 | 主题词:年度报告 |\n标题:潞城市2009年政府信息公开年度报告 | |\n"
        "主题分类:电子政务 | 发布日期:2010-02-18 |\n"
    )
    assert meta.title == "潞城市2009年政府信息公开年度报告"
    assert meta.year == 2009
    assert region_tuple(meta) == ("山西省", "长治市", "潞城市")
    assert (meta.region.code, meta.level, meta.body_kind) == ("140481", "county", "government")


def test_banner_only_place_name_is_a_government():
    meta = meta_of(
        "科尔沁右翼前旗\n\n来源: 科右前旗政务服务与数据管理局 发布时间:2026-01-30 16:31\n\n"
        "科尔沁右翼前旗2025年政府信息公开工作年度报告\n"
    )
    assert (meta.issuer, meta.year, meta.level, meta.body_kind) == (
        "科尔沁右翼前旗",
        2025,
        "county",
        "government",
    )
    assert region_tuple(meta) == ("内蒙古自治区", "兴安盟", "科尔沁右翼前旗")


# ---------------------------------------------------------------- townships


def test_township_with_its_county_in_the_title():
    meta = meta_of(
        "平阳县水头镇2008年政府信息公开工作\n年度报告\n根据《中华人民共和国政府信息公开条例》"
        "(以下简称《条例》)要求,现公布平阳县水头镇2008年政府信息公开工作年度报告。"
    )
    assert meta.issuer == "平阳县水头镇"
    assert (meta.level, meta.body_kind, meta.year) == ("township", "government", 2008)
    assert region_tuple(meta) == ("浙江省", "温州市", "平阳县")


def test_township_naming_no_county_gets_no_invented_place():
    meta = meta_of(
        "当前位置:街镇 > 河包镇 > 政务公开 > 政府信息公开年报\n河包镇2020年政府信息公开工作年度报告\n"
        "日期:2021-01-29\n2020年,河包镇严格按照《中华人民共和国政府信息公开条例》有关规定,紧紧围绕区委、"
        "区政府重大决策部署以及公众关注"
    )
    assert (meta.issuer, meta.level, meta.body_kind, meta.year) == (
        "河包镇",
        "township",
        "government",
        2020,
    )
    assert region_tuple(meta) == (None, None, None)


# ---------------------------------------------------------------- development zones


def test_zone_named_after_its_city_is_its_own_county_level_unit():
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)和《国务院办公厅政府信息与政务"
        "公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)"
        "要求,现发布呼和浩特经济技术开发区2024年政府信息公开工作年度报告。"
    )
    assert (meta.body_kind, meta.level, meta.year) == ("development_zone", "county", 2024)
    assert region_tuple(meta) == ("内蒙古自治区", "呼和浩特市", "呼和浩特经济技术开发区")
    assert meta.region.code == "150100"  # the host's code


def test_zone_named_after_its_county_is_that_county():
    meta = meta_of(
        "日期:2021-01-22来源:重庆合川工业园区管委会\n重庆合川工业园区管理委员会\n"
        "2020年政府信息公开工作年度报告\n一、总体情况\n"
    )
    assert meta.issuer == "重庆合川工业园区管理委员会"
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta) == ("重庆市", "重庆市", "合川区")


def test_airport_zone_from_the_alias_table():
    meta = meta_of(
        "您现在的位置:首页 > 决战临空 > 聚焦临空\n\n"
        "北京大兴国际机场临空经济区(廊坊)管理委员会 2022年政府信息公开工作年度报告\n\n"
        "来源:廊坊临空经济区 撰写时间:2023-01-19 15:54:20 字体: 分享\n"
    )
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta) == ("河北省", "廊坊市", "北京大兴国际机场临空经济区(廊坊)")


def test_pingtan_experimental_zone_runs_pingtan_county():
    meta = meta_of(
        "平潭综合实验区2019年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》"
        "(以下简称《条例》)、《福建省政府信息公开办法》(以下简称《办法》)要求,区管委会办公室编制完成了本报告。"
    )
    assert (meta.body_kind, meta.level, meta.year, meta.format) == (
        "government",
        "county",
        2019,
        "standard_2019",
    )
    assert region_tuple(meta) == ("福建省", "福州市", "平潭县")
    assert meta.region.code == "350128"


# ---------------------------------------------------------------- marks and speed


def test_synthetic_mark():
    assert meta_of(SYNTHETIC_MARK + "\n" + SUZHOU_2016).synthetic
    assert not meta_of(SUZHOU_2016).synthetic


# ---------------------------------------------------------------- names the gazetteer must read right


def test_tianjin_hebei_district_report_is_not_hebei_province():
    meta = meta_of(
        "天津市河北区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年,河北区认真贯彻"
    )
    assert region_tuple(meta) == ("天津市", "天津市", "河北区")
    assert (meta.level, meta.region.code) == ("county", "120105")


def test_misspelt_district_in_the_title_still_places_the_body():
    meta = meta_of("石家庄市栾诚区人民政府2023年政府信息公开工作年度报告\n")
    assert region_tuple(meta) == ("河北省", "石家庄市", "栾城区")


def test_spam_in_place_of_the_body_name_is_left_out_of_title_and_issuer():
    meta = meta_of(
        "威廉希尔_威廉博彩app-【中文*官网】2023年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》,由宜春市人民政府办公室编制本报告。"
    )
    assert meta.title == "2023年政府信息公开工作年度报告"
    assert meta.issuer == "宜春市人民政府办公室"
    assert region_tuple(meta) == ("江西省", "宜春市", None)


def test_bureau_that_only_says_we_takes_its_place_from_the_rest():
    # Two real fragments: a bureau's opening that names no place (unknown-bureau-2012, traditional)
    # and the contact line of a 平潭 bureau's report (pt-gzj-2022).
    meta = meta_of(
        t2s(
            "本年度報告是根據《中華人民共和國政府信息公開條例》要求編制。\n一、總體情況\n"
            "2012年,我局進一步加大工作力度,建立健全組織領導和完善工作機制,加強政"
        )
        + "如对本报告有任何疑问,请与我局办公室联系(地址:平潭综合实验区金井湾商务营运中心3号楼11楼)。"
    )
    assert (meta.issuer, meta.year, meta.body_kind) == (None, 2012, "department")
    assert region_tuple(meta) == ("福建省", "福州市", "平潭县")


def test_township_under_a_district_named_in_the_title():
    meta = meta_of(
        "昆明市晋宁区二街镇2023年政府信息公开工作年度报告\n2023年,昆明市晋宁区二街镇严格按照《中华人民共和国"
        "政府信息公开条例》各项规定,及时、准确地向社会公开政府信息。"
    )
    assert (meta.issuer, meta.level, meta.body_kind) == (
        "昆明市晋宁区二街镇",
        "township",
        "government",
    )
    assert region_tuple(meta) == ("云南省", "昆明市", "晋宁区")


def test_report_of_the_body_itself_without_a_name_is_a_government():
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和平度市人民政府《关于加快推进政府信息公开工作的"
        "实施意见》(平政发〔2009〕63号),特向社会公布 2012年度本级政府(机关)信息公开工作年度报告。"
    )
    assert (meta.year, meta.body_kind) == (2012, "government")


# ---------------------------------------------------------------- evidence: unknown beats a guess
# Openings below are cut from openings2/train (named) or written to show one kind.

from govbench.parse.meta import find_published  # noqa: E402


def test_a_district_name_several_cities_share_leaves_the_place_unknown():
    meta = meta_of(
        "鼓楼区人民政府2022年政府信息公开工作年度报告\n"
        "2022年,鼓楼区坚持以公开为常态、不公开为例外,全区共受理政府信息公开申请80件。"
    )
    assert region_tuple(meta) == (None, None, None)  # 南京, 福州, 徐州, 开封 each have one
    assert meta.level == "county"
    assert any("鼓楼区" in w and "福州" in w for w in meta.warnings)
    assert "region" not in meta.provenance


def test_the_same_name_with_its_city_in_the_text_is_placed():
    meta = meta_of(
        "鼓楼区人民政府2022年政府信息公开工作年度报告\n"
        "2022年,鼓楼区在南京市委、市政府的领导下,全面推进政务公开。"
    )
    assert region_tuple(meta) == ("江苏省", "南京市", "鼓楼区")


def test_he_county_inside_a_sentence_is_the_word_and():
    meta = meta_of(
        "2023年政府信息公开工作年度报告\n"
        "本报告由市政府办公室会同各区和县政府办公室编制。2023年,我市坚持公开为常态。"
    )
    assert meta.region.county is None and meta.region.province is None
    real = meta_of("安徽省马鞍山市和县人民政府2023年政府信息公开工作年度报告\n根据《条例》编制。")
    assert region_tuple(real) == ("安徽省", "马鞍山市", "和县")


def test_casino_spam_where_the_name_was_names_no_place():
    meta = meta_of(
        "澳门金沙娱乐场2023年政府信息公开工作年度报告\n"
        "根据《条例》编制本报告。2023年,我区坚持公开为常态。"
    )
    assert region_tuple(meta) == (None, None, None)
    assert meta.issuer is None


def test_a_title_spaced_letter_by_letter():
    meta = meta_of(
        "南 京 市 鼓 楼 区 人 民 政 府\n2023年政府信息公开工作年度报告\n根据《条例》编制本报告。"
    )
    assert meta.issuer == "南京市鼓楼区人民政府"
    assert region_tuple(meta) == ("江苏省", "南京市", "鼓楼区")


def test_a_doubled_unit_word_is_one_county_government():
    meta = meta_of("伊宁县县人民政府2023年政府信息公开工作年度报告\n根据《条例》编制本报告。")
    assert meta.issuer == "伊宁县人民政府"
    assert (meta.level, meta.body_kind, meta.region.county) == ("county", "government", "伊宁县")


def test_hainan_prefecture_is_in_qinghai():
    meta = meta_of("海南州人民政府办公室2014年政府信息公开工作年度报告\n根据《条例》编制本报告。")
    assert region_tuple(meta) == ("青海省", "海南藏族自治州", None)
    assert meta.level == "city"


def test_same_pinyin_in_a_link_names_no_city():
    # 泰州 and 台州 are both "taizhou": a link says nothing the text does not.
    meta = meta_of(
        "2023年政府信息公开工作年度报告\n原文链接: http://www.taizhou.gov.cn/art/1.html\n"
        "根据《条例》编制本报告。2023年,我市坚持公开为常态。"
    )
    assert region_tuple(meta) == (None, None, None)


def test_traditional_page_without_a_place_name_gets_none():
    meta = meta_of(
        t2s(
            "本年度報告根據《中華人民共和國政府信息公開條例》編制。"
            "2015年,本局認真貫徹落實《條例》,主動公開政府信息320條。"
        )
    )
    assert region_tuple(meta) == (None, None, None)
    assert meta.year == 2015


def test_document_number_prefix_gives_only_a_weak_province():
    meta = meta_of(
        "2016年政府信息公开工作年度报告\n根据《条例》和《安徽省政务公开办公室关于做好年报工作的通知》"
        "(皖政办秘〔2016〕18号)要求编制本报告。2016年,我市坚持公开为常态。"
    )
    assert region_tuple(meta) == ("安徽省", None, None)
    assert meta.level is None  # a city, a county or a bureau may cite its province's documents
    assert meta.provenance["region"]["confidence"] < 0.5
    assert any("皖" in w or "document numbers" in w for w in meta.warnings)
    both = meta_of(
        "2016年政府信息公开工作年度报告\n按照皖政办〔2016〕1号和苏政办发〔2016〕2号编制。"
    )
    assert both.region.province is None  # they disagree: no answer


def test_index_number_carries_the_division_code():
    # zhejiang-quzhou-bgs-2024: the page names no place; its 索引号 is 衢州's credit code.
    meta = meta_of(
        "索引号: | 11330800002618015K/2025-00263 | 成文日期: | 2025-01-13 |\n"
        "公开方式: | 主动公开 | 组配分类: | 2024年度 |\n发布机构: | 市政府办公室 | ||\n"
        "根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
        "规定编制本报告。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。"
    )
    assert region_tuple(meta) == ("浙江省", "衢州市", None)
    assert (meta.issuer, meta.level, meta.body_kind) == ("市政府办公室", "city", "government")
    assert meta.published == "2025-01-13"


def test_a_text_naming_its_city_and_several_counties_is_the_citys():
    # jiangsu-nantong-2021-trad: the page starts mid-report; the first county named is one of many.
    meta = meta_of(
        "(一)强化办事预期引导。实现市、县、镇、村四级政务服务机构“无差别受理”。"
        "启东市政务服务中心推行帮办代办。如东县、崇川区推进“一件事”改革。"
        "南通市政务服务平台上线。南通市本级共办理事项7.4万件。"
    )
    assert region_tuple(meta) == ("江苏省", "南通市", None)
    assert meta.level == "city"


# ---------------------------------------------------------------- level and body kind


def test_dual_name_zone_takes_the_district_it_is():
    # jiangsu-suzhou-gaoxinqu-2021
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,现公布苏州高新区管委会"
        "(虎丘区人民政府)2021年度政府信息公开工作年度报告。本年报所列数据的统计期限自2021年1月1日"
        "起至2021年12月31日止。"
    )
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta) == ("江苏省", "苏州市", "虎丘区")


def test_joint_issuer_of_a_district_and_a_zone_is_the_district_government():
    # guangdong-guangzhou-huangpu-2022
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布广州市黄埔区人民政府 "
        "广州开发区管委会2022年政府信息公开工作年度报告。\n一、总体情况\n"
        "2022年,广州市黄埔区人民政府 广州开发区管委会始终坚持以习近平新时代中国特色社会主义思想为指导"
    )
    assert meta.issuer == "广州市黄埔区人民政府 广州开发区管委会"
    assert (meta.body_kind, meta.level) == ("government", "county")
    assert region_tuple(meta) == ("广东省", "广州市", "黄埔区")


def test_zone_named_only_in_its_first_sentence_is_a_county_level_zone():
    # guangdong-foshan-gaoxinqu-2024
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》有关规定,编制本报告。报告中所列数据统计期限从2024年1月1日"
        "到12月31日止。\n一、总体情况\n2024年,佛山高新区坚持以习近平新时代中国特色社会主义思想为指导,"
        "全面贯彻落实《条例》"
    )
    assert meta.issuer == "佛山高新区"
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta)[:2] == ("广东省", "佛山市")


def test_zone_under_its_province_name_takes_the_city_the_text_names():
    # jiangsu-yancheng-yannan-gaoxinqu-2022
    meta = meta_of(
        "本报告是根据《条例》要求编制而成。报告中所列数据的统计期限为2022年1月1日到2022年12月31日止。"
        "本报告的电子版可在江苏省盐南高新技术产业开发区管理委员会门户网站下载。"
        "2022年,盐南高新区在盐城市委、市政府的领导下推进政务公开。盐城市政务公开工作要点。"
    )
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta)[:2] == ("江苏省", "盐城市")


def test_zone_published_on_a_county_portal_takes_that_county():
    # zhejiang-taizhou-taizhouwanjingkaiqu-2023
    meta = meta_of(
        "本报告依据《条例》要求,由台州湾经济技术开发区管委会结合有关统计数据编制。本年度报告中所列数据的"
        "统计期限自2023年1月1日起至2023年12月31日止。本年度报告的电子版可以从临海门户网站"
        "(http://www.linhai.gov.cn)下载。"
    )
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta) == ("浙江省", "台州市", "临海市")


def test_zone_whose_platform_is_a_district_portal_takes_that_district():
    # a zone of 西安 named after no county (blind set U: shaanxi-xian-lianhu-daxingxinqu-2025): the
    # portal it says it publishes on is its district's, as 临海门户网站 is above
    text = (
        "根据《中华人民共和国政府信息公开条例》有关要求,现将西安大兴新区开发建设管理委员会(以下简称管委会)"
        "2025年度政府信息公开工作年度报告予以公开。本报告所列数据的统计期限自2025年1月1日至2025年12月31日。"
        "一、总体情况\n(四)加强政府信息公开平台建设\n以{portal}为核心平台,专人负责,确保平台日常运营。"
    )
    meta = meta_of(text.format(portal="莲湖区人民政府网站"))
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta) == ("陕西省", "西安市", "莲湖区")
    # a platform of its own names no district: the zone stays a unit of its own
    own = meta_of(text.format(portal="管委会门户网站") + "地址:西安市莲湖区沣惠北路123号。")
    assert region_tuple(own)[:2] == ("陕西省", "西安市")
    assert region_tuple(own)[2] != "莲湖区"  # an address is not enough: zones straddle counties


def test_a_functional_district_run_by_its_management_is_a_zone():
    # jiangsu-huaian-shengtaiwenlvqu-2021-trad, pinyin added by the converter
    meta = meta_of(
        "本報(bào)告由淮安生态(tài)文旅区(qū)综合管理部根据《条例》规定编制。报告所列统计期限自"
        "2021年1月1日至2021年12月31日。"
    )
    assert (meta.body_kind, meta.level) == ("development_zone", "county")
    assert region_tuple(meta)[:2] == ("江苏省", "淮安市")


def test_subdistrict_office_and_township_party_office_are_township():
    # jiangsu-nanjing-qixia-yanziji-2021, jiangsu-wuxi-xishan-donggangzhen-2021
    office = meta_of(
        "本年报是根据《条例》要求,由栖霞区人民政府燕子矶办事处编制的2021年度政府信息公开年度报告。"
    )
    assert (office.level, office.body_kind) == ("township", "government")
    town = meta_of(
        "本年度报告是根据《条例》的要求,由东港镇人民政府党政办公室编制。统计期限自2021年1月1日起"
        "至2021年12月31日止。"
    )
    assert (town.level, town.body_kind) == ("township", "government")


def test_a_body_that_only_says_wo_xiang_is_a_township():
    # unknown-nanxunxiang-2014
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》和省、市、县政府信息公开工作相关要求,现将我乡2014年"
        "政府信息公开工作报告公开如下。\n今年以来,我乡把政府公开工作纳入年度工作计划。严格根据我乡"
        "《政府信息公开指南》规范进行政府信息公开。"
    )
    assert (meta.level, meta.issuer) == ("township", None)


def test_contact_office_names_the_subdistrict_and_a_period_with_words_dates_it():
    # beijing-xuanwu-dashilan-2009
    meta = meta_of(
        "本报告是根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2009年1月1日"
        "《条例》实施之日起,至2009年12月31日止。如对报告有任何疑问,请与宣武区政府大栅栏街道办事处"
        "信息公开办公室联系(地址:北京市宣武区棕树斜街26号)。"
    )
    assert meta.issuer == "宣武区政府大栅栏街道办事处"
    assert (meta.level, meta.year) == ("township", 2009)
    assert region_tuple(meta) == ("北京市", "北京市", "宣武区")


def test_city_office_shorthand_is_the_government():
    meta = meta_of(
        "信息来源: 市府办 | 发布时间: 2025-01-15 15: 00 |\n"
        "台州市人民政府办公室2024年政府信息公开工作年度报告\n根据《条例》编制。"
    )
    assert (meta.level, meta.body_kind) == ("city", "government")


# ---------------------------------------------------------------- scope and publication date


# Each case: the opening, the scope read, words of the evidence it was read from, and the least
# confidence that evidence may carry (no scope: no evidence).
SCOPES = [
    pytest.param(
        "嘉兴市人民政府2024年政府信息公开工作年度报告\n"
        "2024年,全市共受理政府信息公开申请5147件,比上年增长23%。",
        "whole_area",
        "全市共受理",
        0.0,
        id="whole-area-from-a-city-wide-figure",
    ),
    pytest.param(
        "台州市人民政府办公室2024年政府信息公开工作年度报告\n"
        "2024年台州市政府办公室全年共新收政府信息公开申请295件,共答复299件。",
        "own_body",
        "295件",
        0.0,
        id="own-body-from-the-office-as-subject",
    ),
    pytest.param(
        "南京市财政局2024年政府信息公开工作年度报告\n"
        "2024年,市财政局共收到政府信息公开申请5件,均按时答复。",
        "own_body",
        "5件",
        0.0,
        id="own-body-from-a-bureau-naming-itself",
    ),
    pytest.param(
        "2021年常州市政府信息公开工作年度报告\n本报告由常州市人民政府办公室根据全市各级行政机关"
        "政府信息公开工作情况编制。",
        "whole_area",
        "各级行政机关",
        0.9,
        id="whole-area-compiled-from-all-bodies",
    ),
    pytest.param(
        "苏州市人民政府2021年政府信息公开工作年度报告\n"
        "及时发布权威信息,共发布市政府及市政府办公室主动公开文件472份。"
        "无法提供(本机关不掌握相关政府信息)49件。",
        None,
        None,
        None,
        id="none-from-an-office-inside-a-list-and-table-wording",
    ),
]


@pytest.mark.parametrize("text, scope, evidence, confidence", SCOPES)
def test_scope_is_read_from_whose_figures_the_text_gives(text, scope, evidence, confidence):
    meta = meta_of(text)
    assert meta.scope == scope
    if scope is None:
        assert "scope" not in meta.provenance
        return
    found = meta.provenance["scope"]
    assert found["source"] == "text" and evidence in found["evidence"]["text"]
    assert found["confidence"] >= confidence


def test_scope_with_cues_both_ways_is_unknown_with_a_warning():
    meta = meta_of(
        "XX市人民政府办公室2024年政府信息公开工作年度报告\n"
        "2024年,全市共受理政府信息公开申请500件。本机关共受理政府信息公开申请30件。"
    )
    assert meta.scope is None
    assert any(w.startswith("scope:") for w in meta.warnings)


def test_published_from_page_fields():
    assert find_published("成文日期: | 2025-01-13 | 发布日期: | 2025-01-14 |") == "2025-01-13"
    assert find_published("发布时间:2017年2月22日 发布机构:市政府办公厅") == "2017-02-22"
    assert find_published("2024年1月1日至12月31日") is None  # a period is no publication date
    assert find_published("发布日期: 2024-02-30") is None
    signed = "XX市2023年政府信息公开工作年度报告\n正文。\nXX市人民政府办公室\n2024年1月25日\n"
    assert find_published(signed) == "2024-01-25"
    assert find_published("XX市人民政府办公室\n2017年3月\n") is None  # no day: not a date


# ---------------------------------------------------------------- provenance and hints


def test_provenance_names_the_source_of_each_field():
    meta = meta_of(SUZHOU_2016)
    for key in ("issuer", "region", "level", "body_kind", "year"):
        assert meta.provenance[key]["source"] == "title", key
        assert 0 < meta.provenance[key]["confidence"] <= 1
    assert "scope" in meta.provenance and meta.scope == "whole_area"  # 综合各县、区…统计数据


def test_crawler_header_is_the_source_of_the_title_and_issuer():
    meta = meta_of(
        "标题: 平潭综合实验区财政金融局2023年度政府信息公开工作年度报告\n发布时间: 2024-01-31 08:28\n"
        "发布机构: \n原文链接: https://www.pingtan.gov.cn/a.htm\n"
        "==================== 正文 ====================\n"
        "根据《条例》及区管委会办公室关于做好2023年政府信息公开工作年度报告编制公布的通知要求编制。"
    )
    assert meta.issuer == "平潭综合实验区财政金融局"
    assert meta.provenance["issuer"]["source"] == "header"
    assert (meta.level, meta.body_kind, meta.department) == ("county", "department", "财政金融局")
    assert meta.published == "2024-01-31"


def test_a_file_named_after_its_report_gives_the_issuer_the_text_lacks():
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,结合我办工作实际编制本报告。本报告所列数据的统计期限"
        "自2023年1月1日起至2023年12月31日止。"
    )
    assert parse_metadata(Document(source="x/2.txt", text=text)).issuer is None
    meta = parse_metadata(
        Document(
            source="reports/2023年平潭综合实验区管委会办公室政府信息公开工作年度报告.pdf", text=text
        )
    )
    assert meta.issuer == "平潭综合实验区管委会办公室"
    assert meta.provenance["issuer"]["source"] == "filename"
    assert region_tuple(meta) == ("福建省", "福州市", "平潭县")


# ---------------------------------------------------------------- issuer phrasings (openings2/train)

ISSUER_PHRASINGS = [
    pytest.param(
        # liaoning-bgt-2025: the page's full-width indents came through as "??"
        "??根据《条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n??一、总体情况\n"
        "??2025年,辽宁省人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导",
        dict(issuer="辽宁省人民政府办公厅", level="province", body_kind="government"),
        id="issuer-after-lost-indent-characters",
    ),
    pytest.param(
        # jilin-jilin-jiguanshiwuju-2010
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2010年度吉林市市直机关"
        "事务管理局信息公开年度报告。本报告中所列数据统计期限自2010年1月1日起至2010年12月31日止。",
        dict(
            issuer="吉林市市直机关事务管理局",
            level="city",
            body_kind="department",
            province="吉林省",
            city="吉林市",
            county=None,
        ),
        id="issuer-announced-after-the-year",
    ),
    pytest.param(
        # zhejiang-lishui-2024
        "2024年丽水市政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制并向社会公布。"
        "本报告中所列数据统计期限为2024年1月1日至12月31日。",
        dict(issuer="丽水市", level="city", year=2024),
        id="title-run-into-its-first-sentence-with-the-place-after-the-year",
    ),
    pytest.param(
        # xinjiang-turpan-gaochang-zhujianju-2025
        "现公布2025年高昌区申请保障性住房人员信息公示表等社会救助领域信息3条、吐鲁番市高昌区住建局"
        "2025年政府信息公开工作年度报告。",
        dict(issuer="吐鲁番市高昌区住建局", level="county", department="住房和城乡建设局"),
        id="a-list-run-into-the-issuer-is-cut-off",
    ),
    pytest.param(
        "区财政局2023年政府信息公开工作年度报告\n根据《条例》编制本报告。2023年,区财政局在南京市"
        "财政局的指导下,全面推进政务公开。",
        # which district, the text does not say
        dict(issuer="区财政局", body_kind="department", level="county", county=None),
        id="a-district-bureau-whose-district-is-not-named-is-still-county-level",
    ),
    pytest.param(
        # A traditional page with no place name: 孫中山 and 中山大學 are not 中山市.
        t2s(
            "本年度報告根據《條例》編制。2015年,本局秉承孫中山先生天下為公精神,"
            "主動公開政府信息320條,中山大學協助開展評估。"
        ),
        dict(province=None, city=None, county=None),
        id="a-short-city-name-inside-a-word-names-no-city",
    ),
    pytest.param(
        "中山市人民政府2015年政府信息公开工作年度报告\n根据《条例》编制。",
        dict(province="广东省", city="中山市", county=None),
        id="a-short-city-name-on-its-own-names-the-city",
    ),
]


@pytest.mark.parametrize("text, expected", ISSUER_PHRASINGS)
def test_an_issuer_phrasing_is_read_as_its_body(text, expected):
    assert known(meta_of(text), expected) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["2019", "2020", "2", "1", "0", "年", "度", "月", " ", "\n"])).map(
        "".join
    )
)
def test_year_mentions_are_those_of_the_plain_pattern(text):
    # _YEAR is written to start with a literal 2 (for speed); it must find what
    # (?<!\d)(20\d\d)… finds, at the same places with the same groups
    import re

    from govbench.parse.meta import _YEAR

    plain = re.compile(r"(?<!\d)(20\d\d)\s*年(?!\d*\s*月)(度)?")
    assert [(m.span(), m.groups()) for m in _YEAR.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


# ---------------------------------------------------------------- bodies named only in passing
# (minimal texts written for these tests: the kinds a blind set of real openings showed)

NAMED_IN_PASSING = [
    pytest.param(
        "根据《条例》编制本报告。\n一、总体情况\n2024年红旗街道办事处通过朝阳区门户网站公开信息30条。"
        "2024年度,红旗街道办事处未收到政府信息公开申请。红旗街道办事处将继续做好公开工作。",
        # 朝阳区 is in 北京 and in 长春: the district says the level of nothing, and no place
        dict(issuer="红旗街道办事处", level="township", body_kind="government", province=None),
        id="a-township-repeated-as-the-subject-is-the-issuer-even-without-a-title",
    ),
    pytest.param(
        "本年报根据《条例》编制。\n一、总体情况\n2022年,合肥高新区(科学城)管委会办公室政务公开工作"
        "按照年度要点推进,全年主动公开各类政务信息900余条。",
        dict(
            issuer="合肥高新区(科学城)管委会办公室",
            body_kind="development_zone",
            level="county",
            city="合肥市",
        ),
        id="a-zone-named-with-an-alias-in-brackets-is-a-county-level-zone",
    ),
    pytest.param(
        "我局根据《条例》编制本报告。本报告的电子版可在无锡高新区网站下载。如有疑问,请与"
        "无锡市公安局高新区(新吴)分局联系(地址:无锡市新吴区长江路1号)。\n一、概述\n"
        "本局全年主动公开信息40条。",
        dict(
            issuer="无锡市公安局高新区(新吴)分局",
            body_kind="department",
            level="county",
            city="无锡市",
            county="新吴区",
        ),
        id="a-bureau-is-not-the-zone-whose-site-it-names-and-its-branch-is-county-level",
    ),
    pytest.param(
        "本年度报告根据《天津市政府信息公开规定》编制。\n一、概述\n全委政务公开工作紧紧围绕区委、区政府"
        "的工作要求开展。本委全年主动公开信息20条。",
        dict(body_kind="department", level="county"),
        id="a-bureau-placed-nowhere-is-county-level-when-it-serves-the-district",
    ),
    pytest.param(
        "一、概述\n2017年,县林业局严格按照《条例》要求开展工作,我局全年公开信息12条。",
        dict(body_kind="department", level="county"),
        id="a-county-bureau-placed-nowhere-is-county-level",
    ),
    pytest.param(
        "一、概述\n2017年,我局严格按照《条例》要求开展工作,全年公开信息12条。",
        # a bureau that says nothing of whom it serves keeps an unknown level
        dict(level=None),
        id="a-bureau-that-says-nothing-of-whom-it-serves-keeps-an-unknown-level",
    ),
    pytest.param(
        "重庆市万盛经济技术开发区丛林镇人民政府2024年政府信息公开工作年度报告\n一、总体情况",
        # the zone is no county, and the town's name is not one
        dict(level="township", body_kind="government", province="重庆市", county=None),
        id="a-township-of-a-development-zone-is-a-township-government",
    ),
    pytest.param(
        "根据县政府办公室通知要求,我乡对全年工作进行总结,编制了红星乡2009年政府信息公开工作年度报告。"
        "本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。",
        dict(issuer="红星乡", level="township"),
        id="a-particle-after-the-verb-is-not-part-of-the-body",
    ),
    pytest.param(
        "2016年红岩镇政府信息公开工作年度报告\n我镇根据《条例》规定,现将我镇工作报告如下。",
        dict(issuer="红岩镇", level="township", body_kind="government"),
        id="a-township-named-after-the-year-in-the-title-is-the-issuer",
    ),
    pytest.param(
        "2020年东关街道\n政府信息公开工作年度报告\n本报告根据《条例》编制。如有疑问,可与东关街道党政办联系。",
        dict(title="2020年东关街道政府信息公开工作年度报告", issuer="东关街道", level="township"),
        id="a-title-cut-after-the-year-and-the-body",
    ),
    pytest.param(
        "2013年宁国市人民政府信息公开年度报告\n发布时间:2014-01-20",
        dict(issuer="宁国市人民政府", level="county", city="宣城市", county="宁国市"),
        id="the-subject-does-not-cut-the-government-out-of-its-name",
    ),
    pytest.param(
        "一、总体情况\n(一)主动公开。本年度我局围绕中心工作做好公开。截止2022年12月31日"
        "我局通过网站发布信息34条。",
        dict(year=2022),
        id="a-year-end-date-dates-an-opening-that-states-no-year-otherwise",
    ),
    pytest.param(
        "一、总体情况\n本年度我局做好公开。发布日期:2023年1月5日",
        # a publication date in the next year is no such date
        dict(year=None),
        id="a-publication-date-in-the-next-year-dates-nothing",
    ),
    pytest.param(
        "2023年,区政府办公室坚持以公开为常态、不公开为例外,全年主动公开信息120条。\n一、总体情况",
        dict(issuer="区政府办公室", level="county", body_kind="government", province=None),
        id="a-district-government-placed-nowhere-is-county-level",
    ),
    pytest.param(
        "本报告由高新区管委会信息公开工作领导小组办公室(高新区信息中心)具体编制。全文包括:"
        "政府信息主动公开情况。",
        dict(
            issuer="高新区管委会信息公开工作领导小组办公室",
            body_kind="development_zone",
            level="county",
        ),
        id="a-compiling-office-with-another-name-in-brackets",
    ),
    pytest.param(
        "2016年红岩镇政府信息公开年度报告\n武江区红岩镇人民政府2016年政府信息公开年度报告 本年报按照"
        "《条例》要求编制。",
        dict(issuer="武江区红岩镇人民政府", city="韶关市", county="武江区", level="township"),
        id="a-title-that-places-the-township-beats-one-that-only-names-it",
    ),
]


@pytest.mark.parametrize("text, expected", NAMED_IN_PASSING)
def test_a_body_named_only_in_passing_is_read(text, expected):
    assert known(meta_of(text), expected) == expected


def test_the_area_bodies_together_are_no_issuer():
    meta = meta_of(
        "本报告依据《条例》编制。对本报告如有疑问,可与区政务公开办联系。\n一、总体情况\n"
        "2025年,区本级政府及政府办主动公开政府信息41条。"
    )
    assert meta.issuer is None or "本级" not in meta.issuer


def test_an_announcing_verb_is_not_part_of_the_title():
    meta = meta_of(
        "根据《条例》规定,现公开区人民政府办公室2024年政府信息公开工作年度报告。\n一、总体情况"
    )
    assert not (meta.issuer or "").startswith("现公开")
    assert not (meta.title or "").startswith("现公开")


def test_an_announced_year_does_not_run_a_name_over_the_next_heading():
    meta = meta_of(
        "根据《条例》规定,现将2013年我区信息公开情况报告如下:\n一、概述\n开发区政府信息公开工作在"
        "管委会直接领导下开展。"
    )
    assert meta.issuer is None or "概述" not in meta.issuer
