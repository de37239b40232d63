"""Kinds of text the parser misread on blind set BY (legacy report openings of 2008–2019, eleven
provinces, every level), each with its labelled counter-cases. Minimal texts of the kind; sentences
quoted from the blind sets name their report."""

from __future__ import annotations

from snippets import values


def _table_facts(text: str, year: int) -> dict:
    from govbench.model import Document
    from govbench.parse.tables import extract_tables

    result = extract_tables(Document(source="snippet", text=text, grids=[]), year, None)
    return {f.metric: f.value for f in result.facts}


def test_table2_column_heads_are_no_row_of_table3() -> None:
    # blind/BY sichuan-dazhou-dazhu-chuanzhuxiang-2019: a 2019 table 2 and no table 3; its column heads
    # 本年新制作数量本年新公开数量对外公开总数量 were read fuzzily as table 3's 本年新收 row, and the last cells
    # (行政事业性收费00) as requests_received 0
    text = (
        "二、主动公开政府信息情况\n信息内容本年新制作数量本年新公开数量对外公开总数量\n规章000\n"
        "规范性文件000\n第二十条(五)项\n信息内容上一年项目数量本年增/减处理决定数量\n行政许可000\n"
        "其他对外管理服务事项000\n第二十条(八)项\n信息内容上一年项目数量本年增/减\n行政事业性收费00\n"
    )
    assert "requests_received" not in _table_facts(text, 2019)
    # blind/BY sichuan-guangyuan-lizhou-hexijiedao-2019: the heads split by the grid (本年新 制作数量)
    text = (
        "第二十条第(一)项 |\n信息内容 |\n本年新 制作数量 |\n本年新 公开数量 |\n对外公开 总数量 |\n"
        "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n2 |\n1 |\n1 |\n"
    )
    got = _table_facts(text, 2019)
    assert "requests_received" not in got
    assert got["normative_docs_made"] == 2


def test_a_real_table3_first_row_is_still_read() -> None:
    # counter-case: the template's 本年新收 row after table 2 keeps its figure
    text = (
        "第二十条第(一)项 |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        "规章 | 0 | 0 | 0 |\n规范性文件 | 1 | 1 | 1 |\n"
        "三、收到和处理政府信息公开申请情况\n"
        "申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
        "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
        "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        "(一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    )
    assert _table_facts(text, 2019).get("requests_received") == 3


def test_a_reading_places_own_counts_are_not_the_bodys() -> None:
    # blind/BY jiangxi-jingdezhen-wenguangxinju-2016: the library, a reading place of the city's
    # disclosures, counted what it took in and put out; 988 was read as the bureau's items and 108 as
    # its documents, where the bureau's own are 73 (platform) and 270 (its site)
    got = values(
        "二、主动公开政府信息的情况\n市文广新局主动公开政府信息的数量:2016年在政府信息公开平台发布信息73条。"
        "2016年图书馆共收到市各机关事业单位纸质公开文件108份,全年共有116人次通过我馆查阅纸质文件128份次。"
        "市图书馆主动公开政府信息988条,共接待公众查阅政府公开信息486人次。",
        2016,
    )
    assert got.get("proactive_items_total") == 73
    assert "policy_documents" not in got


def test_disclosures_through_a_reading_place_keep_their_count() -> None:
    # counter-case, blind/AO hebei-shijiazhuang-bgs-2022-spam labels 157: the body published through them
    got = values("通过市图书馆、市档案馆、市政务服务中心公开政策文件157件。", 2022)
    assert got.get("policy_documents") == 157
    # counter-case, blind/U liaoning-liaoyang-2019 labels 35829 (the reading places as a channel)
    got = values("辽阳市2019年通过政府网站、信息查阅场所等公开信息35829条。", 2019)
    assert got.get("proactive_items_total") == 35829
