"""对比: two to four bodies side by side — dimension scores, figures, problems."""

from __future__ import annotations

import altair as alt
import streamlit as st

from govbench.rank import derived_keys
from govbench.ui import data
from govbench.ui.common import body_names, readable, require_reports
from govbench.ui.labels import category_label, dimension_label, metric_label, t
from govbench.ui.safe import as_text
from govbench.vocabulary import METRIC_KEYS

MAX_BODIES = 4

st.title(t("page_compare"))
require_reports()

years = data.options("year")
year = st.selectbox(t("year"), years, key="compare_year")  # same year: peers of one year
rows = data.frame(year=year)
names = body_names(rows)
chosen = st.multiselect(
    t("compare_bodies"),
    list(names),
    default=list(names)[:2],
    max_selections=MAX_BODIES,
    key="compare_bodies",
    format_func=names.__getitem__,
    placeholder=t("choose_options"),
)
if len(chosen) < 2:
    st.info(t("compare_pick_more"))
    st.stop()

scores = data.dimension_scores(year, None, None, {})
picked = (
    scores[scores["report_id"].isin(chosen)]
    .melt("report_id", var_name="dimension", value_name="score")
    .dropna(subset=["score"])
)
picked = picked.assign(
    body=picked["report_id"].map(names), dimension=picked["dimension"].map(dimension_label)
)
st.subheader(t("dimension_scores"))
st.altair_chart(
    alt.Chart(picked)
    .mark_bar()
    .encode(
        x=alt.X("dimension:N", title=t("dimension"), axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("body:N"),
        y=alt.Y("score:Q", title=t("score"), scale=alt.Scale(domain=[0, 1])),
        # up to four bodies: colours far apart, not neighbouring shades of one scheme
        color=alt.Color(
            "body:N",
            title=t("body"),
            scale=alt.Scale(scheme="set1"),
            legend=alt.Legend(orient="bottom", labelLimit=400, columns=1),
        ),
        tooltip=[
            alt.Tooltip("body:N", title=t("body")),
            alt.Tooltip("dimension:N", title=t("dimension")),
            alt.Tooltip("score:Q", title=t("score"), format=".2f"),
        ],
    ),
    width="stretch",
)
st.caption(t("dimension_chart_note"))

st.subheader(t("figures_side_by_side"))
keys = [
    k
    for k in [*METRIC_KEYS, *derived_keys(), "problems_admitted", "problems_repeated"]
    if k in rows
]
side = rows.set_index("report_id").loc[chosen, keys].T.dropna(how="all")
side.index = side.index.map(metric_label)
side.columns = [names[c] for c in side.columns]
st.dataframe(readable(side), width="stretch", key="compare_figures")

st.subheader(t("problems_header"))
for column, report_id in zip(st.columns(len(chosen)), chosen):
    with column:
        st.markdown(f"**{as_text(names[report_id])}**")
        problems = data.report_problems(report_id)
        if problems.empty:
            st.caption(t("no_problems"))
        for row in problems.itertuples():
            st.text(f"[{category_label(row.category)}] {row.text}")
