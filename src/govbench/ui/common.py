"""What every page shares: the database guard and the synthetic marking."""
from __future__ import annotations

from importlib import resources

import pandas as pd
import streamlit as st

from . import data
from .labels import t


def page(name: str) -> str:
    """A page's file, for st.Page and st.page_link: an absolute path, since the entry script
    is app.py in the project folder or govbench/ui/app.py in an installed package."""
    return str(resources.files("govbench.ui") / "pages" / f"{name}.py")


def require_reports() -> None:
    """Stop the page with a helpful message when there is nothing to show."""
    state = data.status()
    if state.problem is None:
        return
    message = t(state.problem, path=state.path, error=state.detail)
    (st.info if state.problem in ("no_db", "empty_db") else st.error)(message)
    st.stop()


def mark_synthetic(names: pd.Series, synthetic: pd.Series) -> pd.Series:
    """Issuer names with the synthetic mark appended where the report is synthetic."""
    return names.fillna("?").astype(str) + synthetic.fillna(False).astype(bool).map(
        {True: t("synthetic_mark"), False: ""})


def place(frame: pd.DataFrame) -> pd.Series:
    parts = frame[["province", "city", "county"]].astype("string").fillna("")
    # a municipality is its own province and city (北京市北京市): name it once
    city = parts["city"].where(parts["city"] != parts["province"], "")
    return parts["province"] + city + parts["county"]


def body_names(frame: pd.DataFrame) -> dict[str, str]:
    """report_id -> "issuer〔合成〕 · place", for choosing bodies in a selectbox."""
    names = mark_synthetic(frame["issuer"], frame["synthetic"]) + " · " + place(frame)
    return dict(zip(frame["report_id"], names.str.rstrip(" ·")))
