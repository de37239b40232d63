"""The app's review controls: correct a report's figures (报告) and confirm or dismiss a failing
check (数据质量), shown only when the app was started with `govbench app --allow-edits`.

Every save goes through review.py, so through the same snapshot writer as ingest: readers are
never blocked, a save is never half-written. The reads are cached by the copy of the file they
read (ui/data.py), which a save replaces, so the next run shows the new values.

Two browsers editing the same figure: a save compares the value each figure shows now with the
one the editor was opened on; when another reviewer changed it meanwhile, nothing of this save
is stored (no figure of it, not only the one in conflict) until this reviewer has seen the newer
values, named in a warning that stays on the page, and ticked the box under it. A further change
by someone else asks again.
"""

from __future__ import annotations

import hashlib
import json
import os

import pandas as pd
import streamlit as st

from .. import review
from . import data
from .labels import metric_label, option, t

EDITS_ENV = "GOVBENCH_ALLOW_EDITS"  # "1": set by `govbench app --allow-edits` and `demo`


def edits_allowed() -> bool:
    """`--allow-edits`, on a database file: a Parquet archive is read-only."""
    return os.environ.get(EDITS_ENV, "").strip() == "1" and not data.is_parquet_archive()


def _db():
    path = data.database_path()
    if path is None:
        raise RuntimeError("no database")
    return path


def corrected_columns(facts: pd.DataFrame) -> dict[str, pd.Series]:
    """For the report page's figures table: which figures are a reviewer's, and the parser's
    value beside each corrected one (empty before corrections existed)."""
    if "corrected" not in facts:
        return {}
    corrected = facts["corrected"].fillna(False).astype(bool)
    # as text: an uncorrected figure has no other value to show (blank), and the grid draws an
    # empty number as a grey "None", which reads as a value
    parsed = [
        ("—" if pd.isna(v) else f"{v:g}") if c else ""
        for v, c in zip(facts["parsed_value"], corrected)
    ]
    return {
        t("review_corrected"): corrected.map({True: "✎", False: ""}),
        t("review_parsed"): pd.Series(parsed, index=facts.index, dtype="string"),
    }


def decision_columns(failures: pd.DataFrame) -> dict[str, pd.Series]:
    """For the quality page's list of failing rules: the review decision on each."""
    if "review" not in failures:
        return {}
    return {
        t("review_decision"): failures["review"].map(
            lambda d: option("decision", d) if isinstance(d, str) else ""
        )
    }


def pending_note(report_id: str) -> None:
    """Say when corrections of this report did not carry over to its new version."""
    pending = data.corrections_to_review()
    mine = pending[pending["report_id"] == report_id]
    if len(mine):
        st.warning(
            t("review_pending", n=len(mine))
            + " "
            + "；".join(review.needs_review_text(r) for r in mine.itertuples())
        )


