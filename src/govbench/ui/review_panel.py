"""The app's review controls: correct a report's figures (报告) and confirm or dismiss a failing
check (数据质量), shown only when the app was started with `govbench app --allow-edits`.

Every save goes through review.py, so through the same snapshot writer as ingest: readers are
never blocked, a save is never half-written. The reads are cached by the file's mtime, which a
save changes, so the next run shows the new values.

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
from ..store import Database
from . import data
from .labels import language, metric_label

EDITS_ENV = "GOVBENCH_ALLOW_EDITS"  # "1": set by `govbench app --allow-edits` and `demo`

LABELS: dict[str, tuple[str, str]] = {
    "edit_header": ("更正数字", "Correct figures"),
    "edit_help": (
        "改动“数值”一栏并写明理由后保存；清空数值表示报告未载明该数字。原值保留在“解析值”一栏。",
        "Change the Value column, give a reason and save; an empty value means the "
        "report states no such figure. The parser's value stays in Parsed.",
    ),
    "metric": ("指标", "Metric"),
    "parsed": ("解析值", "Parsed"),
    "value": ("数值", "Value"),
    "corrected": ("已更正", "Corrected"),
    "reason": ("理由", "Reason"),
    "reviewer": ("更正人", "Reviewer"),
    "save": ("保存更正", "Save corrections"),
    "need_reason": ("请为每处改动写明理由：{metrics}", "Give a reason for each change: {metrics}"),
    "saved": ("已保存 {n} 处更正。", "{n} correction(s) saved."),
    "nothing": ("没有改动。", "Nothing changed."),
    "conflict": (
        "其他审核人已修改：{changes}。请核对后勾选确认再保存。",
        "Another reviewer changed these meanwhile: {changes}. Check them, confirm and save again.",
    ),
    "confirm_overwrite": ("已核对，仍以我的数值为准", "Checked: save my values anyway"),
    "review_header": ("审核此项", "Review this finding"),
    "decision": ("结论", "Decision"),
    "confirm": ("确认（报告本身确有问题）", "Confirm (a real inconsistency in the report)"),
    "dismiss": (
        "排除（解析错误或可接受的例外）",
        "Dismiss (a parse error or an accepted exception)",
    ),
    "decide": ("保存结论", "Save decision"),
    "decided": (
        "当前结论：{decision}（{by}：{reason}）",
        "Decision now: {decision} ({by}: {reason})",
    ),
    "decision_saved": ("结论已保存。", "Decision saved."),
    "no_result_id": (
        "此项来自较早的检查，请重新运行 govbench check 后再审核。",
        "This finding is from an older check run: run govbench check again to review it.",
    ),
    "pending": (
        "{n} 处更正需要复核：报告的新版本中该数字已变化。",
        "{n} correction(s) need review: a new version of the report reads another value.",
    ),
}


def _t(key: str, **fields) -> str:
    zh, en = LABELS[key]
    return (en if language() == "en" else zh).format(**fields)


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
        _t("corrected"): corrected.map({True: "✎", False: ""}),
        _t("parsed"): pd.Series(parsed, index=facts.index, dtype="string"),
    }


def decision_columns(failures: pd.DataFrame) -> dict[str, pd.Series]:
    """For the quality page's list of failing rules: the review decision on each."""
    if "review" not in failures:
        return {}
    return {_t("decision"): failures["review"].map(lambda d: _t(d) if isinstance(d, str) else "")}


def pending_note(report_id: str) -> None:
    """Say when corrections of this report did not carry over to its new version."""
    with Database.reader(_db()) as database:
        pending = review.to_review(database)
    mine = pending[pending["report_id"] == report_id]
    if len(mine):
        st.warning(
            _t("pending", n=len(mine))
            + " "
            + "；".join(review.needs_review_text(r) for r in mine.itertuples())
        )


def figure_editor(report_id: str, facts: pd.DataFrame) -> None:
    """An editor of the report's figures (every metric, found or not) with a reason per change."""
    if not edits_allowed():
        return
    st.subheader(_t("edit_header"))
    st.caption(_t("edit_help"))
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
            "label": _t("metric"),
            "parsed": _t("parsed"),
            "value": _t("value"),
            "corrected": _t("corrected"),
            "reason": _t("reason"),
        },
    )
    by = st.text_input(_t("reviewer"), key="review_by")
    held = st.session_state.get(f"review_conflict_{report_id}")  # {metric: value saved meanwhile}
    confirmed = False
    if held:  # shown on every run until saved, so that the tick is kept when it reruns the page
        st.warning(
            _t(
                "conflict",
                changes="、".join(
                    f"{metric_label(k)} = {'—' if v is None else f'{v:g}'}" for k, v in held.items()
                ),
            )
        )
        confirmed = st.checkbox(_t("confirm_overwrite"), key=_overwrite_key(report_id, held))
    if not st.button(_t("save"), key=f"review_save_{report_id}"):
        return
    changed = edited[~_same(edited["value"], table["value"])]
    if changed.empty:
        st.info(_t("nothing"))
        return
    missing = changed[changed["reason"].fillna("").str.strip() == ""]
    if len(missing):
        st.error(_t("need_reason", metrics="、".join(missing["label"])))
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
    st.toast(_t("saved", n=len(changed)))
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
    st.subheader(_t("review_header"))
    result_id = hit.get("result_id")
    if result_id is None or pd.isna(result_id):
        st.info(_t("no_result_id"))
        return
    if isinstance(hit.get("review"), str):
        st.caption(
            _t(
                "decided",
                decision=_t(hit["review"]),
                by=hit["reviewed_by"],
                reason=hit["review_reason"],
            )
        )
    decision = st.radio(
        _t("decision"),
        ["confirm", "dismiss"],
        format_func=_t,
        key=f"review_decision_{result_id}",
        horizontal=True,
    )
    reason = st.text_input(_t("reason"), key=f"review_reason_{result_id}")
    by = st.text_input(_t("reviewer"), key="review_by_quality")
    if st.button(_t("decide"), key=f"review_decide_{result_id}"):
        if not reason.strip():
            st.error(_t("need_reason", metrics=hit["rule"]))
            return
        review.review(_db(), result_id, decision, reason, by or None)
        st.toast(_t("decision_saved"))
        st.rerun()
