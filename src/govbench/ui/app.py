"""govbench's Streamlit app: a short entry that sets up navigation.

`govbench app --db FILE` runs this file (shipped in the package, so an installed govbench has
its app); `streamlit run app.py` in the project folder runs it too, by way of that thin entry.
It only reads the database (GOVBENCH_DB).
"""

from __future__ import annotations

import streamlit as st

from govbench.ui import data
from govbench.ui.common import body_search, page
from govbench.ui.labels import t
from govbench.ui.uploads import UPLOADER_KEYS


UPLOADER_NOTE = "stFileUploaderDropzoneInstructions"


def keep_choices() -> None:
    """The language toggle's callback. A select box remembers its choice by the option's words,
    which the other language changes (县级 → county): the choice would be lost, the box left
    showing Streamlit's English "Choose an option". Each choice is pinned by its value instead;
    an uploader's state cannot be set and is left alone. Streamlit draws a None choice (全部)
    pinned so as "nothing chosen": those boxes name their None option as the placeholder, in
    the language now chosen."""
    for key in list(st.session_state):
        value = st.session_state[key]
        if key == "lang_en" or key in UPLOADER_KEYS:
            continue
        if (
            value is None
            or _plain(value)
            or (isinstance(value, list | tuple) and all(_plain(v) for v in value))
        ):
            st.session_state[key] = value


def _plain(value) -> bool:
    """A choice a select box, slider or text box holds (a bool is a button's or a toggle's)."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def main() -> None:
    data.pin()  # this run, the sidebar's search and the page read one copy of the database
    st.set_page_config(page_title="govbench", page_icon="📊", layout="wide")
    st.sidebar.toggle(t("english"), key="lang_en", on_change=keep_choices)
    # Streamlit writes "200MB per file • CSV" under every uploader, in English only: hidden,
    # each uploader's label says its file types (and 导入's its size limit) in the reader's
    # language. Its "Upload" button has no setting and stays.
    st.html(f"<style>[data-testid='{UPLOADER_NOTE}'] {{ display: none; }}</style>")
    navigation = st.navigation(
        [
            st.Page(page("overview"), title=t("page_overview"), url_path="overview", default=True),
            st.Page(page("reports"), title=t("page_reports"), url_path="reports"),
            st.Page(page("report"), title=t("page_report"), url_path="report"),
            st.Page(page("card"), title=t("page_card"), url_path="card"),
            st.Page(page("ranking"), title=t("page_ranking"), url_path="ranking"),
            st.Page(page("movers"), title=t("page_movers"), url_path="movers"),
            st.Page(page("compliance"), title=t("page_compliance"), url_path="compliance"),
            st.Page(page("map"), title=t("page_map"), url_path="map"),
            st.Page(page("compare"), title=t("page_compare"), url_path="compare"),
            st.Page(page("trends"), title=t("page_trends"), url_path="trends"),
            st.Page(page("problems"), title=t("page_problems"), url_path="problems"),
            st.Page(page("quality"), title=t("page_quality"), url_path="quality"),
            st.Page(page("import"), title=t("page_import"), url_path="import"),
        ],
        expanded=True,  # every page listed: no "View 3 more", Streamlit's English words
    )
    body_search()  # after st.navigation: it may switch to a page defined there
    navigation.run()


if __name__ == "__main__":  # `streamlit run` runs this file as __main__
    main()
