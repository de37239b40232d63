"""read_document: every file shape a report arrives in -> Document, or UnreadableError."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.model import Document, UnreadableError
from govbench.read import docx as docx_reader
from govbench.read import read_bytes, read_document

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "reports"

# 平潭综合实验区 2019 (corpus/full/pingtan_zhq_2019), its opening sentence
SIMPLIFIED = (
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布平潭综合实验区"
    "2019年政府信息公开工作年度报告。全区共收到政府信息公开申请 23 件，均已按时答复。"
)
SIMPLIFIED_NORMALISED = (
    "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布平潭综合实验区"
    "2019年政府信息公开工作年度报告。全区共收到政府信息公开申请23件,均已按时答复。"
)
# 台山市 2015 (corpus/openings/guangdong-jiangmen-taishan-2015-trad)
TRADITIONAL = (
    "根據《中華人民共和國政府信息公開條例》的規定，現公布臺山市人民政府辦公室2015年政府信息公開"
    "工作年度報告。本報告由概述、主動公開政府信息情況、依申請公開政府信息情況組成。"
)
TRADITIONAL_NORMALISED = (
    "根据《中华人民共和国政府信息公开条例》的规定,现公布台山市人民政府办公室2015年政府信息公开"
    "工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况组成。"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def cell_texts_at_spans(doc: Document) -> bool:
    return all(
        doc.text[start:end] == cell
        for grid in doc.grids
        for row, spans in zip(grid.rows, grid.spans)
        for cell, (start, end) in zip(row, spans)
    )


# --- text encodings --------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, reported",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # Python writes a BOM
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_simplified_report_in_each_encoding(tmp_path, encoding, reported):
    doc = read_document(write(tmp_path, "report.txt", SIMPLIFIED.encode(encoding)))
    assert doc.text == SIMPLIFIED_NORMALISED
    assert doc.encoding == reported
    assert doc.script == "simplified"


def test_big5_traditional_report(tmp_path):
    doc = read_document(write(tmp_path, "report.txt", TRADITIONAL.encode("big5")))
    assert doc.encoding == "big5"
    assert doc.script == "traditional"
    assert doc.text == TRADITIONAL_NORMALISED


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="gb2312">',
        '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    ],
)
def test_html_declared_charset_is_honoured(tmp_path, meta):
    page = f"<html><head>{meta}<title>t</title></head><body><p>{SIMPLIFIED}</p></body></html>"
    doc = read_document(write(tmp_path, "report.html", page.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.text == SIMPLIFIED_NORMALISED


def test_html_wrong_declaration_falls_back_to_detection(tmp_path):
    page = f'<html><head><meta charset="gbk"></head><body><p>{SIMPLIFIED}</p></body></html>'
    doc = read_document(write(tmp_path, "report.htm", page.encode("utf-8")))
    assert doc.text == SIMPLIFIED_NORMALISED


# --- HTML ------------------------------------------------------------------------


def test_html_drops_page_furniture_and_joins_inline_text(tmp_path):
    page = """<html><head><title>菜单</title><style>p{color:red}</style></head><body>
    <nav>首页 | 政务公开</nav><script>var x = "统计 99 件";</script><noscript>请启用</noscript>
    <!-- 隐藏 12 件 --><form><input value="搜索"></form><iframe src="x"></iframe>
    <p>2019年，通过“中国上海”门户网站主动公开<b>规章</b><span>13</span>件，
    行政规范性文件60件。</p><div>一、总体情况<br>（一）主动公开方面</div></body></html>"""
    doc = read_document(write(tmp_path, "page.html", page.encode("utf-8")))
    assert doc.text == (
        "2019年,通过“中国上海”门户网站主动公开规章13件,行政规范性文件60件。\n"
        "一、总体情况\n(一)主动公开方面"
    )
    assert doc.media == "html"


# 上海市政府办公厅 2019 (corpus/full/shanghai_gov_office_2019.html): head of 表三
SHANGHAI_TABLE3 = """<p>三、收到和处理政府信息公开申请情况</p><table border="1"><tbody>
<tr><td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan="7"><p>申请人情况</p></td></tr>
<tr><td rowspan="2"><p>自然人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>
<tr><td><p>商业企业</p></td><td><p>科研机构</p></td><td><p>社会公益组织</p></td><td><p>法律服务机构</p></td><td><p>其他</p></td></tr>
<tr><td colspan="3"><p>一、本年新收政府信息公开申请数量</p></td><td><p>821</p></td><td><p>35</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>2</p></td><td><p>1</p></td><td><p>859</p></td></tr>
<tr><td rowspan="20"><p>三、本年度办理结果</p></td><td colspan="2"><p>（一）予以公开</p></td><td><p>258</p></td><td><p>12</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>1</p></td><td><p>1</p></td><td><p>&nbsp;</p></td></tr>
<tr><td rowspan="8"><p>（三）不予公开</p></td><td><p>1.属于国家秘密</p></td><td><p>14</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td></tr>
<tr><td><p>2.其他法律行政法规禁止公开</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td><p>&nbsp;</p></td></tr>
</tbody></table><p>四、政府信息公开行政复议、行政诉讼情况</p>"""


@pytest.fixture
def shanghai_doc(tmp_path) -> Document:
    page = f'<html><head><meta charset="utf-8"></head><body>{SHANGHAI_TABLE3}</body></html>'
    return read_document(write(tmp_path, "shanghai.html", page.encode("utf-8")))


def test_rowspan_and_colspan_repeat_the_merged_cell(shanghai_doc):
    (grid,) = shanghai_doc.grids
    note = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
    assert grid.rows[0] == [note] * 3 + ["申请人情况"] * 7
    assert grid.rows[1] == [note] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    assert grid.rows[2] == [note] * 3 + [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    assert grid.rows[3] == ["一、本年新收政府信息公开申请数量"] * 3 + [
        "821",
        "35",
        "",
        "",
        "2",
        "1",
        "859",
    ]
    assert grid.rows[4] == [
        "三、本年度办理结果",
        "(一)予以公开",
        "(一)予以公开",
        "258",
        "12",
        "",
        "",
        "1",
        "1",
        "",
    ]
    assert grid.rows[5][:4] == ["三、本年度办理结果", "(三)不予公开", "1.属于国家秘密", "14"]
    assert (
        grid.rows[6]
        == ["三、本年度办理结果", "(三)不予公开", "2.其他法律行政法规禁止公开"] + [""] * 7
    )


def test_table_is_written_as_tab_rows_between_its_paragraphs(shanghai_doc):
    lines = shanghai_doc.text.split("\n")
    assert lines[0] == "三、收到和处理政府信息公开申请情况"
    assert lines[4] == "\t".join(
        ["一、本年新收政府信息公开申请数量"] * 3 + ["821", "35", "", "", "2", "1", "859"]
    )
    assert lines[-1] == "四、政府信息公开行政复议、行政诉讼情况"


def test_grid_spans_point_at_the_cell_text(shanghai_doc):
    (grid,) = shanghai_doc.grids
    start, end = grid.spans[3][3]
    assert shanghai_doc.text[start:end] == "821"
    assert cell_texts_at_spans(shanghai_doc)
    assert shanghai_doc.text[grid.start : grid.end].startswith("(本列数据")


def test_nested_tables_keep_the_inner_data_table(tmp_path):
    page = """<html><body><table><tr><td>
      <p>二、主动公开政府信息情况</p>
      <table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>行政规范性文件</td><td>0</td><td>5</td><td>5</td></tr></table>
    </td></tr></table></body></html>"""
    doc = read_document(write(tmp_path, "nested.html", page.encode("utf-8")))
    (grid,) = doc.grids
    assert grid.rows[2] == ["行政规范性文件", "0", "5", "5"]
    assert doc.text.split("\n")[0] == "二、主动公开政府信息情况"
    assert cell_texts_at_spans(doc)


def test_layout_table_around_the_article_is_read_as_paragraphs(tmp_path):
    article = "2019年,上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导," * 8
    page = f"""<html><body><table><tr><td><a href="/">首页</a></td>
      <td><p>一、总体情况</p><p>{article}</p></td></tr></table></body></html>"""
    doc = read_document(write(tmp_path, "layout.html", page.encode("utf-8")))
    assert doc.grids == []
    assert doc.text.split("\n") == ["首页", "一、总体情况", article]


def test_web_page_saved_as_txt_is_read_as_html(tmp_path):
    page = (
        "<!DOCTYPE html><html><body><script>var n = 5;</script><p>行政诉讼 9 件</p></body></html>"
    )
    doc = read_document(write(tmp_path, "saved.txt", page.encode("utf-8")))
    assert doc.text == "行政诉讼9件"


# --- plain text and Markdown ------------------------------------------------------


def test_markdown_pipe_table_becomes_a_grid(tmp_path):
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
        "|---|---|---|---|---|\n"
        "| 5 |  |  | 2 | 7 |\n"
        "五、存在的主要问题及改进情况\n"
    )
    doc = read_document(write(tmp_path, "report.md", text.encode("utf-8")))
    (grid,) = doc.grids
    assert grid.rows == [
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        ["5", "", "", "2", "7"],
    ]
    assert doc.text.split("\n")[2] == "5\t\t\t2\t7"
    assert cell_texts_at_spans(doc)
    assert "---" not in doc.text


def test_text_file_with_markup_residue(tmp_path):
    text = "一、总体情况<br>2019年，主动公开政府信息&nbsp;16836&nbsp;条<p>比去年同期增长30%</p>"
    doc = read_document(write(tmp_path, "residue.txt", text.encode("utf-8")))
    assert doc.text == "一、总体情况\n2019年,主动公开政府信息16836条\n比去年同期增长30%"


def test_unknown_suffix_is_sniffed(tmp_path):
    page = "<!DOCTYPE html><html><body><p>行政复议 4 件</p></body></html>"
    doc = read_document(write(tmp_path, "report.shtm", page.encode("utf-8")))
    assert doc.media == "html"
    assert doc.text == "行政复议4件"


# --- PDF ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hongze() -> Document:
    return read_document(SAMPLE / "full" / "hongze_district_2023.pdf")


def test_pdf_text_layer_in_reading_order(hongze):
    assert hongze.media == "pdf"
    assert "2023年全区受理政府信息公开申请21件,均在法定期限答复。" in hongze.text
    assert "我区在政府网站平台主动公开政府信息1136条。" in hongze.text  # joined over a line wrap
    assert hongze.text.index("一、总体情况") < hongze.text.index(
        "三、收到和处理政府信息公开申请情况"
    )


def test_pdf_page_footers_are_dropped(hongze):
    assert "- 1 -" not in hongze.text and "- 3 -" not in hongze.text
    # the sentence broken by the first page's end reads on
    assert "严格执行“分级审核、先审后发”程序" in hongze.text


def test_pdf_tables_become_grids(hongze):
    rows = [row for grid in hongze.grids for row in grid.rows]
    assert ["行政事业性收费", "7730.28"] in rows
    assert ["行政规范性文件", "0", "5", "5"] in rows
    received = next(r for r in rows if r[0] == "一、本年新收政府信息公开申请数量")
    assert received[-7:] == ["21", "0", "0", "0", "0", "0", "21"]
    assert cell_texts_at_spans(hongze)
    # a table cell is not also left as loose text
    assert hongze.text.count("7730.28") == 1


def test_pdf_table_continued_over_a_page_break_is_one_grid(hongze):
    table3 = next(
        g
        for g in hongze.grids
        if any("（七）总计" in c or "(七)总计" in c for row in g.rows for c in row)
    )
    labels = [row[2] for row in table3.rows]
    assert "2.没有现成信息需要另行制作" in labels and "3.补正后申请内容仍不明确" in labels
    carried = next(r for r in table3.rows if r[2] == "3.补正后申请内容仍不明确")
    assert carried[:2] == ["三、本年度办理结果", "(四)无法提供"]


def _reportlab_pdf(draw) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_with_cjk_text_written_by_reportlab(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def draw(pdf):
        pdf.setFont("STSong-Light", 12)
        pdf.drawString(72, 750, "2023年，我区在政府网站平台主动公开政府信息1136条。")
        pdf.drawString(72, 60, "- 1 -")

    doc = read_document(write(tmp_path, "cjk.pdf", _reportlab_pdf(draw)))
    assert doc.text == "2023年,我区在政府网站平台主动公开政府信息1136条。"


def test_image_only_pdf_is_unreadable_without_ocr_and_empty_to_ocr(tmp_path):
    def draw(pdf):
        pdf.rect(72, 72, 400, 600, fill=1)  # what a scan looks like to a text reader

    scan = write(tmp_path, "scan.pdf", _reportlab_pdf(draw))
    with pytest.raises(UnreadableError, match="no text layer"):
        read_document(scan, ocr="never")
    with pytest.raises(UnreadableError, match="no text found by OCR"):
        read_document(scan)


def test_encrypted_pdf_is_unreadable(tmp_path):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt="secret")
    pdf.drawString(72, 750, "report")
    pdf.showPage()
    pdf.save()
    with pytest.raises(UnreadableError, match="encrypted"):
        read_document(write(tmp_path, "locked.pdf", buffer.getvalue()))


def test_corrupt_pdf_is_unreadable(tmp_path):
    truncated = (SAMPLE / "full" / "hongze_district_2023.pdf").read_bytes()[:2000]
    with pytest.raises(UnreadableError):
        read_document(write(tmp_path, "cut.pdf", truncated))
    with pytest.raises(UnreadableError, match="not a PDF"):
        read_document(write(tmp_path, "fake.pdf", "政府信息公开".encode("utf-8")))


# --- PDF: pdfium's objects held to pdfminer's ------------------------------------------


def _varied_pdf(rotation: int = 0, moved: bool = False) -> bytes:
    """One page with what report PDFs are made of: CJK and Latin text, text scaled by its
    matrix rather than its font size (as Word writes it), invisible OCR text, a ruled table, a stroked box, a
    shaded bar, curves, a form XObject, turned text; the page turned by /Rotate, or its
    MediaBox moved off the origin. (Vertical writing: the real PDF's table labels.)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = UnicodeCIDFont("STSong-Light")
    pdfmetrics.registerFont(font)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    if rotation:
        pdf.setPageRotation(rotation)
    pdf.setFont(font.name, 12)
    pdf.drawString(72, 750, "一、总体情况 2023年 收到申请 12 件")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 730, "Table 1 (2023)")
    ocr = pdf.beginText(72, 715)  # a scan's OCR layer: text drawn invisible
    ocr.setFont(font.name, 10)
    ocr.setTextRenderMode(3)
    ocr.textLine("扫描件的文字层")
    pdf.drawText(ocr)
    pdf.saveState()
    pdf.transform(10.5, 0, 0, 10.5, 72, 690)
    pdf.setFont(font.name, 1)
    pdf.drawString(0, 0, "主动公开政府信息1136条")
    pdf.restoreState()
    pdf.setLineWidth(0.5)
    for i in range(4):
        pdf.line(72, 600 - 20 * i, 400, 600 - 20 * i)
    for x in (72, 200, 300, 400):
        pdf.line(x, 600, x, 540)
    pdf.setFont(font.name, 10)
    for x, y, text in [
        (80, 585, "项目"),
        (210, 585, "数量"),
        (80, 565, "行政复议"),
        (310, 565, "4"),
    ]:
        pdf.drawString(x, y, text)
    pdf.rect(72, 480, 100, 40, stroke=1, fill=0)
    pdf.setFillGray(0.8)
    pdf.rect(200, 480, 100, 40, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.circle(350, 500, 20)
    pdf.bezier(72, 450, 100, 470, 150, 430, 200, 450)
    pdf.beginForm("frame")
    pdf.line(0, 0, 100, 0)
    pdf.rect(0, 0, 100, 30)
    pdf.setFont(font.name, 9)
    pdf.drawString(5, 10, "表单里的字")
    pdf.endForm()
    pdf.saveState()
    pdf.translate(72, 380)
    pdf.doForm("frame")
    pdf.restoreState()
    pdf.saveState()
    pdf.translate(300, 300)
    pdf.rotate(90)
    pdf.setFont(font.name, 10)
    pdf.drawString(0, 0, "旋转的文字")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if moved:  # the same number of bytes, so the cross-reference table still holds
        data = data.replace(b"/MediaBox [ 0 0 595 842 ]", b"/MediaBox [ 9 7 595 842 ]")
        assert b"/MediaBox [ 9 7 595 842 ]" in data
    return data


PDF_VARIANTS = {
    "straight": lambda: _varied_pdf(),
    "rotate-90": lambda: _varied_pdf(rotation=90),
    "rotate-180": lambda: _varied_pdf(rotation=180),
    "rotate-270": lambda: _varied_pdf(rotation=270),
    "mediabox-moved": lambda: _varied_pdf(moved=True),
    "hongze-real": lambda: (SAMPLE / "full" / "hongze_district_2023.pdf").read_bytes(),
}
# pdfium's loose char box against pdfminer's: the same advance and font size; the baseline
# may sit where a different descent puts it, and turned text gets its glyph's box. Well
# under a char's size, so a char lands in the same table cell and line.
CHAR_SLACK = 1.5


def _both_readings(data: bytes):
    import pdfplumber
    import pypdfium2 as pdfium

    from govbench.read import pdf_objects

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        document = pdfium.PdfDocument(data)
        for number, page in enumerate(pdf.pages):
            pdfium_page = document[number]
            yield page.objects, pdf_objects.Page(page, pdfium_page).objects
            pdfium_page.close()
        document.close()


@pytest.mark.parametrize("variant", PDF_VARIANTS)
def test_pdfium_reads_the_chars_and_rules_pdfminer_reads(variant):
    for by_pdfminer, by_pdfium in _both_readings(PDF_VARIANTS[variant]()):
        unmatched = list(by_pdfium["char"])
        assert len(unmatched) == len(by_pdfminer["char"]) > 0
        for char in by_pdfminer["char"]:
            near = [
                c
                for c in unmatched
                if c["text"] == char["text"]
                and c["upright"] == char["upright"]
                and all(abs(c[k] - char[k]) <= CHAR_SLACK for k in ("x0", "x1", "top", "bottom"))
            ]
            assert near, f"{char['text']!r} at {char['x0']:.1f},{char['top']:.1f}"
            unmatched.remove(
                min(near, key=lambda c: abs(c["x0"] - char["x0"]) + abs(c["top"] - char["top"]))
            )
        for kind in ("line", "rect", "curve"):

            def boxes(objects):
                return sorted(
                    (
                        round(o["x0"], 2),
                        round(o["top"], 2),
                        round(o["x1"], 2),
                        round(o["bottom"], 2),
                        o["stroke"],
                        o["fill"],
                    )
                    for o in objects.get(kind, [])
                )

            assert boxes(by_pdfium) == boxes(by_pdfminer), kind


@pytest.fixture(scope="module")
def generated_pdfs(tmp_path_factory) -> list[bytes]:
    from govbench.synth import generate

    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 60, seed=5)
    pdfs = [p.read_bytes() for p in sorted(folder.glob("*.pdf"))]
    assert pdfs
    return pdfs


