"""表二/表三/表四 of the standard formats (2019 and 2021 templates), and their facts.

The rules (row labels and aliases, columns, metric formulas) are data in
rules/tables.toml. Every shape a table reaches us in becomes one item sequence
(table_items); rows are found by their labels in template order; a row's values are
taken as printed when they are whole cells, and glued digit runs are split where
the table's own identities make the split unique (table_split). A cell that cannot
be recovered is left None and said so in a warning: never invented, never "fixed".
"""

from __future__ import annotations

import bisect
import fnmatch
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from ..model import Document, Evidence, Fact, TableCell
from ..rules import load as load_rules
from ..vocabulary import LEGACY, format_of_year
from .table_items import Item, Label, Value, number, read_items
from .table_split import Piece, Token, agreed, splits

Rows = dict[str, dict[str, TableCell]]
# A label must resemble an alias this much (rapidfuzz partial_ratio) to count.
FUZZY_MIN = 80
# Combinations of ambiguous rows tried against the column identities.
MAX_COMBINATIONS = 20000


@dataclass
class TablesResult:
    tables: dict[str, Rows] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    format: str | None = None
    warnings: list[str] = field(default_factory=list)


@cache
def rules() -> dict[str, Any]:
    return load_rules("tables")


def extract_tables(doc: Document, year: int | None, format_hint: str | None) -> TablesResult:
    """The standard tables of `doc` and the facts they give; empty for legacy reports."""
    text = doc.text
    result = TablesResult()
    if not any(marker in text for marker in rules()["markers"]):
        return result
    table3, t3_end, fmt = _read_table3(doc, result.warnings)
    if table3:
        result.tables["table3"] = table3
    # 表二's headers tell the template; some 2021-format reports keep the 2019 表三
    # (a single （六）其他处理 row), so 表三's layout decides only when 表二 is silent.
    fmt = _format_from_table2(text) or fmt or _format_from_context(year, format_hint)
    table4 = _read_table4(doc, t3_end, result.warnings) if table3 else {}
    if table4:
        result.tables["table4"] = table4
    table2 = _read_table2(doc, fmt, result.warnings) if fmt else {}
    if table2:
        result.tables["table2"] = table2
    if result.tables:
        result.format = fmt
        result.facts = table_facts(result.tables, text, result.warnings)
    return result


def _format_from_table2(text: str) -> str | None:
    for fmt, headers in rules()["table2"]["format_headers"].items():
        if any(h in text for h in headers):
            return fmt
    return None


def _format_from_context(year: int | None, hint: str | None) -> str | None:
    if hint in ("standard_2019", "standard_2021"):
        return hint
    if year is not None and format_of_year(year) != LEGACY:
        return format_of_year(year)
    return None


# ---------------------------------------------------------------- row labels


@lru_cache(maxsize=8192)
def _squeeze(label: str) -> str:
    """A label as compared: NFKC (full-width brackets and digits as ASCII), no spaces."""
    return "".join(unicodedata.normalize("NFKC", label).split())


def _match_row(
    label: str,
    aliases: list[tuple[str, ...]],
    after: int,
    any_alias: re.Pattern[str] | None = None,
) -> tuple[int, bool] | None:
    """Index of the template row `label` names (only rows after `after`; `aliases`: each
    row's labels squeezed), and whether the match was fuzzy. Of several exact aliases the
    one ending last wins: a label run such as "（六）其他处理1.申请人无正当理由逾期不补正…"
    names its last row."""
    squeezed = _squeeze(label)
    best: tuple[int, int] | None = None  # (end position, row index)
    if any_alias is None:
        any_alias = _any_alias(tuple(aliases))
    if any_alias.search(squeezed) is not None:  # most labels name no row
        for i in range(after + 1, len(aliases)):
            for alias in aliases[i]:
                pos = squeezed.rfind(alias)
                if pos >= 0 and (best is None or pos + len(alias) > best[0]):
                    best = (pos + len(alias), i)
    if best is not None:
        return best[1], False
    if len(squeezed) < 4 or _names_earlier_row(squeezed, aliases, after):
        return None
    # Typos (其他法律行政止公开): the nearest few rows only, so junk cannot jump ahead.
    scored = [
        (fuzz.partial_ratio(alias, squeezed), i)
        for i in range(after + 1, min(after + 4, len(aliases)))
        for alias in aliases[i]
        if len(alias) >= 4
    ]
    if scored:
        score, i = max(scored)
        if score >= FUZZY_MIN:
            return i, True
    return None


