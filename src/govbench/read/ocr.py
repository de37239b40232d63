"""Scanned PDFs and page images -> paragraphs and grids, by Tesseract OCR (the slow path).

Each page is a grey image (a PDF page rendered by pdfium at RENDER_DPI). Ruled tables are
found from their printed rules (long straight runs of ink), the rules are erased, and every
cell is read on its own: the cells of a page are stacked into one strip image with white
between them, so one Tesseract run reads them all without a row's figures running together
("0 0 0" read as "000"). The text outside the tables is read in a second run. Both give word
boxes with a confidence (Tesseract's TSV output); the lines and tables then go through the
PDF path's layout (paragraphs, tables continued over a page break).

Tesseract is optional at run time: without it the error says what to install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..model import UnreadableError
from . import ruled
from .layout import Layout
from .normalise import is_page_footer
from .ruled import TOL, Cell, Rule

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
LANGUAGE = "chi_sim"
RENDER_DPI = 200  # a report's 10.5-16 pt characters come out 30-45 px tall
PAGE_TIMEOUT_SECONDS = 180  # one Tesseract run; a normal page takes a few seconds
MAX_PAGES = 300  # as for a PDF with a text layer
MAX_IMAGE_PIXELS = 80_000_000  # a page scanned at 600 dpi is 35 M pixels
INK = 160  # grey levels below this are ink; cell shading is lighter
# Rules are often printed grey and thin, and come out lighter still once scanned: a rule's
# pixels are those below RULE_INK in a run; cell shading, as dark or darker, is told from a
# rule by its thickness.
RULE_INK = 200
MAX_RULE_THICKNESS = 8  # px
# A printed rule is a run of ink at least this long (px at RENDER_DPI): longer than any
# stroke of a character, shorter than the narrowest cell of a report's table.
MIN_RULE = 60
_GAP = 40  # px of white between cells in the strip


@dataclass
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..1
    line: tuple[int, int, int]  # Tesseract's (block, paragraph, line)

    @property
    def middle(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


def tesseract() -> str:
    command = shutil.which("tesseract")
    if command is None:
        raise UnreadableError(f"needs OCR, and Tesseract is not installed: {INSTALL_HINT}")
    return command


def read_image(data: bytes) -> Layout:
    """A page image (PNG, JPEG, TIFF; a multi-page TIFF is read page by page)."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise UnreadableError(
                    f"image of {image.width}x{image.height} pixels: refused "
                    f"(a page is at most {MAX_IMAGE_PIXELS:,})"
                )
            pages = [_grey(frame) for frame in ImageSequence.Iterator(image)][:MAX_PAGES]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadableError(f"corrupt image ({type(exc).__name__})") from exc
    return read_pages(pages)


def _grey(frame) -> np.ndarray:
    from PIL import Image

    flat = Image.new("RGBA", frame.size, (255, 255, 255, 255))
    flat.alpha_composite(frame.convert("RGBA"))  # a transparent background reads as white
    return np.asarray(flat.convert("L"))


def read_scanned_pdf(data: bytes) -> Layout:
    """Each page of a PDF rendered by pdfium and read by OCR."""
    import pypdfium2 as pdfium

    tesseract()  # say what to install before rendering anything
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableError(f"corrupt PDF ({exc})") from exc
    try:
        if len(document) > MAX_PAGES:
            raise UnreadableError(
                f"PDF has {len(document)} pages; a report has at most {MAX_PAGES}"
            )
        pages = []
        for number in range(len(document)):
            page = document[number]
            try:
                bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True)
                pages.append(np.asarray(bitmap.to_pil().convert("L")))
            finally:
                page.close()
    finally:
        document.close()
    return read_pages(pages)


def read_pages(pages: list[np.ndarray]) -> Layout:
    from .pdf import _lay_out, _Line, _Table

    tesseract()
    blocks: list = []
    offset = 0.0
    for grey in pages:
        lines, tables = read_page(grey)
        # pages follow one another: later pages' tops come after earlier ones'
        blocks += sorted(
            [
                *(
                    _Line(offset + top, text, x1, width, confidence)
                    for top, text, x1, width, confidence in lines
                ),
                *(_Table(offset + top, rows, confidence) for top, rows, confidence in tables),
            ],
            key=lambda b: b.top,
        )
        offset += grey.shape[0]
    layout = Layout()
    _lay_out(blocks, layout)
    return layout


