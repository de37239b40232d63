"""What every page shares: the database guard and the synthetic marking."""

from __future__ import annotations

from importlib import resources

import pandas as pd
import streamlit as st

from ..model import LEVELS
from . import data
from .labels import option, t
from .safe import as_text

# the columns a body's name is made of (body_label)
NAME_COLUMNS = ["issuer", "province", "city", "county", "body_kind", "department", "synthetic"]


def page(name: str) -> str:
    """A page's file, for st.Page and st.page_link: an absolute path, since the entry script
    is app.py in the project folder or govbench/ui/app.py in an installed package."""
    return str(resources.files("govbench.ui") / "pages" / f"{name}.py")


def require_reports() -> None:
    """Stop the page with a helpful message when there is nothing to show."""
    state = data.status()
    if state.problem is None:
        return
    message = t(state.problem, path=as_text(state.path), error=as_text(state.detail))
    (st.info if state.problem in ("no_db", "empty_db") else st.error)(message)
    st.stop()


def body_label(frame: pd.DataFrame) -> pd.Series:
    """Each row's body as a reader names it: the issuer, or for a report that names none its
    place and kind (平潭县 · 政府), never "?"; the synthetic mark appended where it applies."""
    issuer = frame["issuer"].astype("string").fillna("").str.strip()
    kind = frame["body_kind"].map(lambda k: "" if pd.isna(k) else option("short_kind", k))
    if "department" in frame:  # a department's own name says more than "部门"
        kind = frame["department"].astype("string").fillna(kind.astype("string"))
    parts = frame[["county", "city", "province"]].astype("string")
    smallest = parts["county"].fillna(parts["city"]).fillna(parts["province"]).fillna("")
    unnamed = (smallest + " · " + kind.astype("string").fillna("")).str.strip(" ·")
    unnamed = unnamed.where(unnamed != "", t("unknown_body"))
    names = issuer.where(issuer != "", unnamed)
    marks = (
        frame["synthetic"].fillna(False).astype(bool).map({True: t("synthetic_mark"), False: ""})
    )
    return (names + marks).astype(object)


def place(frame: pd.DataFrame) -> pd.Series:
    parts = frame[["province", "city", "county"]].astype("string").fillna("")
    # a municipality is its own province and city (北京市北京市): name it once
    city = parts["city"].where(parts["city"] != parts["province"], "")
    return parts["province"] + city + parts["county"]


def body_names(frame: pd.DataFrame) -> dict[str, str]:
    """report_id -> "issuer〔合成〕 · place", for choosing bodies in a selectbox."""
    names = body_label(frame) + " · " + place(frame)
    return dict(zip(frame["report_id"], names.str.rstrip(" ·")))


SEARCH_KEY = "body_search"
SEARCH_TARGET = "body_search_target"


def body_search() -> None:
    """The sidebar's body search, on every page: type part of a name or place, choose, and the
    body's latest report opens on 报告."""
    target = st.session_state.pop(SEARCH_TARGET, None)
    if target is not None:
        st.switch_page(page("report"), query_params={"report": target})
    if data.status().problem is not None:
        return
    from .overview import body_key

    catalogue = data.reports()
    catalogue = catalogue[catalogue["in_ranking"]]
    latest = (
        catalogue.sort_values("year", na_position="first")
        .groupby(body_key(catalogue), sort=False)
        .tail(1)
    )
    names = dict(
        zip(latest["report_id"], (body_label(latest) + " · " + place(latest)).str.rstrip(" ·"))
    )
    st.sidebar.selectbox(
        t("search_body"),
        sorted(names, key=names.__getitem__),
        index=None,
        key=SEARCH_KEY,
        format_func=names.__getitem__,
        placeholder=t("search_placeholder"),
        on_change=_jump,
    )


def _jump() -> None:
    """The search box's callback: remember the choice and empty the box (a page switch is not
    allowed inside a callback; body_search makes it on the rerun)."""
    st.session_state[SEARCH_TARGET] = st.session_state.get(SEARCH_KEY)
    st.session_state[SEARCH_KEY] = None


MISSING = "—"  # a figure the report does not state: shown as a dash, never "None"/"nan"


def readable(frame: pd.DataFrame, digits: int = 3, percent: tuple[str, ...] = ()):
    """A table as a reader should see it (a pandas Styler for st.dataframe): a missing value as
    a dash (Streamlit writes "None"), numbers rounded to `digits` decimals without trailing
    zeros (years and counts as whole numbers), `percent` columns with a % sign. The numbers
    underneath stay numbers, so the table still sorts by value."""

    def number(value) -> str:
        text = f"{float(value):.{digits}f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text

    numeric = [
        c
        for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]
    formats = {c: ("{:.0f}%".format if c in percent else number) for c in numeric}
    styler = frame.style.format(na_rep=MISSING)
    return styler.format(formats, na_rep=MISSING) if formats else styler


def yes_no(values: pd.Series) -> pd.Series:
    """A true/false column as words (a Styler would show True/False)."""
    return values.map(
        lambda v: (
            t("yes") if v is True or v == 1 else (t("no") if v is False or v == 0 else MISSING)
        )
    )


def shortened(names: pd.Series, keep: int = 2) -> pd.Series:
    """Chart labels that show what tells long names apart: the leading part most names share
    (平潭综合实验区… in a list of its departments) becomes "…" in the names that have it."""
    values = [str(v) for v in names]
    best = ""
    for length in range(12, 2, -1):
        counts: dict[str, int] = {}
        for value in values:
            if len(value) > length + keep:
                counts[value[:length]] = counts.get(value[:length], 0) + 1
        if counts:
            prefix, count = max(counts.items(), key=lambda item: item[1])
            if count >= 2 and count * 2 >= len(values):
                best = prefix
                break
    if not best:
        return names
    return names.map(
        lambda v: (
            "…" + str(v)[len(best) :]
            if str(v).startswith(best) and len(str(v)) > len(best) + keep
            else v
        )
    )


# the place columns that name a body's area at each level
AREA_COLUMNS = {
    "province": ["province"],
    "city": ["province", "city"],
    "county": ["province", "city", "county"],
}


def bodies_below(catalogue: pd.DataFrame, report: dict) -> pd.DataFrame:
    """The same year's reports of the bodies under this one: in its area and of a lower level
    (a city's counties and townships), or its area's departments when it is the government."""
    level = report.get("level")
    columns = AREA_COLUMNS.get(level or "")
    if not columns or pd.isna(report.get("year")):
        return catalogue.iloc[0:0]
    same = catalogue["year"] == report["year"]
    for column in columns:
        same &= catalogue[column] == report[column]
    if "in_ranking" in catalogue:
        same &= catalogue["in_ranking"].astype(bool)
    order = {name: i for i, name in enumerate(LEVELS)}
    mine = order[str(level)]
    theirs = catalogue["level"].map(order)
    lower = theirs > mine
    departments = (
        (theirs == mine) & (catalogue["body_kind"] == "department")
        if report.get("body_kind") == "government"
        else False
    )
    below = catalogue[
        same & (lower | departments) & (catalogue["report_id"] != report["report_id"])
    ]
    return below.sort_values(["level", "city", "county", "issuer"], na_position="last")