@lru_cache(maxsize=64)
def _any_alias(aliases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Every row label of a table as one alternation, compiled once per table template."""
    words = sorted({alias for row in aliases for alias in row}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def _names_earlier_row(squeezed: str, aliases: list[tuple[str, ...]], after: int) -> bool:
    """A label naming a row already passed (a merged cell repeated by the grid, a
    group heading) must not be fuzzily taken for the next row."""
    if any(_squeeze(h) in squeezed for h in rules()["table3"]["headings"]):
        return True
    return any(alias in squeezed for row in aliases[: after + 1] for alias in row)


def _anchor(
    items: list[Item],
    rows: list[dict[str, Any]],
    warnings: list[str],
    table: str,
    stop: set[str] = frozenset(),
) -> list[tuple[int, list[Value]]]:
    """(row index, values after its label) for every row label found, in order."""
    found: list[tuple[int, list[Value]]] = []
    aliases = [tuple(map(_squeeze, row["labels"])) for row in rows]
    any_alias = _any_alias(tuple(aliases))
    after = -1
    for item in items:
        if isinstance(item, Label):
            hit = _match_row(item.text, aliases, after, any_alias)
            if hit is None:
                continue
            index, fuzzy = hit
            if fuzzy:
                warnings.append(
                    f"{table}: label {item.text!r} read as {rows[index]['key']} (fuzzy)"
                )
            found.append((index, []))
            after = index
        elif found:
            found[-1][1].append(item)
    return found


# ---------------------------------------------------------------- 表三


def _read_table3(doc: Document, warnings: list[str]) -> tuple[Rows, int, str | None]:
    text = doc.text
    t3 = rules()["table3"]
    header = min((p for p in (text.find(m) for m in rules()["markers"]) if p >= 0), default=-1)
    if header < 0:
        return {}, -1, None
    # Rows start at 一、本年新收…: the header above it names columns (总计, 其他) too.
    first_row = text.find(t3["first_row"], header)
    start = first_row if first_row >= 0 else header
    end = _table3_end(text, start)
    items = read_items(text, start, end, doc.grids)
    anchors = _anchor(items, t3["rows"], warnings, "table3")
    keys = [t3["rows"][i]["key"] for i, _ in anchors]
    if len(anchors) < 3:
        return _cut_table3(keys, [v for _, v in anchors], warnings), -1, None
    fmt = "standard_2021" if {"o1", "o2"} & set(keys) else "standard_2019"
    if fmt == "standard_2021":
        # （六）其他处理 is only a heading above o1..o3 in the 2021 template.
        anchors = [(i, v) for i, v in anchors if t3["rows"][i]["key"] != "other"]
        keys = [t3["rows"][i]["key"] for i, _ in anchors]
    subtotal_first = _subtotal_position(text[header:start])
    chunks = [values for _, values in anchors]
    if sum(1 for c in chunks if not c) * 2 > len(chunks):
        # the labels stand apart from the numbers (a PDF-to-Markdown conversion)
        apart = _from_number_rows(items, keys, subtotal_first, warnings)
        if apart is not None:
            rows, fmt = apart
            return rows, end, fmt
    rows = _resolve_table3(keys, chunks, subtotal_first, warnings)
    return rows, end, fmt


def _cut_table3(keys: list[str], chunks: list[list[Value]], warnings: list[str]) -> Rows:
    """A 表三 the page's opening cut after its first rows (一、本年新收… 0 0 0 0 0 0 0 二、上年结转政府
    信息公…): a row that stands whole — one number per column, its applicants adding up to its
    总计 — is read as printed; a row cut inside, or glued, is not guessed at."""
    columns = rules()["table3"]["columns"]
    rows: Rows = {}
    for key, values in zip(keys, chunks):
        whole = _whole_cells(values, len(columns), None)
        if whole is None:
            continue
        cells = [number(v.text) for v in whole]
        if any(c is None for c in cells) or sum(cells[:-1]) != cells[-1]:  # type: ignore[arg-type]
            continue
        rows[key] = _cells_from_values(whole, columns)
    if rows:
        warnings.append(f"table3: cut short; read only its whole rows ({', '.join(rows)})")
    return rows


def _template_keys(fmt: str) -> list[str]:
    return [r["key"] for r in rules()["table3"]["rows"] if fmt in r.get("formats", [fmt])]


def _number_rows(items: list[Item], width: int) -> list[list[Value]]:
    """The lines of a pipe/grid table that hold a row's numbers (or blanks): the label
    column a converter emptied, or filled only with a merged group heading (三、本年度办理
    结果), is taken off, and so is blank padding at the right."""
    lines: dict[int, list[Item]] = {}
    for item in items:
        if item.line is not None:
            lines.setdefault(item.line, []).append(item)
    rows = []
    for _, cells in sorted(lines.items()):
        if len(cells) > width and (isinstance(cells[0], Label) or not cells[0].text):
            cells = cells[1:]
        while len(cells) > width and isinstance(cells[-1], Value) and not cells[-1].text:
            cells = cells[:-1]
        if len(cells) == width and all(isinstance(c, Value) for c in cells):
            rows.append(cells)
    return rows  # type: ignore[return-value]


def _from_number_rows(
    items: list[Item], keys: list[str], subtotal_first: bool | None, warnings: list[str]
) -> tuple[Rows, str] | None:
    """表三 whose row labels were printed on their own lines above pipe rows of numbers.
    The k-th number line is the k-th row the labels name; when the labels found do not
    count the lines (a label lost or broken over lines, blank lines for the group
    headings), the lines are the template's rows in order, but only if 表三's column
    identities then hold: a mapping the table itself does not confirm is not made."""
    columns = rules()["table3"]["columns"]
    n = len(columns)
    width = n + (subtotal_first is not None)
    lines = [_whole_cells(r, n, subtotal_first) for r in _number_rows(items, width)]
    if not lines or any(r is None for r in lines):
        return None
    filled = [r for r in lines if any(v.text for v in r)]  # blank lines under group headings
    result_rows = rules()["table3"]["result_rows"]

    def mapped(sequence: list[str]) -> dict[str, list[Value]] | None:
        for candidate in (lines, filled):
            if len(candidate) == len(sequence):
                return dict(zip(sequence, candidate))
        return None

    def confirmed(rows: dict[str, list[Value]]) -> bool:
        values = {k: [number(v.text) for v in row] for k, row in rows.items()}
        return _columns_hold_strictly(values, [k for k in result_rows if k in values])

    by_labels = mapped(keys)
    chosen = by_labels if by_labels is not None and confirmed(by_labels) else None
    if chosen is None:
        by_template = [
            m
            for m in map(mapped, (_template_keys("standard_2021"), _template_keys("standard_2019")))
            if m and confirmed(m)
        ]
        if by_template:
            chosen = by_template[0]
            warnings.append(
                "table3: row labels apart from the numbers do not name the rows one "
                "to one; rows read in template order, confirmed by the column sums"
            )
        else:
            chosen = by_labels  # a published table may break its sums: the labels decide
    if chosen is None:
        return None
    fmt = "standard_2021" if "o1" in chosen else "standard_2019"
    return {k: _cells_from_values(row, columns) for k, row in chosen.items()}, fmt


def _columns_hold_strictly(vals: dict[str, list], result_rows: list[str]) -> bool:
    """Both column identities of 表三, on a table with every one of their rows."""
    needed = {"new", "carried_over", "total", "carried_forward", *result_rows}
    return needed <= set(vals) and _columns_hold(vals, result_rows)


def _table3_end(text: str, start: int) -> int:
    """Where 表四 starts: the first 行政复议 after 表三's last row label."""
    last = next((p for p in (text.find(a, start) for a in ("结转下年度", "总计")) if p >= 0), start)
    for marker in rules()["table4"]["starts"]:
        pos = text.find(marker, max(last, start))
        if pos >= 0:
            return pos
    return min(len(text), start + 20000)


