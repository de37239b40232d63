"""Turning a stretch of report text (or a reader's grid) into labels and values.

However a table reached us — cells of a grid, a tab/pipe-separated line, a PDF line
of label + numbers, or crawler text with the cells run together — it becomes one
sequence of Label and Value items in reading order. A Value is `whole` when it is
known to be exactly one cell (a grid cell, a tab/pipe cell, "/", "无"); a free
digit run may hold several glued cells and is split later by the table identities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Grid

# "- 3 -" page footers that PDF extraction leaves inside a table.
_PAGE_FOOTER = re.compile(r"(?m)^[ \t]*[-—－][ \t]*\d{1,3}[ \t]*[-—－][ \t]*$")
# Free text: an enumerator ("2." of 2.其他法律…) belongs to the label even when glued
# to the previous row's digits ("00000002.其他"), so a digit run stops before it.
# Label chars are taken a run at a time: a run stops where another kind may start.
_FREE = re.compile(
    r"(?P<enum>[1-9][.．、](?=[^\d\s]))"
    r"|(?P<num>-?\d+?(?=[1-9][.．、][^\d\s])|-?\d+(?:\.\d+)?)"
    r"|(?P<null>(?<!\S)(?:/|／|—+|－|-|无)(?!\S))"
    r"|(?P<space>\s+)"
    r"|(?P<char>[^\d\s/／—－\-无]+|.)",
    re.S,
)
# The figures and blanks a line of a row ends with (…属于国家秘密0 0 0 0 0 0 0): _FREE would read
# them one token at a time as numbers and blanks, and so does the digit run; the tail starts
# after a character no token of _FREE carries on from (not a digit, blank, sign or point).
_DIGITS = re.compile("[0-9]+")
_TOKEN_GOES_ON = re.compile(r"[\d\s.．、\-]")


def _figures_tail(line: str) -> int:
    """Where the run of ASCII digits and blanks that ends `line` starts, when _FREE's tokens
    end there too; else the line's end."""
    tail = len(line.rstrip("0123456789 "))
    if tail == len(line) or (tail > 0 and _TOKEN_GOES_ON.match(line, tail - 1)):
        return len(line)
    return tail


# A whole cell that holds a value (or says there is none).
_CELL_VALUE = re.compile(r"\s*(?:-?\d+(?:\.\d+)?\s*(?:万元|元|件|条|个)?|/|／|—+|－|-|无|)\s*")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass
class Label:
    text: str
    start: int
    end: int
    line: int | None = None  # explicit row (grid / tab / pipe line) it came from


@dataclass
class Value:
    text: str
    start: int
    end: int
    whole: bool  # known to be exactly one cell
    line: int | None = None

    @property
    def digits(self) -> bool:
        return _is_number(self.text)


Item = Label | Value


# Cells repeat the same few texts ("0", "/", "1"): each is read once per process.
@lru_cache(maxsize=4096)
def _is_number(text: str) -> bool:
    return _NUMBER.fullmatch(text) is not None


@lru_cache(maxsize=4096)
def _is_cell_value(cell: str) -> bool:
    return _CELL_VALUE.fullmatch(cell) is not None


@lru_cache(maxsize=4096)
def number(text: str) -> int | float | None:
    """The number printed in a cell ("251000元" -> 251000); "无" (none) is 0; blank, "/" and
    "—" say nothing and are None. TableCell.raw keeps which of them was printed."""
    m = _NUMBER.search(text)
    if not m:
        return 0 if text.strip() == "无" else None
    return float(m.group()) if "." in m.group() else int(m.group())


def read_items(text: str, start: int, end: int, grids: list[Grid]) -> list[Item]:
    """Items of text[start:end], taking grid cells where a grid covers the text."""
    items: list[Item] = []
    pos = start
    line_no = 0
    for grid in sorted(grids, key=lambda g: g.start):
        if grid.end <= start or grid.start >= end or grid.start < pos:
            continue
        items += _text_items(text, pos, grid.start, line_no)
        line_no += 10000
        for r, (row, spans) in enumerate(zip(grid.rows, grid.spans)):
            items += _cell_items(row, spans, line_no + r)
        line_no += len(grid.rows) + 1
        pos = grid.end
    items += _text_items(text, pos, end, line_no + 1)
    return items


def _text_items(text: str, start: int, end: int, line_base: int) -> list[Item]:
    items: list[Item] = []
    segment = _PAGE_FOOTER.sub(lambda m: " " * len(m.group()), text[start:end])
    offset = start
    for i, line in enumerate(segment.split("\n")):
        if "\t" in line or "|" in line:
            items += _delimited_line(line, offset, line_base + i + 1)
        else:
            items += _free_items(line, offset)
        offset += len(line) + 1
    return items


def _delimited_line(line: str, offset: int, line_no: int) -> list[Item]:
    sep = "\t" if "\t" in line else "|"
    cells: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in line.split(sep):
        cells.append(part)
        spans.append((offset + pos, offset + pos + len(part)))
        pos += len(part) + 1
    if sep == "|" and line.strip() == "|":
        # a one-cell-a-line table's blank cell ("0 |" above, then "|"): one empty cell,
        # so the cells after it keep their columns (a row of blanks and its 总计 alone)
        cells, spans = [""], [(offset, offset)]
    elif sep == "|" and line.strip().startswith("|"):
        # Markdown borders: "| a | b |" has an empty part before and after.
        cells, spans = cells[1:-1], spans[1:-1]
    elif sep == "|" and len(cells) == 2 and not cells[-1].strip():
        # A converter's one-cell-a-line table ("行政规范性文件 |", "0 |", "0 |"): the one bar
        # closes the cell, the empty part after it is no cell of its own (a longer row's
        # trailing "| " is a blank cell: "…| 1 | 1 | ").
        cells, spans = cells[:-1], spans[:-1]
    return _cell_items(cells, spans, line_no)


def _cell_items(cells: list[str], spans: list[tuple[int, int]], line_no: int) -> list[Item]:
    items: list[Item] = []
    for cell, (s, e) in zip(cells, spans):
        stripped = cell.strip()
        lead = len(cell) - len(cell.lstrip())
        s2, e2 = s + lead, s + lead + len(stripped)
        if _is_cell_value(cell):
            items.append(Value(stripped, s2, e2, whole=True, line=line_no))
        else:
            items.append(Label(stripped, s2, e2, line=line_no))
    return items


def _free_items(line: str, offset: int) -> list[Item]:
    items: list[Item] = []
    label_start: int | None = None
    label_end = 0
    tail = _figures_tail(line)
    # one pass, the label closed inline (this runs for every token of every table line)
    for m in _FREE.finditer(line):
        if m.start() >= tail:
            break
        kind = m.lastgroup
        if kind == "char" or kind == "enum":
            if label_start is None:
                label_start = m.start()
            label_end = m.end()
        elif kind != "space":
            if label_start is not None:
                items.append(
                    Label(
                        line[label_start:label_end].strip(),
                        offset + label_start,
                        offset + label_end,
                    )
                )
                label_start = None
            start, end = m.span()
            items.append(Value(m.group(), offset + start, offset + end, kind == "null"))
    for m in _DIGITS.finditer(line, tail):  # the row's figures: each digit run a number
        if label_start is not None:
            items.append(
                Label(line[label_start:label_end].strip(), offset + label_start, offset + label_end)
            )
            label_start = None
        items.append(Value(m.group(), offset + m.start(), offset + m.end(), False))
    if label_start is not None:
        items.append(
            Label(line[label_start:label_end].strip(), offset + label_start, offset + label_end)
        )
    return items
