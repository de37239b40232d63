"""总览 (the landing page): for a year and an area, what arrived, the headline totals, the check
status, the biggest movers and what changed since the year before; names open the body's page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from govbench.oversight import biggest_movers
from govbench.ui import data, overview
from govbench.ui.checks import STATUSES, UNCHECKED, check_status
from govbench.ui.common import body_label, page, place, require_reports
from govbench.ui.labels import option, t
from govbench.ui.safe import as_text

REPORT_PAGE = page("report")
MOVERS_PAGE = page("movers")
LISTED = 12  # names listed for new and missing bodies; the rest are counted

st.title(t("page_overview"))
require_reports()

years = data.options("year")
if not years:
    st.info(t("no_years"))
    st.stop()
left, middle, right = st.columns(3)
with left:
    year = st.selectbox(t("year"), years, key="overview_year")
with middle:
    province = st.selectbox(
        t("province"),
        [None, *data.options("province")],
        key="overview_province",
        format_func=lambda v: t("all") if v is None else v,
        placeholder=t("all"),  # a None choice shown as such (see keep_choices)
    )
catalogue = data.reports()
with right:
    cities = sorted(overview.in_area(catalogue, province, None)["city"].dropna().unique())
    city = st.selectbox(
        t("city"),
        [None, *cities],
        key="overview_city",
        format_func=lambda v: t("all") if v is None else v,
        placeholder=t("all"),  # a None choice shown as such (see keep_choices)
    )
previous = year - 1 if year - 1 in years else None


def area_reports(y: int | None) -> pd.DataFrame:
    if y is None:
        return catalogue.iloc[0:0]
    found = overview.in_area(catalogue[catalogue["year"] == y], province, city)
    return found[found["in_ranking"]]


def area_frame(y: int | None) -> pd.DataFrame:
    if y is None:
        return data.frame(year=-1)
    return overview.in_area(data.frame(year=y, province=province), province, city)


def body_link(row: pd.Series) -> None:
    """The body's name and place, opening its report on 报告."""
    name = body_label(row.to_frame().T).iloc[0]
    where = place(row.to_frame().T).iloc[0]
    label = " · ".join(p for p in (name, where) if p)
    st.page_link(REPORT_PAGE, label=as_text(label), query_params={"report": row["report_id"]})


now_reports, before_reports = area_reports(year), area_reports(previous)
if now_reports.empty:
    st.info(t("overview_nothing", year=year))
    st.stop()

# --- what arrived --------------------------------------------------------------------------
st.subheader(t("overview_received"))
st.metric(
    t("reports_received"),
    len(now_reports),
    delta=None if previous is None else len(now_reports) - len(before_reports),
    help=t("received_help"),
)
counts = overview.received(now_reports)
counts.index = [option("level", v) if v != "unknown" else t("unknown") for v in counts.index]
counts.columns = [
    option("body_kind", v) if v != "unknown" else t("unknown") for v in counts.columns
]
st.dataframe(
    counts.rename_axis(index=t("level"), columns=None), width="content", key="overview_received"
)

# --- headline totals, summed apart where reports would count the same cases twice ----------
st.subheader(t("overview_totals"))
before_groups = {
    (scope, level): totals
    for scope, level, _, totals in (
        overview.totals_by_scope(area_frame(previous)) if previous else []
    )
}
for scope, level, count, totals in overview.totals_by_scope(area_frame(year)):
    name = t(f"scope_{scope}") + ("" if level is None else " · " + option("level", level))
    st.markdown(t("totals_group", name=name, n=count))
    earlier_totals = before_groups.get((scope, level), {})
    for column, (key, (value, stated)) in zip(st.columns(len(totals)), totals.items()):
        earlier = earlier_totals.get(key, (None, 0))[0]
        change = None if value is None or earlier is None else value - earlier
        column.metric(
            t(key),
            t("missing") if value is None else f"{value:,.0f}",
            delta=None if change is None else f"{change:+,.0f}",
            delta_color="off",
            delta_arrow="off" if change == 0 else "auto",
            help=t("stated_by", n=stated, of=count),
        )
st.caption(t("totals_note"))

# --- quality -------------------------------------------------------------------------------
st.subheader(t("overview_quality"))
run = data.quality_run()
status = check_status(
    now_reports, data.quality_failures(), None if run is None else run["checked_at"]
)
tally = status.value_counts()
for column, key in zip(st.columns(len(STATUSES) + 1), [*STATUSES, UNCHECKED]):
    column.metric(t(f"status_{key}"), int(tally.get(key, 0)))
st.caption(
    t("no_run")
    if run is None
    else t("run_info", run=as_text(run["run_id"]), at=as_text(str(run["checked_at"])[:19]))
)

# --- movers: oversight.movers judges each move against the rank intervals ---------------------
st.subheader(t("overview_movers", n=overview.MOVERS))
if previous is None:
    st.caption(t("no_previous_year", year=year - 1))
else:
    moved = data.movers(year)
    moved = overview.in_area(moved, province, city) if not moved.empty else moved
    biggest = biggest_movers(moved, overview.MOVERS) if not moved.empty else moved
    if biggest.empty:
        st.caption(t("no_movers"))
    for _, row in biggest.iterrows():
        name_column, change_column = st.columns([3, 2])
        with name_column:
            body_link(catalogue[catalogue["report_id"] == row["report_id"]].iloc[0])
        change_column.markdown(
            t(
                "mover_change",
                verdict=t(f"verdict_{row['verdict']}"),
                before=int(row["rank_before"]),
                before_low=int(row["rank_low_before"]),
                before_high=int(row["rank_high_before"]),
                now=int(row["rank"]),
                low=int(row["rank_low"]),
                high=int(row["rank_high"]),
                s0=row["score_before"],
                s1=row["score"],
                ys=previous,
                y=year,
            )
        )
    inside = 0 if moved.empty else int((moved["verdict"] == "indistinguishable").sum())
    st.caption(t("overview_movers_note", n=inside))
    st.page_link(MOVERS_PAGE, label=t("page_movers"), icon="↕️")

# --- since last year -----------------------------------------------------------------------
st.subheader(t("overview_changes", year=previous or year - 1))
if previous is None:
    st.caption(t("no_previous_year", year=year - 1))
else:
    new, gone = overview.arrivals(now_reports, before_reports)
    for heading, rows in (
        (t("new_bodies", n=len(new), year=year), new),
        (t("missing_bodies", n=len(gone), year=year, before=previous), gone),
    ):
        st.markdown(f"**{heading}**")
        for _, row in rows.head(LISTED).iterrows():
            body_link(row)
        if len(rows) > LISTED:
            st.caption(t("and_more", n=len(rows) - LISTED))