def _subtotal_position(header: str) -> bool | None:
    """None without a 小计 column; True when it stands before 商业企业."""
    label = rules()["table3"]["subtotal_label"]
    pos = header.find(label)
    if pos < 0:
        return None
    commercial = header.find("商业")
    return 0 <= pos < commercial


def _whole_cells(values: list[Value], n: int, subtotal_first: bool | None) -> list[Value] | None:
    if len(values) > n and not any(v.text.strip() for v in values[n:]):
        values = values[:n]  # empty cells after the row's last (| 1 | 0 | 1 | ||): no figures
    if len(values) == n and all(v.whole or v.digits for v in values):
        return values
    if subtotal_first is not None and len(values) == n + 1:
        return values[:1] + values[2:] if subtotal_first else values[: n - 1] + values[n:]
    return None


def _row_sum_holds(cells: list[Piece]) -> bool:
    return sum(c.value for c in cells[:-1]) == cells[-1].value


def _resolve_table3(
    keys: list[str], chunks: list[list[Value]], subtotal_first: bool | None, warnings: list[str]
) -> Rows:
    n = len(rules()["table3"]["columns"])
    if subtotal_first is not None:
        warnings.append("table3: 法人或其他组织小计 column read and dropped")
    per_row: dict[str, list[list[Piece]] | list[Value]] = {}
    unresolved = False
    for key, values in zip(keys, chunks):
        whole = _whole_cells(values, n, subtotal_first)
        if whole is not None:
            per_row[key] = whole
            continue
        candidates = _glued_candidates(values, n, _row_sum_holds)
        per_row[key] = candidates
        unresolved |= len(candidates) != 1
    if unresolved:
        flat = _row_major(keys, chunks, n)
        if flat is not None:
            return flat
    _narrow_by_columns(keys, per_row)
    rows: Rows = {}
    for key in keys:
        got = per_row[key]
        if got and isinstance(got[0], Value):
            rows[key] = _cells_from_values(got, rules()["table3"]["columns"])  # type: ignore[arg-type]
        else:
            rows[key] = _cells_from_candidates(
                key,
                got,
                rules()["table3"]["columns"],  # type: ignore[arg-type]
                "table3",
                warnings,
            )
    return rows