def test_pdf_reads_the_same_when_pdfium_cannot_open_it(generated_pdfs, monkeypatch):
    """A file pdfium refuses keeps pdfminer's reading, and that reading is the same."""
    import pypdfium2 as pdfium

    from govbench.read.pdf import read_pdf

    samples = [*(make() for make in PDF_VARIANTS.values()), *generated_pdfs]
    by_pdfium = [read_pdf(data).blocks for data in samples]

    def refuse(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document")

    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    assert [read_pdf(data).blocks for data in samples] == by_pdfium


def test_tables_are_found_and_read_as_pdfplumber_finds_and_reads_them(generated_pdfs):
    import pdfplumber

    from govbench.read.pdf import _pages
    from govbench.read.pdf_tables import cell_texts, find_tables

    tables = single_char_cells = 0
    for data in [PDF_VARIANTS["hongze-real"](), *generated_pdfs]:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in _pages(pdf, data):
                found = find_tables(page)
                theirs = page.find_tables()
                assert [t.cells for t in found] == [t.cells for t in theirs]
                for table in found:
                    texts = cell_texts(table)
                    assert texts == table.extract()
                    tables += 1
                    single_char_cells += sum(len(t or "") == 1 for row in texts for t in row)
    assert tables >= 5 and single_char_cells >= 100


# --- DOCX --------------------------------------------------------------------------


def _docx_report() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("二、主动公开政府信息情况")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第（一）项"
    for c, text in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        table.cell(1, c).text = text
    for r, figures in ((2, ["规章", "0", "0", "0"]), (3, ["行政规范性文件", "0", "5", "5"])):
        for c, text in enumerate(figures):
            table.cell(r, c).text = text
    table.cell(2, 2).merge(table.cell(3, 2)).text = "5"  # a vertical merge
    document.add_paragraph("三、收到和处理政府信息公开申请情况")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_merged_cells_in_body_order(tmp_path):
    doc = read_document(write(tmp_path, "report.docx", _docx_report()))
    lines = doc.text.split("\n")
    assert lines[0] == "二、主动公开政府信息情况"
    assert lines[1] == "\t".join(["第二十条第(一)项"] * 4)
    assert lines[-1] == "三、收到和处理政府信息公开申请情况"
    (grid,) = doc.grids
    assert grid.rows[2] == ["规章", "0", "5", "0"]
    assert grid.rows[3] == ["行政规范性文件", "0", "5", "5"]
    assert cell_texts_at_spans(doc)
    assert doc.media == "docx"


def test_docx_table_rows_read_merges_as_python_docx_row_cells_does():
    import docx

    document = docx.Document()
    table = document.add_table(rows=5, cols=4)
    for r in range(5):
        for c in range(4):
            table.cell(r, c).text = f"{r}{c}"
    table.cell(0, 0).merge(table.cell(0, 3))  # across the whole row
    table.cell(1, 1).merge(table.cell(3, 2))  # a block, both ways
    table.cell(2, 3).merge(table.cell(4, 3))  # down to the last row
    table.cell(4, 0).paragraphs[0].add_run("\n第二段")  # a break inside a cell
    expected = [[cell.text for cell in row.cells] for row in table.rows]
    assert docx_reader.table_rows(table._tbl) == expected  # the table's w:tbl element
    assert expected[3][1:3] == [expected[1][1]] * 2  # the merge did repeat


def test_docx_paragraph_text_is_python_docx_text():
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraphs = [
        "<w:p {w}/>",
        "<w:p {w}><w:r><w:t>共收到申请</w:t><w:tab/><w:t>12</w:t></w:r><w:r><w:t>件</w:t></w:r></w:p>",
        # a hyperlink's runs count; a line break is a newline, a page break nothing
        "<w:p {w}><w:hyperlink><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>"
        '<w:r><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:cr/></w:r></w:p>',
        '<w:p {w}><w:r><w:t xml:space="preserve"> 2020</w:t><w:noBreakHyphen/>'
        "<w:ptab/><w:t/></w:r></w:p>",
        # text outside a run or hyperlink (a field, an insertion) is not the paragraph's
        "<w:p {w}><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:t>正文</w:t></w:r></w:p>",
    ]
    for xml in paragraphs:
        p = parse_xml(xml.format(w=w))
        assert docx_reader.paragraph_text(p) == p.text
    assert docx_reader.paragraph_text(parse_xml(paragraphs[2].format(w=w))) == "政府网站\n第二行\n"


def test_docx_that_is_not_a_zip(tmp_path):
    with pytest.raises(UnreadableError, match="not a DOCX file"):
        read_document(write(tmp_path, "report.docx", "政府信息公开".encode("utf-8")))


def test_docx_zip_bomb_refused_without_inflating(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_DOCX_UNCOMPRESSED", 10_000)
    with pytest.raises(UnreadableError, match="zip bomb"):
        read_document(write(tmp_path, "report.docx", _docx_report()))


def test_zip_without_a_document_part(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.txt", "x")
    with pytest.raises(UnreadableError, match="not a DOCX file"):
        read_document(write(tmp_path, "report.docx", buffer.getvalue()))


# --- files that are no report -----------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("empty.txt", b""),
        ("blank.txt", b" \r\n\t \n"),
        ("blank.html", b"<html><body><p>&nbsp;</p></body></html>"),
        ("bom-only.html", b"\xef\xbb\xbf"),
    ],
)
def test_empty_files_are_unreadable(tmp_path, name, data):
    with pytest.raises(UnreadableError, match="empty file|no text"):
        read_document(write(tmp_path, name, data))


@pytest.mark.parametrize(
    "name, data",
    [
        ("scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("report.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200)),
        ("report.txt", "政府信息".encode("utf-8") + b"\x00\x00\x01\x02" * 50),
    ],
)
def test_binary_files_are_unreadable(tmp_path, name, data):
    with pytest.raises(UnreadableError, match="binary"):
        read_document(write(tmp_path, name, data))


