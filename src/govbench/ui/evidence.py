"""Report text as safe HTML with each figure's evidence span marked.

The report text comes from outside: it is escaped before any <mark> tag is added, so
nothing a report contains can run as script or break the page.
"""

from __future__ import annotations

import fnmatch
import html
from collections.abc import Iterable

import pandas as pd

STYLE = (
    "white-space: pre-wrap; line-height: 1.8; font-size: 0.95rem; max-height: 36rem; "
    "overflow-y: auto; padding: 0.75rem; border: 1px solid #ddd; border-radius: 0.5rem"
)


def highlight(text: str, spans: Iterable[tuple[int | None, int | None, str]]) -> str:
    """HTML of `text` with each (start, end, label) span wrapped in <mark title=label>.

    Spans outside the text, empty, or overlapping one already marked are left unmarked.
    """
    parts: list[str] = []
    position = 0
    for start, end, label in sorted(_valid(spans, len(text)), key=lambda s: (s[0], -s[1])):
        if start < position:
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(f'<mark title="{html.escape(label)}">{html.escape(text[start:end])}</mark>')
        position = end
    parts.append(html.escape(text[position:]))
    return f'<div class="govbench-report-text" style="{STYLE}">{"".join(parts)}</div>'


def _valid(spans, length: int) -> list[tuple[int, int, str]]:
    valid = []
    for start, end, label in spans:
        if start is None or end is None or _missing(start) or _missing(end):
            continue
        start, end = int(start), int(end)
        if 0 <= start < end <= length:
            valid.append((start, end, str(label)))
    return valid


def _missing(value) -> bool:
    return bool(pd.isna(value))  # NaN or NA from a DataFrame column


def table_evidence(metric: str, cells: pd.DataFrame) -> str | None:
    """What a table figure is made of, in the template's words: each cell it sums with its row
    and column names and the value printed there ("表三 · 本年新收… · 总计 = 13"), joined by " + ".
    None when the report's stored cells do not show it (the caller keeps the text span)."""
    from .labels import cell_label, table_fact_terms

    parts = []
    for term in table_fact_terms().get(metric, []):
        table, row_glob, column = term.split(".")
        for row in cells.itertuples():
            if (
                row.table == table
                and row.col_key == column
                and pd.notna(row.value)
                and fnmatch.fnmatchcase(row.row_key, row_glob)
            ):
                label = cell_label(f"{row.table}.{row.row_key}.{row.col_key}")
                parts.append(f"{label} = {row.value:g}")
    return " + ".join(parts) or None
