"""check: run the Great Expectations suites in expectations/ against the database.

The rules are data: each suite is a GX suite file whose `meta.asset` names the table its
`{batch}` stands for, and each expectation's `meta` gives the rule's severity and its plain
Chinese and English wording. This module only wires GX to DuckDB, runs the suites, and keeps
the results per rule and report in `quality_results`. A failing report is flagged, never dropped.

`import great_expectations` costs seconds, so it happens inside run_checks only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..resources import shipped

SUITES_DIR = shipped("expectations")
SEVERITIES = ("error", "warning", "info")
# GX returns at most this many unexpected rows per expectation (great_expectations.constants).
GX_ROW_CAP = 200


@dataclass
class RuleResult:
    suite: str
    rule: str
    severity: str
    success: bool
    observed: int  # reports (or rows) that break the rule
    failures: list[dict[str, Any]] = field(default_factory=list)  # one per report


@dataclass
class CheckSummary:
    run_id: str
    results: list[RuleResult]
    docs: Path | None = None

    def __str__(self) -> str:
        failed = [r for r in self.results if not r.success]
        lines = [f"checks run {self.run_id}: {len(self.results)} rules, {len(failed)} failing"]
        lines += [f"  {r.severity:7} {r.suite}.{r.rule}: {r.observed} report(s)" for r in failed]
        if self.docs:
            lines.append(f"Data Docs: {self.docs / 'index.html'}")
        return "\n".join(lines)


def load_suites(folder: Path = SUITES_DIR) -> list[dict[str, Any]]:
    paths = sorted(folder.glob("*.json"))
    if not paths:  # a check that loads no rules would pass everything
        raise FileNotFoundError(f"no expectation suites (*.json) in {folder}")
    suites = []
    for path in paths:
        suite = json.loads(path.read_text(encoding="utf-8"))
        for exp in suite["expectations"]:
            meta = exp.get("meta", {})
            if meta.get("severity") not in SEVERITIES or "rule" not in meta or "zh" not in meta:
                raise ValueError(
                    f"{path.name}: each expectation needs meta.rule, meta.zh and "
                    f"meta.severity in {SEVERITIES}"
                )
        suites.append(suite)
    return suites


def use_persisted_duckdb_connection() -> None:
    """GX closes its SQLAlchemy connection before fetching; duckdb_engine then returns no rows
    and every expectation fails with 'list index out of range' (GX 1.15-1.24, see STACK.md).
    Registering duckdb as a persisted-connection dialect keeps the connection open. This touches
    a private name of GX, so it lives here alone and a test guards it."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as sae

    if any(getattr(d, "value", d) == "duckdb" for d in sae._PERSISTED_CONNECTION_DIALECTS):
        return

    class _DuckDBDialect(str):
        value = "duckdb"

    sae._PERSISTED_CONNECTION_DIALECTS = (  # type: ignore[assignment]
        *sae._PERSISTED_CONNECTION_DIALECTS,
        _DuckDBDialect("duckdb"),
    )


def run_checks(
    db: str | Path, docs: str | Path | None = None, suites_dir: Path = SUITES_DIR
) -> CheckSummary:
    """Validate every suite against `db`, store the results, build Data Docs into `docs`.

    The checks write (results, the similarity table), so they run on a working copy that
    replaces the database when they are done: the app keeps reading meanwhile."""
    from ..store import snapshot

    suites = load_suites(suites_dir)
    run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    with snapshot.writing(Path(db).resolve()) as work:
        _prepare(work)
        decisions = _decisions(work) if docs else {}
        results = _validate_in_child(
            work, suites, Path(docs).resolve() if docs else None, decisions
        )
        _complete_capped_failures(work, suites, results)
        _store(work, run_id, results)
    return CheckSummary(run_id, results, Path(docs) if docs else None)


def _prepare(db: Path) -> None:
    """Tables the rules read that ingest does not write: the copy-paste measure."""
    from . import similarity
    from ..store import Database

    database = Database.writer(db)
    try:
        similarity.refresh(database)
    except BaseException:
        database.close()
        raise
    database.close_verified()


def _decisions(db: Path) -> dict[str, dict[str, Any]]:
    """Reviewers' decisions on quality hits, by result_id (for the Data Docs' notes)."""
    from ..store import Database

    with Database.reader(db) as database:
        notes = database.query("review_notes")
    notes = notes.astype(object).where(notes.notna(), None)  # a missing year is None, not NaN
    return {row["result_id"]: row for row in notes.to_dict("records")}


