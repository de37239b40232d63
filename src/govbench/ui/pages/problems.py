"""问题: what bodies admit — categories by body, the statements, and repeats across years."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from govbench.rank import rules
from govbench.ui import data
from govbench.ui.common import body_label, readable, require_reports, shortened, yes_no
from govbench.ui.labels import category_label, t

st.title(t("page_problems"))
require_reports()

statements = data.problem_statements()
left, middle = st.columns(2)
with left:
    year = st.selectbox(
        t("year"),
        [None, *data.options("year")],
        key="problems_year",
        format_func=lambda v: t("all") if v is None else str(v),
        placeholder=t("all"),  # a None choice shown as such (see keep_choices)
    )
with middle:
    province = st.selectbox(
        t("province"),
        [None, *data.options("province")],
        key="problems_province",
        format_func=lambda v: t("all") if v is None else v,
        placeholder=t("all"),  # a None choice shown as such (see keep_choices)
    )
keep = pd.Series(True, index=statements.index)
if year is not None:
    keep &= statements["year"] == year
if province is not None:
    keep &= statements["province"] == province
shown = statements[keep]
shown = shown.assign(body=body_label(shown), category_name=shown["category"].map(category_label))

st.subheader(t("heatmap"))
counts = shown.groupby(["body", "category_name"]).size().rename("count").reset_index()
# long names share their place (平潭综合实验区…): the axis shows the part that differs
counts = counts.assign(label=shortened(counts["body"]))
st.altair_chart(
    alt.Chart(counts)
    .mark_rect()
    .encode(
        x=alt.X("category_name:N", title=t("category"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("label:N", title=t("body"), axis=alt.Axis(labelLimit=320)),
        color=alt.Color("count:Q", title=t("problems_count"), scale=alt.Scale(scheme="oranges")),
        tooltip=[
            alt.Tooltip("body:N", title=t("body")),
            alt.Tooltip("category_name:N", title=t("category")),
            alt.Tooltip("count:Q", title=t("problems_count")),
        ],
    ),
    width="stretch",
)

st.subheader(t("statements"))
left, middle, right = st.columns([2, 2, 1], vertical_alignment="bottom")
with left:
    categories = st.multiselect(
        t("category"),
        sorted(shown["category"].unique()),
        key="problems_categories",
        format_func=category_label,
        placeholder=t("choose_options"),
    )
with middle:
    needle = st.text_input(t("search_text"), key="problems_search")
with right:
    only_repeats = st.checkbox(t("only_repeats"), key="problems_only_repeats")
keep = shown["text"].str.contains(needle, regex=False)
if categories:
    keep &= shown["category"].isin(categories)
if only_repeats:
    keep &= shown["repeated"]
listed = shown[keep]
st.caption(
    t("statements_found", n=len(listed), r=int(listed["repeated"].sum()))
    + " · "
    + t("repeat_note", t=f"{rules().repeat_threshold:g}")
)
st.dataframe(
    readable(
        pd.DataFrame(
            {
                t("body"): listed["body"],
                t("year"): listed["year"],
                t("category"): listed["category_name"],
                t("problem"): listed["text"],
                t("repeated"): yes_no(listed["repeated"]),
                t("repeats_text"): listed["repeats"],
                t("similarity"): listed["similarity"],
            }
        ),
        digits=0,
    ),
    hide_index=True,
    width="stretch",
    key="problems_table",
)
