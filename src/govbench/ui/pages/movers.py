"""进步/退步榜: rank and score change against the year before, judged by the rank intervals."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from govbench.oversight.movers import VERDICTS
from govbench.rank import rules
from govbench.ui import data
from govbench.ui.common import place, require_reports
from govbench.ui.labels import language, option, t

st.title(t("page_movers"))
require_reports()

years = data.options("year")
comparable = [y for y in years if y - 1 in years] or years
left, middle, right = st.columns(3)
year = left.selectbox(t("movers_year"), comparable, key="movers_year")
levels = [None, *data.options("level")]
level = middle.selectbox(
    t("movers_level"),
    levels,
    key="movers_level",
    format_func=lambda v: t("all") if v is None else option("level", v),
    placeholder=t("all"),  # a None choice shown as such (see keep_choices)
)
presets = rules().presets
preset = right.selectbox(
    t("movers_preset"),
    list(presets),
    key="movers_preset",
    format_func=lambda k: presets[k].en if language() == "en" else presets[k].zh,
)

moved = data.movers(year, preset)
if moved.empty:
    st.info(t("movers_none"))
    st.stop()
if level is not None:
    moved = moved[moved["level"] == level]
counts = moved["verdict"].value_counts()
st.markdown(t("movers_counts", **{v: int(counts.get(v, 0)) for v in VERDICTS}))
st.caption(t("movers_note"))


def ranked(rank, low, high) -> str:
    if pd.isna(rank):
        return t("not_ranked")
    return f"{int(rank)}（{int(low)}–{int(high)}）"


def signed(value, digits: int = 0) -> str:
    if pd.isna(value):
        return "—"
    if value == 0:
        return "0"
    return f"{value:+.{digits}f}" if digits else f"{int(value):+d}"


st.dataframe(
    pd.DataFrame(
        {
            t("verdict"): moved["verdict"].map(lambda v: t(f"verdict_{v}")),
            t("body"): moved["issuer"],
            t("place"): place(moved),
            t("level"): moved["level"].map(
                lambda v: option("level", v) if pd.notna(v) else t("unknown")
            ),
            t("scope"): moved["scope"].map(lambda v: t(f"scope_{v}")),
            t("movers_rank_before"): [
                ranked(*r)
                for r in zip(
                    moved["rank_before"], moved["rank_low_before"], moved["rank_high_before"]
                )
            ],
            t("movers_rank_now"): [
                ranked(*r) for r in zip(moved["rank"], moved["rank_low"], moved["rank_high"])
            ],
            t("rank_change"): moved["rank_change"].map(signed),
            t("score_change"): moved["score_change"].map(lambda v: signed(v, 3)),
        }
    ),
    hide_index=True,
    width="stretch",
    key="movers_table",
)