def _glued_candidates(values: list[Value], n: int, identity, kinds=None) -> list[list[Piece]]:
    """Splits of a glued run: those that satisfy `identity`, else the only possible one.

    `identity` reads the pieces' values only (never where they stand), so the splits of the
    same digits are the same wherever they are printed: they are worked out once per process
    (rows of zeros, "1000001", recur report after report) and placed at these values."""
    if not values or not all(v.digits for v in values):
        return []
    shapes = _glued_shapes(
        tuple(v.text for v in values), n, identity, tuple(kinds) if kinds is not None else None
    )
    return [
        [
            Piece(piece, values[t].start + at, values[t].start + at + len(piece))
            for t, at, piece in cut
        ]
        for cut in shapes
    ]


@lru_cache(maxsize=4096)
def _glued_shapes(
    texts: tuple[str, ...], n: int, identity, kinds: tuple[str, ...] | None
) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """_glued_candidates of runs `texts`, each piece as (run index, offset in it, text)."""
    # each run placed one char past the last, so a piece's start tells its run
    tokens, starts, at = [], [], 0
    for text in texts:
        tokens.append(Token(text, at))
        starts.append(at)
        at += len(text) + 1
    kinds_list = list(kinds) if kinds is not None else None
    found = splits(tokens, n, kinds_list, identity)
    if not found:
        only = splits(tokens, n, kinds_list)
        found = only if len(only) == 1 else []
    return tuple(tuple(_placed(p, starts) for p in cut) for cut in found)


