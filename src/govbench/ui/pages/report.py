"""报告: one report — its figures, its text with each figure's source marked, its tables and
the problems it admits."""

from __future__ import annotations

from pathlib import PureWindowsPath

import pandas as pd
import streamlit as st

from govbench.ui import data, review_panel
from govbench.oversight.command import card_file_name
from govbench.oversight.rules import oversight_rules
from govbench.parse import reliability
from govbench.ui.common import (
    bodies_below,
    body_label,
    page,
    place,
    readable,
    require_reports,
    yes_no,
)
from govbench.ui.evidence import anchor_id, figure_cells, highlight, scroll_to, table_evidence
from govbench.ui.labels import (
    category_label,
    cell_label,
    metric_label,
    option,
    plain_words,
    t,
    table_axes,
)
from govbench.ui.safe import as_text

STANDARD_TABLES = ("table3", "table4")
BELOW_SHOWN = 60  # links to the bodies under this one; the rest are counted
FLAG_STYLE = "background-color: #f8d0d0; font-weight: bold"
CHOSEN_STYLE = "background-color: #ffb000; font-weight: bold"  # the cells of the chosen figure
FIGURE = "evidence_figure"  # the figure whose source the text shows and scrolls to

st.title(t("page_report"))
require_reports()

catalogue = data.reports()
names = dict(
    zip(
        catalogue["report_id"],
        (
            body_label(catalogue)
            + " · "
            + catalogue["year"].astype("string").fillna(t("unknown_year"))
            + " · "
            + place(catalogue)
        ).str.rstrip(" ·"),
    )
)

# A link (?report=ID) picks the report once; afterwards the selectbox is in charge.
wanted = st.query_params.get("report")
if wanted in names and wanted != st.session_state.get("report_param_seen"):
    st.session_state["report_id"] = wanted
chosen = st.selectbox(
    t("choose_report"), list(names), key="report_id", format_func=names.__getitem__
)
# ?cells=table3.total.total,... (from 数据质量) names the cells a failed check points at in
# the linked report; they no longer apply once another report is chosen. Only keys that name
# a cell of the templates count: whatever else a URL carries is not shown.
flagged = {c for c in st.query_params.get("cells", "").split(",") if cell_label(c)}
if chosen != wanted:
    flagged = set()
    st.query_params.pop("cells", None)
st.query_params["report"] = chosen
st.session_state["report_param_seen"] = chosen


def peer_columns(metrics: pd.Series, report_id: str, year) -> dict[str, list]:
    """The peers' P25/P50/P75 and the figure's position beside each figure; none for a
    report without a year or not the version the ranking uses."""
    if pd.isna(year):
        return {}
    try:
        against = data.peer_figures(report_id, int(year)).set_index("metric")
    except KeyError:
        return {}
    rows = against.reindex(metrics.to_numpy())

    def shown(value) -> str:  # no quartiles (too few peers): unknown, not a blank
        return t("unknown") if pd.isna(value) else f"{value:,.2f}".rstrip("0").rstrip(".")

    return {
        **{t(f"peer_{q}"): rows[q].map(shown).tolist() for q in ("p25", "p50", "p75")},
        t("peer_position"): [
            "—" if pd.isna(p) else t(f"position_{p}") + (t("outlier_mark") if o is True else "")
            for p, o in zip(rows["position"], rows["outlier"])
        ],
    }


report = data.report(chosen)
st.subheader(as_text(names[chosen]))
# the file's own name: a local absolute path says nothing to the reader and exposes the server
source = PureWindowsPath(report["source"]).name if report["source"] else None
st.caption(
    " · ".join(
        as_text(v)
        for v in (
            report["title"],
            option("format", report["format"]) if report["format"] else None,
            option("level", report["level"]) if report["level"] else None,
            report["region_code"],
            source,
        )
        if v
    )
)
if report["synthetic"]:
    st.warning(t("synthetic_note"))

if pd.notna(report["year"]) and chosen in set(data.card_book(report["year"]).report_ids()):
    link, download = st.columns(2)
    link.page_link(page("card"), label=t("card_open"), icon="📄", query_params={"report": chosen})
    download.download_button(
        t("card_docx"),
        data.card_file(report["year"], chosen, "docx"),
        file_name=card_file_name(
            report["issuer"] or place(catalogue[catalogue["report_id"] == chosen]).iloc[0],
            int(report["year"]),
            "docx",
        ),
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        key="report_card_docx",
    )

# down the hierarchy: the bodies under this one (a city's counties and its departments)
below = bodies_below(catalogue, {**report, "report_id": chosen})
if not below.empty:
    with st.expander(t("bodies_below", n=len(below))):
        for row in below.head(BELOW_SHOWN).itertuples():
            st.page_link(
                page("report"),
                label=as_text(names[row.report_id]),
                query_params={"report": row.report_id},
            )
        if len(below) > BELOW_SHOWN:
            st.caption(t("bodies_below_more", n=len(below) - BELOW_SHOWN))


def first_sight_text(rule: object) -> str:
    """A figure's rule's kind, as its share right at first sight, or unknown."""
    known = reliability.of_rule(rule) if isinstance(rule, str) else None
    if known is None:
        return t("first_sight_unknown")
    return t("first_sight_value", pct=round(known.precision * 100), n=known.facts)


