"""报送情况: expected bodies against reports received, the deadline and the template's parts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from govbench.oversight import ExpectedListError
from govbench.oversight.compliance import TIMELINESS, section_names
from govbench.oversight.rules import oversight_rules
from govbench.resources import shipped
from govbench.ui import data
from govbench.ui.common import require_reports
from govbench.ui.labels import option, t

st.title(t("page_compliance"))
require_reports()

left, right = st.columns(2)
year = left.selectbox(t("compliance_year"), data.options("year"), key="compliance_year")
province = right.selectbox(
    t("province"),
    [None, *data.options("province")],
    key="compliance_province",
    format_func=lambda v: t("all") if v is None else v,
    placeholder=t("all"),  # a None choice shown as such (see keep_choices)
)
upload = st.file_uploader(t("compliance_upload"), type=["csv"], key="compliance_upload")
template = shipped("data/expected_bodies_template.csv")
st.download_button(
    t("compliance_template"),
    template.read_bytes(),
    file_name=template.name,
    mime="text/csv",
    key="compliance_template",
)

try:
    rows = data.compliance(year, province, upload.getvalue() if upload else None)
except ExpectedListError as exc:
    st.error(t("compliance_bad", error=exc))
    st.stop()
if upload is None:
    st.info(t("compliance_default"))
else:
    st.info(t("compliance_list", n=int((rows["expected_from"] == "list").sum())))

rule = oversight_rules().deadline(int(year))
st.markdown(t("compliance_deadline", date=rule.date_for(int(year)), basis=rule.basis))
counts = rows["timeliness"].value_counts()
st.markdown(t("compliance_counts", **{k: int(counts.get(k, 0)) for k in TIMELINESS}))
st.caption(t("compliance_note"))

sections = section_names()
tables = oversight_rules().table_names


def listed(keys, names: dict[str, str], received: bool) -> str:
    if not received:
        return "—"
    if keys is None:
        return t("not_applicable")
    return "、".join(names.get(k, k) for k in keys) or t("none_missing")


st.dataframe(
    pd.DataFrame(
        {
            t("timeliness"): rows["timeliness"].map(lambda v: t(f"timeliness_{v}")),
            t("body"): rows["issuer"],
            t("level"): rows["level"].map(
                lambda v: option("level", v) if pd.notna(v) else t("unknown")
            ),
            t("expected_from"): rows["expected_from"].map(lambda v: t(f"expected_from_{v}")),
            t("received"): rows["received"].map(lambda v: t("yes") if v else t("no")),
            t("published"): rows["published"].map(lambda v: str(v)[:10] if pd.notna(v) else "—"),
            t("days_late"): rows["days_late"].map(lambda v: str(int(v)) if pd.notna(v) else "—"),
            t("missing_sections"): [
                listed(k, sections, r) for k, r in zip(rows["missing_sections"], rows["received"])
            ],
            t("missing_tables"): [
                listed(k, tables, r) for k, r in zip(rows["missing_tables"], rows["received"])
            ],
        }
    ),
    hide_index=True,
    width="stretch",
    key="compliance_table",
)
