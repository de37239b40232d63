"""成绩单: one body's report card for a year, on screen and as a PDF, Word or HTML file."""

from __future__ import annotations

import streamlit as st

from govbench.oversight import CardError, card_html
from govbench.oversight.command import card_file_name
from govbench.oversight.render import PdfUnavailable
from govbench.ui import data
from govbench.ui.common import body_label, place, require_reports
from govbench.ui.labels import t

st.title(t("page_card"))
require_reports()
st.caption(t("card_intro"))

catalogue = data.reports()
catalogue = catalogue[catalogue["in_ranking"] & catalogue["year"].notna()]
names = dict(
    zip(
        catalogue["report_id"],
        body_label(catalogue)
        + " · "
        + catalogue["year"].astype("Int64").astype("string")
        + " · "
        + place(catalogue),
    )
)
if not names:
    st.info(t("card_no_year"))
    st.stop()

# ?report=ID (from 报告) picks the body once; afterwards the selectbox is in charge
wanted = st.query_params.get("report")
if wanted in names and wanted != st.session_state.get("card_param_seen"):
    st.session_state["card_report_id"] = wanted
chosen = st.selectbox(
    t("choose_report"), list(names), key="card_report_id", format_func=names.__getitem__
)
st.query_params["report"] = chosen
st.session_state["card_param_seen"] = chosen
year = int(catalogue.loc[catalogue["report_id"] == chosen, "year"].iloc[0])

try:
    card = data.card_book(year).card(chosen)
except CardError as exc:
    st.error(str(exc))
    st.stop()

files = {
    fmt: card_file_name(card.issuer or card.place, card.year, fmt)
    for fmt in ("pdf", "docx", "html")
}
left, middle, right = st.columns(3)
with left:
    if (
        st.button(t("card_make_pdf"), key="card_make_pdf")
        or st.session_state.get("card_pdf_for") == chosen
    ):
        st.session_state["card_pdf_for"] = chosen
        try:
            with st.spinner(t("card_make_pdf")):
                pdf = data.card_file(year, chosen, "pdf")
        except PdfUnavailable as exc:
            st.error(str(exc))
        else:
            st.download_button(
                t("card_pdf"), pdf, file_name=files["pdf"], mime="application/pdf", key="card_pdf"
            )
with middle:
    st.download_button(
        t("card_docx"),
        data.card_file(year, chosen, "docx"),
        file_name=files["docx"],
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        key="card_docx",
    )
with right:
    st.download_button(
        t("card_html"),
        data.card_file(year, chosen, "html"),
        file_name=files["html"],
        mime="text/html",
        key="card_html",
    )

st.html(card_html(card, standalone=False))