facts = data.report_facts(chosen)
cells = data.report_cells(chosen)
st.header(t("figures_header"))
if facts.empty:
    st.info(t("no_figures"))
else:
    peers = peer_columns(facts["metric"], chosen, report["year"])
    # a click on a figure's row shows its source below, as choosing it there does
    clicked_rows = st.dataframe(
        pd.DataFrame(
            {
                t("metric"): facts["metric"].map(metric_label),
                t("value"): facts["value"],
                **peers,
                t("approx"): yes_no(facts["approx"]),
                t("method"): facts["method"].map(lambda m: option("method", m)),
                # how often that kind of rule was right on reports it had never met
                t("first_sight"): facts["rule"].map(first_sight_text),
                t("evidence"): [
                    (table_evidence(row.metric, cells) if row.method == "table" else None)
                    or row.evidence_text
                    for row in facts.itertuples()
                ],
                # the rule id (govbench.parse.rule_ids): what to cite when a figure is misread;
                # none for a figure stored before rules were recorded, or a reviewer's
                t("read_by"): facts["rule"].fillna(t("read_by_unknown")),
                **review_panel.corrected_columns(facts),
            }
        ).pipe(readable),
        hide_index=True,
        width="stretch",
        key="figures_table",
        on_select="rerun",
        selection_mode="single-row",
    ).selection.rows
    clicked = (
        facts["metric"].iloc[clicked_rows[0]]
        if clicked_rows and clicked_rows[0] < len(facts)
        else None
    )
    if clicked is not None and clicked != st.session_state.get("figure_clicked"):
        st.session_state[FIGURE] = clicked
    st.session_state["figure_clicked"] = clicked
    st.caption(t("first_sight_note"))
    if peers:
        rules = oversight_rules()
        st.caption(t("peer_note", n=rules.min_peers, fence=rules.fence))
review_panel.figure_editor(chosen, facts)

st.header(t("text_header"))
located = facts[facts["evidence_start"].notna() & facts["evidence_end"].notna()]
figure_values = dict(zip(located["metric"], located["value"]))
if st.session_state.get(FIGURE) not in figure_values:  # a figure of the report shown before
    st.session_state.pop(FIGURE, None)
figure = st.selectbox(
    t("evidence_figure"),
    [None, *figure_values],
    key=FIGURE,
    format_func=lambda m: (
        t("evidence_figure_none")
        if m is None
        else f"{metric_label(m)} = {figure_values[m]:,.2f}".rstrip("0").rstrip(".")
    ),
    placeholder=t("evidence_figure_none"),
    disabled=not figure_values,
)
current = None
if figure is not None:
    where = located[located["metric"] == figure].iloc[0]
    current = (where["evidence_start"], where["evidence_end"], anchor_id(figure))
st.html(
    highlight(
        report["text"],
        zip(facts["evidence_start"], facts["evidence_end"], facts["metric"].map(metric_label)),
        current,
    )
)
if figure is not None:  # our own script, no report text in it: scroll the source into view
    st.html(scroll_to(anchor_id(figure)), unsafe_allow_javascript=True)

# the cells the chosen figure sums, marked in the tables below
chosen_cells = {key for key, _ in figure_cells(figure, cells)} if figure is not None else set()
shown_tables = [name for name in STANDARD_TABLES if (cells["table"] == name).any()]


def flag_cells(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """CSS per cell: red where a failed check points, amber the cells the chosen figure sums
    (table keyed by row_key/col_key)."""
    marks = pd.DataFrame("", index=table.index, columns=table.columns)
    for cells_marked, style in ((chosen_cells, CHOSEN_STYLE), (flagged, FLAG_STYLE)):
        for cell in cells_marked:
            table_name, row, column = cell.split(".")
            if table_name == name and row in marks.index and column in marks.columns:
                marks.loc[row, column] = style
    return marks


if shown_tables:
    st.header(t("tables_header"))
if flagged:
    st.warning(
        t(
            "highlighted_cells",
            cells=as_text(t("name_sep").join(cell_label(c) for c in sorted(flagged))),
        )
    )
for name in shown_tables:
    grid = cells[cells["table"] == name]
    # keep what was printed ("/", "无") where no number was read
    grid = grid.assign(
        shown=grid["value"].map("{:g}".format).where(grid["value"].notna(), grid["raw"])
    )
    st.markdown(f"**{t(name)}**")
    rows, columns = table_axes(name)  # the template's order and words
    table = grid.pivot(index="row_key", columns="col_key", values="shown").reindex(
        index=[r for r in rows if r in set(grid["row_key"])],
        columns=[c for c in columns if c in set(grid["col_key"])],
    )
    marks = flag_cells(table, name).rename(index=rows, columns=columns)
    table = table.rename(index=rows, columns=columns).rename_axis(index=None, columns=None)
    st.dataframe(
        table.style.apply(lambda _: marks, axis=None) if flagged or chosen_cells else table,
        width="stretch",
    )

problems = data.report_problems(chosen)
st.header(t("problems_header"))
if problems.empty:
    st.info(t("no_problems"))
else:
    st.dataframe(
        pd.DataFrame(
            {
                t("category"): problems["category"].map(category_label),
                t("problem"): problems["text"],
            }
        ),
        hide_index=True,
        width="stretch",
    )

warnings = report["warnings"]
if warnings is not None and len(warnings):
    with st.expander(t("warnings")):
        for warning in warnings:
            st.text(plain_words(warning))
