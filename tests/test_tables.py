"""表二/表三/表四: every shape a standard table reaches the parser in, from real reports."""

from __future__ import annotations

import markdown_tables
import pytest

from govbench.model import Document, Grid
from govbench.parse.table_split import Token, splits
from govbench.parse.tables import extract_tables

COLS = [
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
    "total",
]


def doc_of(text: str, grids: list[Grid] | None = None) -> Document:
    return Document(source="snippet", text=text, grids=grids or [])


def row(result, key: str, table: str = "table3") -> list:
    return [result.tables[table][key][c].value for c in COLS]


def fact(result, metric: str):
    return next((f.value for f in result.facts if f.metric == metric), None)


# 平潭综合实验区 2021 as a crawler stored it: table cells run together.
PINGTAN_2021 = (
    "二、主动公开政府信息情况 第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章 000"
    "行政规范性文件693665第二十条第(五)项信息内容本年处理决定数量行政许可2293 第二十条第(六)项信息内容 "
    "本年处理决定数量行政处罚1282行政强制42第二十条第(八)项信息内容 本年收费金额(单位:万元)"
    "行政事业性收费24252.311082三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和,"
    "等于第三项加第四项之和)申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他"
    "一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量0000000三、本年度办理结果"
    "(一)予以公开270020130(二)部分公开(区分处理的,只计这一情形,不计其他情形)500000 5(三)不予公开"
    "1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益"
    "00000005.属于三类内部事务信息10000016.属于四类过程性信息00000007.属于行政执法案卷60000068.属于行政查询事项"
    "1000001(四)无法提供1.本机关不掌握相关政府信息2200003252.没有现成信息需要另行制作00000003.补正后申请内容仍不明确"
    "0000000(五)不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请"
    "00000005.要求行政机关确认或重新出具已获取信息0000000(六)其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其"
    "政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他"
    "1000001(七)总计630020469四、结转下年度继续办理1000001 四、政府信息公开行政复议、行政诉讼情况 "
    "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结"
    "总计结果维持结果纠正其他结果尚未审结总计10203120001200000五、存在的主要问题及改进情况"
)


def test_glued_crawler_table3_is_split_by_row_and_column_identities():
    result = extract_tables(doc_of(PINGTAN_2021), 2021, None)
    assert result.format == "standard_2021"
    assert row(result, "new") == [64, 0, 0, 2, 0, 4, 70]
    # "270020130" splits two ways that both add up along the row (27,0,0,2,0,1,30 and
    # 2,7,0,0,20,1,30); only the first makes the columns add up to (七)总计.
    assert row(result, "granted") == [27, 0, 0, 2, 0, 1, 30]
    assert row(result, "c1") == [22, 0, 0, 0, 0, 3, 25]
    assert row(result, "partial") == [5, 0, 0, 0, 0, 0, 5]
    assert row(result, "o3") == [1, 0, 0, 0, 0, 0, 1]
    assert "other" not in result.tables["table3"]  # (六) is a heading in 2021
    assert row(result, "carried_forward") == [1, 0, 0, 0, 0, 0, 1]


def test_glued_table4_is_split_by_block_sums():
    result = extract_tables(doc_of(PINGTAN_2021), 2021, None)
    t4 = result.tables["table4"]
    assert [
        t4["reconsideration"][c].value
        for c in ("maintained", "corrected", "other", "pending", "total")
    ] == [1, 0, 2, 0, 3]
    assert t4["litigation_direct"]["total"].value == 12
    assert fact(result, "admin_litigation") == 12
    assert fact(result, "admin_reconsideration") == 3


def test_facts_from_glued_table_point_at_their_cells():
    doc = doc_of(PINGTAN_2021)
    result = extract_tables(doc, 2021, None)
    assert fact(result, "requests_received") == 70
    assert fact(result, "requests_denied") == 8  # d5 1 + d7 6 + d8 1
    assert fact(result, "requests_cannot_provide") == 25
    assert fact(result, "requests_other") == 1
    assert fact(result, "requests_completed") == 69
    received = next(f for f in result.facts if f.metric == "requests_received")
    assert received.method == "table"
    assert doc.text[received.evidence.start : received.evidence.end] == "70"


