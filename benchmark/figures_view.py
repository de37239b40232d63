"""The cost of reading figures through the view `figures` (corrections applied), before and after
a change of its SQL, on a generated database, with and without corrections.

    python benchmark/figures_view.py [--base REV] [--reports 10000] [--corrections 100]

One database of `--reports` reports: the cached generated corpus of 1,000 (benchmark/corpus.py)
ingested once and its reports copied under other ids and issuers (the generated corpus has fewer
distinct body-years than that; each copy keeps every fact, table cell and problem). Two copies of
it: one with the views of `--base`'s store/schema.sql, one with the tree's, each side reading
rank's input by its own ranking_frame (store/queries.sql). On each, in the same minute, taking
turns, best of five:

- baseline: report_metrics' pivot read straight from the table facts (no corrections possible),
  the floor any corrections view adds to;
- report_metrics (every report, every metric), ranking_frame (rank's input: report_metrics with
  the count of corrected figures), corrected_cells (what the table checks read), each counted
  and summed inside DuckDB so that moving rows to Python is not what is timed;

first with no corrections, then with `--corrections` of them (facts set and cleared, table cells
set, a metric the parser did not find set). Both sides must give the same rows (compared in
full, sorted). Prints a table and writes history/figures-view-DATETIME.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "src")]

import measure  # noqa: E402
from corpus import CACHE, corpus  # noqa: E402

from govbench import review  # noqa: E402
from govbench.ingest import ingest  # noqa: E402
from govbench.rank.figures import _select, derived_keys  # noqa: E402
from govbench.store import Database  # noqa: E402
from govbench.store.database import (  # noqa: E402
    metric_columns,
    named_queries,
    queries,
    report_metrics_view,
)

ROUNDS = 5
TABLES = ("reports", "files", "facts", "table_cells", "problems")


def database(reports: int) -> Path:
    """The cached database of `reports` reports (see the module's docstring)."""
    path = CACHE / f"figures-view-{reports}.duckdb"
    if path.exists():
        return path
    folder, _ = corpus(1000, 1)
    work = path.with_suffix(".partial")
    work.unlink(missing_ok=True)
    ingest([folder], work, workers=0)
    copies = -(-reports // 1000)
    with Database.writer(work) as db:
        for table in TABLES:
            db.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table}")
        for i in range(1, copies):
            tag = f"'-copy{i}'"
            db.execute(
                f"INSERT INTO reports SELECT * REPLACE (report_id || {tag} AS report_id, "
                f"issuer || {tag} AS issuer) FROM base_reports"
            )
            db.execute(
                f"INSERT INTO files SELECT * REPLACE (file_hash || {tag} AS file_hash, "
                f"report_id || {tag} AS report_id) FROM base_files"
            )
            for table in ("facts", "table_cells", "problems"):
                db.execute(
                    f"INSERT INTO {table} SELECT * REPLACE (report_id || {tag} AS report_id) "
                    f"FROM base_{table}"
                )
    work.rename(path)
    return path


def corrections(path: Path, n: int):
    """`n` corrections of as many reports, as review.correct makes them (the same entries are
    added to both sides)."""
    with Database.reader(path) as db:
        # a copy's id is no other id's start (review._report takes a shortened id)
        sql = "SELECT report_id FROM reports WHERE report_id LIKE '%-%' ORDER BY report_id"
        ids = [r for (r,) in db.execute(sql).fetchall()]
        step = max(1, len(ids) // n)
        rows = []
        for i, report_id in enumerate(ids[::step][:n]):
            facts = db.execute(
                "SELECT metric FROM facts WHERE report_id = ? ORDER BY metric", [report_id]
            ).fetchall()
            cells = db.execute(
                "SELECT \"table\" || '.' || row_key || '.' || col_key FROM table_cells "
                "WHERE report_id = ? AND value IS NOT NULL ORDER BY 1",
                [report_id],
            ).fetchall()
            found = {m for (m,) in facts}
            missing = [m for m in review.METRIC_KEYS if m not in found]
            kind = i % 4
            if kind == 0 and facts:
                target, value = facts[0][0], 12345.0
            elif kind == 1 and facts:
                target, value = facts[-1][0], None  # cleared
            elif kind == 2 and cells:
                target, value = cells[0][0], 7.0
            elif missing:
                target, value = missing[0], 3.0  # a figure the parser did not find
            else:
                continue
            rows.append(review._correction_row(db, report_id, target, value, "bench", "bench"))
    return review._frame(rows)


def _at(rev: str, name: str) -> str:
    """store/`name` as `rev` has it."""
    return subprocess.run(
        ["git", "show", f"{rev}:src/govbench/store/{name}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def ranking_query_of(rev: str) -> str:
    """`rev`'s named query ranking_frame (queries.sql), as database.queries() reads it."""
    return named_queries(_at(rev, "queries.sql"))["ranking_frame"]


def with_views_of(path: Path, rev: str) -> None:
    """Replace the views of `path` with those of `rev`'s schema.sql (tables stay)."""
    schema = _at(rev, "schema.sql")
    with Database.writer(path) as db:
        db.execute(schema)
        db.execute(report_metrics_view())


def timed(db: Database, sql: str, params: dict | None = None) -> float:
    start = time.perf_counter()
    db.execute(sql, params).fetchall()
    return time.perf_counter() - start


def rank_input(ranking_query: str) -> str:
    """Rank's input by `ranking_query` (a ranking_frame of queries.sql), unordered."""
    ranking = ranking_query.replace("{metric_columns}", metric_columns())
    return ranking.replace("{derived}", _select(derived_keys())).rsplit("ORDER BY", 1)[0]


def workloads(ranking_query: str) -> dict[str, tuple[str, dict | None]]:
    """What is timed, rank's input by `ranking_query`."""
    ranking = rank_input(ranking_query)
    raw = report_metrics_view().split(" AS\n", 1)[1].replace("corrected_facts", "facts")
    return {
        "baseline: pivot of facts": (
            f"SELECT count(*), sum(requests_received) FROM ({raw})",
            None,
        ),
        "report_metrics": ("SELECT count(*), sum(requests_received) FROM report_metrics", None),
        "ranking_frame": (
            f"SELECT count(*), sum(corrected_figures), sum(requests_received) FROM ({ranking})",
            {"year": None, "province": None, "level": None},
        ),
        "corrected_cells": ("SELECT count(*), sum(value) FROM corrected_cells", None),
    }


def same_rows(a: Path, b: Path, base_rev: str) -> bool:
    checks = [
        "SELECT * FROM report_metrics ORDER BY report_id",
        "SELECT * FROM corrected_facts ORDER BY ALL",
        "SELECT * FROM corrected_cells ORDER BY ALL",
        "SELECT * EXCLUDE (method) FROM figures ORDER BY ALL",
    ]
    # rank's input, each side's query on its own views
    ranked = "SELECT * FROM ({}) ORDER BY report_id"
    params = {"year": None, "province": None, "level": None}
    with Database.reader(a) as x, Database.reader(b) as y:
        return all(x.execute(q).fetchall() == y.execute(q).fetchall() for q in checks) and (
            x.execute(ranked.format(rank_input(ranking_query_of(base_rev))), params).fetchall()
            == y.execute(ranked.format(rank_input(queries()["ranking_frame"])), params).fetchall()
        )


def measure_pair(before: Path, after: Path, base_rev: str) -> dict:
    best: dict[str, dict[str, float]] = {}
    reads = {
        "before": workloads(ranking_query_of(base_rev)),
        "after": workloads(queries()["ranking_frame"]),
    }
    with Database.reader(before) as b, Database.reader(after) as a:
        for _ in range(ROUNDS):
            for name in reads["after"]:
                for side, db in (("before", b), ("after", a)):
                    sql, params = reads[side][name]
                    spent = timed(db, sql, params)
                    row = best.setdefault(name, {})
                    row[side] = min(row.get(side, float("inf")), spent)
    base = min(best["baseline: pivot of facts"].values())
    return {
        name: {
            "before_s": round(t["before"], 4),
            "after_s": round(t["after"], 4),
            "before_over_baseline": round(t["before"] / base, 2),
            "after_over_baseline": round(t["after"] / base, 2),
            "after_over_before": round(t["after"] / t["before"], 2),
        }
        for name, t in best.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="the revision whose views are 'before'")
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--corrections", type=int, default=100)
    args = parser.parse_args()
    source = database(args.reports)
    out: dict = {
        "measured_at": measure.now(),
        "command": " ".join(sys.argv),
        "git": measure.git_state(),
        "base": args.base,
        "reports": args.reports,
    }
    with tempfile.TemporaryDirectory() as tmp:
        before, after = Path(tmp) / "before.duckdb", Path(tmp) / "after.duckdb"
        shutil.copy(source, before)
        shutil.copy(source, after)
        Database.writer(after).close()  # the tree's views
        with_views_of(before, args.base)
        for state in ("no corrections", f"{args.corrections} corrections"):
            if state != "no corrections":
                made = corrections(after, args.corrections)
                for path in (before, after):
                    with Database.writer(path) as db:
                        db.add_corrections(made)
            out[state] = {
                "identical": same_rows(before, after, args.base),
                **measure_pair(before, after, args.base),
            }
    out["load_average_1_5_15_min_at_end"] = [round(x, 2) for x in __import__("os").getloadavg()]
    stamp = out["measured_at"][:16].replace(":", "")  # 2026-12-03T0940: one file per run
    (HERE / "history" / f"figures-view-{stamp}.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    )
    for state in ("no corrections", f"{args.corrections} corrections"):
        print(f"\n{state} (identical rows: {out[state]['identical']})")
        print(
            "| read | before s | after s | before / baseline | after / baseline | after / before |"
        )
        print("|---|---|---|---|---|---|")
        for name, r in out[state].items():
            if name == "identical":
                continue
            print(
                f"| {name} | {r['before_s']} | {r['after_s']} | {r['before_over_baseline']}x | "
                f"{r['after_over_baseline']}x | {r['after_over_before']}x |"
            )


if __name__ == "__main__":
    main()
