"""数据质量: the latest check run — a status per report and the rules each one broke."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from govbench.ui import data, review_panel
from govbench.ui.checks import STATUSES, UNCHECKED, check_status, failed_cells, rule_wording
from govbench.ui.common import body_label, page, place, readable, require_reports
from govbench.ui.labels import cell_label, language, plain_words, t
from govbench.ui.safe import as_text

REPORT_PAGE = page("report")

st.title(t("page_quality"))
require_reports()

run = data.quality_run()
if run is None:
    st.info(t("no_run"))
    st.stop()
st.caption(t("run_info", run=as_text(run["run_id"]), at=as_text(str(run["checked_at"])[:19])))

catalogue = data.reports()
failures = data.quality_failures()
status = check_status(catalogue, failures, run["checked_at"])
counts = status.value_counts()
st.markdown(t("status_counts", **{s: int(counts.get(s, 0)) for s in (*STATUSES, UNCHECKED)}))

wording = rule_wording()
lang = 1 if language() == "en" else 0
failures = failures.assign(
    rule_text=failures["rule"].map(lambda r: wording.get(r, (r, r))[lang]),
    cells=failures["details"].map(failed_cells),
)
listed_rules = failures.groupby("report_id")["rule_text"].agg("；".join)

only_failing = st.checkbox(t("only_failing"), value=True, key="quality_only_failing")
table = catalogue.assign(
    status=status.to_numpy(),
    issuer=body_label(catalogue),
    place=place(catalogue),
    rules=catalogue["report_id"].map(listed_rules).fillna(""),
)
table = table.sort_values(
    "status", key=lambda s: s.map([*STATUSES, UNCHECKED].index), kind="stable"
)
if only_failing:
    table = table[table["status"] != "ok"]
st.dataframe(
    readable(
        pd.DataFrame(
            {
                t("status"): table["status"].map(lambda s: t(f"status_{s}")),
                t("issuer"): table["issuer"],
                t("place"): table["place"],
                t("year"): table["year"],
                t("failing_rules"): table["rules"],
            }
        )
    ),
    hide_index=True,
    width="stretch",
    key="quality_table",
)

if failures.empty:
    st.stop()
st.subheader(t("failing_rules"))
names = dict(
    zip(
        catalogue["report_id"],
        body_label(catalogue)
        + " · "
        + catalogue["year"].astype("string").fillna(t("unknown_year")),
    )
)
st.dataframe(
    readable(
        pd.DataFrame(
            {
                t("body"): failures["report_id"].map(lambda r: names.get(r, r)),
                t("severity"): failures["severity"].map(lambda s: t(f"status_{s}")),
                t("rule"): failures["rule_text"],
                t("observed"): failures["observed"].map(plain_words),
                t("cells"): failures["cells"].map(
                    lambda cells: t("name_sep").join(cell_label(c) or plain_words(c) for c in cells)
                ),
                **review_panel.decision_columns(failures),
            }
        )
    ),
    hide_index=True,
    width="stretch",
    key="quality_failures",
)

labels = {
    i: f"{names.get(row.report_id, row.report_id)} · {row.rule_text}"
    for i, row in failures.iterrows()
}
chosen = failures.loc[
    st.selectbox(
        t("choose_failure"), list(labels), key="quality_failure", format_func=labels.__getitem__
    )
]
query = {"report": chosen["report_id"]}
if chosen["cells"]:
    query["cells"] = ",".join(chosen["cells"])
st.page_link(REPORT_PAGE, label=t("open_cells"), query_params=query)
review_panel.review_controls(chosen)
