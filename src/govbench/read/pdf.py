"""PDF -> paragraphs and grids, in reading order, page footers dropped: pdfium reads each
page's chars and paths (pdf_objects.py), pdfplumber finds the ruled tables (sped up in
pdf_tables.py) and the text lines."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFException
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ..model import NoTextLayer, UnreadableError
from . import pdf_objects, pdf_tables
from .layout import Layout
from .normalise import is_page_footer

# Annual reports run to a few dozen pages; a bigger PDF is something else and
# would take minutes to lay out.
MAX_PDF_PAGES = 300
# A line that ends this close (in character widths) to the text's right margin was
# wrapped by the layout and continues on the next line.
_WRAP_SLACK_CHARS = 1.5
_SENTENCE_END = re.compile(r"[。！？；!?;]\s*$")
_EPS = 1.0
# A filled rectangle thinner than this (pt) is a ruling line drawn as a bar.
_RULE_WIDTH = 2.0


@dataclass
class _Line:
    top: float
    text: str
    x1: float
    char_width: float
    confidence: float | None = None  # OCR's reading of it (ocr.py), 0..1


@dataclass
class _Table:
    top: float
    rows: list[list[str]]
    confidence: list[list[float]] | None = None  # OCR's reading of each cell


def read_pdf(data: bytes) -> Layout:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        with pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise UnreadableError(
                    f"PDF has {len(pdf.pages)} pages; a report has at most {MAX_PDF_PAGES}"
                )
            blocks: list[_Line | _Table] = []
            for page in _pages(pdf, data):
                blocks.extend(_page_blocks(page))
    except _PDF_ERRORS as exc:
        raise _unreadable(exc) from exc
    has_text = any(isinstance(b, _Line) or any(any(c for c in r) for r in b.rows) for b in blocks)
    if not has_text:
        raise NoTextLayer("no text layer (scanned image?)")
    layout = Layout()
    _lay_out(blocks, layout)
    return layout


def _pages(pdf, data: bytes):
    """The pages with their chars and paths read by pdfium (pdf_objects.py). A file or page
    pdfium cannot open, or a file whose pages it counts differently, keeps pdfminer's
    reading."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        yield from pdf.pages
        return
    try:
        if len(document) != len(pdf.pages):
            yield from pdf.pages
            return
        for number, plumber_page in enumerate(pdf.pages):
            try:
                pdfium_page = document[number]
            except pdfium.PdfiumError:
                yield plumber_page
                continue
            try:
                yield pdf_objects.Page(plumber_page, pdfium_page)
            finally:
                pdfium_page.close()
    finally:
        document.close()


# pdfminer meets a broken file with its own errors and, deeper in, with plain ones
_PDF_ERRORS = (
    PdfminerException,
    PDFException,
    PSException,
    ValueError,
    KeyError,
    TypeError,
    AssertionError,
    IndexError,
    EOFError,
)


def _unreadable(exc: Exception) -> UnreadableError:
    # pdfplumber wraps pdfminer's exception; the wrapped one says what went wrong
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return UnreadableError("encrypted PDF (needs a password)")
    reason = (str(cause) or type(cause).__name__).splitlines()[0][:120]
    return UnreadableError(f"corrupt PDF ({reason})")


def _page_blocks(page) -> list[_Line | _Table]:
    found_tables = pdf_tables.find_tables(page)
    rules = _printed_rules(page) if found_tables else []
    tables = [t for t in (_table(found, rules) for found in found_tables) if t is not None]
    regions = [bbox for bbox, _ in tables]

    def outside_tables(obj) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in regions)

    text_page = page.filter(outside_tables) if regions else page
    blocks: list[_Line | _Table] = []
    for line in text_page.extract_text_lines(return_chars=True):
        text = line["text"]
        if not text.strip() or is_page_footer(text):
            continue
        chars = line["chars"]
        width = (line["x1"] - line["x0"]) / max(len(chars), 1)
        blocks.append(_Line(line["top"], text, line["x1"], width))
    blocks.extend(_Table(bbox[1], rows) for bbox, rows in tables)
    blocks.sort(key=lambda b: b.top)
    return blocks


