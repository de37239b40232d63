"""Lay out paragraphs and tables into the final text, recording where each cell lands.

Readers add raw lines and raw table rows in reading order; `build` normalises them
all in one call (fast, and the same rules for every format), then writes each
paragraph as a line and each table as one line per row, cells joined by a TAB, and
records every cell's (start, end) in the text it has just written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Grid
from .normalise import normalise

# A line break inside a cell or paragraph is the source's wrapping: CJK text joins
# without a space, Latin words and numbers keep one.
_WRAP_LATIN = re.compile(r"(?<=[A-Za-z0-9.,;:%)])[ \t]*[\r\n]+[ \t]*(?=[A-Za-z0-9(])")
_WRAP = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def unwrap(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return text
    return _WRAP.sub("", _WRAP_LATIN.sub(" ", text))


@dataclass
class Layout:
    # each block is a list of lines (str) or a table (list of rows of cells)
    blocks: list[str | list[list[str]]] = field(default_factory=list)
    title: str | None = None  # an HTML page's <title>, as printed
    # OCR only: block index -> the reading's confidence (0..1), a float for a line and a
    # list of rows of floats for a table; `build` turns them into `scores`
    confidence: dict[int, float | list[list[float]]] = field(default_factory=dict)
    # after `build`: (start, end, confidence) of every line and cell read with a confidence
    scores: list[tuple[int, int, float]] = field(default_factory=list)

    def add_line(self, line: str) -> None:
        self.blocks.append(unwrap(line))

    def add_text(self, text: str) -> None:
        """Several lines at once, kept as the source broke them."""
        self.blocks.extend(text.splitlines())

    def add_table(self, rows: list[list[str | None]], continues: bool = False) -> None:
        """A table; with `continues`, rows of the same width extend the table just
        added (a table running over a page break)."""
        rows = [[unwrap(cell or "") for cell in row] for row in rows]
        if not rows:
            return
        last = self.blocks[-1] if self.blocks else None
        if continues and isinstance(last, list) and len(last[0]) == len(rows[0]):
            last.extend(rows)
        else:
            self.blocks.append(rows)

    def build(self) -> tuple[str, list[Grid]]:
        pieces: list[str] = []
        for block in self.blocks:
            if isinstance(block, str):
                pieces.append(block)
            else:
                pieces.extend(cell for row in block for cell in row)
        normalised = normalise("\n".join(pieces)).split("\n") if pieces else []
        if len(normalised) != len(pieces):  # a rule touched a line break: go piece by piece
            normalised = [normalise(p).replace("\n", " ") for p in pieces]
        text, grids, self.scores = _write(self.blocks, iter(normalised), self.confidence)
        return text, grids


def _write(
    blocks: list[str | list[list[str]]],
    normalised,
    confidence: dict[int, float | list[list[float]]],
) -> tuple[str, list[Grid], list[tuple[int, int, float]]]:
    out: list[str] = []
    pos = 0
    grids: list[Grid] = []
    scores: list[tuple[int, int, float]] = []
    for index, block in enumerate(blocks):
        if isinstance(block, str):
            line = next(normalised)
            if line:
                if index in confidence:
                    scores.append((pos, pos + len(line), confidence[index]))
                out.append(line)
                pos += len(line) + 1
            continue
        rows = [[next(normalised) for _ in row] for row in block]
        kept = [i for i, row in enumerate(rows) if any(row)]  # empty rows are dropped
        rows = [rows[i] for i in kept]
        if not rows:
            continue
        cell_scores = confidence.get(index)
        spans: list[list[tuple[int, int]]] = []
        for r, row in zip(kept, rows):
            row_spans = []
            for i, cell in enumerate(row):
                if i:
                    pos += 1  # the TAB before this cell
                row_spans.append((pos, pos + len(cell)))
                if cell_scores is not None and cell:
                    scores.append((pos, pos + len(cell), cell_scores[r][i]))
                pos += len(cell)
            pos += 1  # the line break after the row
            spans.append(row_spans)
            out.append("\t".join(row))
        grids.append(Grid(rows=rows, spans=spans))
    return "\n".join(out), grids, scores