def read_page(grey: np.ndarray):
    """One page -> (lines as (top, text, right end, char width, confidence), tables as
    (top, rows, cell confidences))."""
    ink = grey < INK
    horizontal, h_mask = _rules(grey < RULE_INK)
    vertical, v_mask = _rules((grey < RULE_INK).T)
    clean = grey.copy()
    clean[h_mask | v_mask.T] = 255
    tables = ruled.tables(horizontal, vertical)
    cells = [cell for table in tables for cell in table.cells]
    _read_cells(clean, ink & ~(h_mask | v_mask.T), cells)
    text_image = clean.copy()
    for table in tables:
        x0, y0, x1, y1 = ruled.bbox(table)
        text_image[max(y0 - TOL, 0) : y1 + TOL, max(x0 - TOL, 0) : x1 + TOL] = 255
    lines = _text_lines(_ocr(text_image, psm=3))
    for table in tables:
        settle_by_sums(table)
    return lines, [ruled.grid(table) for table in tables]


# The national tables' rows add up (FORMATS.md): 表三's 总计 is the sum of the six applicant
# columns before it (7 figures a row); 表四's row is three blocks of 5 whose last is the sum
# of the four before it (15 figures; a block alone, 5).
_SUM_BLOCKS = {7: [(0, 7)], 15: [(0, 5), (5, 10), (10, 15)], 5: [(0, 5)]}
SUM_CONFIDENCE = 0.95  # a figure its row's sum agrees with


def settle_by_sums(table: ruled.Ruled) -> None:
    """Where a row's figures must add up, the sum decides between two readings of a cell
    (a misread 8 for 3 breaks it): a row that adds up makes its figures sure; one that adds
    up only with a cell's other reading takes that reading. A row that adds up neither way
    is left as read (real reports break the sums too)."""
    for i in range(table.rows):
        row = sorted(
            {id(c): c for c in table.cells if any(r == i for r, _ in c.units)}.values(),
            key=lambda c: min(j for r, j in c.units if r == i),
        )
        figures = [c for c in row if _FIGURE.fullmatch(c.text)]
        if not figures or [id(c) for c in row[-len(figures) :]] != [id(c) for c in figures]:
            continue  # the figures are not the row's last cells
        for start, end in _SUM_BLOCKS.get(len(figures), []):
            _settle_block(figures[start:end])


def _settle_block(block: list[Cell]) -> None:
    def adds_up(values: list[float]) -> bool:
        return abs(sum(values[:-1]) - values[-1]) < 0.005

    values = [float(c.text) for c in block]
    if adds_up(values):
        for cell in block:
            cell.confidence = max(cell.confidence, SUM_CONFIDENCE)
        return
    fixes = []
    for k, cell in enumerate(block):
        if cell.other_reading is not None:
            tried = values[:k] + [float(cell.other_reading[0])] + values[k + 1 :]
            if adds_up(tried):
                fixes.append(cell)
    if len(fixes) == 1:  # one reading, and only one, makes it add up
        cell = fixes[0]
        assert cell.other_reading is not None  # only cells with one are in `fixes`
        cell.text, cell.other_reading = cell.other_reading[0], (cell.text, cell.confidence)
        for other in block:
            other.confidence = max(other.confidence, SUM_CONFIDENCE)


# --- rules and tables --------------------------------------------------------------------


def _rules(ink: np.ndarray) -> tuple[list[Rule], np.ndarray]:
    """Horizontal runs of ink at least MIN_RULE long (for vertical ones pass ink.T), as
    rules (the rows of a thick rule merged) and as a mask of their pixels."""
    n = MIN_RULE
    height, width = ink.shape
    runs = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=runs[:, 1:])
    full = np.zeros((height, width), dtype=np.int32)  # 1 where a run of n ink starts
    full[:, : width - n + 1] = (runs[:, n:] - runs[:, :-n]) == n
    # a pixel is on a rule when a full run starts within n pixels before it
    started = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=started[:, 1:])
    behind = np.zeros_like(started)
    behind[:, n:] = started[:, :-n]
    mask = (started - behind)[:, 1:] > 0
    rules: list[Rule] = []
    growing: list[Rule] = []
    for y in np.flatnonzero(mask.any(axis=1)):
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask[y].astype(np.int8), [0]))))
        still: list[Rule] = []
        for x0, x1 in zip(edges[::2], edges[1::2]):
            rule = next(
                (r for r in growing if y - r.last <= 2 and x0 <= r.end and r.start <= x1), None
            )
            if rule is None:
                rule = Rule(float(y), float(x0), float(x1), first=int(y))
                rules.append(rule)
            rule.start, rule.end, rule.last = min(rule.start, x0), max(rule.end, x1), int(y)
            if rule not in still:
                still.append(rule)
        growing = still + [r for r in growing if r not in still and y - r.last <= 2]
    thin = [r for r in rules if r.last - r.first < MAX_RULE_THICKNESS]
    # only thin rules are erased: a shaded band's "runs" go through the text printed on it
    only_thin = np.zeros_like(mask)
    for rule in thin:
        rule.at = (rule.first + rule.last) / 2
        band = slice(rule.first, rule.last + 1), slice(int(rule.start), int(rule.end) + 1)
        only_thin[band] = mask[band]
    return thin, only_thin


