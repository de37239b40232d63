"""pdfplumber's ruled tables, found and read as pdfplumber does, in less time.

Finding the cells and reading their text were the two costliest steps of reading a PDF
after building its chars. pdfplumber's cell finder rebuilds both points' edge sets for every
pair of points it tests (and evaluates a typing annotation each time); the text of a cell
goes through the whole word and line machinery even when the cell holds one char, as most
table cells do ("0"). Both are done here with the same results (tests/test_read.py holds
them to pdfplumber's on every table of the generated PDFs and a real one).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from pdfplumber.table import (
    Table,
    TableFinder,
    TableSettings,
    cells_to_tables,
    edges_to_intersections,
)
from pdfplumber.utils import extract_text, obj_to_bbox
from pdfplumber.utils.text import LIGATURES

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def find_tables(page) -> list[Table]:
    """page.find_tables() with the default settings."""
    return _TableFinder(page).tables


class _TableFinder(TableFinder):
    """TableFinder.__init__ with its cell finder swapped for `cells_of`."""

    def __init__(self, page, settings=None):  # replaces TableFinder.__init__, not extends it
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges,
            self.settings.intersection_x_tolerance,
            self.settings.intersection_y_tolerance,
        )
        self.cells = cells_of(self.intersections)
        self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]


def cells_of(intersections: dict[Point, dict[str, list[dict]]]) -> list[Box]:
    """pdfplumber.table.intersections_to_cells: for each point, in sorted order, the smallest
    cell it is the top left corner of. The same cells in the same order; each point's edges
    are made into sets once, and the points below and to the right of a point are read from
    its column and row."""
    vertical = {p: {obj_to_bbox(e) for e in edges["v"]} for p, edges in intersections.items()}
    horizontal = {p: {obj_to_bbox(e) for e in edges["h"]} for p, edges in intersections.items()}

    def connects(p1: Point, p2: Point) -> bool:
        return (p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2])) or (
            p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])
        )

    points = sorted(intersections)
    columns: dict[float, list[Point]] = defaultdict(list)  # by x, each top to bottom
    rows: dict[float, list[Point]] = defaultdict(list)  # by y, each left to right
    place: dict[Point, tuple[int, int]] = {}
    for p in points:
        place[p] = (len(columns[p[0]]), len(rows[p[1]]))
        columns[p[0]].append(p)
        rows[p[1]].append(p)

    cells = []
    for p in points:
        in_column, in_row = place[p]
        right: list[Point] | None = None  # the points right of p that it connects to
        for below in columns[p[0]][in_column + 1 :]:
            if not connects(p, below):
                continue
            if right is None:
                right = [q for q in rows[p[1]][in_row + 1 :] if connects(p, q)]
            cell = next(
                (
                    (p[0], p[1], r[0], below[1])
                    for r in right
                    if (r[0], below[1]) in intersections
                    and connects((r[0], below[1]), r)
                    and connects((r[0], below[1]), below)
                ),
                None,
            )
            if cell is not None:
                cells.append(cell)
                break
    return cells


def cell_texts(found: Table) -> list[list[str | None]]:
    """What found.extract() gives (each cell's text from the chars whose centre lies in it;
    None where no cell starts), finding a row's chars by bisection over the page's chars
    sorted by height rather than testing every char against every row."""
    chars = found.page.chars
    by_middle = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
    middles = [middle for middle, _ in by_middle]
    rows = []
    for row in found.rows:
        row_left, row_top, row_right, row_bottom = row.bbox
        band = sorted(
            i
            for _, i in by_middle[bisect_left(middles, row_top) : bisect_left(middles, row_bottom)]
        )
        row_chars = [
            chars[i] for i in band if row_left <= (chars[i]["x0"] + chars[i]["x1"]) / 2 < row_right
        ]
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            left, top, right, bottom = cell
            inside = [
                c
                for c in row_chars
                if left <= (c["x0"] + c["x1"]) / 2 < right
                and top <= (c["top"] + c["bottom"]) / 2 < bottom
            ]
            texts.append(_text(inside))
        rows.append(texts)
    return rows


def _text(chars: list[dict]) -> str:
    """extract_text(chars); one char is its own text (a blank says nothing)."""
    if len(chars) == 1:
        text = chars[0]["text"]
        return "" if text.isspace() else LIGATURES.get(text, text)
    return extract_text(chars) if chars else ""