def _validate_in_child(
    db: Path, suites: list[dict], docs: Path | None, decisions: dict[str, dict[str, Any]]
) -> list[RuleResult]:
    """GX runs in a child process: its DuckDB connection (opened by duckdb_engine with its own
    configuration) stays open after validation and would keep this process from writing the
    results; when the child exits, the file is free. The caller also never pays GX's import."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        1, mp_context=mp.get_context("spawn"), initializer=_die_with, initargs=(os.getpid(),)
    ) as pool:
        return pool.submit(_validate, db, suites, docs, decisions).result()


def _die_with(parent: int) -> None:
    """End the GX child when `check` ends, even by kill -9: it would otherwise run on for a
    minute, holding hundreds of MB and the deleted working copy. Linux: the kernel sends the
    child SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere nothing is done."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before prctl took hold
        os._exit(1)


def _validate(
    db: Path, suites: list[dict], docs: Path | None, decisions: dict[str, dict[str, Any]]
) -> list[RuleResult]:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.data_context.types.base import ProgressBarsConfig

    use_persisted_duckdb_connection()
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = ctx.data_sources.add_sql(name="govbench", connection_string=f"duckdb:///{db}")
    definitions = []
    for spec in suites:
        asset = source.add_table_asset(name=spec["name"], table_name=spec["meta"]["asset"])
        suite = gx.ExpectationSuite(
            name=spec["name"], expectations=spec["expectations"], meta=spec.get("meta")
        )
        if len(suite.expectations) != len(spec["expectations"]):
            raise ValueError(f"suite {spec['name']}: GX rejected an expectation (see log)")
        suite = ctx.suites.add(suite)
        definitions.append(
            ctx.validation_definitions.add(
                gx.ValidationDefinition(
                    name=spec["name"],
                    data=asset.add_batch_definition_whole_table("all"),
                    suite=suite,
                )
            )
        )
    if docs is not None:
        docs.mkdir(parents=True, exist_ok=True)
        ctx.add_data_docs_site(
            site_name="govbench",
            site_config={
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs),
                },
            },
        )
    checkpoint = ctx.checkpoints.add(
        gx.Checkpoint(
            name="govbench",
            validation_definitions=definitions,
            actions=[],
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": ["report_id"],
            },
        )
    )
    outcome = checkpoint.run()
    results = []
    for validation in outcome.run_results.values():
        suite_name = validation.suite_name
        for res in validation.results:
            meta = res.expectation_config.meta or {}  # type: ignore[union-attr]
            failure = _raised(res.exception_info)
            if failure:
                raise CheckError(f"{suite_name}.{meta.get('rule')}: {failure}")
            result = _rule_result(suite_name, meta, bool(res.success), res.result or {})
            results.append(result)
            config = res.expectation_config
            if docs is not None and config is not None:
                # the Data Docs name the rule in its words and give the reviewers' decisions on
                # its hits (GX shows an expectation's description in place of its query)
                config.description = _docs_text(
                    f"{meta.get('zh', result.rule)} ({result.rule}) — 审核 Review: "
                    + review_note(result, decisions)
                )
    if docs is not None:  # built after the notes are in: the docs show the review decisions
        for key, validation in outcome.run_results.items():
            ctx.validation_results_store.set(key, validation)
        UpdateDataDocsAction(name="data_docs", site_names=["govbench"]).run(
            checkpoint_result=outcome
        )
    return results


NOTE_LISTED = 10  # decisions quoted with their reason in one rule's note; the rest counted


def _docs_text(text: str) -> str:
    """Text made inert for GX's Data Docs: GX puts a description into the page as it is, so
    markup in a reviewer's reason or a report's issuer would run there. (A $ stays: with no
    parameters GX's safe_substitute leaves $name and $$ as written.)"""
    import html

    return html.escape(text)


def review_note(result: RuleResult, decisions: dict[str, dict[str, Any]]) -> str:
    """A rule's reviewed hits for the Data Docs: how many of its failing reports a reviewer
    confirmed (a real inconsistency) or dismissed (no longer counted against the body), how
    many are not reviewed, and the decisions with their reasons. Counted over the hits GX
    lists (at most GX_ROW_CAP); `govbench corrections` lists every decision."""
    if result.success or not result.failures:
        return "—"
    made = []
    for failure in result.failures:
        detail = {k: v for k, v in failure.items() if k not in ("report_id", "observed")}
        decision = decisions.get(
            result_id(result.suite, result.rule, failure.get("report_id"), detail)
        )
        if decision:
            made.append(decision)
    confirmed = sum(d["decision"] == "confirm" for d in made)
    dismissed = sum(d["decision"] == "dismiss" for d in made)
    listed = len(result.failures)
    counts = (
        f"已确认 {confirmed} · 已排除 {dismissed} · 未审核 {listed - len(made)}"
        f" (confirmed · dismissed · not reviewed)"
    )
    if result.observed > listed:
        counts += f"; of the first {listed} of {result.observed} hits"
    quoted = [
        f"{'确认' if d['decision'] == 'confirm' else '排除'} {d.get('issuer') or '?'} "
        f"{d.get('year') or '?'}: {d['reason']} ({d['made_by']})"
        for d in made[:NOTE_LISTED]
    ]
    if len(made) > NOTE_LISTED:
        quoted.append(f"… {len(made) - NOTE_LISTED} more: govbench corrections")
    return "; ".join([counts, *quoted])


