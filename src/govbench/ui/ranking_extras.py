"""The 排名 page's tools beyond the table: presets, preset comparison, what-if, exports.

Each takes the page's current settings; nothing here writes to the database.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from .. import export
from ..rank import corrected_note, preset_weighting, rules
from ..vocabulary import METRIC_KEYS
from . import data
from .common import NAME_COLUMNS, body_label, readable
from .labels import dimension_label, metric_label, plain_formula, t
from .safe import as_text
from .presets import WEIGHT_RANGE, Preset, from_json

PEER_KEYS = {"year": "rank_year", "province": "rank_province", "level": "rank_level"}
PEER_BY_KEY = "rank_peer_by"


def apply_uploaded_preset() -> None:
    """Put a loaded preset into the widgets' state; runs before the widgets are drawn."""
    upload = st.session_state.get("preset_file")
    if upload is None or st.session_state.get("preset_applied") == upload.file_id:
        return
    st.session_state["preset_applied"] = upload.file_id
    try:
        preset = from_json(upload.getvalue())
    except ValueError as exc:
        st.session_state["preset_error"] = str(exc)
        return
    st.session_state.pop("preset_error", None)
    set_weight_widgets(preset.complete_weights())
    st.session_state["rank_method"] = preset.normalisation
    st.session_state["rank_missing"] = preset.missing
    st.session_state["rank_scope"] = preset.scope
    if preset.leave_out_failed is not None:
        st.session_state["rank_leave_out"] = preset.leave_out_failed
    st.session_state["rank_coverage"] = preset.coverage_threshold
    for field, widget in PEER_KEYS.items():
        value = getattr(preset.peer_group, field)
        if value is None or value in data.options(field):
            st.session_state[widget] = value
    st.session_state[PEER_BY_KEY] = list(preset.peer_group.by)


def weight_key(key: str) -> str:
    """The session-state key of a dimension's or metric's weight slider."""
    return ("w_" if key in rules().dimensions else "wm_") + key


def set_weight_widgets(weights: dict[str, float]) -> None:
    """Every weight slider to its value in a complete weighting (clamped to the sliders)."""
    low, high = WEIGHT_RANGE
    for key, value in weights.items():
        st.session_state[weight_key(key)] = min(high, max(low, float(value)))


def apply_named_preset() -> None:
    """The 方案 list's callback: the named weighting onto the sliders."""
    set_weight_widgets(preset_weighting(st.session_state["rank_named_preset"]))


def preset_controls(current: Preset) -> None:
    with st.sidebar.expander(t("presets")):
        st.download_button(
            t("preset_download"),
            current.to_json(),
            "govbench-preset.json",
            "application/json",
            key="preset_download",
        )
        st.file_uploader(t("preset_upload"), type=["json"], key="preset_file")
        if "preset_error" in st.session_state:
            st.error(t("preset_bad", error=as_text(st.session_state["preset_error"])))
        elif st.session_state.get("preset_applied"):
            st.caption(t("preset_loaded"))


def compare_presets(current: Preset, result: pd.DataFrame, population: pd.DataFrame | None) -> None:
    """Who moves, by how much, under another preset (point estimates, same bodies; the
    population table in use stays in use)."""
    with st.expander(t("preset_compare")):
        upload = st.file_uploader(
            t("preset_compare"), type=["json"], key="preset_other", label_visibility="collapsed"
        )
        if upload is None:
            return
        try:
            other = from_json(upload.getvalue())
        except ValueError as exc:
            st.error(t("preset_bad", error=as_text(exc)))
            return
        peers = current.peer_group
        # the same bodies as shown; the ranking settings from the other preset, and the
        # page's leave-out when the other does not say (older preset files)
        leave_out = (
            current.leave_out_failed if other.leave_out_failed is None else other.leave_out_failed
        )
        theirs = data.ranking(
            peers.year,
            peers.province,
            peers.level,
            other.complete_weights(),
            other.normalisation,
            other.coverage_threshold,
            leave_out,
            mc_draws=0,
            peer_by=other.peer_group.by,
            population=population,
            missing=other.missing,
            scope=other.scope,
        )
        moves = result[["report_id", *NAME_COLUMNS, "rank"]].merge(
            theirs[["report_id", "rank"]], on="report_id", suffixes=("", "_other")
        )
        moves = moves.assign(moved=moves["rank"] - moves["rank_other"]).sort_values(
            "moved", key=lambda s: -s.abs(), na_position="last"
        )
        st.caption(t("preset_moves"))
        st.dataframe(
            readable(
                pd.DataFrame(
                    {
                        t("issuer"): body_label(moves),
                        t("rank_now"): moves["rank"],
                        t("rank_other"): moves["rank_other"],
                        t("moved"): moves["moved"],
                    }
                )
            ),
            hide_index=True,
            width="stretch",
            key="preset_moves",
        )