def _is_shading(obj) -> bool:
    return (
        obj["object_type"] == "rect"
        and bool(obj.get("fill"))
        and not obj.get("stroke")
        and obj["width"] > _RULE_WIDTH
        and obj["height"] > _RULE_WIDTH
    )


def _printed_rules(page) -> list[tuple[float, float, float]]:
    """Vertical rules a reader sees, as (x, top, bottom): lines, stroked boxes and thin
    bars, not the edges of cell shading."""
    rules = []
    for obj in [*page.lines, *page.rects]:
        if obj["object_type"] == "rect" and _is_shading(obj):
            continue
        if obj["object_type"] == "line" and abs(obj["x1"] - obj["x0"]) > _RULE_WIDTH:
            continue  # a horizontal line
        if obj["object_type"] == "rect" and obj["width"] <= _RULE_WIDTH:
            rules.append(((obj["x0"] + obj["x1"]) / 2, obj["top"], obj["bottom"]))
        elif obj["object_type"] == "rect":  # a stroked box: both its sides
            rules += [
                (obj["x0"], obj["top"], obj["bottom"]),
                (obj["x1"], obj["top"], obj["bottom"]),
            ]
        else:
            rules.append((obj["x0"], obj["top"], obj["bottom"]))
    return rules


def _table(
    found, rules: list[tuple[float, float, float]]
) -> tuple[tuple[float, float, float, float], list[list[str]]] | None:
    """A found table as (bbox of its data rows, expanded rows), or None when it is a
    page frame around prose (one column only)."""
    rows = _expanded(found)
    if rules:
        _join_unruled_label_cells(found, rows, rules)
    # A frame drawn around the page makes pdfplumber see prose lines as one-cell
    # rows; such rows at the table's edges are text, not table.
    bands = [row.bbox for row in found.rows]
    first, last = 0, len(rows)
    while first < last and _single_cell(found.rows[first]):
        first += 1
    while last > first and _single_cell(found.rows[last - 1]):
        last -= 1
    if last - first < 1 or max(len(set(r)) for r in rows[first:last]) < 2:
        return None
    x0 = min(b[0] for b in bands[first:last])
    x1 = max(b[2] for b in bands[first:last])
    bbox = (x0, bands[first][1], x1, bands[last - 1][3])
    return bbox, rows[first:last]


def _single_cell(row) -> bool:
    return row.cells[0] is not None and all(cell is None for cell in row.cells[1:])


def _expanded(found) -> list[list[str]]:
    """Rows with merged cells repeated: a cell's bbox tells which rows and columns
    it covers."""
    texts = pdf_tables.cell_texts(found)
    row_bands, col_bands = _bands(found)
    grid: list[list[str | None]] = [[None] * len(col_bands) for _ in row_bands]
    for r, row in enumerate(found.rows):
        for c, bbox in enumerate(row.cells):
            if bbox is None:
                continue
            x0, top, x1, bottom = bbox
            text = texts[r][c] or ""
            covered_rows = [
                i for i, (t, b) in enumerate(row_bands) if t >= top - _EPS and b <= bottom + _EPS
            ] or [r]
            covered_cols = [
                j
                for j, (left, right) in enumerate(col_bands)
                if left >= x0 - _EPS and right <= x1 + _EPS
            ] or [c]
            for i in covered_rows:
                for j in covered_cols:
                    grid[i][j] = text
    # A ruling line missing at a page edge leaves a position in no cell; its text
    # would be lost (it lies inside the table), so read it from the position's box.
    for i, (top, bottom) in enumerate(row_bands):
        for j, (left, right) in enumerate(col_bands):
            if grid[i][j] is None:
                grid[i][j] = _text_centred_in(found.page, (left, top, right, bottom))
    return grid


