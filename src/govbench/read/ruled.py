"""Ruled tables from their rules: the cells a table's printed lines enclose, merged cells
found where a rule between two grid positions is missing. Shared by the OCR reader (rules
found in a page image) and the OFD reader (rules drawn as paths). Coordinates are pixels at
200 dpi (OFD's millimetres are scaled to them), y downwards."""

from __future__ import annotations

from dataclasses import dataclass, field

TOL = 6  # px: rules this close are one; a crossing may miss by this


@dataclass
class Rule:
    at: float  # y of a horizontal rule, x of a vertical one
    start: float
    end: float
    first: int = 0  # the pixel rows (columns) it spans across its thickness
    last: int = 0


@dataclass
class Cell:
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 inside its rules
    units: list[tuple[int, int]] = field(default_factory=list)  # grid positions it covers
    text: str = ""
    confidence: float = 1.0
    # OCR: another reading of a figure, (text, confidence), for the table's sums to decide
    other_reading: tuple[str, float] | None = None


@dataclass
class Ruled:
    """A ruled table: its cells, each covering one or more positions of a rows x columns
    grid."""

    cells: list[Cell]
    rows: int
    columns: int


def tables(horizontal: list[Rule], vertical: list[Rule]) -> list[Ruled]:
    """Rules that cross one another make a table; a frame of one cell (prose in a box) is
    not one."""
    rules = [*horizontal, *vertical]
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for k, v in enumerate(vertical, start=len(horizontal)):
            if crosses(h, v):
                parent[root(i)] = root(k)
    groups: dict[int, list[int]] = {}
    for i in range(len(rules)):
        groups.setdefault(root(i), []).append(i)
    tables = []
    for members in groups.values():
        hs = [rules[i] for i in members if i < len(horizontal)]
        vs = [rules[i] for i in members if i >= len(horizontal)]
        if len(hs) >= 2 and len(vs) >= 2:
            table = _without_frame_rows(enclosed(hs, vs))
            if table.rows >= 2 and table.columns >= 2:
                tables.append(table)
    return sorted(tables, key=lambda t: bbox(t)[1])


def crosses(h: Rule, v: Rule) -> bool:
    return v.start - TOL <= h.at <= v.end + TOL and h.start - TOL <= v.at <= h.end + TOL


def positions(values: list[float]) -> list[float]:
    merged: list[list[float]] = []
    for value in sorted(values):
        if merged and value - merged[-1][-1] <= TOL:
            merged[-1].append(value)
        else:
            merged.append([value])
    return [sum(group) / len(group) for group in merged]


def enclosed(hs: list[Rule], vs: list[Rule]) -> Ruled:
    ys = positions([h.at for h in hs])
    xs = positions([v.at for v in vs])
    # a side without a rule (a table cut by the page's edge) ends where the rules do
    top, bottom = min(v.start for v in vs), max(v.end for v in vs)
    left, right = min(h.start for h in hs), max(h.end for h in hs)
    if top < ys[0] - 3 * TOL:
        ys.insert(0, top)
    if bottom > ys[-1] + 3 * TOL:
        ys.append(bottom)
    if left < xs[0] - 3 * TOL:
        xs.insert(0, left)
    if right > xs[-1] + 3 * TOL:
        xs.append(right)
    rows, columns = len(ys) - 1, len(xs) - 1

    def ruled_vertically(x: float, y: float) -> bool:
        return any(abs(v.at - x) <= TOL and v.start - TOL <= y <= v.end + TOL for v in vs)

    def ruled_horizontally(y: float, x: float) -> bool:
        return any(abs(h.at - y) <= TOL and h.start - TOL <= x <= h.end + TOL for h in hs)

    parent = {(i, j): (i, j) for i in range(rows) for j in range(columns)}

    def root(unit):
        while parent[unit] != unit:
            unit = parent[unit]
        return unit

    for i in range(rows):
        middle_y = (ys[i] + ys[i + 1]) / 2
        for j in range(columns):
            middle_x = (xs[j] + xs[j + 1]) / 2
            if j + 1 < columns and not ruled_vertically(xs[j + 1], middle_y):
                parent[root((i, j + 1))] = root((i, j))
            if i + 1 < rows and not ruled_horizontally(ys[i + 1], middle_x):
                parent[root((i + 1, j))] = root((i, j))
    merged: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for unit in parent:
        merged.setdefault(root(unit), []).append(unit)
    cells = []
    for units in merged.values():
        i0, i1 = min(i for i, _ in units), max(i for i, _ in units)
        j0, j1 = min(j for _, j in units), max(j for _, j in units)
        box = (int(xs[j0]), int(ys[i0]), int(xs[j1 + 1]), int(ys[i1 + 1]))
        cells.append(Cell(box, units))
    return Ruled(cells, rows, columns)


def _without_frame_rows(table: Ruled) -> Ruled:
    """A frame drawn around prose makes a "table" whose rows are one cell each; such rows at
    a table's top and bottom are text, as in the PDF path (pdf._table)."""

    def whole_row(i: int) -> bool:
        return any(
            len({j for r, j in cell.units if r == i}) == table.columns for cell in table.cells
        )

    first, last = 0, table.rows
    while first < last and whole_row(first):
        first += 1
    while last > first and whole_row(last - 1):
        last -= 1
    if (first, last) == (0, table.rows):
        return table
    cells = []
    for cell in table.cells:
        units = [(i - first, j) for i, j in cell.units if first <= i < last]
        if len(units) == len(cell.units):
            cells.append(Cell(cell.box, units))
        elif units:  # a cell reaching into a frame row: no table shape
            return Ruled([], 0, 0)
    return Ruled(cells, last - first, table.columns)


def bbox(table: Ruled) -> tuple[int, int, int, int]:
    return (
        min(c.box[0] for c in table.cells),
        min(c.box[1] for c in table.cells),
        max(c.box[2] for c in table.cells),
        max(c.box[3] for c in table.cells),
    )


def grid(table: Ruled) -> tuple[float, list[list[str]], list[list[float]]]:
    """(top, rows, confidences): a merged cell repeats in each position it covers, as the
    DOCX reader gives it."""
    rows = [[""] * table.columns for _ in range(table.rows)]
    confidence = [[1.0] * table.columns for _ in range(table.rows)]
    for cell in table.cells:
        for i, j in cell.units:
            rows[i][j] = cell.text
            confidence[i][j] = cell.confidence
    return float(bbox(table)[1]), rows, confidence