class CheckError(RuntimeError):
    """A rule that could not run (bad SQL in a suite, an unreachable table)."""


def _raised(info: dict | None) -> str | None:
    """GX reports a failed query as exception_info, either flat or keyed by metric."""
    if not info:
        return None
    entries = (
        [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    )
    for entry in entries:
        if entry.get("raised_exception"):
            return (entry.get("exception_message") or "unknown error").splitlines()[0]
    return None


def _rule_result(suite: str, meta: dict, success: bool, result: dict) -> RuleResult:
    if "details" in result:  # unexpected_rows_expectation
        rows = result["details"].get("unexpected_rows") or []
        observed = int(result.get("observed_value") or 0)
    else:  # column map expectations
        rows = result.get("unexpected_index_list") or []
        observed = int(result.get("unexpected_count") or 0)
    return RuleResult(
        suite=suite,
        rule=meta["rule"],
        severity=meta["severity"],
        success=bool(success),
        observed=observed,
        failures=[_plain(r) for r in rows],
    )


def _plain(row: dict) -> dict:
    """JSON-ready values (lists of cell names stay lists)."""

    def plain(v):
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v if isinstance(v, (str, int, float, bool)) or v is None else str(v)

    return {k: plain(v) for k, v in row.items()}


def _complete_capped_failures(db: Path, suites: list[dict], results: list[RuleResult]) -> None:
    """GX hands back at most GX_ROW_CAP unexpected rows; when more failed, fetch them all with the
    rule's own query so every failing report is flagged."""
    from ..store import Database

    queries = {
        (s["name"], e["meta"]["rule"]): (
            e["kwargs"].get("unexpected_rows_query"),
            s["meta"]["asset"],
        )
        for s in suites
        for e in s["expectations"]
    }
    capped = [r for r in results if r.observed > len(r.failures) >= GX_ROW_CAP]
    if not capped:
        return
    with Database.reader(db) as database:
        for r in capped:
            query, asset = queries[(r.suite, r.rule)]
            if query:
                cur = database.execute(query.replace("{batch}", asset))
                names = [d[0] for d in cur.description]
                r.failures = [_plain(dict(zip(names, row))) for row in cur.fetchall()]


def result_id(suite: str, rule: str, report_id: str | None, detail: dict | None) -> str:
    """The same id for the same hit in every run: the rule, the report (the hash of its text)
    and what the hit points at (its cells, the other report), not the observed numbers, which
    a correction may change. A review decision is kept by this id (review.py)."""
    import hashlib

    points = {
        k: sorted(map(str, v)) if isinstance(v, list) else v  # lists in any order
        for k, v in (detail or {}).items()
    }
    key = json.dumps([suite, rule, report_id, points], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _store(db: Path, run_id: str, results: list[RuleResult]) -> None:
    import pandas as pd

    from ..store import Database

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows: list[tuple] = []
    for r in results:
        rows.append(
            (
                run_id,
                r.suite,
                r.rule,
                r.severity,
                None,
                r.success,
                str(r.observed),
                None,
                now,
                result_id(r.suite, r.rule, None, None),
            )
        )
        for failure in r.failures:
            detail = {k: v for k, v in failure.items() if k not in ("report_id", "observed")}
            details = json.dumps(detail, ensure_ascii=False)
            rows.append(
                (
                    run_id,
                    r.suite,
                    r.rule,
                    r.severity,
                    failure.get("report_id"),
                    False,
                    None if failure.get("observed") is None else str(failure["observed"]),
                    details,
                    now,
                    result_id(r.suite, r.rule, failure.get("report_id"), detail),
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "run_id",
            "suite",
            "expectation",
            "severity",
            "report_id",
            "success",
            "observed",
            "details",
            "checked_at",
            "result_id",
        ],
    )
    database = Database.writer(db)
    try:
        database.add_quality_results(frame)
    except BaseException:
        database.close()
        raise
    database.close_verified()
