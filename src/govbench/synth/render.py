"""Renderings of a synthetic report's blocks: clean text, crawler-flattened text, HTML,
DOCX and PDF. DOCX and PDF are made byte-identical for the same blocks (fixed timestamps
and ids), so a corpus is reproducible from its seed.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from functools import cache
from typing import Iterator
from xml.sax.saxutils import escape

from govbench.synth.text import Block, Cell, TableSpec

FLAT_LAYOUTS = ("run_together", "number_run", "split_lines")
_NAV = "当前位置： 首页 > 政务公开 > 政府信息公开年报    字体：[ 大 中 小 ]    打印本页 关闭窗口"


def texts(blocks: list[Block]) -> Iterator[tuple[str, str]]:
    """(kind, text) of the non-table blocks, in order."""
    for kind, payload in blocks:
        if kind != "table":
            yield kind, payload


# ---------------------------------------------------------------- text


def render_txt(blocks: list[Block]) -> str:
    """Clean lines: one paragraph a line, a table row as its label then its numbers."""
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            lines += payload.header[1:]
            lines += [" ".join(filter(None, (label, *nums))) for label, nums in payload.rows]
        else:
            lines.append(payload)
    return "\n".join(lines) + "\n"


def render_txt_flat(blocks: list[Block], layout: str) -> str:
    """Text as PDF extraction or a crawler leaves it (FORMATS.md, corpus/README.md)."""
    if layout == "run_together":
        return _run_together(blocks)
    if layout == "number_run":
        return _number_run(blocks)
    return _split_lines(blocks)


def _run_together(blocks: list[Block]) -> str:
    """Crawler text: a header, then the whole body on one line, table cells run together
    without separators (`3000003` is 3,0,0,0,0,0,3)."""
    head: list[str] = []
    body: list[str] = []
    for kind, payload in blocks:
        if kind in ("title", "mark"):
            head.append(payload)
        elif kind == "table":
            body += payload.header[1:]
            body += [label + "".join(nums) for label, nums in payload.rows]
        else:
            body.append(payload)
    return "\n".join([*head, _NAV, "".join(body)]) + "\n"


def _number_run(blocks: list[Block]) -> str:
    """Table labels one a line, then every number of the table as one row-major run."""
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            lines += payload.header[1:]
            lines += [label for label, _ in payload.rows if label]
            lines.append(" ".join(n or "0" for _, nums in payload.rows for n in nums))
        else:
            lines.append(payload)
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _split_lines(blocks: list[Block]) -> str:
    """PDF-extraction text: paragraphs wrapped, long labels wrapped, numbers on their own
    line after the label, page footers `- n -` between pages."""
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            lines += payload.header[1:]
            for label, nums in payload.rows:
                lines += _wrap(label, 18) if label else []
                if nums:
                    lines.append(" ".join(n or "0" for n in nums))
        elif kind in ("title", "mark", "meta", "h"):
            lines.append(payload)
        else:
            lines += _wrap(payload, 30)
    page_lines = 34
    out: list[str] = []
    for start in range(0, len(lines), page_lines):
        out += lines[start : start + page_lines]
        out.append(f"- {start // page_lines + 1} -")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- html


def render_html(blocks: list[Block], charset: str) -> str:
    title = next(text for kind, text in texts(blocks) if kind == "title")
    parts = [
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">',
        f"<title>{html.escape(title)}</title></head><body>",
    ]
    for kind, payload in blocks:
        if kind == "table":
            parts.append(_html_table(payload))
        elif kind == "title":
            parts.append(
                f'<p style="text-align:center;font-weight:bold">{html.escape(payload)}</p>'
            )
        else:
            parts.append(f"<p>{html.escape(payload)}</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _html_table(spec: TableSpec) -> str:
    rows = []
    for row in spec.grid:
        cells = []
        for text, rowspan, colspan in row:
            spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
                f' colspan="{colspan}"' if colspan > 1 else ""
            )
            cells.append(f"<td{spans}>{html.escape(text) if text else '&nbsp;'}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1"><tbody>' + "".join(rows) + "</tbody></table>"


def place(grid: list[list[Cell]]) -> tuple[int, int, list[tuple[int, int, int, int, str]]]:
    """Positions of HTML-style cells on the full grid: (row, col, rowspan, colspan, text)."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(grid):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, rowspan, colspan, text))
            taken.update((r + i, c + j) for i in range(rowspan) for j in range(colspan))
            c += colspan
    n_cols = max(c for _, c in taken) + 1
    return len(grid), n_cols, placed


# ---------------------------------------------------------------- docx

_FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@cache
def _docx_template() -> tuple[tuple[tuple[str, bytes], ...], str, str]:
    """The parts of an empty python-docx document with fixed core properties, and its
    document.xml split where the body content goes. Building each report's document.xml
    as a string and zipping it with these parts is ~20x faster than python-docx per file."""
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = "govbench synth"
    props.created = props.modified = props.last_printed = _FIXED_TIME
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(raw) as package:
        parts = tuple((info.filename, package.read(info.filename)) for info in package.infolist())
    xml = dict(parts)["word/document.xml"].decode("utf-8")
    cut = xml.rindex("<w:sectPr")
    return parts, xml[:cut], xml[cut:]


def render_docx(blocks: list[Block]) -> bytes:
    parts, head, tail = _docx_template()
    body: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            body.append(_docx_table(payload))
        else:
            style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if kind == "title" else ""
            body.append(
                f'<w:p>{style}<w:r><w:t xml:space="preserve">{escape(payload)}</w:t></w:r></w:p>'
            )
    document_xml = (head + "".join(body) + tail).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, data in parts:
            # Fixed entry times: the same blocks give the same bytes.
            entry = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(entry, document_xml if name == "word/document.xml" else data)
    return out.getvalue()


def _docx_table(spec: TableSpec) -> str:
    """A Word table with merged cells (gridSpan / vMerge) as WordprocessingML;
    python-docx reads the merged cell's text repeated across the merge."""
    n_rows, n_cols, placed = place(spec.grid)
    origin: dict[tuple[int, int], tuple[int, int, str, bool]] = {}
    for r, c, rowspan, colspan, text in placed:
        for i in range(rowspan):
            origin[(r + i, c)] = (rowspan, colspan, text if i == 0 else "", i == 0)
    rows = []
    for r in range(n_rows):
        tcs = []
        for c in range(n_cols):
            if (r, c) not in origin:
                continue  # covered by a horizontal span
            rowspan, colspan, text, first = origin[(r, c)]
            props = f'<w:gridSpan w:val="{colspan}"/>' if colspan > 1 else ""
            if rowspan > 1:
                props += '<w:vMerge w:val="restart"/>' if first else "<w:vMerge/>"
            run = f"<w:r><w:t>{escape(text)}</w:t></w:r>" if text else ""
            tcs.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run}</w:p></w:tc>")
        rows.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    grid = "".join('<w:gridCol w:w="800"/>' for _ in range(n_cols))
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>" + "".join(rows) + "</w:tbl><w:p/>"
    )


# ---------------------------------------------------------------- pdf

_CJK_FONT = "STSong-Light"
_TABLE_WIDTHS = {
    "table2": [165, 110, 110, 110],
    "table3": [28, 52, 170] + [35] * 7,
    "table4": [33] * 15,
}


@cache
def _pdf_styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(_CJK_FONT))
    body = ParagraphStyle(
        "body", fontName=_CJK_FONT, fontSize=10.5, leading=16, wordWrap="CJK", spaceAfter=4
    )
    return {
        "title": ParagraphStyle("title", parent=body, fontSize=15, leading=22, alignment=1),
        "h": ParagraphStyle("h", parent=body, fontSize=12, leading=18),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=6.5, leading=8, spaceAfter=0),
    }


def render_pdf(blocks: list[Block]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = _pdf_styles()
    story = []
    for kind, payload in blocks:
        if kind == "table":
            story.append(_pdf_table(payload, styles["cell"]))
        else:
            style = styles.get(kind, styles["body"])
            story.append(Paragraph(escape(payload), style))

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(_CJK_FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 28, f"- {doc.page} -")

    out = io.BytesIO()
    # invariant=1 fixes the creation date and document id, so the bytes repeat.
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=50,
        rightMargin=50,
        invariant=1,
        title="govbench synthetic report",
        author="govbench synth",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _pdf_table(spec: TableSpec, cell_style):  # type: ignore[no-untyped-def]
    from reportlab.platypus import Paragraph, Table, TableStyle

    n_rows, n_cols, placed = place(spec.grid)
    data: list[list[object]] = [[""] * n_cols for _ in range(n_rows)]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONT", (0, 0), (-1, -1), _CJK_FONT, 7),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for r, c, rowspan, colspan, text in placed:
        data[r][c] = (
            Paragraph(escape(text), cell_style)
            if not text.replace(".", "").lstrip("-").isdigit()
            else text
        )
        if rowspan > 1 or colspan > 1:
            commands.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
    return Table(data, colWidths=_TABLE_WIDTHS[spec.name], repeatRows=0, style=TableStyle(commands))
