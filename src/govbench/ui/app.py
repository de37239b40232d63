"""govbench's Streamlit app: a short entry that sets up navigation.

`govbench app --db FILE` runs this file (shipped in the package, so an installed govbench has
its app); `streamlit run app.py` in the project folder runs it too, by way of that thin entry.
It only reads the database (GOVBENCH_DB).
"""

from __future__ import annotations

import streamlit as st

from govbench.ui.common import body_search, page
from govbench.ui.labels import t


UPLOADER_NOTE = "stFileUploaderDropzoneInstructions"


def main() -> None:
    st.set_page_config(page_title="govbench", page_icon="📊", layout="wide")
    st.sidebar.toggle(t("english"), key="lang_en")
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
