"""趋势: one body's figures over the years, or a peer group's median and quartiles."""

from __future__ import annotations

import altair as alt
import streamlit as st

from govbench.rank import default_metrics, derived_keys, yearly_quartiles
from govbench.ui import data
from govbench.ui.common import body_label, place, readable, require_reports
from govbench.ui.labels import metric_label, option, t
from govbench.vocabulary import METRIC_KEYS

st.title(t("page_trends"))
require_reports()

CHART_WIDTH = 640  # a facet chart does not stretch: each panel gets this width


def year_axis(years: list) -> alt.X:
    """Years on a true time scale (a gap of five years looks like five), one tick per year."""
    return alt.X(
        "year:Q",
        title=t("year"),
        scale=alt.Scale(zero=False, nice=False),
        axis=alt.Axis(format="d", values=[int(y) for y in years], labelAngle=0),
    )


METRICS = [*dict.fromkeys([*default_metrics(), *METRIC_KEYS, *derived_keys()])]
mode = st.radio(
    t("trend_mode"),
    ["body", "peers"],
    horizontal=True,
    key="trend_mode",
    format_func=lambda m: t(f"trend_{m}"),
)


def one_body() -> None:
    rows = data.frame()
    # a body is its issuer in its place, whatever the year
    body = body_label(rows) + " · " + place(rows)
    chosen = st.selectbox(t("body"), sorted(body.unique()), key="trend_body")
    metrics = st.multiselect(
        t("trend_metrics"),
        METRICS,
        default=METRICS[:2],
        key="trend_metrics",
        format_func=metric_label,
        placeholder=t("choose_options"),
    )
    history = rows[body == chosen].melt("year", metrics, var_name="metric").dropna()
    if history.empty:
        st.info(t("no_trend"))
        return
    history = history.assign(metric=history["metric"].map(metric_label))
    years = sorted(history["year"].unique())
    st.altair_chart(
        alt.Chart(history)
        .mark_line(point=True)
        .encode(
            x=year_axis(years),
            y=alt.Y("value:Q", title=t("value")),
            color=alt.Color("metric:N", title=t("metric"), legend=None),
            tooltip=[
                alt.Tooltip("year:Q", title=t("year"), format="d"),
                alt.Tooltip("metric:N", title=t("metric")),
                alt.Tooltip("value:Q", title=t("value"), format=",.4~f"),
            ],
        )
        .properties(width=CHART_WIDTH, height=180)
        .facet(
            row=alt.Row(
                "metric:N",
                title=None,
                header=alt.Header(labelAngle=0, labelAlign="left", labelOrient="top"),
            )
        )
        .resolve_scale(y="independent")
    )
    table = history.pivot(index="year", columns="metric", values="value")
    st.dataframe(
        readable(table.rename_axis(index=t("year"), columns=None)),
        width="stretch",
        key="trend_table",
    )


def peer_group() -> None:
    left, middle, right = st.columns(3)
    with left:
        province = st.selectbox(
            t("province"),
            [None, *data.options("province")],
            key="trend_province",
            format_func=lambda v: t("all") if v is None else v,
            placeholder=t("all"),  # a None choice shown as such (see keep_choices)
        )
    with middle:
        level = st.selectbox(
            t("level"),
            [None, *data.options("level")],
            key="trend_level",
            format_func=lambda v: t("all") if v is None else option("level", v),
            placeholder=t("all"),  # a None choice shown as such (see keep_choices)
        )
    with right:
        metric = st.selectbox(
            t("trend_metric"), METRICS, key="trend_metric", format_func=metric_label
        )
    quartiles = yearly_quartiles(data.frame(province=province, level=level), metric)
    if quartiles.empty:
        st.info(t("no_trend"))
        return
    base = alt.Chart(quartiles).encode(x=year_axis(sorted(quartiles["year"].unique())))
    band = base.mark_area(opacity=0.3).encode(
        y=alt.Y("q1:Q", title=metric_label(metric)), y2="q3:Q"
    )
    line = base.mark_line(point=True).encode(
        y="median:Q",
        tooltip=[
            alt.Tooltip("year:Q", title=t("year"), format="d"),
            alt.Tooltip("bodies:Q", title=t("bodies_n")),
            alt.Tooltip("q1:Q", title=t("q1"), format=",.4~f"),
            alt.Tooltip("median:Q", title=t("median"), format=",.4~f"),
            alt.Tooltip("q3:Q", title=t("q3"), format=",.4~f"),
        ],
    )
    st.altair_chart(band + line, width="stretch")
    st.dataframe(
        readable(
            quartiles.rename(
                columns={
                    "year": t("year"),
                    "bodies": t("bodies_n"),
                    "q1": t("q1"),
                    "median": t("median"),
                    "q3": t("q3"),
                }
            )
        ),
        hide_index=True,
        width="stretch",
        key="trend_quartiles",
    )


if mode == "body":
    one_body()
else:
    peer_group()
