"""Walking the app's pages in-process (AppTest) and collecting everything they show.

`shown(at)` yields (kind, text, markdown) for every element (a table cell's kind names its
column: "dataframe:得分") of the main area and the sidebar:
markdown is True where Streamlit renders the text as Markdown (st.markdown, captions, titles,
headers, alerts, metrics, widget labels, page-link labels, expander labels), False where it
shows plain text (tables, st.text, the options of a select box).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    "overview",
    "reports",
    "report",
    "card",
    "ranking",
    "movers",
    "compliance",
    "map",
    "compare",
    "trends",
    "problems",
    "quality",
    "import",
]
PLAIN = {"text", "code", "json"}  # element types whose value Streamlit shows as it is


def open_page(monkeypatch, db: Path, page: str, english: bool = False, **query) -> AppTest:
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    if english:
        at.toggle(key="lang_en").set_value(True).run()
    at.switch_page(f"src/govbench/ui/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _frame_texts(frame: pd.DataFrame) -> Iterator[tuple[str, str]]:
    """(column, text) of a table's headers, index and cells."""
    yield from (("", str(c)) for c in frame.columns)
    yield from (("", str(i)) for i in frame.index)
    for position, column in enumerate(frame.columns):
        yield from ((str(column), str(v)) for v in frame.iloc[:, position].tolist())


def _displayed(node) -> pd.DataFrame:
    """A table as the browser shows it: a Styler's display values (formatted numbers, the
    text for missing cells) where the page gave one, else the values."""
    arrow = node.proto.arrow_data
    if arrow.HasField("styler") and arrow.styler.display_values:
        from streamlit import dataframe_util

        return dataframe_util.convert_arrow_bytes_to_pandas_df(arrow.styler.display_values)
    return node.value


def _nodes(node) -> Iterator:
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield child
            yield from _nodes(child)


def shown(at: AppTest) -> Iterator[tuple[str, str, bool]]:
    for root in (at.main, at.sidebar):
        for node in _nodes(root):
            kind = getattr(node, "type", type(node).__name__)
            for attribute in ("label", "help", "placeholder"):
                value = getattr(node, attribute, None)
                if isinstance(value, str) and value:
                    yield kind, value, True
            if kind in ("dataframe", "table"):
                for column, text in _frame_texts(_displayed(node)):
                    yield f"{kind}:{column}", text, False
                continue
            if kind in ("selectbox", "multiselect", "radio", "select_slider"):
                for option in node.options:
                    yield kind, str(option), kind == "radio"
                continue
            if kind == "metric":
                for part in (node.value, node.delta):
                    if part:
                        yield kind, str(part), True
                continue
            value = (
                getattr(node, "value", None)
                if kind not in ("slider", "number_input", "checkbox", "toggle", "text_input")
                else None
            )
            if isinstance(value, str) and value:
                yield kind, value, kind not in PLAIN


# --- what a Markdown body would turn into a link or an image --------------------------------

_ESCAPED = re.compile(r"\\.")
_OPENERS = re.compile(r"\]\(|\]\[|\]:|!\[|<[A-Za-z/!?]")
# GitHub's autolink literals, found on the text after the escapes are undone
_AUTOLINK = re.compile(r"(?i)(https?://|www\.)|[\w.+-]@[\w-]+\.[\w-]")


def linkable(markdown: str) -> list[str]:
    """The pieces of a Markdown body that would render as a link, an image or raw HTML."""
    found = [m.group(0) for m in _OPENERS.finditer(_ESCAPED.sub("", markdown))]
    text = _ESCAPED.sub(lambda m: m.group(0)[1], markdown)
    return found + [m.group(0) for m in _AUTOLINK.finditer(text)]


def seen(markdown: str) -> str:
    """What a reader sees of a Markdown body escaped by ui/safe.as_text: the text itself."""
    return _ESCAPED.sub(lambda m: m.group(0)[1], markdown).replace("\u2060", "")
