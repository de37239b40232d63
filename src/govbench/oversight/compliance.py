"""报送情况: which expected bodies reported, whether on time, and whether the report has the
national template's sections and tables.

The expected list is a CSV the overseer supplies (data/expected_bodies_template.csv: a column
`issuer`, optionally `level` and `note`) or, by default, every body that reported in the year before (or the
`lookback` years before).
The deadline is the 条例's (rules/oversight.toml); a report without a stated publication date
is "unknown", never on time. Sections are found by parse.sections in the stored text.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from .. import rules
from ..parse.sections import split_sections
from ..store import Database
from .rules import oversight_rules

# on_time / late: published by the deadline or after; no_date: received, date not stated;
# missing: an expected body with no report for the year
TIMELINESS = ("late", "missing", "no_date", "on_time")


class ExpectedListError(ValueError):
    """An expected-bodies CSV that cannot be used; str() is one line naming the problem."""


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise ExpectedListError(f"{name}: not UTF-8 or GB18030 text")


def read_expected(content: bytes | str | Path, name: str = "expected list") -> pd.DataFrame:
    """The overseer's list of bodies that must report: issuer (required), level, note."""
    if isinstance(content, Path):
        name, content = str(content), content.read_bytes()
    text = content if isinstance(content, str) else _decode(content, name)
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    if "issuer" not in (reader.fieldnames or []):
        raise ExpectedListError(f"{name}: needs a header row with an `issuer` column")
    out = pd.DataFrame(
        {
            "issuer": [(r.get("issuer") or "").strip() for r in rows],
            "level": [(r.get("level") or "").strip() or None for r in rows],
            "note": [(r.get("note") or "").strip() for r in rows],
        }
    )
    out = out[out["issuer"] != ""].drop_duplicates("issuer")
    if out.empty:
        raise ExpectedListError(f"{name}: no body named in the `issuer` column")
    return out.reset_index(drop=True)


@cache
def section_names() -> dict[str, str]:
    raw = rules.load("sections")
    return {key: spec["zh"] for key, spec in raw.items() if isinstance(spec, dict)}


def template_gaps(fmt: str | None, text: str, tables) -> tuple[list[str] | None, list[str] | None]:
    """(missing section keys, missing table keys) of the national template; (None, None) for
    a report not in a template format (legacy, or format unknown)."""
    r = oversight_rules()
    if fmt not in r.template_formats:
        return None, None
    found = {s.key for s in split_sections(text or "")}
    present = set(tables) if isinstance(tables, (list, tuple, np.ndarray)) else set()
    return (
        [s for s in r.template_sections if s not in found],
        [t for t in r.template_tables if t not in present],
    )


def compliance(
    db: str | Path,
    year: int,
    province: str | None = None,
    expected: pd.DataFrame | None = None,
    lookback: int | None = None,
) -> pd.DataFrame:
    """One row per expected or received body for `year`: expected (from the list, an earlier
    year, or not at all), received, published, deadline, timeliness (TIMELINESS), days_late,
    missing_sections and missing_tables (lists; None when the template does not apply).
    Without a list, the bodies that reported in the `lookback` years before are expected
    (rules/oversight.toml [compliance] lookback)."""
    lookback = oversight_rules().lookback if lookback is None else lookback
    with Database.reader(db) as database:
        received = database.query("received", year=year, province=province)
        earlier = database.query("reported_before", year=year, province=province, lookback=lookback)
    if expected is None:
        wanted = earlier.assign(expected_from="earlier", note="")
    else:
        wanted = expected.assign(expected_from="list").merge(
            earlier.drop(columns="level"), on="issuer", how="left"
        )
        wanted["level"] = wanted["level"].fillna(
            wanted["issuer"].map(dict(zip(earlier["issuer"], earlier["level"])))
        )
    received = received[received["issuer"].notna()].drop_duplicates("issuer")
    rows = wanted.drop(columns=["province", "city", "county"], errors="ignore").merge(
        received, on="issuer", how="outer", suffixes=("_expected", "")
    )
    rows["level"] = rows["level"].fillna(rows.pop("level_expected"))
    rows["expected_from"] = rows["expected_from"].fillna("not_expected")
    rows["received"] = rows["report_id"].notna()
    rule = oversight_rules().deadline(year)
    deadline = pd.Timestamp(rule.date_for(year))
    published = pd.to_datetime(rows["published"], errors="coerce")
    rows["deadline"] = deadline.date()
    rows["deadline_basis"] = rule.basis
    rows["days_late"] = (published - deadline).dt.days.where(published > deadline)
    rows["timeliness"] = [
        "missing" if not got else "no_date" if pd.isna(p) else "late" if p > deadline else "on_time"
        for got, p in zip(rows["received"], published)
    ]
    gaps = [
        template_gaps(f, t, tb) if got else (None, None)
        for got, f, t, tb in zip(rows["received"], rows["format"], rows["text"], rows["tables"])
    ]
    rows["missing_sections"] = [g[0] for g in gaps]
    rows["missing_tables"] = [g[1] for g in gaps]
    rows = rows.drop(columns=["text", "tables"])
    order = rows["timeliness"].map(TIMELINESS.index)
    return (
        rows.assign(_order=order)
        .sort_values(["_order", "issuer"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )
