"""OFD (GB/T 33190, China's fixed-layout format) -> paragraphs and grids, read with lxml.

An OFD file is a zip of XML: OFD.xml names each document's Document.xml, which lists the
pages; each page's Content.xml holds TextObjects (a Boundary box, a font Size, TextCodes
with the X/Y of the first glyph's baseline and DeltaX between glyphs) and PathObjects (the
table rules) in millimetres. The glyphs are placed, the rules make ruled tables
(ruled.py, as for OCR), the rest is grouped into lines by baseline, and the lines and
tables go through the PDF path's layout (paragraphs, tables over page breaks).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from ..model import UnreadableError
from . import ruled
from .docx import MAX_DOCX_UNCOMPRESSED, _inflated
from .layout import Layout
from .normalise import is_page_footer

MAX_PAGES = 300
MAX_GLYPHS = 2_000_000  # over all pages: a report has some tens of thousands
PX_PER_MM = 200 / 25.4  # ruled.py works in pixels at 200 dpi
MIN_RULE_MM = 2.0  # a path segment shorter than this is no table rule
_STRAIGHT_MM = 0.3  # a segment this far from level (plumb) is still straight
_BAR_MM = 0.8  # a filled box this thin is a rule drawn as a bar
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
)


@dataclass
class _Glyph:
    text: str
    x: float  # left, mm
    baseline: float  # mm, y downwards
    size: float  # mm

    @property
    def middle(self) -> tuple[float, float]:
        return self.x + self.size / 2, self.baseline - self.size * 0.35


def read_ofd(data: bytes) -> Layout:
    from .pdf import _lay_out, _Line, _Table

    package = _Package(data)
    blocks: list = []
    offset = 0.0
    glyph_count = 0
    for page_xml, height in package.pages():
        glyphs, rules = _page_objects(page_xml)
        glyph_count += len(glyphs)
        if glyph_count > MAX_GLYPHS:
            raise UnreadableError(f"OFD holds more than {MAX_GLYPHS:,} characters: refused")
        lines, tables = _page_blocks(glyphs, rules)
        blocks += sorted(
            [
                *(_Line(offset + top, text, x1, width) for top, text, x1, width in lines),
                *(_Table(offset + top, rows) for top, rows in tables),
            ],
            key=lambda b: b.top,
        )
        offset += height
    if not blocks:
        raise UnreadableError("no text found in the OFD (its pages may be scanned images)")
    layout = Layout()
    _lay_out(blocks, layout)
    return layout


class _Package:
    """The zip's parts, each inflated on demand within the size limits of a DOCX."""

    def __init__(self, data: bytes) -> None:
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise UnreadableError("corrupt OFD (a damaged or truncated zip)") from exc
        infos = self.archive.infolist()
        self.names = {info.filename.lstrip("/"): info for info in infos}
        if "OFD.xml" not in self.names:
            raise UnreadableError("not an OFD file (no OFD.xml)")
        declared = sum(info.file_size for info in infos)
        if declared > MAX_DOCX_UNCOMPRESSED:
            raise UnreadableError(
                f"OFD inflates to {declared // 2**20} MB: refused as a likely zip bomb"
            )

    def xml(self, name: str):
        info = self.names.get(name.lstrip("/"))
        if info is None:
            raise UnreadableError(f"corrupt OFD (missing part {name})")
        try:
            return etree.fromstring(_inflated(self.archive, info, keep=True), _PARSER)
        except UnreadableError as exc:
            raise UnreadableError(str(exc).replace("DOCX", "OFD")) from None
        except etree.XMLSyntaxError as exc:
            raise UnreadableError(f"corrupt OFD ({name}: {exc.msg})") from exc

    def pages(self):
        """(Content.xml root, page height in mm) of every page of every document."""
        count = 0
        for root_location in _texts(self.xml("OFD.xml"), "DocRoot"):
            document_name = _resolve("", root_location)
            document = self.xml(document_name)
            default_box = _box(_first_text(document, "PhysicalBox"))
            for page in document.iter("{*}Page"):
                location = page.get("BaseLoc")
                if not location:
                    continue
                count += 1
                if count > MAX_PAGES:
                    raise UnreadableError(
                        f"OFD has more than {MAX_PAGES} pages; a report has fewer"
                    )
                content = self.xml(_resolve(document_name, location))
                box = _box(_first_text(content, "PhysicalBox")) or default_box
                yield content, (box[3] if box else 297.0)


def _resolve(base_file: str, location: str) -> str:
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_file), location))


def _texts(root, tag: str) -> list[str]:
    return [e.text.strip() for e in root.iter(f"{{*}}{tag}") if e.text and e.text.strip()]


def _first_text(root, tag: str) -> str | None:
    found = _texts(root, tag)
    return found[0] if found else None


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    values = _numbers(text)
    return tuple(values[:4]) if len(values) >= 4 else None  # type: ignore[return-value]