def what_if(current: Preset, result: pd.DataFrame, population: pd.DataFrame | None) -> None:
    """Change one body's figure in memory and show where it would rank."""
    with st.expander(t("what_if")):
        labels = dict(zip(result["report_id"], body_label(result)))
        left, middle, right = st.columns(3)
        with left:
            body = st.selectbox(
                t("what_if_body"), list(labels), key="whatif_body", format_func=labels.__getitem__
            )
        with middle:
            metric = st.selectbox(
                t("what_if_metric"), METRIC_KEYS, key="whatif_metric", format_func=metric_label
            )
        stated = (
            data.frame(
                current.peer_group.year, current.peer_group.province, current.peer_group.level
            )
            .set_index("report_id")
            .loc[body, metric]
        )
        with right:
            value = st.number_input(
                t("what_if_value"),
                min_value=0.0,
                value=None if pd.isna(stated) else float(stated),
                key=f"whatif_value_{body}_{metric}",
            )
        if value is None or (pd.notna(stated) and value == stated):
            return
        peers = current.peer_group
        settings = (
            peers.year,
            peers.province,
            peers.level,
            current.weights,
            current.normalisation,
            current.coverage_threshold,
            current.leave_out_failed,
        )
        grouping = {
            "peer_by": peers.by,
            "population": population,
            "missing": current.missing,
            "scope": current.scope,
        }
        before = data.ranking(*settings, mc_draws=0, **grouping).set_index("report_id").loc[body]
        after = (
            data.ranking(*settings, scenario=((body, metric, value),), mc_draws=0, **grouping)
            .set_index("report_id")
            .loc[body]
        )
        if pd.isna(after["rank"]):
            st.warning(t("what_if_unranked", body=as_text(labels[body])))
            return
        st.success(
            t(
                "what_if_result",
                body=as_text(labels[body]),
                before="–" if pd.isna(before["rank"]) else int(before["rank"]),
                after=int(after["rank"]),
                s0=before["score"],
                s1=after["score"],
            )
        )


def export_buttons(ranked: pd.DataFrame, chart: alt.TopLevelMixin, settings: dict) -> None:
    with st.expander(t("exports")):
        table = ranked[
            [
                "rank",
                "issuer",
                "province",
                "city",
                "county",
                "year",
                "scope",
                "score",
                "coverage",
                "rank_low",
                "rank_high",
                "p_top_k",
                "corrected_figures",
                "synthetic",
            ]
        ]
        corrected = corrected_note(ranked)  # how many figures are reviewers' corrections
        settings = {**settings, "corrected_figures": corrected} if corrected else settings
        columns = st.columns(5)
        columns[0].download_button(
            t("export_csv"),
            export.ranking_csv(table, settings),
            "govbench-ranking.csv",
            "text/csv",
            key="export_csv",
        )
        columns[1].download_button(
            t("export_xlsx"),
            export.ranking_xlsx(table, settings),
            "govbench-ranking.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="export_xlsx",
        )
        spec = chart.to_json()
        # images are rendered only when asked for (a callable), not on every slider move
        columns[2].download_button(
            t("export_png"),
            lambda: export.chart_image(spec, "png"),
            "govbench-ranking.png",
            "image/png",
            key="export_png",
        )
        columns[3].download_button(
            t("export_svg"),
            lambda: export.chart_image(spec, "svg"),
            "govbench-ranking.svg",
            "image/svg+xml",
            key="export_svg",
        )
        columns[4].download_button(
            t("export_vega"),
            spec,
            "govbench-ranking.vl.json",
            "application/json",
            key="export_vega",
        )
        st.caption(t("export_note"))


def method_notes() -> None:
    """方法: how the score is made (docs/method.md in short), and every metric's definition."""
    with st.expander(t("ranking_method")):
        st.markdown(t("method_text", k=rules().top_k))
        metrics = rules().metrics
        st.dataframe(
            readable(
                pd.DataFrame(
                    {
                        t("metric"): [metric_label(k) for k in metrics],
                        t("key"): list(metrics),
                        t("dimension"): [dimension_label(m.dimension) for m in metrics.values()],
                        t("definition"): [plain_formula(m.formula) for m in metrics.values()],
                        t("direction"): [t(f"direction_{m.direction}") for m in metrics.values()],
                        t("default_weight"): [m.weight for m in metrics.values()],
                        t("caveat"): [m.caveat for m in metrics.values()],
                    }
                )
            ),
            hide_index=True,
            width="stretch",
            key="method_metrics",
        )