def _placed(piece: Piece, starts: list[int]) -> tuple[int, int, str]:
    t = bisect.bisect_right(starts, piece.start) - 1
    return t, piece.start - starts[t], piece.text


def _row_major(keys: list[str], chunks: list[list[Value]], n: int) -> Rows | None:
    """PDF text may put a row's numbers before its label: when the table holds
    exactly rows x columns whole values, read them in row-major order."""
    values = [v for chunk in chunks for v in chunk]
    if len(values) != len(keys) * n or not all(v.whole or v.digits for v in values):
        return None
    columns = rules()["table3"]["columns"]
    return {
        key: _cells_from_values(values[i * n : (i + 1) * n], columns) for i, key in enumerate(keys)
    }


def _narrow_by_columns(keys: list[str], per_row: dict[str, Any]) -> None:
    """Pick among a row's candidate splits with the column identities of 表三:
    (七)总计 = Σ result rows, and 一 + 二 = 三(七) + 四, in every column."""
    ambiguous = [
        k
        for k in keys
        if isinstance(per_row[k], list) and len(per_row[k]) > 1 and isinstance(per_row[k][0], list)
    ]
    if not ambiguous:
        return
    sizes = [len(per_row[k]) for k in ambiguous]
    if _product(sizes) > MAX_COMBINATIONS:
        return
    result_rows = [k for k in rules()["table3"]["result_rows"] if k in keys]
    fixed = {k: _values_of(per_row[k]) for k in keys if k not in ambiguous}
    choices = [[(cut, _values_of([cut])) for cut in per_row[k]] for k in ambiguous]
    good = []
    for combo in itertools.product(*choices):
        vals = {**fixed, **{k: values for k, (_, values) in zip(ambiguous, combo)}}
        if _columns_hold(vals, result_rows):
            good.append({k: cut for k, (cut, _) in zip(ambiguous, combo)})
    if len(good) == 1:
        for k, cut in good[0].items():
            per_row[k] = [cut]


def _product(sizes: list[int]) -> int:
    out = 1
    for s in sizes:
        out *= s
    return out


def _values_of(row: Any) -> list[float | None] | None:
    if not row:
        return None
    if isinstance(row[0], Value):
        return [number(v.text) for v in row]
    if len(row) == 1:
        return [p.value for p in row[0]]
    return None


def _columns_hold(vals: dict[str, list | None], result_rows: list[str]) -> bool:
    total, new = vals.get("total"), vals.get("new")
    for c in range(len(rules()["table3"]["columns"])):
        if total is not None and all(vals.get(k) is not None for k in result_rows):
            if (total[c] or 0) != sum(vals[k][c] or 0 for k in result_rows):
                return False
        parts = [vals.get(k) for k in ("new", "carried_over", "carried_forward")]
        if new is not None and total is not None and all(p is not None for p in parts):
            if (parts[0][c] or 0) + (parts[1][c] or 0) != (total[c] or 0) + (parts[2][c] or 0):
                return False
    return True


def _cells_from_values(values: list[Value], columns: list[str]) -> dict[str, TableCell]:
    return {
        col: TableCell(number(v.text), v.text, v.start, v.end) for col, v in zip(columns, values)
    }


def _cells_from_candidates(
    key: str, candidates: list[list[Piece]], columns: list[str], table: str, warnings: list[str]
) -> dict[str, TableCell]:
    if not candidates:
        warnings.append(f"{table}: row {key} could not be split into cells; left missing")
        return {col: TableCell(None, "") for col in columns}
    cells = agreed(candidates)
    if any(c is None for c in cells):
        warnings.append(
            f"{table}: row {key} splits {len(candidates)} ways; uncertain cells left missing"
        )
    return {
        col: (TableCell(p.value, p.text, p.start, p.end) if p else TableCell(None, ""))
        for col, p in zip(columns, cells)
    }