def _matrix(text: str | None) -> tuple[float, ...]:
    values = _numbers(text)
    return tuple(values[:6]) if len(values) >= 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _apply(ctm: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = ctm
    return a * x + c * y + e, b * x + d * y + f


def _deltas(text: str | None) -> list[float]:
    """DeltaX/DeltaY: numbers, where "g N D" stands for D repeated N times."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                out += [float(tokens[i + 2])] * min(int(float(tokens[i + 1])), 100_000)
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            pass
        i += 1
    return out


def _page_objects(page) -> tuple[list[_Glyph], list[tuple[float, float, float, float]]]:
    """The page's glyphs and straight path segments (x0, y0, x1, y1), in page mm."""
    glyphs: list[_Glyph] = []
    segments: list[tuple[float, float, float, float]] = []
    for obj in page.iter("{*}TextObject", "{*}PathObject"):
        box = _box(obj.get("Boundary")) or (0.0, 0.0, 0.0, 0.0)
        ctm = _matrix(obj.get("CTM"))
        if etree.QName(obj).localname == "TextObject":
            glyphs += _glyphs(obj, box, ctm)
        elif obj.get("Stroke", "true") != "false" or min(box[2], box[3]) <= _BAR_MM:
            # a filled, unstroked box is cell shading, not a rule, unless it is a thin bar
            segments += _segments(obj, box, ctm)
    return glyphs, segments


def _glyphs(obj, box, ctm) -> list[_Glyph]:
    size = float(obj.get("Size") or 3.5)
    scale = abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) ** 0.5 or 1.0
    out: list[_Glyph] = []
    x = y = 0.0
    for code in obj.iter("{*}TextCode"):
        text = "".join(code.itertext())  # an entity left unexpanded is skipped
        x = float(code.get("X", x))
        y = float(code.get("Y", y))
        dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        for i, char in enumerate(text):
            px, py = _apply(ctm, x, y)
            if not char.isspace():
                out.append(_Glyph(char, box[0] + px, box[1] + py, size * scale))
            x += dx[i] if i < len(dx) else size
            y += dy[i] if i < len(dy) else 0.0
    return out


_PATH_TOKEN = re.compile(r"[A-Za-z]|-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def _segments(obj, box, ctm) -> list[tuple[float, float, float, float]]:
    """Straight segments of a path's AbbreviatedData (M, L, B, Q, A, C of GB/T 33190
    9.3.3; curves are no rules and are skipped past), in page mm."""
    data = _first_text(obj, "AbbreviatedData")
    if not data:
        return []
    tokens = _PATH_TOKEN.findall(data)
    arity = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
    out = []
    start = current = None
    i = 0
    while i < len(tokens):
        op = tokens[i]
        i += 1
        if op not in arity:
            continue
        args = []
        try:
            args = [float(t) for t in tokens[i : i + arity[op]]]
        except ValueError:
            break
        i += arity[op]
        if op in ("S", "M"):
            current = start = _apply(ctm, *args[:2])
        elif op == "L" and current is not None:
            point = _apply(ctm, *args[:2])
            out.append((*current, *point))
            current = point
        elif op == "C" and current is not None and start is not None:
            out.append((*current, *start))
            current = start
        elif len(args) >= 2:
            current = _apply(ctm, *args[-2:])
    return [(box[0] + x0, box[1] + y0, box[0] + x1, box[1] + y1) for x0, y0, x1, y1 in out]


def _rules(segments) -> tuple[list[ruled.Rule], list[ruled.Rule]]:
    """Level and plumb segments as rules, in pixels at 200 dpi, collinear pieces joined (a
    table's rule is often drawn cell by cell)."""
    horizontal, vertical = [], []
    for x0, y0, x1, y1 in segments:
        if abs(y1 - y0) <= _STRAIGHT_MM and abs(x1 - x0) >= MIN_RULE_MM:
            horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= _STRAIGHT_MM and abs(y1 - y0) >= MIN_RULE_MM:
            vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return _joined(horizontal), _joined(vertical)


def _joined(pieces: list[tuple[float, float, float]]) -> list[ruled.Rule]:
    rules: list[ruled.Rule] = []
    for at, start, end in sorted(pieces):
        at, start, end = at * PX_PER_MM, start * PX_PER_MM, end * PX_PER_MM
        last = rules[-1] if rules else None
        if last and abs(last.at - at) <= ruled.TOL / 2 and start <= last.end + ruled.TOL:
            last.end = max(last.end, end)
        else:
            rules.append(ruled.Rule(at, start, end))
    return rules


def _page_blocks(glyphs: list[_Glyph], segments):
    """(lines as (top, text, right end, char width), tables as (top, rows)) in pixels."""
    horizontal, vertical = _rules(segments)
    tables = ruled.tables(horizontal, vertical)
    placed: set[int] = set()
    for table in tables:
        for cell in table.cells:
            x0, y0, x1, y1 = cell.box
            inside = [
                i
                for i, g in enumerate(glyphs)
                if i not in placed
                and x0 <= g.middle[0] * PX_PER_MM <= x1
                and y0 <= g.middle[1] * PX_PER_MM <= y1
            ]
            placed.update(inside)
            cell.text = "\n".join(_line_text(line) for line in _lines([glyphs[i] for i in inside]))
    lines = []
    for line in _lines([g for i, g in enumerate(glyphs) if i not in placed]):
        text = _line_text(line)
        if not text.strip() or is_page_footer(text):
            continue
        left, right = line[0].x, line[-1].x + line[-1].size
        top = min(g.baseline - g.size for g in line)
        lines.append(
            (
                top * PX_PER_MM,
                text,
                right * PX_PER_MM,
                (right - left) * PX_PER_MM / max(len(text), 1),
            )
        )
    return lines, [ruled.grid(t)[:2] for t in tables]


def _lines(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs sharing a baseline (within a third of their size), left to right."""
    lines: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.baseline, g.x)):
        if lines and abs(lines[-1][-1].baseline - glyph.baseline) <= glyph.size / 3:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    return [sorted(line, key=lambda g: g.x) for line in lines]


def _line_text(line: list[_Glyph]) -> str:
    """A gap wider than half a character between glyphs is a space."""
    out = ""
    for i, glyph in enumerate(line):
        if i:
            before = line[i - 1]
            width = before.size if not before.text.isascii() else before.size / 2
            if glyph.x - (before.x + width) > glyph.size / 2:
                out += " "
        out += glyph.text
    return out