# --- reading ----------------------------------------------------------------------------

_MIN_INK = 6  # pixels: fewer inside a cell is a speck, not a character
_INSET = 3  # px kept off a cell's rules (what erasing them left)
_STRIP_CELLS = 80  # cells per strip image (a page's 表三 has ~200)


def _read_cells(clean: np.ndarray, ink: np.ndarray, cells: list[Cell]) -> None:
    pieces: list[tuple[Cell, np.ndarray]] = []
    for cell in cells:
        x0, y0, x1, y1 = cell.box
        x0, y0, x1, y1 = x0 + _INSET, y0 + _INSET, x1 - _INSET, y1 - _INSET
        if x1 <= x0 or y1 <= y0:
            continue
        marks = ink[y0:y1, x0:x1]
        if marks.sum() < _MIN_INK:
            continue  # a blank cell, read as blank
        ys, xs = np.nonzero(marks)
        margin = 8
        top, bottom = max(y0, y0 + ys.min() - margin), min(y1, y0 + ys.max() + margin + 1)
        left, right = max(x0, x0 + xs.min() - margin), min(x1, x0 + xs.max() + margin + 1)
        pieces.append((cell, clean[top:bottom, left:right]))
    for start in range(0, len(pieces), _STRIP_CELLS):
        for cell, text, confidence in _read_strip(pieces[start : start + _STRIP_CELLS]):
            cell.text, cell.confidence = text, confidence
    # Chinese reading takes a lone 1 for 工 or l: what looks like a figure is read again
    # for digits only, and the two readings weighed (_figure)
    figures = [(cell, image) for cell, image in pieces if _may_be_figure(cell.text)]
    for start in range(0, len(figures), _STRIP_CELLS):
        for cell, digits, confidence in _read_strip(
            figures[start : start + _STRIP_CELLS], digits=True
        ):
            chinese = (re.sub(r"\s", "", cell.text), cell.confidence)
            cell.text, cell.confidence = _figure(cell.text, cell.confidence, digits, confidence)
            other = chinese if cell.text != chinese[0] else (re.sub(r"\s", "", digits), confidence)
            if other[0] != cell.text and _FIGURE.fullmatch(other[0]):
                cell.other_reading = other


_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _may_be_figure(text: str) -> bool:
    """A reading that may be a misread figure: digits and the shapes Chinese recognition
    takes digits for, or one or two characters with no digit at all (工 for 1)."""
    compact = re.sub(r"\s", "", text)
    return bool(compact) and (
        _CONFUSABLE.fullmatch(compact) is not None
        or (len(compact) <= 2 and not any(c.isdigit() for c in compact))
    )


# what Chinese recognition reads digits as, beside digits themselves
_CONFUSABLE = re.compile(r"[-\d.,oOlI|工]+")


def _figure(
    text: str, confidence: float, digits: str, digits_confidence: float
) -> tuple[str, float]:
    """One reading of a cell from the Chinese and the digits-only reading: the same figure
    is sure; a figure against a non-figure takes the figure, as unsure as the reading that
    gave it allows; two different figures keep the surer one, made no surer than the other's
    doubt (1 - its confidence)."""
    text, digits = re.sub(r"\s", "", text), re.sub(r"\s", "", digits)
    chinese_figure = _FIGURE.fullmatch(text) is not None
    digits_figure = _FIGURE.fullmatch(digits) is not None
    if chinese_figure and digits_figure and text == digits:
        return text, max(confidence, digits_confidence)
    if digits_figure and not chinese_figure:
        return digits, min(digits_confidence, max(1 - confidence, 0.5))
    if chinese_figure and digits_figure:
        if digits_confidence > confidence:
            return digits, min(digits_confidence, 1 - confidence)
        return text, min(confidence, 1 - digits_confidence)
    return text, confidence