# ---------------------------------------------------------------- 表四


def _block_sums_hold(cells: list[Piece]) -> bool:
    return all(_row_sum_holds(cells[b : b + 5]) for b in range(0, 15, 5))


def _read_table4(doc: Document, start: int, warnings: list[str]) -> Rows:
    if start < 0:
        return {}
    text = doc.text
    end = _section_end(text, start)
    t4 = rules()["table4"]
    items = read_items(text, start, end, doc.grids)
    # Figures of a sentence before the table ("2022年，未有…") are not cells: the
    # cells follow the column headers.
    last_header = max(
        (
            i
            for i, item in enumerate(items)
            if isinstance(item, Label) and any(h in item.text for h in t4["header_words"])
        ),
        default=-1,
    )
    values = [v for v in items[last_header + 1 :] if isinstance(v, Value)]
    if not values:
        values = [v for v in items if isinstance(v, Value)]
    n = len(t4["columns"]) * len(t4["blocks"])
    values = _without_label_column(values, n)
    whole = _whole_cells(values, n, None)
    if whole is not None:
        cells = _cells_from_values(whole, [f"{b}.{c}" for b in t4["blocks"] for c in t4["columns"]])
    else:
        candidates = _glued_candidates(values, n, _block_sums_hold)
        if not values:
            return {}
        cells = _cells_from_candidates(
            "all",
            candidates,
            [f"{b}.{c}" for b in t4["blocks"] for c in t4["columns"]],
            "table4",
            warnings,
        )
    rows: Rows = {}
    for key, cell in cells.items():
        block, col = key.split(".")
        rows.setdefault(block, {})[col] = cell
    return rows


def _without_label_column(values: list[Value], n: int) -> list[Value]:
    """Pipe rows of numbers whose label column a converter left empty: one blank cell
    opening every line too many."""
    if len(values) <= n or any(v.line is None for v in values):
        return values
    firsts = {}
    for v in values:
        firsts.setdefault(v.line, v)
    if len(values) - len(firsts) == n and all(not v.text for v in firsts.values()):
        return [v for v in values if firsts[v.line] is not v]
    return values


def _section_end(text: str, start: int) -> int:
    """表四 ends at the next section heading (五、…)."""
    for heading in ("五、", "\n五", "五.", "存在的主要问题"):
        pos = text.find(heading, start)
        if pos >= 0:
            return pos
    return min(len(text), start + 3000)


# ---------------------------------------------------------------- 表二


def _read_table2(doc: Document, fmt: str, warnings: list[str]) -> Rows:
    text = doc.text
    t2 = rules()["table2"]
    start = min((p for p in (text.find(m) for m in t2["starts"]) if p >= 0), default=-1)
    if start < 0:
        return {}
    end = min(
        (p for p in (text.find(m, start) for m in t2["ends"]) if p >= 0),
        default=min(len(text), start + 3000),
    )
    layout: dict[str, list[str]] = t2[fmt]
    template = [{"key": k, "labels": v} for k, v in t2["rows"].items() if k in layout]
    items = read_items(text, start, end, doc.grids)
    anchored = list(_anchor_any_order(items, template))
    run = _table2_run(anchored, layout)
    if run is not None:
        return run
    rows: Rows = {}
    for label, values in anchored:
        key = label["key"]
        if key in rows:
            continue
        columns = layout[key]
        kinds = [t2["kinds"].get(c, "count") for c in columns]
        mapped = _by_header(items, values, columns)
        if mapped is not None:
            rows[key] = mapped
            continue
        whole = _whole_cells(values, len(columns), None)
        if whole is not None:
            rows[key] = _cells_from_values(whole, columns)
            continue
        candidates = _glued_candidates(values, len(columns), None, kinds)
        if len(candidates) == 1 or not values:
            rows[key] = _cells_from_candidates(key, candidates, columns, "table2", warnings)
        else:
            warnings.append(
                f"table2: row {key} {''.join(v.text for v in values)!r} has "
                f"several possible splits; left missing"
            )
            rows[key] = {c: TableCell(None, "") for c in columns}
    return rows