def figure_editor(report_id: str, facts: pd.DataFrame) -> None:
    """An editor of the report's figures (every metric, found or not) with a reason per change."""
    if not edits_allowed():
        return
    st.subheader(t("review_edit_header"))
    st.caption(t("review_edit_help"))
    pending_note(report_id)
    shown = facts.drop_duplicates("metric").set_index("metric")
    keys = list(dict.fromkeys([*shown.index, *review.METRIC_KEYS]))
    table = pd.DataFrame(
        {
            "metric": keys,
            "label": [metric_label(k) for k in keys],
            "parsed": [shown["parsed_value"].get(k) if k in shown.index else None for k in keys],
            "value": [shown["value"].get(k) if k in shown.index else None for k in keys],
            "corrected": [
                bool(shown["corrected"].get(k, False)) if k in shown.index else False for k in keys
            ],
            "reason": "",
        }
    ).astype({"parsed": "float64", "value": "float64"})
    opened = st.session_state.setdefault(f"review_opened_{report_id}", table[["metric", "value"]])
    edited = st.data_editor(
        table,
        hide_index=True,
        key=f"review_editor_{report_id}",
        width="stretch",
        disabled=["metric", "label", "parsed", "corrected"],
        column_order=["label", "parsed", "value", "corrected", "reason"],
        column_config={
            "label": t("metric"),
            "parsed": t("review_parsed"),
            "value": t("value"),
            "corrected": t("review_corrected"),
            "reason": t("review_reason"),
        },
    )
    by = st.text_input(t("review_reviewer"), key="review_by")
    held = st.session_state.get(f"review_conflict_{report_id}")  # {metric: value saved meanwhile}
    confirmed = False
    if held:  # shown on every run until saved, so that the tick is kept when it reruns the page
        st.warning(
            t(
                "review_conflict",
                changes="、".join(
                    f"{metric_label(k)} = {'—' if v is None else f'{v:g}'}" for k, v in held.items()
                ),
            )
        )
        confirmed = st.checkbox(t("review_confirm_overwrite"), key=_overwrite_key(report_id, held))
    if not st.button(t("review_save"), key=f"review_save_{report_id}"):
        return
    changed = edited[~_same(edited["value"], table["value"])]
    if changed.empty:
        st.info(t("review_nothing"))
        return
    missing = changed[changed["reason"].fillna("").str.strip() == ""]
    if len(missing):
        st.error(t("review_need_reason", metrics="、".join(missing["label"])))
        return
    before = opened.set_index("metric")["value"].reindex(changed["metric"])
    now = table.set_index("metric")["value"].reindex(changed["metric"])
    moved = {  # saved by someone else since this page opened
        k: None if pd.isna(v) else float(v) for k, v in now[~_same(now, before)].items()
    }
    if moved and not (moved == held and confirmed):
        # nothing is saved until this reviewer has seen these values and ticked the box (a
        # newer change by someone else asks again, with a new box)
        st.session_state[f"review_conflict_{report_id}"] = moved
        st.rerun()
    for row in changed.itertuples():
        value = None if pd.isna(row.value) else float(row.value)
        review.correct(_db(), report_id, row.metric, value, row.reason, by or None)
    for key in ("opened", "conflict", "editor"):
        st.session_state.pop(f"review_{key}_{report_id}", None)
    st.toast(t("review_saved", n=len(changed)))
    st.rerun()


def _overwrite_key(report_id: str, held: dict[str, float | None]) -> str:
    """The confirmation box of one conflict: other values held make another box, unticked."""
    digest = hashlib.sha256(json.dumps(held, sort_keys=True).encode()).hexdigest()[:12]
    return f"review_overwrite_{report_id}_{digest}"


def _same(a: pd.Series, b: pd.Series):
    """Element by element, by position: equal, or both missing (a numpy bool array)."""
    x, y = a.to_numpy(dtype="float64"), b.to_numpy(dtype="float64")
    return (x == y) | (pd.isna(x) & pd.isna(y))


def review_controls(hit: pd.Series) -> None:
    """Confirm or dismiss one failing check (a row of data.quality_failures)."""
    if not edits_allowed():
        return
    st.subheader(t("review_header"))
    result_id = hit.get("result_id")
    if result_id is None or pd.isna(result_id):
        st.info(t("review_no_result_id"))
        return
    if isinstance(hit.get("review"), str):
        st.caption(
            t(
                "review_decided",
                decision=option("decision", hit["review"]),
                by=hit["reviewed_by"],
                reason=hit["review_reason"],
            )
        )
    decision = st.radio(
        t("review_decision"),
        ["confirm", "dismiss"],
        format_func=lambda d: option("decision", d),
        key=f"review_decision_{result_id}",
        horizontal=True,
    )
    reason = st.text_input(t("review_reason"), key=f"review_reason_{result_id}")
    by = st.text_input(t("review_reviewer"), key="review_by_quality")
    if st.button(t("review_decide"), key=f"review_decide_{result_id}"):
        if not reason.strip():
            st.error(t("review_need_reason", metrics=hit["rule"]))
            return
        review.review(_db(), result_id, decision, reason, by or None)
        st.toast(t("review_decision_saved"))
        st.rerun()
