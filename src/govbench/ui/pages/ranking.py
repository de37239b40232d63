"""排名: bodies ranked on weighted, normalised metrics, with rank intervals and explanations."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from govbench.rank import (
    CONTRIBUTION_PREFIX,
    corrected_counts,
    MISSING_RULES,
    NORMALISATIONS,
    PEER_COLUMNS,
    SCOPES,
    default_weighting,
    rules,
)
from govbench.ui import data
from govbench.ui.common import body_label, page, place, readable, require_reports
from govbench.ui.labels import dimension_label, language, metric_label, option, t
from govbench.ui.safe import as_text
from govbench.ui.presets import WEIGHT_RANGE, PeerGroup, Preset
from govbench.ui.ranking_extras import (
    PEER_BY_KEY,
    apply_named_preset,
    apply_uploaded_preset,
    compare_presets,
    export_buttons,
    method_notes,
    preset_controls,
    weight_key,
    what_if,
)

CHART_ROWS = 30  # a readable chart; the table below holds every body

st.title(t("page_ranking"))
require_reports()
apply_uploaded_preset()


def peer_filters() -> tuple[int | None, str | None, str | None]:
    years, provinces, levels = data.options("year"), data.options("province"), data.options("level")
    left, middle, right = st.columns(3)
    with left:  # latest year first: bodies are compared with others of the same year
        year = st.selectbox(
            t("year"),
            [*years, None],
            key="rank_year",
            format_func=lambda v: t("all") if v is None else str(v),
            placeholder=t("all"),  # a None choice shown as such (see keep_choices)
        )
    with middle:
        province = st.selectbox(
            t("province"),
            [None, *provinces],
            key="rank_province",
            format_func=lambda v: t("all") if v is None else v,
            placeholder=t("all"),  # a None choice shown as such (see keep_choices)
        )
    with right:
        level = st.selectbox(
            t("level"),
            [None, *levels],
            key="rank_level",
            format_func=lambda v: t("all") if v is None else option("level", v),
            placeholder=t("all"),  # a None choice shown as such (see keep_choices)
        )
    return year, province, level


def peer_by_control() -> tuple[str, ...]:
    """The columns whose groups are ranked separately; none chosen: all bodies together."""
    # the default goes through the state, which a loaded preset may already have set
    st.session_state.setdefault(PEER_BY_KEY, list(rules().defaults.peer_by))
    chosen = st.sidebar.multiselect(
        t("peer_by"), PEER_COLUMNS, key=PEER_BY_KEY, format_func=t, placeholder=t("choose_options")
    )
    return tuple(chosen)


def population_controls() -> tuple[pd.DataFrame | None, bool]:
    """(the population table or None, whether volume metrics go per capita)."""
    st.sidebar.subheader(t("population"))
    upload = st.sidebar.file_uploader(t("population_upload"), type=["csv"], key="population_file")
    try:
        table = data.population((upload.getvalue(), upload.name) if upload else None)
    except ValueError as exc:
        st.sidebar.error(t("population_bad", error=as_text(exc)))
        table = None
    unit = rules().per_capita.en if language() == "en" else rules().per_capita.zh
    per_capita = st.sidebar.checkbox(
        t("per_capita", unit=unit), key="rank_per_capita", disabled=table is None
    )
    return table, per_capita and table is not None


def population_note(table: pd.DataFrame | None, per_capita: bool, result: pd.DataFrame) -> None:
    if table is None:
        st.info(t("no_population"))
    elif not per_capita:
        st.caption(t("population_loaded", n=len(table)))
    else:
        unit = rules().per_capita.en if language() == "en" else rules().per_capita.zh
        st.caption(t("per_capita_note", unit=unit, n=int(result["population"].isna().sum())))


def weight_sliders() -> dict[str, float]:
    """One slider per dimension and one per metric of the dictionary: together the whole
    weighting (a metric at 0 is not ranked). The 方案 list puts a named weighting on them."""
    st.sidebar.subheader(t("weights"))
    presets = rules().presets
    st.sidebar.selectbox(
        t("named_preset"),
        list(presets),
        key="rank_named_preset",
        on_change=apply_named_preset,
        format_func=lambda k: presets[k].en if language() == "en" else presets[k].zh,
    )
    low, high = WEIGHT_RANGE
    defaults = default_weighting()
    for key in defaults:  # first run: the default preset, through the state
        st.session_state.setdefault(weight_key(key), defaults[key])
    weights = {}
    for key in rules().dimensions:
        weights[key] = st.sidebar.slider(
            dimension_label(key), low, high, step=0.5, key=weight_key(key)
        )
    with st.sidebar.expander(t("metric_weights")):
        for key in rules().dimensions:
            st.caption(dimension_label(key))
            for metric in (m for m, spec in rules().metrics.items() if spec.dimension == key):
                weights[metric] = st.slider(
                    metric_label(metric), low, high, step=0.5, key=weight_key(metric)
                )
    return weights


def method_controls() -> tuple[str, str, float, bool, str]:
    d = rules().defaults
    st.session_state.setdefault("rank_method", d.normalisation)
    st.session_state.setdefault("rank_missing", d.missing)
    st.session_state.setdefault("rank_coverage", d.min_coverage)
    st.session_state.setdefault("rank_scope", d.scope)
    normalisation = st.sidebar.radio(
        t("normalisation"),
        NORMALISATIONS,
        key="rank_method",
        format_func=lambda k: option("normalisation", k),
    )
    missing = st.sidebar.radio(
        t("missing_rule"),
        MISSING_RULES,
        key="rank_missing",
        format_func=lambda k: t(f"missing_{k}"),
        help=t("missing_help"),
    )
    threshold = st.sidebar.slider(t("coverage_threshold"), 0.0, 1.0, step=0.05, key="rank_coverage")
    leave_out = st.sidebar.checkbox(
        t("leave_out_failing"), key="rank_leave_out", help=t("leave_out_note")
    )
    scope = st.sidebar.radio(
        t("scope"),
        SCOPES,
        key="rank_scope",
        format_func=lambda k: t(f"scope_{k}"),
        help=t("scope_help"),
    )
    return normalisation, missing, threshold, leave_out, scope


def export_settings(preset: Preset, per_capita: bool) -> dict[str, object]:
    peers = preset.peer_group
    unit = rules().per_capita.en if language() == "en" else rules().per_capita.zh
    # the whole weighting, as `govbench rank --weights` would take it (unnamed keys weigh 0)
    named = ", ".join(f"{k}={v:g}" for k, v in preset.weights.items() if v)
    return {
        t("setting_weights"): named,
        t("normalisation"): preset.normalisation,
        t("peers"): " · ".join(
            str(v) if v is not None else t("all") for v in (peers.year, peers.province, peers.level)
        ),
        t("peer_by"): " · ".join(t(c) for c in peers.by) or t("all"),
        t("population"): t("per_capita", unit=unit) if per_capita else t("no_population"),
        t("missing_rule"): t(f"missing_{preset.missing}"),
        t("scope"): t(f"scope_{preset.scope}"),
        t("coverage_threshold"): preset.coverage_threshold,
        t("leave_out_failing"): bool(preset.leave_out_failed),
        t("setting_data_date"): data.data_date(),
    }


def show_table(result: pd.DataFrame, key: str, ranked: bool = True) -> None:
    k = rules().top_k
    table = {
        t("rank"): result["rank"],
        t("issuer"): body_label(result),
        t("place"): place(result),
        t("year"): result["year"],
        t("scope"): result["scope"].map(lambda k: t(f"scope_{k}")),
        t("score"): result["score"],
        t("coverage"): 100 * result["coverage"],
        t("rank_interval"): result["rank_low"].astype("string")
        + "–"
        + result["rank_high"].astype("string"),
        t("p_top_k", k=k): 100 * result["p_top_k"].astype("float64"),
    }
    if corrected_counts(result)[0]:  # a reviewer's figures are in it: say how many, per body
        table[t("corrected_figures")] = result["corrected_figures"].fillna(0).astype(int)
    if not ranked:  # bodies listed apart have no rank to show
        for label in (t("rank"), t("rank_interval"), t("p_top_k", k=k)):
            table.pop(label)
    st.dataframe(
        readable(pd.DataFrame(table), percent=(t("coverage"), t("p_top_k", k=k))),
        hide_index=True,
        width="stretch",
        key=key,
    )


def chart(ranked: pd.DataFrame) -> alt.HConcatChart:
    top = ranked.head(CHART_ROWS).assign(body=lambda f: body_label(f) + " " + f["year"].astype(str))
    # long issuer names share their place prefix (平潭综合实验区…): give labels room
    order = alt.Y("body:N", sort=list(top["body"]), title=None, axis=alt.Axis(labelLimit=260))
    bars = (
        alt.Chart(top)
        .mark_bar()
        .encode(
            x=alt.X("score:Q", title=t("score")),
            y=order,
            color=alt.Color(
                "synthetic:N",
                legend=None,
                scale=alt.Scale(domain=[False, True], range=["#4c78a8", "#bbbbbb"]),
            ),
            tooltip=[
                alt.Tooltip("body:N", title=t("issuer")),
                alt.Tooltip("score:Q", title=t("score"), format=".3f"),
                alt.Tooltip("coverage:Q", title=t("coverage"), format=".0%"),
            ],
        )
    )
    rank_scale = alt.Scale(reverse=True, zero=False, nice=False)
    rank_axis = alt.Axis(format="d", tickMinStep=1)
    interval = (
        alt.Chart(top)
        .mark_rule(strokeWidth=2)
        .encode(
            x=alt.X("rank_low:Q", title=t("rank_interval"), scale=rank_scale, axis=rank_axis),
            x2="rank_high:Q",
            y=alt.Y("body:N", sort=list(top["body"]), title=None, axis=None),
        )
    )
    point = (
        alt.Chart(top)
        .mark_point(filled=True, size=60, color="black")
        .encode(
            x=alt.X("rank:Q", scale=rank_scale),
            y=alt.Y("body:N", sort=list(top["body"]), title=None, axis=None),
            tooltip=[
                alt.Tooltip("body:N", title=t("issuer")),
                alt.Tooltip("rank:Q", title=t("rank")),
                alt.Tooltip("rank_low:Q", title=t("rank_best")),
                alt.Tooltip("rank_high:Q", title=t("rank_worst")),
                alt.Tooltip("p_top_k:Q", title=t("p_top_k", k=rules().top_k), format=".0%"),
            ],
        )
    )
    return alt.hconcat(bars.properties(width=320), (interval + point).properties(width=240))


def explain(result: pd.DataFrame) -> None:
    with st.expander(t("explain")):
        labels = dict(zip(result.index, body_label(result)))
        row = result.loc[
            st.selectbox(
                t("explain_body"), list(labels), key="rank_explain", format_func=labels.__getitem__
            )
        ]
        keys = [
            c.removeprefix(CONTRIBUTION_PREFIX)
            for c in result.columns
            if c.startswith(CONTRIBUTION_PREFIX)
        ]
        st.dataframe(
            readable(
                pd.DataFrame(
                    {
                        t("metric"): [metric_label(k) for k in keys],
                        t("value"): [row[k] for k in keys],
                        t("contribution"): [row[CONTRIBUTION_PREFIX + k] for k in keys],
                        t("caveat"): [rules().metrics[k].caveat for k in keys],
                    }
                )
            ),
            hide_index=True,
            width="stretch",
        )
        # from the ranking row to the body's report, its figures and their evidence
        st.page_link(
            page("report"),
            label=t("open_body_report", body=as_text(labels[row.name])),
            query_params={"report": row["report_id"]},
        )


def leaders(ranked: pd.DataFrame, peer_by: tuple[str, ...]) -> str:
    """The first three of each peer group (and scope), never the first rows across groups;
    with several groups each is named by what sets it apart."""
    keys = [*peer_by, "scope"]
    groups = list(ranked.groupby(keys, dropna=False, sort=False))
    varying = [k for k in keys if ranked[k].nunique(dropna=False) > 1]
    parts = []
    for values, rows in groups:
        names = t("name_sep").join(body_label(rows).head(3).map(as_text))
        label = " · ".join(_group_value(k, v) for k, v in zip(keys, values) if k in varying)
        parts.append(t("leaders_group", group=label, names=names) if len(groups) > 1 else names)
    return t("leaders", names=t("group_sep").join(parts))


def _group_value(column: str, value) -> str:
    if pd.isna(value):
        return t("unknown")
    if column == "scope":
        return t(f"scope_{value}")
    if column in ("level", "body_kind"):
        return option(column, value)
    return as_text(value)


def scope_note(result: pd.DataFrame, scope: str) -> str:
    """Which scope the page shows, and that scopes are ranked apart."""
    shown = [t(f"scope_{k}") for k in dict.fromkeys(result["scope"])]
    return t("scope_shown", scope=t(f"scope_{scope}"), groups="、".join(shown))


year, province, level = peer_filters()
peer_by = peer_by_control()
weights = weight_sliders()
normalisation, missing, threshold, leave_out, scope = method_controls()
population, per_capita = population_controls()
in_use = population if per_capita else None
preset = Preset(
    weights,
    normalisation,
    PeerGroup(year, province, level, peer_by),
    threshold,
    missing=missing,
    scope=scope,
    leave_out_failed=leave_out,
)
preset_controls(preset)
result = data.ranking(
    year,
    province,
    level,
    weights,
    normalisation,
    threshold,
    leave_out,
    peer_by=peer_by,
    population=in_use,
    missing=missing,
    scope=scope,
)
population_note(population, per_capita, result)
if result.empty:
    st.info(t("no_bodies"))
    st.stop()

ranked = result[~result["listed_apart"]]
apart = result[result["listed_apart"]]
st.caption(
    t("ranked_n", n=len(ranked))
    + " · "
    + scope_note(result, scope)
    + " · "
    + t(f"missing_note_{missing}")
    + " · "
    + t("uncertainty_note")
)
if leave_out:
    st.caption(t("leave_out_note"))
if not ranked.empty:
    st.markdown(leaders(ranked, peer_by))
    figure = chart(ranked)
    st.altair_chart(figure, width="stretch")
    show_table(ranked, "rank_table")
    figures, bodies = corrected_counts(ranked)
    if figures:
        st.caption(t("corrected_in_ranking", figures=figures, bodies=bodies))
if result["synthetic"].any():
    st.caption(t("synthetic_note"))
if not apart.empty:
    st.subheader(t("listed_apart", pct=f"{threshold:.0%}"))
    show_table(apart, "apart_table", ranked=False)
explain(result)
what_if(preset, result, in_use)
compare_presets(preset, result, in_use)
if not ranked.empty:
    export_buttons(ranked, figure, export_settings(preset, per_capita))
method_notes()