def _table2_run(
    anchored: list[tuple[dict[str, Any], list[Value]]], layout: dict[str, list[str]]
) -> Rows | None:
    """Text extraction may print every 表二 label first and then all the numbers in one run
    (row-major). When exactly the template's cells stand there, one each, read them in the
    order the labels were printed."""
    keys = [label["key"] for label, _ in anchored]
    if sorted(keys) != sorted(layout) or any(values for _, values in anchored[:-1]):
        return None
    values = anchored[-1][1]
    columns = [c for key in keys for c in layout[key]]
    if len(values) != len(columns) or not all(v.whole or v.digits for v in values):
        return None
    rows, at = {}, 0
    for key in keys:
        rows[key] = _cells_from_values(values[at : at + len(layout[key])], layout[key])
        at += len(layout[key])
    return rows


def _anchor_any_order(items: list[Item], template: list[dict[str, Any]]):
    """表二 blocks keep their order less strictly than 表三: match each label alone."""
    current: tuple[dict[str, Any], list[Value]] | None = None
    note = re.compile(rules()["table2"]["label_note"])
    for item in items:
        if isinstance(item, Label):
            squeezed = _squeeze(note.sub("", item.text))
            hit = None
            for row in template:
                for alias in map(_squeeze, row["labels"]):
                    if squeezed.endswith(alias):
                        hit = row
                        break
                if hit:
                    break
            if hit is not None:
                if current:
                    yield current
                current = (hit, [])
            elif current and current[1]:
                yield current
                current = None
        elif current is not None:
            current[1].append(item)
    if current:
        yield current


def _by_header(
    items: list[Item], values: list[Value], columns: list[str]
) -> dict[str, TableCell] | None:
    """Grid rows repeat merged cells: map each value to its column through the
    block's header row (信息内容 | 本年新制作数量 | 本年新公开数量 | 本年新公开数量 | …)."""
    if not values or values[0].line is None or len(values) <= len(columns):
        return None
    line = values[0].line
    header: list[str] | None = None
    for item in items:
        if (
            item.line is not None
            and item.line < line
            and isinstance(item, Label)
            and "信息内容" in item.text
        ):
            header = [i.text for i in items if i.line == item.line]
    if header is None or len(header) != len(values) + 1:
        return None
    labels = rules()["table2"]["column_labels"]
    out: dict[str, TableCell] = {}
    for name, value in zip(header[1:], values):
        for col in columns:
            if col not in out and any(_squeeze(a) in _squeeze(name) for a in labels.get(col, [])):
                out[col] = TableCell(number(value.text), value.text, value.start, value.end)
                break
    return out if len(out) == len(columns) else None


# ---------------------------------------------------------------- facts


