"""报告: one report — its figures, its text with each figure's source marked, its tables and
the problems it admits."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from govbench.ui import data, review_panel
from govbench.ui.common import mark_synthetic, place, require_reports
from govbench.ui.evidence import highlight
from govbench.ui.labels import metric_label, option, t, table_axes

STANDARD_TABLES = ("table3", "table4")
FLAG_STYLE = "background-color: #f8d0d0; font-weight: bold"

st.title(t("page_report"))
require_reports()

catalogue = data.reports()
names = dict(zip(catalogue["report_id"],
                 mark_synthetic(catalogue["issuer"], catalogue["synthetic"]) + " · "
                 + catalogue["year"].astype("string").fillna("?") + " · " + place(catalogue)))

# A link (?report=ID) picks the report once; afterwards the selectbox is in charge.
wanted = st.query_params.get("report")
if wanted in names and wanted != st.session_state.get("report_param_seen"):
    st.session_state["report_id"] = wanted
chosen = st.selectbox(t("choose_report"), list(names), key="report_id",
                      format_func=names.__getitem__)
# ?cells=table3.total.total,... (from 数据质量) names the cells a failed check points at in
# the linked report; they no longer apply once another report is chosen
flagged = {c for c in st.query_params.get("cells", "").split(",") if c.count(".") == 2}
if chosen != wanted:
    flagged = set()
    st.query_params.pop("cells", None)
st.query_params["report"] = chosen
st.session_state["report_param_seen"] = chosen

report = data.report(chosen)
st.subheader(names[chosen])
st.caption(" · ".join(str(v) for v in (
    report["title"], option("format", report["format"]), option("level", report["level"]),
    report["region_code"], report["source"]) if v))
if report["synthetic"]:
    st.warning(t("synthetic_note"))

facts = data.report_facts(chosen)
st.header(t("figures_header"))
if facts.empty:
    st.info(t("no_figures"))
else:
    st.dataframe(pd.DataFrame({
        t("metric"): facts["metric"].map(metric_label),
        t("value"): facts["value"],
        t("approx"): facts["approx"],
        t("method"): facts["method"].map(lambda m: option("method", m)),
        t("evidence"): facts["evidence_text"],
        **review_panel.corrected_columns(facts),
    }), hide_index=True, width="stretch")
review_panel.figure_editor(chosen, facts)

st.header(t("text_header"))
st.html(highlight(report["text"], zip(facts["evidence_start"], facts["evidence_end"],
                                      facts["metric"].map(metric_label))))

cells = data.report_cells(chosen)
shown_tables = [name for name in STANDARD_TABLES if (cells["table"] == name).any()]


def flag_cells(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """CSS per cell: red where a failed check points (table keyed by row_key/col_key)."""
    marks = pd.DataFrame("", index=table.index, columns=table.columns)
    for cell in flagged:
        table_name, row, column = cell.split(".")
        if table_name == name and row in marks.index and column in marks.columns:
            marks.loc[row, column] = FLAG_STYLE
    return marks


if shown_tables:
    st.header(t("tables_header"))
if flagged:
    st.warning(t("highlighted_cells", cells=", ".join(sorted(flagged))))
for name in shown_tables:
    grid = cells[cells["table"] == name]
    # keep what was printed ("/", "无") where no number was read
    grid = grid.assign(shown=grid["value"].map("{:g}".format).where(grid["value"].notna(),
                                                                    grid["raw"]))
    st.markdown(f"**{t(name)}**")
    rows, columns = table_axes(name)       # the template's order and words
    table = (grid.pivot(index="row_key", columns="col_key", values="shown")
             .reindex(index=[r for r in rows if r in set(grid["row_key"])],
                      columns=[c for c in columns if c in set(grid["col_key"])]))
    marks = flag_cells(table, name).rename(index=rows, columns=columns)
    table = table.rename(index=rows, columns=columns).rename_axis(index=None, columns=None)
    st.dataframe(table.style.apply(lambda _: marks, axis=None) if flagged else table,
                 width="stretch")

problems = data.report_problems(chosen)
st.header(t("problems_header"))
if problems.empty:
    st.info(t("no_problems"))
else:
    st.dataframe(pd.DataFrame({t("category"): problems["category"],
                               t("problem"): problems["text"]}),
                 hide_index=True, width="stretch")

warnings = report["warnings"]
if warnings is not None and len(warnings):
    with st.expander(t("warnings")):
        for warning in warnings:
            st.text(warning)
