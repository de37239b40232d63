"""Human review: corrections of figures and decisions on quality hits, with who, when and why.

Both are entries of the append-only table `corrections` (store/schema.sql); nothing is updated or
deleted, a later entry on the same target supersedes an earlier one. They are applied on read:
the view `figures` gives every figure with the latest correction that applies to it, and
everything downstream (report_metrics, the checks, the ranking, the app) reads through it.

A correction is keyed by the report's identity: issuer, region_code, year, and the hash of the
text of the version it was made on (report_id). Re-ingesting the same file changes nothing; a
new version of the report (same body and year, other text) inherits the correction when the
parser's value of the corrected figure is the same in the new text, and otherwise lists it as
"needs review" (`to_review`), never applying a fix made on other figures.

A review decision (confirm: a real inconsistency in the published report; dismiss: a parse
error or an accepted exception) is keyed by quality_results.result_id, the same for the same
hit in every check run, so `govbench check` keeps it. A dismissed hit stays listed but no
longer counts against its body (store/queries.sql counted_failures).

Every write goes through the snapshot writer (Database.writing): readers are never blocked, and
a write killed half-way leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import math
import re
from pathlib import Path

import pandas as pd

from .export import FORMULA_STARTS, neutralise_frame
from .store import Database
from .vocabulary import METRIC_KEYS, VALUE_WORDS

ENTRY_COLUMNS = [
    "entry_id",
    "kind",
    "report_id",
    "issuer",
    "region_code",
    "year",
    "target",
    "rule",
    "old_value",
    "new_value",
    "decision",
    "reason",
    "made_by",
    "made_at",
]
KINDS = {"correction": ("set", "clear"), "review": ("confirm", "dismiss")}
NEEDS_REVIEW = "needs_review"  # a listed row of its own kind, derived, never imported
CELL = re.compile(r"^(table[234])\.([^.]+)\.([^.]+)$")


class ReviewError(ValueError):
    """A correction or decision that cannot be made; str() is the one line to print."""


def reviewer(name: str | None) -> str:
    """Who makes the entry: the name given, else the user's login name."""
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> dt.datetime:
    """UTC to the microsecond: two entries on one target in the same second stay ordered."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def entry_id(
    kind: str,
    report_id: str,
    target: str,
    new_value: float | None,
    decision: str,
    reason: str,
    made_by: str,
    made_at: dt.datetime,
) -> str:
    """The entry's content hash: the same entry imported twice is stored once."""
    key = json.dumps(
        [kind, report_id, target, new_value, decision, reason, made_by, made_at.isoformat(sep=" ")],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _report(db: Database, report: str) -> tuple:
    """(report_id, issuer, region_code, year) of the report `report` names (its id or the
    start of it)."""
    rows = db.rows("reports_like", report=report.strip())
    if not report.strip() or not rows:
        raise ReviewError(f"--report {report}: no such report in {db.path.name}")
    if len(rows) > 1:
        raise ReviewError(
            f"--report {report}: more than one report's id starts so; give more of it"
        )
    return rows[0]


def _target(db: Database, report_id: str, target: str) -> str:
    """A metric of the vocabulary, or a table cell of this report (table3.total.c1)."""
    if target in METRIC_KEYS:
        return target
    cell = CELL.match(target)
    if cell and db.rows("parsed_figure", report_id=report_id, target=target)[0][1]:
        return target
    if cell:
        raise ReviewError(f"--metric {target}: the report has no such table cell")
    raise ReviewError(
        f"--metric {target}: not a metric (one of {', '.join(METRIC_KEYS)}) nor "
        "a table cell like table3.total.c1"
    )


def _value(value: float | str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ReviewError(f"--value {value}: not a number") from None
    if not math.isfinite(number):
        raise ReviewError(f"--value {value}: not a finite number")
    return number


def _correction_row(
    db: Database,
    report: str,
    target: str,
    value: float | None,
    reason: str,
    by: str | None,
    at: dt.datetime | None = None,
) -> dict:
    if not reason or not reason.strip():
        raise ReviewError("--reason: say why (it is kept with the correction)")
    report_id, issuer, region_code, year = _report(db, report)
    target = _target(db, report_id, target.strip())
    parsed, found = db.rows("parsed_figure", report_id=report_id, target=target)[0]
    if value is None and not found:
        raise ReviewError(f"{target}: the parser found no value to clear")
    made_by, made_at = reviewer(by), at or _now()
    decision = "clear" if value is None else "set"
    return {
        "entry_id": entry_id(
            "correction", report_id, target, value, decision, reason.strip(), made_by, made_at
        ),
        "kind": "correction",
        "report_id": report_id,
        "issuer": issuer,
        "region_code": region_code,
        "year": year,
        "target": target,
        "rule": None,
        "old_value": parsed if found else None,
        "new_value": value,
        "decision": decision,
        "reason": reason.strip(),
        "made_by": made_by,
        "made_at": made_at,
    }


def _review_row(
    db: Database,
    result: str,
    decision: str,
    reason: str,
    by: str | None,
    at: dt.datetime | None = None,
    report_id: str | None = None,
) -> dict:
    if decision not in KINDS["review"]:
        raise ReviewError(f"{decision}: a decision is confirm or dismiss")
    if not reason or not reason.strip():
        raise ReviewError("--reason: say why (it is kept with the decision)")
    rows = db.rows("quality_hit", result_id=result.strip())
    if rows:
        _, suite, rule, report_id, issuer, region_code, year = rows[0]
        rule = f"{suite}.{rule}"
    elif report_id is not None:  # imported: a hit of a check not run here yet
        report_id, issuer, region_code, year = _report(db, report_id)
        rule = None
    else:
        raise ReviewError(
            f"--result {result}: no failing check result with that id (ids: "
            "govbench corrections, or the app's 数据质量 page)"
        )
    if report_id is None:
        raise ReviewError(f"--result {result}: a rule's summary, not a report's hit")
    made_by, made_at = reviewer(by), at or _now()
    return {
        "entry_id": entry_id(
            "review", report_id, result.strip(), None, decision, reason.strip(), made_by, made_at
        ),
        "kind": "review",
        "report_id": report_id,
        "issuer": issuer,
        "region_code": region_code,
        "year": year,
        "target": result.strip(),
        "rule": rule,
        "old_value": None,
        "new_value": None,
        "decision": decision,
        "reason": reason.strip(),
        "made_by": made_by,
        "made_at": made_at,
    }


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=ENTRY_COLUMNS)
    return frame.astype({"old_value": "float64", "new_value": "float64", "year": "Int64"})


def correct(
    db: str | Path,
    report: str,
    target: str,
    value: float | str | None,
    reason: str,
    by: str | None = None,
) -> dict:
    """Set (value) or clear (None) one figure of one report; the entry stored."""
    with Database.writing(db) as database:
        row = _correction_row(database, report, target, _value(value), reason, by)
        database.add_corrections(_frame([row]))
    return row


def review(db: str | Path, result: str, decision: str, reason: str, by: str | None = None) -> dict:
    """Confirm or dismiss one failing quality hit; the entry stored."""
    with Database.writing(db) as database:
        row = _review_row(database, result, decision, reason, by)
        database.add_corrections(_frame([row]))
    return row


def entries(database: Database) -> pd.DataFrame:
    """Every correction and review decision, oldest first, then one needs_review row per
    figure whose correction did not carry over to the report's newer version."""
    stored = database.query("correction_entries")
    pending = to_review(database)
    if pending.empty:
        return stored
    derived = pd.DataFrame(
        {
            "entry_id": None,
            "kind": NEEDS_REVIEW,
            "report_id": pending["report_id"],
            "issuer": pending["issuer"],
            "region_code": pending["region_code"],
            "year": pending["year"],
            "target": pending["target"],
            "rule": None,
            "old_value": pending["parsed_now"],
            "new_value": pending["new_value"],
            "decision": None,
            "reason": [needs_review_text(r) for r in pending.itertuples()],
            "made_by": None,
            "made_at": None,
        }
    )
    return pd.concat([stored, derived], ignore_index=True)


def to_review(database: Database) -> pd.DataFrame:
    """Figures of the version ranked now whose correction, made on another version, did not
    carry over: the parser's value changed in the new text."""
    return database.query("corrections_to_review")


def figure_text(value) -> str:
    """A figure as the command line and the review notes print it; one the report does not
    state (None, NaN) is missing, never 0."""
    return VALUE_WORDS["missing"][1] if value is None or pd.isna(value) else f"{value:g}"


def needs_review_text(row) -> str:
    return (
        f"correction needs review: a new version reads {figure_text(row.parsed_now)} where the "
        f"corrected one read {figure_text(row.parsed_then)} (corrected to "
        f"{figure_text(row.new_value)} on {str(row.made_on)[:12]}: {row.reason})"
    )


def listing(frame: pd.DataFrame, fmt: str) -> str:
    """`govbench corrections`: CSV (formula-like text made inert) or JSON."""
    if fmt == "json":
        return frame.to_json(
            orient="records", force_ascii=False, indent=1, date_format="iso", date_unit="us"
        )
    if fmt == "csv":
        return neutralise_frame(frame).to_csv(index=False)
    raise ValueError(f"unknown format {fmt!r}; choose csv or json")


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise ReviewError(f"{path}: no such file")
    try:
        if path.suffix.lower() == ".json":
            frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8-sig")), dtype=object)
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ReviewError(
            f"{path}: not a corrections CSV or JSON "
            f"({str(exc).splitlines()[0] if str(exc) else exc})"
        ) from None
    missing = {"kind", "report_id", "target", "decision", "reason"} - set(frame.columns)
    if missing:
        raise ReviewError(
            f"{path}: no column {', '.join(sorted(missing))} (write it with "
            "govbench corrections --format csv)"
        )
    return frame


def _text(value) -> str:
    """A cell as read back: blank for nothing, the quote a CSV export put before a
    formula-like text taken off again."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value).strip()
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def import_entries(
    db: str | Path, path: str | Path, by: str | None = None
) -> tuple[int, int, list[str]]:
    """Load a listing back (CSV or JSON of `govbench corrections`, perhaps edited in a
    spreadsheet): (entries added, already there, one line per row skipped). A row whose
    content was edited is a new entry, made now; an entry already stored is not added twice;
    needs_review rows are derived, not loaded."""
    path = Path(path)
    frame = _read(path)
    skipped: list[str] = []
    with Database.writing(db) as database:
        stored = set(database.query("correction_entries")["entry_id"])
        rows: list[dict] = []
        for number, record in enumerate(frame.to_dict("records"), start=2):
            cell = {k: _text(v) for k, v in record.items()}
            if cell["kind"] == NEEDS_REVIEW:
                continue
            try:
                rows.append(_imported(database, cell, stored, by))
            except ReviewError as exc:
                skipped.append(f"{path.name} row {number}: {exc}; skipped")
        added = database.add_corrections(_frame(rows))
    return added, len(rows) - added, skipped


def _imported(database: Database, cell: dict, stored: set[str], by: str | None) -> dict:
    kind, decision = cell["kind"], cell["decision"]
    if kind not in KINDS or decision not in KINDS[kind]:
        raise ReviewError(
            f"kind {kind or '-'} / decision {decision or '-'}: expected "
            "correction set|clear or review confirm|dismiss"
        )
    at = None
    if cell.get("made_at"):
        try:
            at = pd.Timestamp(cell["made_at"]).tz_localize(None).to_pydatetime()
        except ValueError:
            raise ReviewError(f"made_at {cell['made_at']}: not a time") from None
    who = cell.get("made_by") or by
    if kind == "correction":
        value = None if decision == "clear" else _value(cell.get("new_value") or None)
        if decision == "set" and value is None:
            raise ReviewError("decision set without a new_value")
        row = _correction_row(
            database, cell["report_id"], cell["target"], value, cell["reason"], who, at
        )
    else:
        row = _review_row(
            database, cell["target"], decision, cell["reason"], who, at, report_id=cell["report_id"]
        )
    if cell.get("entry_id") in stored and row["entry_id"] != cell["entry_id"]:
        # an exported entry edited in the spreadsheet: a new decision, made now
        row = (
            _correction_row(
                database, cell["report_id"], cell["target"], row["new_value"], cell["reason"], who
            )
            if kind == "correction"
            else _review_row(
                database, cell["target"], decision, cell["reason"], who, report_id=cell["report_id"]
            )
        )
    return row
