"""Report text as safe HTML with each figure's evidence span marked, and the chosen figure's
span brought into view.

The report text comes from outside: it is escaped before any <mark> tag is added, so
nothing a report contains can run as script or break the page. The one script the page runs
(scroll_to) is ours alone and carries no report text; it asks nothing of the network.
"""

from __future__ import annotations

import fnmatch
import html
import json
import re
from collections.abc import Iterable

import pandas as pd

STYLE = (
    "white-space: pre-wrap; line-height: 1.8; font-size: 0.95rem; max-height: 36rem; "
    "overflow-y: auto; padding: 0.75rem; border: 1px solid #ddd; border-radius: 0.5rem"
)


# the chosen figure's span: stronger than the other marks, and kept clear of the sticky header
CURRENT_STYLE = (
    "background-color: #ffb000; outline: 2px solid #c23b22; border-radius: 2px; scroll-margin: 6rem"
)


def anchor_id(metric: str) -> str:
    """The HTML id of a figure's marked span: one per metric, so a script looking for the new
    choice never finds the span the page showed before."""
    return "govbench-evidence-" + re.sub(r"[^a-z0-9_]", "-", metric.lower())


def highlight(
    text: str,
    spans: Iterable[tuple[int | None, int | None, str]],
    current: tuple[int, int, str] | None = None,
) -> str:
    """HTML of `text` with each (start, end, label) span wrapped in <mark title=label>.

    Spans outside the text, empty, or overlapping one already marked are left unmarked.
    `current` (start, end, anchor id): the chosen figure's span, marked with that id and a
    stronger style; the other spans it overlaps give way to it.
    """
    spans = _valid(spans, len(text))
    chosen = None
    if current is not None and _valid([current], len(text)):
        chosen = _valid([current], len(text))[0]
        spans = [s for s in spans if s[1] <= chosen[0] or s[0] >= chosen[1]] + [chosen]
    parts: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end, label = span
        if start < position:
            continue
        parts.append(html.escape(text[position:start]))
        if span is chosen:
            parts.append(
                f'<mark id="{html.escape(label)}" style="{CURRENT_STYLE}">'
                f"{html.escape(text[start:end])}</mark>"
            )
        else:
            parts.append(
                f'<mark title="{html.escape(label)}">{html.escape(text[start:end])}</mark>'
            )
        position = end
    parts.append(html.escape(text[position:]))
    return f'<div class="govbench-report-text" style="{STYLE}">{"".join(parts)}</div>'


def scroll_to(anchor: str) -> str:
    """A script that brings the element with id `anchor` into view (the page and the report
    text's own scroll box), trying for a few seconds while Streamlit draws the text. The id
    is ours (anchor_id), written as a JSON string: no report text reaches the script."""
    target = json.dumps(anchor)
    return (
        "<script>(() => {"
        f"const id = {target}; let tries = 0;"
        "const go = () => {"
        "const mark = document.getElementById(id);"
        'if (mark) { mark.scrollIntoView({block: "center", inline: "nearest"}); return; }'
        "if (++tries < 80) setTimeout(go, 100);"
        "};"
        "go();"
        "})();</script>"
    )


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
    from .labels import cell_label

    parts = [f"{cell_label(key)} = {value:g}" for key, value in figure_cells(metric, cells)]
    return " + ".join(parts) or None


def figure_cells(metric: str, cells: pd.DataFrame) -> list[tuple[str, float]]:
    """The stored cells a table figure sums ("table3.new.total", value), in the template's
    terms' order (rules/tables.toml [facts]); empty for a narrative figure."""
    from .labels import table_fact_terms

    found = []
    for term in table_fact_terms().get(metric, []):
        table, row_glob, column = term.split(".")
        for row in cells.itertuples():
            if (
                row.table == table
                and row.col_key == column
                and pd.notna(row.value)
                and fnmatch.fnmatchcase(row.row_key, row_glob)
            ):
                found.append((f"{row.table}.{row.row_key}.{row.col_key}", row.value))
    return found
