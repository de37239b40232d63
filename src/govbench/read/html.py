"""HTML pages -> paragraphs and grids (lxml)."""

from __future__ import annotations

import re

from lxml import etree

from ..model import UnreadableError
from .encoding import declared_charset, decode
from .layout import Layout, unwrap

# Page furniture and code: never report text.
_DROPPED = (
    "script",
    "style",
    "noscript",
    "iframe",
    "nav",
    "head",
    "form",
    "template",
    "svg",
    "select",
    "button",
    "object",
    "embed",
)
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
# huge_tree lifts libxml2's limit of 256 nested elements (to 2048): past its limit the
# parser silently drops the rest of the page, and broken pages (thousands of unclosed
# <font> or <span>) nest that deep.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
# A page nested deeper still is read again with its tags flattened: first every tag but
# the table structure and the dropped furniture, then every tag but the furniture.
_KEPT_WHEN_FLATTENED = (
    frozenset(
        {
            "html",
            "body",
            "title",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            *_DROPPED,
        }
    ),
    frozenset({"html", "body", "title", *_DROPPED}),
)
_ANY_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)[^<>]*>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(data: bytes) -> tuple[Layout, str]:
    """(layout of the page's text and tables, the encoding used)."""
    text, encoding = decode(data, declared=declared_charset(data))
    text = _XML_DECLARATION.sub("", text)
    root = _parse(text)
    for kept in _KEPT_WHEN_FLATTENED:
        if not _too_deep():
            break
        root = _parse(_flatten(text, kept))
    if _too_deep():
        raise UnreadableError("HTML nested too deeply to read (over 2048 levels)")
    title = root.findtext(".//title")
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    walker = _Walker()
    walker.visit(root)
    walker.flush()
    walker.layout.title = " ".join(title.split()) if title else None
    return walker.layout, encoding


def _parse(text: str) -> etree._Element:
    # lxml's plain HTML parser: lxml.html's element classes cost a Python lookup
    # per element and give nothing needed here
    try:
        root = etree.fromstring(text, _PARSER) if text.strip() else None
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        raise UnreadableError("not a readable HTML page (no elements)")
    return root


def _too_deep() -> bool:
    """Whether the last parse stopped at the nesting limit (and so lost the rest)."""
    return any(
        e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "depth" in e.message
        for e in _PARSER.error_log
    )


def _flatten(text: str, kept: frozenset[str]) -> str:
    """Tags not kept removed: a block one becomes a line break, an inline one nothing."""

    def replace(m: re.Match[str]) -> str:
        name = m.group(1).lower()
        return m.group(0) if name in kept else "<br>" if name in _BLOCK else ""

    return _ANY_TAG.sub(replace, text)


class _Walker:
    """Depth-first over the tree: inline text gathers into the current line; a block
    element ends it; a data table becomes a grid."""

    def __init__(self) -> None:
        self.layout = Layout()
        self.line: list[str] = []

    def flush(self) -> None:
        if self.line:
            self.layout.add_line("".join(self.line))
            self.line = []

    def text(self, value: str | None, pre: bool = False) -> None:
        if value:
            self.line.append(value if pre else unwrap(value))

    def visit(self, root: etree._Element) -> None:
        """A loop over an explicit stack, not recursion: a page may nest 2048 deep."""
        # (action, element, inside <pre>): "enter" an element, write the "tail" after
        # it, or "close" a block element
        stack: list[tuple[str, etree._Element, bool]] = [("enter", root, False)]
        while stack:
            action, el, pre = stack.pop()
            if action == "tail":
                self.text(el.tail, pre)
            elif action == "close":
                self.flush()
            else:
                self._enter(el, pre, stack)

    def _enter(
        self, el: etree._Element, pre: bool, stack: list[tuple[str, etree._Element, bool]]
    ) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table" and el.find(".//table") is None:
            rows = table_rows(el)
            if is_data_grid(rows):
                self.flush()
                self.layout.add_table(rows)
                return
        block = tag in _BLOCK
        pre = pre or tag == "pre"
        if block:
            self.flush()
        if pre and el.text:
            for i, part in enumerate(el.text.split("\n")):
                if i:
                    self.flush()
                self.text(part, pre=True)
        else:
            self.text(el.text)
        if block:
            stack.append(("close", el, pre))
        for child in reversed(el):
            stack.append(("tail", child, pre))
            stack.append(("enter", child, pre))


# A cell longer than this holds an article, not a figure or a label: the table is
# page layout (a body column beside a menu), read as paragraphs.
_MAX_CELL_CHARS = 300


def is_data_grid(rows: list[list[str]]) -> bool:
    """The innermost tables hold data when they have more than one column and
    short cells; a one-column table is a frame around the article."""
    return (
        bool(rows)
        and len(rows[0]) > 1
        and all(len(cell) <= _MAX_CELL_CHARS for row in rows for cell in row)
    )


def table_rows(table: etree._Element) -> list[list[str]]:
    """Rows with rowspan/colspan expanded: the merged cell's text repeated."""
    grid: list[list[str | None]] = []
    for r, tr in enumerate(_rows(table)):
        while len(grid) <= r:
            grid.append([])
        col = 0
        for cell in _cells(tr):
            row = grid[r]
            while col < len(row) and row[col] is not None:
                col += 1
            text = cell_text(cell)
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            for dr in range(rowspan):
                while len(grid) <= r + dr:
                    grid.append([])
                target = grid[r + dr]
                if len(target) < col + colspan:
                    target.extend([None] * (col + colspan - len(target)))
                for dc in range(colspan):
                    if target[col + dc] is None:
                        target[col + dc] = text
            col += colspan
    width = max((len(row) for row in grid), default=0)
    return [[c or "" for c in row] + [""] * (width - len(row)) for row in grid]


def cell_text(cell: etree._Element) -> str:
    """A cell's text. <br>/<p> inside a cell are wrapping: joined like any wrap, and
    lxml's C-level itertext joins them without a separator."""
    if len(cell) == 0:
        return unwrap((cell.text or "").strip())
    return unwrap("".join(cell.itertext()).strip())


def _rows(table: etree._Element) -> list[etree._Element]:
    return [tr for tr in table.iter("tr")]


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


_SPAN_DIGITS = re.compile(r"\s*(\d+)")
# Spans beyond this are typos ("rowspan=2000") that would blow up the grid.
_MAX_SPAN = 200


def _span(cell: etree._Element, attr: str) -> int:
    value = cell.get(attr)
    if value is None:
        return 1
    digits = _SPAN_DIGITS.match(value)
    return min(max(int(digits.group(1)), 1), _MAX_SPAN) if digits else 1