def _bands(found) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Each grid row's (top, bottom) and column's (left, right). A row's or column's
    own bbox is the union of the cells starting in it, which overreaches where a
    merged cell starts, so the bands run from one start to the next."""
    x0, top, x1, bottom = found.bbox
    tops = [r.bbox[1] for r in found.rows]
    lefts = [c.bbox[0] for c in found.columns]
    return (list(zip(tops, [*tops[1:], bottom])), list(zip(lefts, [*lefts[1:], x1])))


def _text_centred_in(page, box: tuple[float, float, float, float]) -> str:
    x0, top, x1, bottom = box

    def centred(obj) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return x0 <= x <= x1 and top <= y <= bottom

    return page.filter(centred).extract_text() or ""


_LABEL = re.compile(r"[\u3400-\u9fff]")


def _join_unruled_label_cells(
    found, rows: list[list[str]], rules: list[tuple[float, float, float]]
) -> None:
    """Cell shading draws an edge where the printed table has none, splitting a
    merged label cell ("（六）其他处理" over two label columns) into the label and
    a blank. A blank with no printed rule between it and a label on its left is part
    of that label. Figures are never copied: a blank beside a number stays blank."""
    col_bands = _bands(found)[1]
    for i, row in enumerate(found.rows):
        middle = (row.bbox[1] + row.bbox[3]) / 2
        for j in range(1, len(col_bands)):
            if rows[i][j] or not _LABEL.search(rows[i][j - 1]):
                continue
            x = col_bands[j][0]
            ruled = any(
                abs(rx - x) <= _EPS * 2 and top <= middle <= bottom for rx, top, bottom in rules
            )
            if not ruled:
                rows[i][j] = rows[i][j - 1]


def _lay_out(blocks: list[_Line | _Table], layout: Layout) -> None:
    """Join wrapped lines into paragraphs and continue a table across a page break."""
    right_margin = _right_margin([b.x1 for b in blocks if isinstance(b, _Line)])
    paragraph: list[str] = []
    confidences: list[float] = []
    after_table = False

    def end_paragraph() -> None:
        if paragraph:
            layout.add_line("\n".join(paragraph))
            if confidences:
                layout.confidence[len(layout.blocks) - 1] = min(confidences)
            paragraph.clear()
            confidences.clear()

    for block in blocks:
        if isinstance(block, _Table):
            end_paragraph()
            # a table right after a table is the same one going on past a page break
            if after_table and layout.blocks and isinstance(layout.blocks[-1], list):
                _carry_labels(layout.blocks[-1], block.rows)
            count = len(layout.blocks)
            layout.add_table(block.rows, continues=after_table)
            if block.confidence is not None:
                if len(layout.blocks) == count:  # went on in the table before
                    layout.confidence.setdefault(count - 1, []).extend(block.confidence)
                else:
                    layout.confidence[count] = [list(row) for row in block.confidence]
            after_table = True
            continue
        after_table = False
        paragraph.append(block.text)
        if block.confidence is not None:
            confidences.append(block.confidence)
        wrapped = block.x1 >= right_margin - _WRAP_SLACK_CHARS * block.char_width
        if not wrapped or _SENTENCE_END.search(block.text):
            end_paragraph()
    end_paragraph()


def _right_margin(line_ends: list[float]) -> float:
    """Where full lines end: a high percentile, so one odd wide line does not count."""
    if not line_ends:
        return 0.0
    ends = sorted(line_ends)
    return ends[int(0.9 * (len(ends) - 1))]


def _carry_labels(before: list[list[str]], after: list[list[str]]) -> None:
    """A label cell merged down across a page break prints only on the first page:
    the leading label columns left blank at the top of the continuation take the
    label above them, down to the next label in that column."""
    if not before or not after or len(before[-1]) != len(after[0]):
        return
    first = after[0]
    for j, cell in enumerate(first):
        if cell.strip():
            break  # only the leading blank columns
        label = before[-1][j]
        for row in after:
            if row[j].strip():
                break
            row[j] = label
