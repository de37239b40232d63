"""Section `archive` of the benchmark: govbench export / import of a Parquet archive, and rank
over the archive against rank over the DuckDB file, each beside its baseline in the same run.

- export against a plain COPY of every table to one Parquet file each (no partitions, no
  manifest, no read-back): the floor for writing the rows as Parquet at all;
- import against DuckDB loading those plain files into a new database in one transaction (no
  working copy, no verification): the floor for loading them;
- rank (the whole `govbench rank` in process, and load_frame alone) over the archive against
  the same over the DuckDB file, for every year, one year, and one year and province; with the
  Parquet files each opens (EXPLAIN ANALYZE) with and without the partitions narrowed.
Rounds alternate the two sides; the best of the rounds is kept.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = 3
HOW = (
    "in process, wall time, best of 3 rounds alternating each side with its baseline; "
    "export baseline = COPY each table to one Parquet file; import baseline = a new database "
    "loading those files in one transaction; rank = govbench.rank.command.ranking_text (the "
    "`govbench rank` command without printing), default settings"
)


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 2**20, 1)


def _best(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _plain_copy(db: Path, out: Path) -> dict[str, int]:
    import duckdb

    out.mkdir()
    con = duckdb.connect(str(db), read_only=True)
    rows = {}
    try:
        tables = [
            t
            for (t,) in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND table_name <> "
                "'meta'"
            ).fetchall()
        ]
        for t in tables:
            con.execute(f"COPY {t} TO '{out / t}.parquet' (FORMAT parquet)")
            rows[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
    finally:
        con.close()
    return rows


def _remove(db: Path) -> None:
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)


def _plain_load(files: Path, target: Path) -> None:
    from govbench.store import Database

    database = Database.writer(target)
    with database.atomic():
        for f in sorted(files.glob("*.parquet")):
            database.execute(f"INSERT INTO {f.stem} SELECT * FROM read_parquet('{f}')")
    database.close()


def _rank_args(db: Path, year: int | None, province: str | None) -> argparse.Namespace:
    from govbench.cli import _parser

    argv = ["rank", "--db", str(db), "--format", "csv"]
    argv += ["--year", str(year)] if year is not None else []
    argv += ["--province", province] if province is not None else []
    return _parser().parse_args(argv)


def _files_opened(folder: Path, year: int, province: str) -> dict:
    """Parquet files the ranking's query opens on the archive: DuckDB's own pruning (the
    reader over every partition, the query's filters) and with the partitions narrowed."""
    from govbench.rank.figures import _select, derived_keys
    from govbench.rank.frame import needed_partitions
    from govbench.store import Database
    from govbench.store.archive import files_read
    from govbench.store.database import ranking_frame_sql

    sql = ranking_frame_sql(_select(derived_keys()))
    params = {"year": year, "province": province, "level": None}
    with Database.reader(folder) as database:
        whole = files_read(database, sql, params)
    with Database.reader(folder, needed_partitions(year, province)) as database:
        narrowed = files_read(database, sql, params)
    return {
        "files_in_archive": sum(1 for _ in folder.rglob("*.parquet")),
        "ranking_query_files_opened_every_partition": whole,
        "ranking_query_files_opened_partitions_narrowed": narrowed,
    }


def bench_archive(db: Path) -> dict:
    from govbench.rank.command import ranking_text
    from govbench.rank.frame import load_frame
    from govbench.store import Database
    from govbench.store.archive import export, load

    with Database.reader(db) as database:
        reports = database.execute("SELECT count(*) FROM reports").fetchone()[0]
        rows = sum(
            database.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for (t,) in database.execute(
                "SELECT table_name FROM duckdb_tables() WHERE NOT temporary"
            ).fetchall()
        )
        year, province = database.execute(
            "SELECT year, province FROM reports WHERE year IS NOT NULL AND province IS NOT NULL "
            "GROUP BY ALL ORDER BY count(*) DESC, year DESC, province LIMIT 1"
        ).fetchone()
    with tempfile.TemporaryDirectory(prefix="govbench-archive-") as tmp:
        work = Path(tmp)
        folder, plain = work / "archive", work / "plain"
        timings: dict[str, float] = {}
        steps = {  # name: (made ready outside the clock, timed)
            "export": (lambda: shutil.rmtree(folder, True), lambda: export(db, folder)),
            "export_baseline": (lambda: shutil.rmtree(plain, True), lambda: _plain_copy(db, plain)),
            "import": (lambda: _remove(work / "b.duckdb"), lambda: load(folder, work / "b.duckdb")),
            "import_baseline": (
                lambda: _remove(work / "c.duckdb"),
                lambda: _plain_load(plain, work / "c.duckdb"),
            ),
        }
        for _ in range(ROUNDS):  # each side once a round, so a busy minute hits both
            for name, (ready, timed) in steps.items():
                ready()
                timings[name] = min(timings.get(name, float("inf")), _best(timed, 1))
        rank = {}
        for label, y, p in (
            ("every year", None, None),
            (f"--year {year}", year, None),
            (f"--year {year} --province {province}", year, province),
        ):
            side = {}
            for _ in range(ROUNDS):
                for name, source in (("duckdb", db), ("parquet", folder)):
                    args = _rank_args(source, y, p)
                    for what, fn in (
                        ("rank", lambda: ranking_text(args)),
                        ("load_frame", lambda: load_frame(source, year=y, province=p)),
                    ):
                        key = f"{what}_{name}_s"
                        side[key] = min(side.get(key, float("inf")), _best(fn, 1))
            same = ranking_text(_rank_args(db, y, p)) == ranking_text(_rank_args(folder, y, p))
            rank[label] = {
                **{k: round(v, 3) for k, v in side.items()},
                "rank_parquet_over_duckdb": round(
                    side["rank_parquet_s"] / side["rank_duckdb_s"], 2
                ),
                "load_frame_parquet_over_duckdb": round(
                    side["load_frame_parquet_s"] / side["load_frame_duckdb_s"], 2
                ),
                "same_ranking": same,
            }
        opened = _files_opened(folder, year, province)
        sizes = {
            "database_mb": _size_mb(db),
            "archive_mb": _size_mb(folder),
            "plain_parquet_mb": _size_mb(plain),
        }
    return {
        "reports": reports,
        "rows": rows,
        **sizes,
        "export_s": round(timings["export"], 3),
        "export_baseline_s": round(timings["export_baseline"], 3),
        "export_over_baseline": round(timings["export"] / timings["export_baseline"], 2),
        "export_rows_per_s": round(rows / timings["export"]),
        "import_s": round(timings["import"], 3),
        "import_baseline_s": round(timings["import_baseline"], 3),
        "import_over_baseline": round(timings["import"] / timings["import_baseline"], 2),
        "import_rows_per_s": round(rows / timings["import"]),
        "rank": rank,
        "partition_pruning": {"year": year, "province": province, **opened},
    }


def render(section: dict, when: str, table: Callable[[list, list], str]) -> list[str]:
    s = section
    p = s["partition_pruning"]
    return [
        "## Parquet archive: export, import, and rank over it",
        "",
        when,
        "",
        f"A database of {s['reports']} generated reports ({s['rows']} rows, {s['database_mb']} "
        f"MB); the archive {s['archive_mb']} MB, the plain Parquet files "
        f"{s['plain_parquet_mb']} MB.",
        "",
        table(
            ["step", "seconds", "baseline s", "over baseline", "rows/s"],
            [
                [
                    "govbench export (partitioned, verified, renamed)",
                    s["export_s"],
                    s["export_baseline_s"],
                    f"{s['export_over_baseline']}x",
                    s["export_rows_per_s"],
                ],
                [
                    "govbench import (through Database.writing)",
                    s["import_s"],
                    s["import_baseline_s"],
                    f"{s['import_over_baseline']}x",
                    s["import_rows_per_s"],
                ],
            ],
        ),
        "",
        table(
            [
                "rank",
                "DuckDB file s",
                "archive s",
                "archive / file",
                "load_frame file s",
                "load_frame archive s",
                "archive / file",
                "same ranking",
            ],
            [
                [
                    label,
                    r["rank_duckdb_s"],
                    r["rank_parquet_s"],
                    f"{r['rank_parquet_over_duckdb']}x",
                    r["load_frame_duckdb_s"],
                    r["load_frame_parquet_s"],
                    f"{r['load_frame_parquet_over_duckdb']}x",
                    r["same_ranking"],
                ]
                for label, r in s["rank"].items()
            ],
        ),
        "",
        f"Partition pruning, `rank --year {p['year']} --province {p['province']}`: the ranking's "
        f"query opens {p['ranking_query_files_opened_partitions_narrowed']} of the archive's "
        f"{p['files_in_archive']} Parquet files with the partitions narrowed (that year and the "
        f"year before, that province and unknown), "
        f"{p['ranking_query_files_opened_every_partition']} when DuckDB is left to prune from "
        "the query's own filters (EXPLAIN ANALYZE, Total Files Read).",
        "",
    ]