def test_glued_table2_row_with_many_splits_is_left_missing():
    result = extract_tables(doc_of(PINGTAN_2021), 2021, None)
    t2 = result.tables["table2"]
    assert [t2["regulations"][c].value for c in ("made", "repealed", "in_force")] == [0, 0, 0]
    assert t2["normative_docs"]["made"].value is None  # "693665": 69|3|665? 6|93|665?
    assert fact(result, "normative_docs_made") is None
    assert any("normative_docs" in w for w in result.warnings)
    assert fact(result, "licensing_decisions") == 2293
    assert fact(result, "coercion_decisions") == 42


# 洪泽区 2023 from the PDF's text layer: some rows print their numbers before the
# label, a label typo (其他法律行政止公开), page footers inside, and a 表四 that
# breaks its own identity (总计 0 next to 10 | 1).
HONGZE_2023 = (
    "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n"
    "行政规范性文件 0 5 5\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 550\n第二十条第（六）项\n- 2 -\n"
    "信息内容 本年处理决定数量\n行政处罚 4119\n行政强制 195\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n"
    "行政事业性收费 7730.28\n三、收到和处理政府信息公开申请情况\n申请人情况\n法人或其他组织\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等\n于第三项加第四项之和）\n自然人 社会 法律 总计\n商业 科研\n"
    "公益 服务 其他\n企业 机构\n组织 机构\n一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21\n"
    "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（一）予以公开 0 0 0 0 0 0 0\n"
    "（二）部分公开（区分处理的，只计这一情 形，不\n4 0 0 0 0 0 4\n计其他情形）\n1 0 0 0 0 0 1\n1.属于国家秘密\n"
    "三 2.其他法律行政止公开 0 0 0 0 0 0 0\n、\n0 0 0 0 0 0 0\n本 3.危及“三安全一稳定”\n年\n"
    "度 4.保护第三方合法权益 0 0 0 0 0 0 0\n办 （三）不予公开\n理 5.属于三类内部事务信息 0 0 0 0 0 0 0\n结\n"
    "果 6.属于四类过程性信息 1 0 0 0 0 0 1\n7.属于行政执法案卷 1 0 0 0 0 0 1\n8.属于行政查询事项 0 0 0 0 0 0 0\n"
    "10 0 0 0 0 0 10\n1.本机关不掌握相关政府信息\n（四）无法提供\n3 0 0 0 0 0 3\n2.没有现成信息需要另行制作\n- 3 -\n"
    "3.补正后申请内容仍不明确 0 0 0 0 0 0 0\n1.信访举报投诉类申请 1 0 0 0 0 0 1\n2.重复申请 0 0 0 0 0 0 0\n"
    "3.要求提供公开出版物 0 0 0 0 0 0 0\n（五）不予处理\n0 0 0 0 0 0 0\n4.无正当理由大量反复 申请\n"
    "5.要求行政机关确认或重 新出具\n0 0 0 0 0 0 0\n已获取信息\n（六）其他处理 0 0 0 0 0 0 0\n"
    "（七）总计 21 0 0 0 0 0 21\n四、结转下年度继续办理 0 0 0 0 0 0 0\n四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果 结果 其他 尚未\n总 计\n"
    "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未\n总 计 总计\n维持 纠正 结果 审结 维持 纠正 结果 审结\n"
    "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0\n五、存在的主要问题及改进情况\n"
)


def test_pdf_rows_with_numbers_before_labels_are_read_in_row_order():
    result = extract_tables(doc_of(HONGZE_2023), 2023, None)
    assert row(result, "partial") == [4, 0, 0, 0, 0, 0, 4]
    assert row(result, "d1") == [1, 0, 0, 0, 0, 0, 1]
    assert row(result, "c1") == [10, 0, 0, 0, 0, 0, 10]
    assert row(result, "c2") == [3, 0, 0, 0, 0, 0, 3]
    assert row(result, "total") == [21, 0, 0, 0, 0, 0, 21]
    assert fact(result, "requests_cannot_provide") == 13
    assert fact(result, "requests_denied") == 3


