"""地图: a choropleth of score, coverage, check errors or reports received, by city for a
province and by county for a city (click a city to go down), drawn offline with Altair."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from govbench.oversight import regions
from govbench.ui import data
from govbench.ui.common import require_reports
from govbench.ui.labels import t

st.title(t("page_map"))
require_reports()

left, middle, right = st.columns(3)
year = left.selectbox(t("map_year"), data.options("year"), key="map_year")
book = data.card_book(year)
provinces = [
    p for p in book.frame["province"].dropna().unique().tolist() if regions.province_code(p)
]
if not provinces:
    st.info(t("map_no_province"))
    st.stop()
provinces.sort(key=lambda p: -int((book.frame["province"] == p).sum()))  # most reports first
province = middle.selectbox(t("map_province"), provinces, key="map_province")
measure = right.selectbox(
    t("map_measure"), regions.MEASURES, key="map_measure", format_func=lambda m: t(f"measure_{m}")
)
province_code = regions.province_code(province)
assert province_code is not None  # the list above holds only provinces with a code
cities = regions.children(province_code)
by_city = (cities["level"] == "city").all()

# a click on a city of the province view goes down to its counties
clicked = st.session_state.get("map_chart")
if by_city and clicked:
    picked = [p.get("code") for p in clicked.get("selection", {}).get("unit", [])]
    if picked and picked[0] in set(cities["code"]):
        st.session_state["map_city"] = picked[0]
        st.session_state.pop("map_chart", None)
city_names = dict(zip(cities["code"], cities["name"]))
city = None
if by_city:
    city = st.selectbox(
        t("map_city"),
        [None, *city_names],
        key="map_city",
        format_func=lambda c: t("map_whole_province") if c is None else city_names[c],
        placeholder=t("map_whole_province"),  # a None choice shown as such (see keep_choices)
    )
parent = city or province_code
failed = None
if book.run_id is not None:
    failures = book.failures
    failed = set(failures.loc[failures["severity"] == "error", "report_id"])
units = regions.measure_by_unit(book.ranking, parent, failed, measure)
drawn_level = "city" if by_city and city is None else "county"
place = province + (city_names[city] if city else "")
is_share = measure in ("coverage", "errors")

tooltip = [
    alt.Tooltip("name:N", title=t("place")),
    alt.Tooltip("value:Q", title=t(f"measure_{measure}"), format=".0%" if is_share else ",.3~f"),
    alt.Tooltip("bodies:Q", title=t("map_bodies")),
]
base = (
    alt.Chart(alt.Data(values=regions.feature_collection(units, drawn_level)["features"]))
    .transform_calculate(
        code="datum.properties.code",
        name="datum.properties.name",
        value="datum.properties.value",
        bodies="datum.properties.bodies",
    )
    .project("mercator")
)
# every unit in grey (no data: unknown), those with a value coloured on top
unknown = base.mark_geoshape(fill="#d9d9d9", stroke="white", strokeWidth=0.8).encode(
    tooltip=[tooltip[0], tooltip[2]]
)
known = (
    base.transform_filter("isValid(datum.value)")
    .mark_geoshape(stroke="white", strokeWidth=0.8)
    .encode(
        color=alt.Color(
            "value:Q",
            title=t(f"measure_{measure}"),
            scale=alt.Scale(scheme="blues", zero=measure != "score"),
            legend=alt.Legend(format=".0%" if is_share else ",.3~f"),
        ),
        tooltip=tooltip,
    )
)
drill = by_city and city is None
if drill:
    known = known.add_params(alt.selection_point(name="unit", fields=["code"]))
chart = alt.layer(unknown, known).properties(
    height=560, title=t("map_title", place=place, year=year, measure=t(f"measure_{measure}"))
)
if drill:
    st.altair_chart(chart, width="stretch", on_select="rerun", key="map_chart")
else:
    st.altair_chart(chart, width="stretch")
if measure == "errors" and failed is None:
    st.info(t("map_never_checked"))
st.caption(t("map_note"))

shown = units.assign(
    value=units["value"].map(
        lambda v: (
            "—" if pd.isna(v) else (f"{v:.0%}" if is_share else f"{v:,.3f}".rstrip("0").rstrip("."))
        )
    )
)
st.dataframe(
    pd.DataFrame(
        {
            t("place"): shown["name"],
            t("map_bodies"): shown["bodies"],
            t(f"measure_{measure}"): shown["value"],
        }
    ),
    hide_index=True,
    width="stretch",
    key="map_table",
)
