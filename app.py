"""govbench's Streamlit app: a short entry that sets up navigation.

Run it with `govbench app --db FILE` (sets GOVBENCH_DB); it only reads the database.
"""
from __future__ import annotations

import streamlit as st

from govbench.ui.labels import t

PAGES = "src/govbench/ui/pages"

st.set_page_config(page_title="govbench", page_icon="📊", layout="wide")
st.sidebar.toggle(t("english"), key="lang_en")

navigation = st.navigation([
    st.Page(f"{PAGES}/reports.py", title=t("page_reports"), url_path="reports", default=True),
    st.Page(f"{PAGES}/report.py", title=t("page_report"), url_path="report"),
    st.Page(f"{PAGES}/ranking.py", title=t("page_ranking"), url_path="ranking"),
    st.Page(f"{PAGES}/compare.py", title=t("page_compare"), url_path="compare"),
    st.Page(f"{PAGES}/trends.py", title=t("page_trends"), url_path="trends"),
    st.Page(f"{PAGES}/problems.py", title=t("page_problems"), url_path="problems"),
    st.Page(f"{PAGES}/quality.py", title=t("page_quality"), url_path="quality"),
    st.Page(f"{PAGES}/import.py", title=t("page_import"), url_path="import"),
])
navigation.run()