def test_size_limit(tmp_path, monkeypatch):
    import govbench.read as read

    monkeypatch.setattr(read, "MAX_FILE_BYTES", 100)
    with pytest.raises(UnreadableError, match="too large"):
        read_document(write(tmp_path, "big.txt", SIMPLIFIED.encode("utf-8")))


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableError, match="not found"):
        read_document(tmp_path / "absent.txt")


# --- any bytes at all ----------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(alphabet="<>/&;#|\t\n 表三0123456789tdrpbx=\"'", max_size=200).map(str.encode),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx", ".bin"]),
)
def test_any_bytes_give_a_document_or_a_one_line_reason(data, suffix):
    try:
        doc = read_bytes(data, source="fuzz", suffix=suffix)
    except UnreadableError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert doc.text.strip()
        assert all(
            doc.text[s:e] == cell
            for g in doc.grids
            for row, spans in zip(g.rows, g.spans)
            for cell, (s, e) in zip(row, spans)
        )


# --- a PDF's text saved as .txt, hard-wrapped at the page width ------------------------

WRAPPED_PARAGRAPHS = [
    "2023年,我区坚持以公开为常态、不公开为例外,通过区政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息3625条,"
    "其中行政规范性文件12件,发布政策解读46篇,较好地保障了人民群众的知情权、参与权和监督权。",
    "全年共收到政府信息公开申请86件,均在法定期限内予以答复,未因政府信息公开工作被申请行政复议或提起行政诉讼。",
    "区政府门户网站和政务新媒体严格执行信息发布审核制度,全年通过“某区发布”微信公众号发布信息1280条,"
    "做到了及时、准确、规范,确保公开信息的质量和权威性。",
]


def test_a_hard_wrapped_text_is_read_as_its_paragraphs(tmp_path):
    from govbench.parse import parse_document

    width = 30
    lines = ["某区人民政府2023年政府信息公开工作年度报告", "一、总体情况"]
    for paragraph in WRAPPED_PARAGRAPHS:
        lines += [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    for paragraph in WRAPPED_PARAGRAPHS:
        assert paragraph in doc.text.split("\n")  # each paragraph one line again
    assert "一、总体情况" in doc.text.split("\n")  # a heading stays its own line
    facts = {f.metric: f.value for f in parse_document(doc).facts}
    assert facts["proactive_items_total"] == 3625 and facts["requests_received"] == 86


def test_a_text_of_one_paragraph_a_line_is_left_as_it_is(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text(
        "\n".join(["一、总体情况", *WRAPPED_PARAGRAPHS, "二、主动公开政府信息情况"]),
        encoding="utf-8",
    )
    assert read_document(path).text.split("\n") == [
        "一、总体情况",
        *WRAPPED_PARAGRAPHS,
        "二、主动公开政府信息情况",
    ]