def test_table_that_breaks_its_identity_is_kept_as_printed():
    result = extract_tables(doc_of(HONGZE_2023), 2023, None)
    recon = result.tables["table4"]["reconsideration"]
    assert (recon["maintained"].value, recon["corrected"].value, recon["total"].value) == (10, 1, 0)
    assert fact(result, "admin_reconsideration") == 0
    assert fact(result, "reconsideration_corrected") == 1


def test_format_comes_from_table2_headers_even_with_a_2019_style_table3():
    result = extract_tables(doc_of(HONGZE_2023), 2023, None)
    assert result.format == "standard_2021"
    assert "other" in result.tables["table3"]
    assert fact(result, "normative_docs_repealed") == 5
    assert fact(result, "normative_docs_in_force") == 5
    assert fact(result, "penalty_decisions") == 4119
    assert fact(result, "admin_fees_wanyuan") == 7730.28


def test_label_typo_is_matched_and_reported():
    result = extract_tables(doc_of(HONGZE_2023), 2023, None)
    assert row(result, "d2") == [0, 0, 0, 0, 0, 0, 0]
    assert any("其他法律行政止公开" in w and "d2" in w for w in result.warnings)


# 上海市政府办公厅 2019 as flattened HTML text: cells separated by " | ", blank cells empty.
SHANGHAI_2019 = """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况
自然人 | 法人或其他组织 | 总计
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他
一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859
二、上年结转政府信息公开申请数量 | 18 |  |  |  |  |  | 18
三、本年度办理结果 | （一）予以公开 | 258 | 12 |  |  | 1 | 1 | 
（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |  |  |  |  |  | 
（三）不予公开 | 1.属于国家秘密 | 14 |  |  |  |  | 
（七）总计 | 767 | 35 |  |  | 2 | 1 | 805
四、结转下年度继续办理 | 72 |  |  |  |  |  | 72
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  | 
五、政府信息公开工作存在的主要问题及改进情况
"""


def test_blank_cells_stay_blank_and_a_blank_total_comes_from_the_applicant_columns():
    result = extract_tables(doc_of(SHANGHAI_2019), 2019, None)
    assert row(result, "new") == [821, 35, None, None, 2, 1, 859]
    granted = result.tables["table3"]["granted"]
    assert granted["research"].value is None and granted["research"].raw == ""
    assert granted["natural_person"].raw == "258"
    assert fact(result, "requests_received") == 859
    # its 总计 cell is blank: the cell stays blank, the fact adds the applicant columns
    assert granted["total"].value is None and granted["total"].raw == ""
    assert fact(result, "requests_granted") == 272
    assert any("requests_granted adds the applicant columns" in w for w in result.warnings)
    assert fact(result, "requests_carried_forward") == 72


def test_a_total_printed_0_beside_applicant_columns_that_are_not_comes_from_the_columns():
    # 平潭 bodies of 2023–2025 (data/reports/bodies pt-htp-2024, pt-nyn-2024…): 表三's 总计 printed 0 beside
    # applicant columns that add to the text's own count (共受理政府信息公开申请6件) — a total whose formula was never
    # refreshed. The cell stays as printed (the identity checks flag it); the fact adds the columns, with a warning.
    text = SHANGHAI_2019.replace("| 821 | 35 |  |  | 2 | 1 | 859", "| 5 | 1 | 0 | 0 | 0 | 0 | 0")
    result = extract_tables(doc_of(text), 2019, None)
    assert row(result, "new") == [5, 1, 0, 0, 0, 0, 0]
    assert fact(result, "requests_received") == 6
    assert any("总计 printed 0" in w and "requests_received" in w for w in result.warnings)
    # counter-cases: a printed 0 beside zero columns is 0; a printed total is the total
    text = SHANGHAI_2019.replace("| 821 | 35 |  |  | 2 | 1 | 859", "| 0 | 0 | 0 | 0 | 0 | 0 | 0")
    assert fact(extract_tables(doc_of(text), 2019, None), "requests_received") == 0
    assert fact(extract_tables(doc_of(SHANGHAI_2019), 2019, None), "requests_received") == 859