def table_facts(tables: dict[str, Rows], text: str, warnings: list[str]) -> list[Fact]:
    """One fact per metric of rules [facts], from printed cells only."""
    facts: list[Fact] = []
    for metric, terms in rules()["facts"].items():
        cells = [cell for term in terms for cell in _cells(tables, term)]
        if not cells:
            continue
        printed = [c for c in cells if c.value is not None]
        # 总计 left blank, or printed 0 beside applicant columns that are not (a total whose formula
        # was never refreshed: 一、本年新收… 5 1 0 0 0 0 0): the row's own identity gives its total
        zero = bool(printed) and len(printed) == len(cells) and all(c.value == 0 for c in printed)
        derived = _from_applicant_columns(tables, terms) if not printed or zero else None
        if derived is not None and (not printed or derived[0] > 0):
            why = (
                "总计 left blank" if not printed else f"总计 printed 0, its columns {derived[0]:g}"
            )
            warnings.append(f"table_fact: {metric} adds the applicant columns ({why} in 表三)")
            rule = _table_rule([_applicant_term(t) for t in terms if _cells(tables, t)])
            facts.append(_table_fact(metric, *derived, text, rule))
            continue
        if not printed:
            continue
        if any(c.value is None and c.raw == "" and c.start < 0 for c in cells):
            continue  # an unrecovered cell: the sum is unknown
        if len(printed) < len(cells):
            warnings.append(
                f"table_fact: {metric} sums {len(printed)} printed cells; "
                f"{len(cells) - len(printed)} blank"
            )
        value = sum(c.value for c in printed)
        start = min(c.start for c in printed)
        end = max(c.end for c in printed)
        summed = [t for t in terms if any(c.value is not None for c in _cells(tables, t))]
        facts.append(_table_fact(metric, value, start, end, text, _table_rule(summed)))
    return facts


def _table_fact(metric: str, value: float, start: int, end: int, text: str, rule: str) -> Fact:
    """A fact read from table cells spanning text[start:end], never approximate."""
    return Fact(metric, value, False, "table", Evidence(start, end, text[start:end]), rule=rule)


def _table_rule(terms: list[str]) -> str:
    """The rule id of a table fact: the [facts] terms whose cells it sums (table.table3.new.total,
    table.table4.litigation_direct.total+table4.litigation_after_reconsideration.total)."""
    return "table." + "+".join(terms)


def _applicant_term(term: str) -> str:
    """table3.new.total -> table3.new.applicant_columns: the row's applicant columns added."""
    return term.rsplit(".", 1)[0] + ".applicant_columns"


def rule_ids() -> dict[str, str]:
    """Every rule id a table fact may carry (each metric's terms, alone or together), with the
    metric it gives."""
    ids = {}
    for metric, terms in rules()["facts"].items():
        applicants = [_applicant_term(t) for t in terms if re.fullmatch(r"table3\.[^.]+\.total", t)]
        for kind in (terms, applicants if len(applicants) == len(terms) else []):
            for size in range(1, len(kind) + 1):
                for chosen in itertools.combinations(kind, size):
                    ids[_table_rule(list(chosen))] = metric
    return ids


def _from_applicant_columns(
    tables: dict[str, Rows], terms: list[str]
) -> tuple[float, int, int] | None:
    """Some bodies leave 表三's 总计 column blank: the row's own identity (总计 = the applicant
    columns) still gives its total. Only from printed cells; the blank cells stay blank."""
    applicants = rules()["table3"]["applicant_columns"]
    printed: list[TableCell] = []
    for term in terms:
        table, row_glob, col = term.split(".")
        if table != "table3" or col != "total":
            return None
        for key, cols in tables.get(table, {}).items():
            if _names(row_glob, key):
                printed += [cols[c] for c in applicants if c in cols and cols[c].value is not None]
    if not printed:
        return None
    return (
        sum(c.value for c in printed),
        min(c.start for c in printed),
        max(c.end for c in printed),
    )


def _cells(tables: dict[str, Rows], term: str) -> list[TableCell]:
    table, row_glob, col = _term(term)
    rows = tables.get(table, {})
    return [rows[key][col] for key in _named(row_glob, tuple(rows)) if col in rows[key]]


@lru_cache(maxsize=1024)
def _term(term: str) -> tuple[str, str, str]:
    table, row_glob, col = term.split(".")
    return table, row_glob, col


@lru_cache(maxsize=4096)
def _named(row_glob: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The row keys (in order) a [facts] term's row pattern names: a table's keys are the
    same few sets report after report, so each term is matched against them once."""
    return tuple(key for key in keys if _names(row_glob, key))


@lru_cache(maxsize=4096)
def _names(row_glob: str, key: str) -> bool:
    """Whether a [facts] term's row pattern ("o*") names row `key` (a few dozen of each)."""
    return fnmatch.fnmatchcase(key, row_glob)
