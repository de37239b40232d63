"""Text from outside — a report's issuer, place, title or problems, a file name, a URL's query —
shown through Streamlit as exactly that text.

Streamlit renders Markdown in st.markdown, st.caption, st.title/header/subheader, the alert
boxes (st.info/warning/error/success), st.progress texts, widget labels and st.page_link
labels: `![t](//host/x.png)` there is an <img> the browser fetches, `[..](https://..)` a live
link, and GitHub-flavoured Markdown turns a bare `https://…`, `www.…` or `a@b.cn` into a link
on its own. Raw HTML is already shown as text (unsafe_allow_html stays off everywhere).

`as_text` is the one way data enters such a body: every ASCII punctuation character is
backslash-escaped (CommonMark lets any of them be escaped, so no link, image, emphasis, code,
heading, list, table, LaTeX `$…$` or Streamlit `:color[…]` can start), line breaks become
spaces (a label is one line), and the three starts of a bare-URL link (`http(s):`, `www.`, `@`)
get an invisible word joiner (U+2060) so the autolink rule, which runs on the text after the
escapes are undone, finds nothing. What the reader sees is the text itself.

Tables (st.dataframe) and st.text show their values as plain text and need nothing.
"""

from __future__ import annotations

import re

import pandas as pd

WORD_JOINER = "\u2060"
# the three places GitHub's autolink-literal rule would start a link: after a scheme, www, @
_AUTOLINK_STARTS = re.compile(r"(?i)(?<=https:)|(?<=http:)|(?<=www)(?=\.)|(?<=@)")
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def as_text(value: object) -> str:
    """Markdown that shows `value` as plain text in any Streamlit element ("" for None/NaN)."""
    if value is None or (not isinstance(value, str) and _is_missing(value)):
        return ""
    text = _LINE_BREAKS.sub(" ", str(value))
    text = _AUTOLINK_STARTS.sub(WORD_JOINER, text)
    return _PUNCTUATION.sub(r"\\\1", text)


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array: not one missing value
        return False