def test_printed_plus_blank_cells_sum_the_printed_with_a_warning():
    result = extract_tables(doc_of(SHANGHAI_2019), 2019, None)
    assert fact(result, "admin_litigation") == 9
    assert any("admin_litigation" in w for w in result.warnings)
    assert result.tables["table4"]["litigation_after_reconsideration"]["total"].value is None


def _grid_document(lines: list[list[str]]) -> Document:
    """What the reader makes of an HTML table: one TAB line per row, merged cells repeated."""
    text, spans, pos = "", [], 0
    for cells in lines:
        row_spans = []
        for i, cell in enumerate(cells):
            if i:
                text += "\t"
                pos += 1
            row_spans.append((pos, pos + len(cell)))
            text += cell
            pos += len(cell)
        text += "\n"
        pos += 1
        spans.append(row_spans)
    return Document(source="grid", text=text, media="html", grids=[Grid(lines, spans)])


def test_grid_with_repeated_merged_cells_maps_table2_columns_by_header():
    # 上海 2019 表二: 本年新公开数量 spans two columns, so its value is repeated.
    doc = _grid_document(
        [
            ["第二十条第（一）项"] * 5,
            ["信息内容", "本年新制作数量", "本年新公开数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "13", "13", "13", "524"],
            ["规范性文件", "60", "60", "60", "368"],
            ["一、本年新收政府信息公开申请数量"] * 3 + ["821", "35", "", "", "2", "1", "859"],
            ["二、上年结转政府信息公开申请数量"] * 3 + ["18", "", "", "", "", "", "18"],
            [
                "三、本年度办理结果",
                "（一）予以公开",
                "（一）予以公开",
                "258",
                "12",
                "",
                "",
                "1",
                "1",
                "",
            ],
            [
                "三、本年度办理结果",
                "（七）总计",
                "（七）总计",
                "767",
                "35",
                "",
                "",
                "2",
                "1",
                "805",
            ],
            ["四、结转下年度继续办理"] * 3 + ["72", "", "", "", "", "", "72"],
        ]
    )
    result = extract_tables(doc, 2019, None)
    normative = result.tables["table2"]["normative_docs"]
    assert (
        normative["made"].value,
        normative["published"].value,
        normative["total_published"].value,
    ) == (60, 60, 368)
    assert fact(result, "normative_docs_in_force") == 368
    assert fact(result, "regulations_made") == 13
    assert row(result, "new") == [821, 35, None, None, 2, 1, 859]
    assert row(result, "granted") == [258, 12, None, None, 1, 1, None]
    assert not any("fuzzy" in w for w in result.warnings)


def test_legacy_report_yields_no_table():
    legacy = (
        "二、主动公开政府信息情况\n市本级平台公开各类政府信息16836条，比去年同期增长30%。" * 400
    )
    result = extract_tables(doc_of(legacy), 2016, "legacy")
    assert result.tables == {} and result.facts == [] and result.format is None


def test_glued_digits_split_only_where_a_printed_number_can_end():
    # "230 000023" (平潭 2019 表三 一、本年新收): 23,0,0,0,0,0,23 is the only split
    # into seven cells whose applicant columns add up to 总计.
    cuts = splits(
        [Token("230", 0), Token("000023", 4)],
        7,
        accept=lambda cells: sum(c.value for c in cells[:6]) == cells[6].value,
    )
    assert [[c.value for c in cut] for cut in cuts] == [[23, 0, 0, 0, 0, 0, 23]]


def test_row_without_a_unique_split_is_left_missing_not_guessed():
    text = PINGTAN_2021.replace("四、结转下年度继续办理1000001", "四、结转下年度继续办理10000011")
    result = extract_tables(doc_of(text), 2021, None)
    cells = result.tables["table3"]["carried_forward"]
    assert any(c.value is None for c in cells.values())
    assert fact(result, "requests_carried_forward") is None
    assert any("carried_forward" in w for w in result.warnings)


# --- 表三/表四 from a PDF-to-Markdown conversion: labels on their own lines, numbers in
# pipe rows below (tests/markdown_tables.py renders real reports that way) ---

T4_BLOCKS = ["reconsideration", "litigation_direct", "litigation_after_reconsideration"]
T4_COLS = ["maintained", "corrected", "other", "pending", "total"]
APART = ["pingtan_zhq_2019", "pingtan_zhq_2021", "pingtan_zhq_2023"]


def parse_markdown(tmp_path, name: str, text: str):
    from govbench.parse import parse_document
    from govbench.read import read_document

    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return parse_document(read_document(path))


def table3_values(report) -> dict[str, list]:
    return {
        k: [c.value for c in cells.values()] for k, cells in report.tables.get("table3", {}).items()
    }


@pytest.mark.parametrize("report", APART)
@pytest.mark.parametrize(
    "layout",
    [
        {"label_column": True},  # the emptied label column kept
        {"label_column": True, "wrap": 10, "page_break_after": 15},  # narrow labels, two pages
        {"page_break_after": 12},
        {"heading_rows": True},  # blank rows under group headings
        {"heading_cells": True},  # merged group headings in the rows
    ],
)
def test_table3_and_table4_with_labels_apart_from_their_pipe_rows(tmp_path, report, layout):
    label = markdown_tables.label(report)
    parsed = parse_markdown(tmp_path, report, markdown_tables.render(report, **layout))
    assert table3_values(parsed) == label["table3"]
    assert {
        b: {c: parsed.tables["table4"][b][c].value for c in T4_COLS} for b in T4_BLOCKS
    } == label["table4"]
    facts = {f.metric: f.value for f in parsed.facts if f.method == "table"}
    for metric in (
        "requests_received",
        "requests_completed",
        "requests_cannot_provide",
        "admin_reconsideration",
        "admin_litigation",
    ):
        labelled = next(f["value"] for f in label["facts"] if f["metric"] == metric)
        assert facts[metric] == labelled


def test_rows_whose_label_was_lost_are_read_in_template_order_when_the_sums_confirm(tmp_path):
    text = markdown_tables.render("pingtan_zhq_2021", label_column=True)
    text = text.replace("\n2.重复申请\n", "\n", 1)  # the converter dropped a short label
    parsed = parse_markdown(tmp_path, "lost", text)
    assert table3_values(parsed) == markdown_tables.label("pingtan_zhq_2021")["table3"]
    assert any("template order" in w for w in parsed.warnings)


def test_rows_whose_label_was_lost_are_not_guessed_when_the_sums_disagree(tmp_path):
    label = markdown_tables.label("pingtan_zhq_2021")
    text = markdown_tables.render("pingtan_zhq_2021", label_column=True)
    text = text.replace("\n2.重复申请\n", "\n", 1)
    total = "| " + " | ".join(map(str, [""] + label["table3"]["total"])) + " |"
    assert total in text
    text = text.replace(total, total.replace("| 63 |", "| 64 |"), 1)  # 总计 no longer adds up
    parsed = parse_markdown(tmp_path, "unconfirmed", text)
    # 25 number lines, 24 labels and sums that confirm no order: nothing is read rather
    # than a row given its neighbour's numbers
    assert all(v is None for values in table3_values(parsed).values() for v in values)
    assert "requests_received" not in {f.metric for f in parsed.facts if f.method == "table"}


# A converter that prints one cell a line, each closed by a bar (as in several train openings):
# the bar ends the cell; the empty part after it is no blank cell of its own.
ONE_CELL_A_LINE = (
    "二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n"
    "现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n5 |\n12 |\n8 |\n|\n第二十条第(五)项 |\n|||\n"
    "信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n47 |\n||\n三、收到和处理政府信息公开申请情况\n"
)


def test_one_cell_a_line_table2_is_read_cell_by_cell():
    result = extract_tables(doc_of(ONE_CELL_A_LINE), 2022, None)
    t2 = result.tables["table2"]
    assert [t2["normative_docs"][c].value for c in ("made", "repealed", "in_force")] == [5, 12, 8]
    assert fact(result, "normative_docs_made") == 5
    assert not any("normative_docs" in w for w in result.warnings)