def _read_strip(
    pieces: list[tuple[Cell, np.ndarray]], digits: bool = False
) -> list[tuple[Cell, str, float]]:
    """The cells' images one below the other with white between, read in one run."""
    if not pieces:
        return []
    width = max(image.shape[1] for _, image in pieces) + 2 * _GAP
    height = sum(image.shape[0] for _, image in pieces) + _GAP * (len(pieces) + 1)
    strip = np.full((height, width), 255, dtype=np.uint8)
    slots = []
    y = _GAP
    for cell, image in pieces:
        strip[y : y + image.shape[0], _GAP : _GAP + image.shape[1]] = image
        slots.append((cell, y - _GAP // 2, y + image.shape[0] + _GAP // 2))
        y += image.shape[0] + _GAP
    words = _ocr(strip, psm=6, digits=digits)
    read = []
    for cell, top, bottom in slots:
        inside = [w for w in words if top <= w.middle[1] < bottom]
        read.append(
            (
                cell,
                "\n".join(_join(line) for line in _by_line(inside)),
                min((w.confidence for w in inside), default=0.0),
            )
        )
    return read


def _by_line(words: list[_Word]) -> list[list[_Word]]:
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    ordered = sorted(lines.values(), key=lambda ws: min(w.top for w in ws))
    return [sorted(ws, key=lambda w: w.left) for ws in ordered]


def _join(words: list[_Word]) -> str:
    """Tesseract splits Chinese into words with spaces between; only Latin words and
    numbers keep a space between them."""
    out = ""
    for word in words:
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and word.text[0].isascii()
            and word.text[0].isalnum()
        ):
            out += " "
        out += word.text
    return out


def _text_lines(words: list[_Word]) -> list[tuple[float, str, float, float, float]]:
    lines = []
    for line in _by_line(words):
        text = _join(line)
        if not text.strip(" |_-—~.,'\"") or is_page_footer(text):
            continue
        left = min(w.left for w in line)
        right = max(w.left + w.width for w in line)
        # what the line's figures are worth: its words with digits, when it has any
        figures = [w for w in line if any(c.isdigit() for c in w.text)] or line
        lines.append(
            (
                float(min(w.top for w in line)),
                text,
                float(right),
                (right - left) / max(len(text), 1),
                min(w.confidence for w in figures),
            )
        )
    return lines


def _ocr(image: np.ndarray, psm: int, digits: bool = False) -> list[_Word]:
    from PIL import Image

    from .office import run

    command = tesseract()
    with tempfile.TemporaryDirectory(prefix="govbench-ocr-") as tmp:
        work = Path(tmp)
        Image.fromarray(image).save(work / "page.png")
        # one thread: ingest already runs a process per core
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            language = (
                ["-l", "eng", "-c", "tessedit_char_whitelist=0123456789.-"]
                if digits
                else ["-l", LANGUAGE]
            )
            code = run(
                [
                    command,
                    str(work / "page.png"),
                    str(work / "out"),
                    *language,
                    "--psm",
                    str(psm),
                    "tsv",
                ],
                env=env,
                timeout=PAGE_TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            raise UnreadableError(f"OCR of a page took over {PAGE_TIMEOUT_SECONDS} s") from None
        out = work / "out.tsv"
        if code != 0 or not out.is_file():
            if LANGUAGE not in _languages(command):
                raise UnreadableError(
                    f"needs OCR, and Tesseract has no Chinese ({LANGUAGE}) data: {INSTALL_HINT}"
                )
            raise UnreadableError(f"OCR failed (tesseract exit code {code})")
        return _words(out.read_text(encoding="utf-8", errors="replace"))


def _languages(command: str) -> set[str]:
    listed = subprocess.run(
        [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return set(listed.stdout.split())


def _words(tsv: str) -> list[_Word]:
    words = []
    for line in tsv.splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        left, top, width, height = map(int, fields[6:10])
        words.append(
            _Word(
                fields[11].strip(),
                left,
                top,
                width,
                height,
                max(float(fields[10]), 0.0) / 100,
                (int(fields[2]), int(fields[3]), int(fields[4])),
            )
        )
    return words
