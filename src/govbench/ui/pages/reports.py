"""报告列表: every stored report, filtered by province, year and format."""

from __future__ import annotations

import streamlit as st

from govbench.ui import data
from govbench.ui.common import body_label, page, place, require_reports
from govbench.ui.labels import option, t

st.title(t("page_reports"))
require_reports()


def choose(label_key: str, field: str, formatter=str):
    """A filter selectbox whose first choice (None) means all."""
    return st.selectbox(
        t(label_key),
        [None, *data.options(field)],
        key=f"reports_{field}",
        format_func=lambda v: t("all") if v is None else formatter(v),
        placeholder=t("all"),  # a None choice shown as such (see keep_choices)
    )


left, middle, right = st.columns(3)
with left:
    province = choose("province", "province")
with middle:
    year = choose("year", "year")
with right:
    fmt = choose("format", "format", lambda v: option("format", v))

found = data.reports(province=province, year=year, fmt=fmt)
if found.empty:
    st.info(t("no_match"))
    st.stop()

st.caption(t("reports_found", n=len(found)))
shown = found.assign(
    issuer=body_label(found),
    place=place(found),
    format=found["format"].map(lambda v: option("format", v)),
    level=found["level"].map(lambda v: option("level", v)),
    # several versions of one body's report for a year are all kept; say which one ranks
    version=[
        t("version_of", version=v, versions=n) + (t("in_ranking") if used else "") if n > 1 else ""
        for v, n, used in zip(found["version"], found["versions"], found["in_ranking"])
    ],
)
columns = [
    "issuer",
    "place",
    "year",
    "format",
    "level",
    "figures",
    "problems_count",
    "version",
    "synthetic",
]
st.dataframe(
    shown[columns].rename(columns={c: t(c) for c in columns}),
    hide_index=True,
    width="stretch",
    key="reports_table",
    column_config={
        t("year"): st.column_config.NumberColumn(format="%d"),
        t("synthetic"): st.column_config.CheckboxColumn(),
    },
)
if found["synthetic"].any():
    st.caption(t("synthetic_note"))

names = dict(
    zip(
        found["report_id"],
        shown["issuer"]
        + " · "
        + found["year"].astype("string").fillna(t("unknown_year"))
        + " · "
        + shown["place"],
    )
)
left, right = st.columns([3, 1], vertical_alignment="bottom")
with left:
    chosen = st.selectbox(
        t("choose_report"), list(names), key="reports_open", format_func=names.__getitem__
    )
with right:
    st.page_link(page("report"), label=t("open"), query_params={"report": chosen})
