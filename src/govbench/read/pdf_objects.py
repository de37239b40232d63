"""A PDF page's chars and paths read by pdfium, handed to pdfplumber as its own objects.

pdfplumber reads a page through pdfminer, in Python: interpreting the content stream and
making a dict per char was three quarters of reading a PDF (benchmark/NOTES.md). pdfium
(Chrome's PDF engine, via pypdfium2) does that part in C. Everything after it — finding
ruled tables, reading their cells, grouping chars into lines — stays pdfplumber's: `Page`
below only replaces where the objects come from, and gives them in pdfminer's geometry:

- coordinates go through the page matrix pdfminer applies (MediaBox origin, /Rotate), then
  through pdfplumber's own conversion to top-down `top`/`bottom`;
- a char's box runs, like pdfminer's, across its advance width (pdfium's "loose" box) and
  one printed font size up from where the font's descent puts its bottom; vertical writing
  and turned text are the exceptions, said where they are handled;
- paths are split into subpaths and sorted into lines, rectangles and curves by pdfminer's
  rules (pdfminer.converter.PDFLayoutAnalyzer.paint_path) and converted by pdfplumber's own
  `process_object`, so ruling lines are the same objects as before.

Chars pdfium makes up (the spaces and line breaks it infers between text runs) are dropped:
pdfplumber infers its own spaces from the gaps.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pdfplumber.page
import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.layout import LTCurve, LTLine, LTRect

from ..model import UnreadableError

# A dense page of Chinese holds about 3,000 chars; a tiny PDF can inflate to millions.
MAX_PAGE_CHARS = 100_000

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

_SUBPATH = re.compile(r"m[^m]+")
# FPDFText_GetTextObject giving the address as an int, a key for the chars' text object,
# without building a ctypes pointer object for each char
_text_object_address = ctypes.CFUNCTYPE(ctypes.c_void_p, raw.FPDF_TEXTPAGE, ctypes.c_int)(
    ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value
)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (pdfminer.utils.mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _apply(m: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def page_matrix(mediabox, rotation: int) -> Matrix:
    """The matrix pdfminer starts a page with (pdfminer.pdfinterp.process_page)."""
    x0, y0, x1, y1 = mediabox
    if rotation == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotation == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotation == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


class Page(pdfplumber.page.Page):
    """A pdfplumber page whose objects pdfium read."""

    def __init__(self, plumber_page: pdfplumber.page.Page, pdfium_page: pdfium.PdfPage):
        super().__init__(
            plumber_page.pdf,
            plumber_page.page_obj,
            plumber_page.page_number,
            plumber_page.initial_doctop,
        )
        self._pdfium_page = pdfium_page
        self._ctm = page_matrix(plumber_page.page_obj.mediabox, plumber_page.rotation)

    def parse_objects(self) -> dict[str, list[dict]]:
        objects: dict[str, list[dict]] = {"char": self._chars()}
        for item in self._paths():
            obj = self.process_object(item)
            objects.setdefault(obj["object_type"], []).append(obj)
        return objects

    # -- chars

    def _chars(self) -> list[dict]:
        text_page = raw.FPDFText_LoadPage(self._pdfium_page.raw)
        if not text_page:
            return []
        try:
            return self._text_page_chars(text_page)
        finally:
            raw.FPDFText_ClosePage(text_page)

    def _text_page_chars(self, text_page) -> list[dict]:
        a, b, c, d, e, f = self._ctm
        height, (mb_x0, mb_top) = self.height, self.mediabox[:2]
        page_number, doctop = self.page_number, self.initial_doctop
        box = raw.FS_RECTF()
        box_ref = ctypes.byref(box)
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        char_matrix = raw.FS_MATRIX()
        runs: dict[int, _Run] = {}
        get_unicode, get_box = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox
        chars = []
        count = raw.FPDFText_CountChars(text_page)
        if count > MAX_PAGE_CHARS:  # each becomes a dict of a kilobyte: refused first
            raise UnreadableError(
                f"PDF page {page_number} has {count:,} characters: refused "
                f"(a report's page has a few thousand)"
            )
        for i in range(count):
            # the chars pdfium makes up (spaces, line breaks) belong to no text object
            key = _text_object_address(text_page, i)
            if not key:
                continue
            code = get_unicode(text_page, i)
            if code == 0 or not get_box(text_page, i, box_ref):
                continue
            run = runs.get(key)
            if run is None:
                run = runs[key] = _Run.of(text_page, i, self._ctm)
            if run.vertical:
                # pdfium's loose box of vertical writing takes the unscaled font size for
                # its width. pdfminer's box is one font size square, centred on where the
                # char is set, its bottom at pdfium's origin.
                raw.FPDFText_GetCharOrigin(text_page, i, origin_x, origin_y)
                raw.FPDFText_GetMatrix(text_page, i, char_matrix)
                left, bottom = char_matrix.e - run.size / 2, origin_y.value
                right, box_top = left + run.size, bottom + run.size
            elif run.size:
                # text set straight: pdfminer's box rises one font size from the descent
                left, bottom, right = box.left, box.bottom, box.right
                box_top = bottom + run.size
            else:  # turned text: pdfium's loose box
                left, bottom, right, box_top = box.left, box.bottom, box.right, box.top
            # into pdfminer's page space (pdfminer.pdfinterp.process_page)
            xa, ya = a * left + c * bottom + e, b * left + d * bottom + f
            xb, yb = a * right + c * box_top + e, b * right + d * box_top + f
            x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
            y0, y1 = (ya, yb) if ya <= yb else (yb, ya)
            width, char_height = x1 - x0, y1 - y0
            top = height - y1 + mb_top
            chars.append(
                {
                    "object_type": "char",
                    "page_number": page_number,
                    "text": chr(code),
                    "fontname": run.fontname,
                    "size": width if run.vertical else char_height,
                    "upright": run.upright,
                    "matrix": run.matrix,
                    "x0": x0 + mb_x0,
                    "x1": x1 + mb_x0,
                    "y0": y0,
                    "y1": y1,
                    "width": width,
                    "height": char_height,
                    "top": top,
                    "bottom": top + char_height,
                    "doctop": doctop + top,
                }
            )
        return chars

    # -- paths

    def _paths(self) -> Iterator[LTCurve]:
        page = self._pdfium_page.raw
        for i in range(raw.FPDFPage_CountObjects(page)):
            yield from self._object_paths(raw.FPDFPage_GetObject(page, i), self._ctm)

    def _object_paths(self, obj, outer: Matrix) -> Iterator[LTCurve]:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:  # a form XObject: its objects, in its space
            inner = _multiply(_matrix_of(obj), outer)
            for i in range(raw.FPDFFormObj_CountObjects(obj)):
                yield from self._object_paths(raw.FPDFFormObj_GetObject(obj, i), inner)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            yield from _painted(obj, _multiply(_matrix_of(obj), outer))


@dataclass(frozen=True)
class _Run:
    """What the chars of one text object share: the font, its printed size when the text is
    set straight (0 when it is turned), pdfminer's uprightness, and whether the font writes
    downwards (vertical writing: each char set below the one before)."""

    fontname: str
    size: float
    upright: bool
    matrix: Matrix
    vertical: bool

    @classmethod
    def of(cls, text_page, index: int, ctm: Matrix) -> _Run:
        m = raw.FS_MATRIX()
        raw.FPDFText_GetMatrix(text_page, index, m)
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        straight = own[1] == own[2] == 0 and own[0] > 0 and own[3] > 0
        # pdfium's font size is the Tf operand; pdfminer's is as printed
        size = raw.FPDFText_GetFontSize(text_page, index) * own[3] if straight else 0.0
        # A char's matrix is placed at its origin, except in vertical writing, whose
        # origin lies half a char to the left of where the glyph is centred.
        x, y = ctypes.c_double(), ctypes.c_double()
        raw.FPDFText_GetCharOrigin(text_page, index, x, y)
        vertical = straight and abs(x.value - own[4]) > 0.01 * max(size, 1.0)
        page = _multiply(own, ctm)
        upright = page[0] * page[3] > 0 and page[1] * page[2] <= 0
        return cls(
            _font_name(raw.FPDFText_GetTextObject(text_page, index)), size, upright, page, vertical
        )


def _matrix_of(obj) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _font_name(text_object) -> str:
    font = raw.FPDFTextObj_GetFont(text_object)
    if not font:
        return ""
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace")


def _painted(path, matrix: Matrix) -> Iterator[LTCurve]:
    """A path object as pdfminer's paint_path sees it: each subpath a line, a rectangle or
    a curve, in page coordinates; a path neither stroked nor filled paints nothing."""
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, fill_mode, stroked):
        return
    stroke, fill = bool(stroked.value), fill_mode.value != raw.FPDF_FILLMODE_NONE
    if not (stroke or fill):
        return
    evenodd = fill_mode.value == raw.FPDF_FILLMODE_ALTERNATE
    width = ctypes.c_float()
    linewidth = width.value if raw.FPDFPageObj_GetStrokeWidth(path, width) else 1.0
    ops, pts = _segments(path, matrix)
    shape = "".join(ops)
    for sub in _SUBPATH.finditer(shape):
        yield _classified(
            shape[sub.start() : sub.end()],
            pts[sub.start() : sub.end()],
            linewidth,
            stroke,
            fill,
            evenodd,
        )


def _segments(path, matrix: Matrix) -> tuple[list[str], list[Point]]:
    """pdfminer's path operators (m, l, c, h) with each one's end point. pdfium gives a
    Bézier as three segments (two control points, then the end): they become one "c"."""
    ops: list[str] = []
    pts: list[Point] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    start: Point | None = None
    pending_controls = 0
    for i in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, i)
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = _apply(matrix, x.value, y.value)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            ops.append("m")
            pts.append(point)
            start = point
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            pending_controls += 1
            if pending_controls < 3:
                continue
            pending_controls = 0
            ops.append("c")
            pts.append(point)
        else:
            ops.append("l")
            pts.append(point)
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            ops.append("h")
            pts.append(start)
    return ops, pts


def _classified(
    shape: str, pts: list[Point], linewidth: float, stroke: bool, fill: bool, evenodd: bool
) -> LTCurve:
    """One subpath by pdfminer's rules: "ml"/"mlh" a line, a closed axis-aligned
    four-sided loop a rectangle, anything else a curve."""
    pts = list(pts)
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"  # a redundant "l" back to the start
        pts.pop()
    colour = None  # not read: nothing here looks at colours
    path = [(op, point) if op != "h" else (op,) for op, point in zip(shape, pts)]
    if shape in {"mlh", "ml"}:
        return LTLine(linewidth, pts[0], pts[1], stroke, fill, evenodd, colour, colour, path)
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            return LTRect(
                linewidth, (*pts[0], *pts[2]), stroke, fill, evenodd, colour, colour, path
            )
    return LTCurve(linewidth, pts, stroke, fill, evenodd, colour, colour, path)
