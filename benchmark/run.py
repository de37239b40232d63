"""govbench's benchmark: speed, memory and accuracy, each figure measured beside its baseline.

    python benchmark/run.py [--quick | --smoke] [--out DIR] [--only SECTION,...] [--render]

Writes DIR/results.json and DIR/RESULTS.md (DIR: benchmark/ in full mode, benchmark/quick/
with --quick, benchmark/smoke/ with --smoke, the test's sizes). With --only, the named sections are measured again and merged into the JSON
already there; every section keeps the date and command of the run that measured it.
Sections: parse, profile, ingest, dask, cores, check, rank, app, accuracy, ocr, archive.
Generated corpora are cached under ~/.cache/govbench-bench (GOVBENCH_BENCH_CACHE).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shlex
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "src")]

import archive  # noqa: E402
import baseline  # noqa: E402
import measure  # noqa: E402
import ocr  # noqa: E402
from corpus import by_format, corpus, report_files  # noqa: E402
from report import render  # noqa: E402

SECTIONS = (
    "parse",
    "profile",
    "ingest",
    "dask",
    "cores",
    "check",
    "rank",
    "app",
    "accuracy",
    "ocr",
    "archive",
)

# Sizes per mode. Smoke is the test's (tests/test_benchmark.py): the smallest that still give
# every figure (two ingest sizes for a curve, two ranking sizes, more than one partition).
# Quick stays well under two minutes with the corpora cached.
SIZES = {
    "smoke": {
        "parse": 100,
        "parse_cap": {"txt": 30, "html": 20, "docx": 6, "pdf": 4},
        "profile": 100,
        "ingest": (50, 100),
        "workers_at": 100,
        "cores_files": 20,
        "check": (100,),
        "rank": (100, 1000),
        "app_db": 100,
        "ocr": ("hongze_district_2023",),
        "archive": 100,
        "dask": (100,),
    },
    "quick": {
        "parse": 300,
        "parse_cap": {"txt": 120, "html": 80, "docx": 20, "pdf": 12},
        "profile": 300,
        "ingest": (100, 300),
        "workers_at": 300,
        "cores_files": 60,
        "check": (300,),
        "rank": (300, 3000),
        "app_db": 300,
        "ocr": ("hongze_district_2023",),
        "archive": 300,
        "dask": (300,),
    },
    "full": {
        "parse": 1000,
        "parse_cap": {"txt": 600, "html": 400, "docx": 100, "pdf": 70},
        "profile": 1000,
        "ingest": (1000, 10000, 100000),
        "workers_at": 10000,
        "cores_files": 400,
        "check": (1000, 10000),
        "rank": (300, 3000, 30000),
        "app_db": 10000,
        "ocr": tuple(ocr.REPORTS),
        "archive": 10000,
        "dask": (10000, 100000),
    },
}
SEED = 1


def govbench_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "govbench"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "govbench.cli"]


def this_command() -> str:
    return shlex.join([Path(sys.executable).name, *sys.argv])


def stamp(section: dict, how: str) -> dict:
    """Every figure carries when and how it was measured, and how busy the machine was
    (other people's processes share these two cores)."""
    return {
        "measured_at": measure.now(),
        "command": this_command(),
        "how": how,
        "load_average_1_5_15_min_at_end": [round(x, 2) for x in os.getloadavg()],
        "git": measure.git_state(),
        **section,
    }


# ---------------------------------------------------------------- parse vs baseline


def bench_parse(sizes: dict) -> dict:
    from govbench.ingest import parse_file

    folder, _ = corpus(sizes["parse"], SEED)
    groups = by_format(report_files(folder))
    chosen = {fmt: groups.get(fmt, [])[:cap] for fmt, cap in sizes["parse_cap"].items()}
    for files in chosen.values():  # imports, converters and caches warm before timing
        if files:
            parse_file(files[0])
            baseline.read_plain(files[0])
    rounds = 2
    best: dict[str, dict[str, float]] = {fmt: {} for fmt in chosen}
    # parse and baseline alternate, format by format, so a noisy neighbour hits both alike
    for _ in range(rounds):
        for fmt, files in chosen.items():
            for name, fn in (("baseline", baseline.read_plain), ("parse", parse_file)):
                start = time.process_time()
                for f in files:
                    fn(f)
                spent = time.process_time() - start
                best[fmt][name] = min(best[fmt].get(name, float("inf")), spent)
    out = {}
    for fmt, files in chosen.items():
        if not files:
            continue
        p, b = best[fmt]["parse"], best[fmt]["baseline"]
        out[fmt] = {
            "files": len(files),
            "parse_reports_per_s_per_core": round(len(files) / p, 1),
            "baseline_reports_per_s_per_core": round(len(files) / b, 1),
            "parse_over_baseline": round(p / b, 2),
        }
    return stamp(
        {"corpus": str(folder), "rounds": rounds, "by_format": out},
        "in one process (one core), CPU time, best of the rounds; parse = "
        "govbench.ingest.parse_file; baseline = benchmark/baseline.py read_plain",
    )


# ---------------------------------------------------------------- profile


def bench_profile(sizes: dict, top: int = 25) -> dict:
    from govbench.ingest import ingest

    folder, _ = corpus(sizes["profile"], SEED)
    with tempfile.TemporaryDirectory() as tmp:
        profiler = cProfile.Profile()
        profiler.enable()
        ingest([folder], Path(tmp) / "profile.duckdb", workers=0)  # parsing in process
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt

    def row(key, value) -> dict:
        filename, line, func = key
        cc, nc, tt, ct, _ = value
        short = filename.split("/src/")[-1].split("site-packages/")[-1]
        return {
            "function": f"{short}:{line}({func})",
            "calls": nc,
            "self_s": round(tt, 3),
            "cumulative_s": round(ct, 3),
        }

    entries = list(stats.stats.items())
    by_self = sorted(entries, key=lambda kv: kv[1][2], reverse=True)[:top]
    ours = [kv for kv in entries if "govbench" in kv[0][0]]
    by_cum = sorted(ours, key=lambda kv: kv[1][3], reverse=True)[:top]
    stages = {}
    for stage, (suffix, func) in {
        "read": ("read/__init__.py", "read_bytes"),  # ingest reads each file's bytes once
        "parse": ("parse/__init__.py", "parse_document"),
        "rows": ("store/rows.py", "of"),
        "store": ("store/database.py", "store_rows"),
        "hash": ("~", "<built-in method _hashlib.openssl_sha256>"),  # file bytes, report ids
    }.items():
        hit = [v for (f, _, fn), v in entries if f.endswith(suffix) and fn == func]
        stages[stage] = round(sum(v[3] for v in hit), 3)
    return stamp(
        {
            "corpus": str(folder),
            "reports": sizes["profile"],
            "total_s": round(total, 3),
            "stages_cumulative_s": stages,
            "top_self": [row(*kv) for kv in by_self],
            "top_cumulative_govbench": [row(*kv) for kv in by_cum],
        },
        "cProfile around govbench.ingest.ingest(folder, db, workers=0), in process",
    )


# ---------------------------------------------------------------- ingest, parquet, memory


def _ingest_once(folder: Path, db: Path, workers: int, engine: str = "local") -> dict:
    if db.exists():
        db.unlink()
    command = [*govbench_cmd(), "ingest", str(folder), "--db", str(db), "--workers", str(workers)]
    if engine != "local":
        command += ["--engine", engine]
    done = measure.run(command)
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed: {done.stderr[-2000:]}")
    return {
        "command": shlex.join(command),
        "workers": workers,
        "seconds": round(done.seconds, 2),
        # CPU of the whole tree: divided by the cores, the time on a machine of our own
        "cpu_seconds": round(done.cpu_seconds, 1),
        # the writer (the command's own process): with more workers it must stay small
        "writer_cpu_seconds": round(done.own_cpu_seconds, 1),
        "peak_rss_tree_mb": round(done.peak_tree_rss_mb, 1),
        "peak_rss_largest_process_mb": round(done.peak_process_rss_mb, 1),
        "summary": done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "",
    }


def _parquet_load(db: Path, work: Path) -> dict:
    """DuckDB bulk-loading the same rows from Parquet: the floor for storing them at all."""
    import duckdb

    from govbench import store

    tables = ("reports", "files", "facts", "table_cells", "problems", "ingest_errors")
    pq = work / "parquet"
    pq.mkdir(exist_ok=True)
    con = duckdb.connect(str(db), read_only=True)
    rows = {}
    for t in tables:
        con.execute(f"COPY {t} TO '{pq / t}.parquet' (FORMAT parquet)")
        rows[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
    con.close()
    target = work / "from-parquet.duckdb"
    start = time.perf_counter()
    database = store.Database.writer(target)  # same schema and view as an ingest makes
    with database.atomic():
        for t in tables:
            database.execute(f"INSERT INTO {t} SELECT * FROM read_parquet('{pq / t}.parquet')")
    database.close()
    seconds = time.perf_counter() - start
    target.unlink()
    return {"seconds": round(seconds, 3), "rows": rows}


def bench_ingest(sizes: dict, keep: Path) -> dict:
    workers = len(os.sched_getaffinity(0))
    by_size = {}
    for n in sizes["ingest"]:
        folder, generated = corpus(n, SEED)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "ingest.duckdb"
            one = _ingest_once(folder, db, workers)
            one["parquet_baseline"] = _parquet_load(db, Path(tmp))
            one["over_parquet"] = round(one["seconds"] / one["parquet_baseline"]["seconds"], 1)
            one["reports_per_s"] = round(n / one["seconds"], 1)
            one["generated_in_s"] = round(generated, 1) if generated else "cached"
            if n in sizes["check"] or n == sizes["app_db"]:
                os.replace(db, keep / f"ingest-{n}.duckdb")
        by_size[str(n)] = one
    ns = list(sizes["ingest"])
    growth = [
        {
            "from": a,
            "to": b,
            "size_ratio": b / a,
            "time_ratio": round(by_size[str(b)]["seconds"] / by_size[str(a)]["seconds"], 2),
        }
        for a, b in zip(ns, ns[1:])
    ]
    n = sizes["workers_at"]
    folder, _ = corpus(n, SEED)
    with tempfile.TemporaryDirectory() as tmp:
        single = _ingest_once(folder, Path(tmp) / "w1.duckdb", 1)
    multi = by_size[str(n)]
    scaling = {
        "reports": n,
        "one_worker": single,
        "workers": workers,
        "speedup": round(single["seconds"] / multi["seconds"], 2),
    }
    return stamp(
        {"by_size": by_size, "growth": growth, "workers_scaling": scaling},
        "each ingest a child `govbench ingest` process; RSS of its whole tree "
        "sampled every 0.25 s; parquet baseline = COPY the stored tables to Parquet, "
        "then time a fresh database loading them in one transaction",
    )


# ---------------------------------------------------------------- dask

PROJECTED_REPORTS = 3_000_000
PROJECTED_WORKERS = (2, 16, 64, 256, 1024)
# what the database's tables hold that says when a row was written: it differs run to run
WRITTEN_AT = {"reports": "ingested_at", "ingest_errors": "failed_at"}


def _fingerprint(db: Path) -> dict[str, list]:
    """Each table's row count and per-column sums of hashes, written-at columns left out:
    equal fingerprints, equal content (as far as hashes tell)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        out = {}
        for t in sorted(tables):
            skip = f" EXCLUDE ({WRITTEN_AT[t]})" if t in WRITTEN_AT else ""
            row = con.execute(f'SELECT count(*), sum(hash(COLUMNS(*{skip}))) FROM "{t}"').fetchone()
            out[t] = [int(v) if v is not None else None for v in row]
        return out
    finally:
        con.close()


def _shard_load(db: Path, work: Path) -> dict:
    """The stored rows cut into the shards a Dask ingest's workers write (partitions of
    cluster.PARTITION_FILES files, store/shards.py), then timed: a new database loading them
    through Database.load_shards (the one writer's transaction)."""
    import duckdb
    import pyarrow as pa

    from govbench import store
    from govbench.cluster import PARTITION_FILES
    from govbench.store.rows import ARROW_TYPES, ReportRows
    from govbench.store.shards import Staging, part_name

    stage = Staging.of(work / "shards.duckdb", work / "staging")
    con = duckdb.connect(str(db), read_only=True)
    files = con.execute(
        "SELECT source, file_hash, report_id, NULL AS error, false AS seen FROM files "
        "UNION ALL SELECT source, file_hash, NULL, error, false FROM ingest_errors ORDER BY source"
    ).fetchall()
    parts = []
    for index in range(0, len(files), PARTITION_FILES):
        outcomes = files[index : index + PARTITION_FILES]
        ids = list(dict.fromkeys(o[2] for o in outcomes if o[2]))
        tables = {}
        for table, types in ARROW_TYPES.items():
            columns = ", ".join(f'"{c}"' for c in types)
            got = con.sql(
                f"SELECT {columns} FROM {table} WHERE report_id IN (SELECT unnest($ids))",
                params={"ids": ids},
            ).to_arrow_table()
            tables[table] = got.cast(pa.schema(list(types.items())))
        stage.write(part_name(index // PARTITION_FILES), "bench", outcomes, ReportRows(ids, tables))
        parts.append(part_name(index // PARTITION_FILES))
    con.close()
    target = work / "from-shards.duckdb"
    start = time.perf_counter()
    database = store.Database.writer(target)
    counts = database.load_shards(stage, parts)
    database.close()
    seconds = time.perf_counter() - start
    target.unlink()
    stage.remove()
    return {
        "seconds": round(seconds, 3),
        "partitions": len(parts),
        "reports": counts.added,
        "reports_per_s": round(counts.added / seconds, 1),
    }


def _task_overhead(workers: int, tasks: int = 2000) -> dict:
    """A LocalCluster's start, and the scheduler's cost of a task that does nothing (`abs`)."""
    from distributed import Client

    from govbench.cluster import local_cluster

    start = time.perf_counter()
    with local_cluster(workers) as lc, Client(lc) as client:
        started = time.perf_counter() - start
        client.submit(abs, -1).result()
        start = time.perf_counter()
        client.gather(client.map(abs, range(tasks), pure=False))
        per_task = (time.perf_counter() - start) / tasks
    return {
        "cluster_start_s": round(started, 2),
        "tasks": tasks,
        "ms_per_task": round(per_task * 1000, 3),
    }


def _listing(folder: Path) -> dict:
    from govbench.ingest import iter_report_files

    start = time.perf_counter()
    files = sum(1 for _ in iter_report_files([folder]))
    seconds = time.perf_counter() - start
    return {"files": files, "seconds": round(seconds, 3), "files_per_s": round(files / seconds)}


def _projection(n: int, run: dict, load: dict, overhead: dict, listing: dict) -> dict:
    """Wall time for PROJECTED_REPORTS on N single-thread workers, from what was measured:
    the workers' CPU per report, the writer's shard-load rate, the scheduler's time per task,
    the listing rate. A projection, not a measurement (RESULTS.md says what it leaves out)."""
    from govbench.cluster import PARTITION_FILES

    cpu_per_report = (run["cpu_seconds"] - run["writer_cpu_seconds"]) / n
    tasks = PROJECTED_REPORTS / PARTITION_FILES
    rows = []
    for workers in PROJECTED_WORKERS:
        parse = PROJECTED_REPORTS * cpu_per_report / workers
        scheduler = tasks * overhead["ms_per_task"] / 1000
        listing_s = PROJECTED_REPORTS / listing["files_per_s"]
        load_s = PROJECTED_REPORTS / load["reports_per_s"]
        # parsing, scheduling and listing overlap (files are listed and sent as parsing goes);
        # the load starts when the last partition is in
        wall = overhead["cluster_start_s"] + max(parse, scheduler, listing_s) + load_s
        rows.append(
            {
                "workers": workers,
                "parse_s": round(parse),
                "scheduler_s": round(scheduler),
                "listing_s": round(listing_s),
                "load_s": round(load_s),
                "wall_s": round(wall),
                "bound_by": max(
                    ("parsing", parse),
                    ("the scheduler", scheduler),
                    ("listing", listing_s),
                    ("the single writer's load", load_s),
                    key=lambda kv: kv[1],
                )[0],
            }
        )
    return {
        "reports": PROJECTED_REPORTS,
        "cpu_s_per_report": round(cpu_per_report, 5),
        "tasks": round(tasks),
        "rows": rows,
    }


def bench_dask(sizes: dict) -> dict:
    workers = len(os.sched_getaffinity(0))
    by_size = {}
    for n in sizes["dask"]:
        folder, _ = corpus(n, SEED)
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            local = _ingest_once(folder, work / "local.duckdb", workers)
            dask = _ingest_once(folder, work / "dask.duckdb", workers, engine="dask")
            same = _fingerprint(work / "local.duckdb") == _fingerprint(work / "dask.duckdb")
            shards = _shard_load(work / "dask.duckdb", work)
            parquet = _parquet_load(work / "dask.duckdb", work)
        by_size[str(n)] = {
            "local": local,
            "dask": dask,
            "dask_over_local": round(dask["seconds"] / local["seconds"], 2),
            "same_content": same,
            "shard_load": shards,
            "parquet_baseline": parquet,
            "shard_load_over_parquet": round(shards["seconds"] / parquet["seconds"], 2),
        }
    overhead = _task_overhead(workers)
    biggest = max(sizes["dask"])
    listing = _listing(corpus(biggest, SEED)[0])
    run = by_size[str(biggest)]
    projection = _projection(biggest, run["dask"], run["shard_load"], overhead, listing)
    return stamp(
        {
            "workers": workers,
            "by_size": by_size,
            "scheduler": overhead,
            "listing": listing,
            "projection": projection,
        },
        "each ingest a child `govbench ingest` process, local pool then --engine dask "
        f"(a LocalCluster of {workers} one-thread workers on 127.0.0.1), CPU and RSS over the "
        "whole process tree; same_content = every table's row count and column hash sums "
        "equal, ingested_at/failed_at left out; shard load = the stored rows cut into the "
        "workers' shards and loaded by Database.load_shards into a new database, beside the "
        "Parquet baseline (one file per table, plain INSERT); scheduler = a LocalCluster's "
        "start and 2000 no-op tasks; listing = iter_report_files over the corpus",
    )


# ---------------------------------------------------------------- cores


def _parse_all(files: list[Path], start, out) -> None:
    from govbench.ingest import parse_file

    for f in files[:5]:  # imports and caches warm before the clock starts
        parse_file(f)
    start.wait()
    began = time.perf_counter()
    for f in files:
        parse_file(f)
    out.put(time.perf_counter() - began)


def bench_cores(sizes: dict) -> dict:
    """What N processes gain over one on this machine when they share nothing: each parses
    the same files, all at once; one process and N alternate, best of the rounds. Busy cores of
    a virtual machine do not each do the work of one alone, so the ingest's workers speedup is
    read beside this."""
    import multiprocessing as mp

    workers = len(os.sched_getaffinity(0))
    folder, _ = corpus(sizes["workers_at"], SEED)
    files = report_files(folder)[: sizes["cores_files"]]
    ctx = mp.get_context("fork")
    best = {1: float("inf"), workers: float("inf")}
    for _ in range(3):
        for n in best:
            start, out = ctx.Barrier(n), ctx.Queue()
            procs = [ctx.Process(target=_parse_all, args=(files, start, out)) for _ in range(n)]
            for proc in procs:
                proc.start()
            spent = [out.get() for _ in procs]
            for proc in procs:
                proc.join()
            best[n] = min(best[n], max(spent))
    return stamp(
        {
            "files": len(files),
            "workers": workers,
            "rounds": 3,
            "one_process_s": round(best[1], 2),
            "all_processes_s": round(best[workers], 2),
            "speedup": round(workers * best[1] / best[workers], 2),
        },
        f"{workers} processes forked from the harness, each parsing the same files at "
        "once (wall time of the slowest), against one process alone; best of 3 rounds",
    )


# ---------------------------------------------------------------- check


def bench_check(sizes: dict, keep: Path) -> dict:
    out = {}
    for n in sizes["check"]:
        db = keep / f"ingest-{n}.duckdb"
        if not db.exists():
            folder, _ = corpus(n, SEED)
            _ingest_once(folder, db, len(os.sched_getaffinity(0)))
        command = [*govbench_cmd(), "check", "--db", str(db)]
        done = measure.run(command)
        out[str(n)] = {
            "command": shlex.join(command),
            "seconds": round(done.seconds, 2),
            "returncode": done.returncode,
            "peak_rss_tree_mb": round(done.peak_tree_rss_mb, 1),
        }
    return stamp({"by_size": out}, "a child `govbench check` process on the ingested corpus")


# ---------------------------------------------------------------- rank and what-if


def _frame_of(frame, n: int, seed: int = 0):
    """n body-year rows drawn from a real ingested frame, each a distinct body, figures jittered
    so that no two rows tie by construction."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = frame.iloc[rng.integers(0, len(frame), n)].reset_index(drop=True).copy()
    out["issuer"] = [f"{issuer}#{i}" for i, issuer in enumerate(out["issuer"].fillna("?"))]
    out["report_id"] = [f"{rid}#{i}" for i, rid in enumerate(out["report_id"])]
    numeric = [c for c in out.select_dtypes("number").columns if c != "year"]
    out[numeric] = out[numeric] * rng.lognormal(0.0, 0.1, (n, len(numeric)))
    return out


def bench_rank(sizes: dict, keep: Path) -> dict:
    from govbench import rank as R

    db = keep / f"ingest-{sizes['app_db']}.duckdb"
    if not db.exists():
        folder, _ = corpus(sizes["app_db"], SEED)
        _ingest_once(folder, db, len(os.sched_getaffinity(0)))
    start = time.perf_counter()
    real = R.load_frame(db)
    load_s = time.perf_counter() - start
    dims = {k: d.weight for k, d in R.rules().dimensions.items()}
    first = next(k for k, w in dims.items() if w)
    what_if = {**dims, first: dims[first] * 2}
    out = {}
    R.rank(_frame_of(real, 50), peer_by=["year"])  # warm numpy and the rules cache
    for n in sizes["rank"]:
        frame = _frame_of(real, n)
        repeats = 3 if n <= 3000 else 1
        timings = {}
        for name, weights in (("rank", None), ("what_if", what_if)):
            best = float("inf")
            for _ in range(repeats):
                start = time.perf_counter()
                R.rank(frame, weights, peer_by=["year"])  # as the app ranks: by year
                best = min(best, time.perf_counter() - start)
            timings[f"{name}_ms"] = round(best * 1000, 1)
        start = time.perf_counter()
        R.rank(frame, what_if, peer_by=["year"], mc_draws=0)
        timings["what_if_without_uncertainty_ms"] = round((time.perf_counter() - start) * 1000, 1)
        out[str(n)] = timings
    return stamp(
        {
            "source_db_reports": sizes["app_db"],
            "load_frame_ms": round(load_s * 1000, 1),
            "source_rows": len(real),
            "what_if_weights": what_if,
            "by_bodies": out,
        },
        "in process: govbench.rank.rank(frame, weights, peer_by=['year']) with the "
        "default 200 Monte Carlo draws; frames of N rows resampled from the ingested "
        "database; what-if = the same call with one dimension's weight doubled",
    )


# ---------------------------------------------------------------- app


def bench_app(sizes: dict, keep: Path) -> dict:
    db = keep / f"ingest-{sizes['app_db']}.duckdb"
    if not db.exists():
        folder, _ = corpus(sizes["app_db"], SEED)
        _ingest_once(folder, db, len(os.sched_getaffinity(0)))
    command = [sys.executable, str(HERE / "app_rerun.py"), str(db)]
    done = measure.run(command)
    if done.returncode != 0:
        raise RuntimeError(f"app timing failed: {done.stderr[-2000:]}")
    return stamp(
        {
            "db_reports": sizes["app_db"],
            "command_child": shlex.join(command),
            **json.loads(done.stdout.strip().splitlines()[-1]),
        },
        "streamlit AppTest in a child process: first run, the ranking page, then "
        "reruns after a weight slider moves (uncached, then back to a cached value)",
    )


# ---------------------------------------------------------------- Parquet archive


def bench_archive(sizes: dict, keep: Path) -> dict:
    n = sizes["archive"]
    db = keep / f"ingest-{n}.duckdb"
    if not db.exists():
        folder, _ = corpus(n, SEED)
        _ingest_once(folder, db, len(os.sched_getaffinity(0)))
    return stamp(archive.bench_archive(db), archive.HOW)


# ---------------------------------------------------------------- accuracy


def bench_accuracy() -> dict:
    script = ROOT.parent / "shared" / "tools" / "score_corpus.py"
    command = ["python", "../shared/tools/score_corpus.py"]
    if not script.exists():
        return stamp({"skipped": f"{script} not found"}, "score_corpus.py from the project root")
    done = measure.run([sys.executable, str(script)], cwd=ROOT)
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    scores = {}
    for part in last.split():
        key, _, value = part.partition("=")
        try:
            scores[key] = float(value) if "." in value else int(value)
        except ValueError:
            scores[key] = value
    return stamp(
        {
            "command_child": shlex.join(command),
            "returncode": done.returncode,
            "seconds": round(done.seconds, 2),
            "summary": last,
            "scores": scores,
        },
        "the shared real corpus scored from the project root; summary = its last line",
    )


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sized = ap.add_mutually_exclusive_group()
    sized.add_argument("--quick", action="store_true", help="small sizes")
    sized.add_argument("--smoke", action="store_true", help="the smallest sizes (the test's)")
    ap.add_argument("--out", type=Path, help="folder for results.json and RESULTS.md")
    ap.add_argument("--only", help=f"comma-separated sections of {', '.join(SECTIONS)}")
    ap.add_argument(
        "--render",
        action="store_true",
        help="only write RESULTS.md again from the results.json there",
    )
    args = ap.parse_args(argv)
    mode = "quick" if args.quick else "smoke" if args.smoke else "full"
    sizes = SIZES[mode]
    out = args.out or (HERE if mode == "full" else HERE / mode)
    out.mkdir(parents=True, exist_ok=True)
    if args.render:
        (out / "RESULTS.md").write_text(
            render(json.loads((out / "results.json").read_text()), HERE / "NOTES.md")
        )
        return 0
    wanted = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))}")

    path = out / "results.json"
    results = json.loads(path.read_text()) if args.only and path.exists() else {}
    results.update(
        {
            "mode": mode,
            "sizes": sizes,
            "machine": measure.machine(),
            "versions": measure.versions(),
            "git": measure.git_state(),
        }
    )
    figures = results.setdefault("figures", {})
    started = time.perf_counter()
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="govbench-bench-") as tmp:
        keep = Path(tmp)
        runners = {
            "parse": lambda: bench_parse(sizes),
            "profile": lambda: bench_profile(sizes),
            "ingest": lambda: bench_ingest(sizes, keep),
            "dask": lambda: bench_dask(sizes),
            "cores": lambda: bench_cores(sizes),
            "check": lambda: bench_check(sizes, keep),
            "rank": lambda: bench_rank(sizes, keep),
            "app": lambda: bench_app(sizes, keep),
            "accuracy": bench_accuracy,
            "ocr": lambda: stamp(ocr.bench_ocr(list(sizes["ocr"])), ocr.HOW),
            "archive": lambda: bench_archive(sizes, keep),
        }
        for name in SECTIONS:
            if name not in wanted:
                continue
            t = time.perf_counter()
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            try:
                figures[name] = runners[name]()
            except Exception as exc:  # one broken stage must not hide the other figures
                figures[name] = stamp({"error": f"{type(exc).__name__}: {exc}"[-3000:]}, "failed")
                failed.append(name)
            figures[name]["section_seconds"] = round(time.perf_counter() - t, 1)
            print(
                f"[bench] {name} done in {figures[name]['section_seconds']} s",
                file=sys.stderr,
                flush=True,
            )
            # written after every section: a long full run keeps what it measured so far
            path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    results["last_run"] = {
        "command": this_command(),
        "finished_at": measure.now(),
        "sections": wanted,
        "seconds": round(time.perf_counter() - started, 1),
        "harness_peak_rss_mb": round(measure.own_peak_rss_mb(), 1),
    }
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    (out / "RESULTS.md").write_text(render(results, HERE / "NOTES.md"))
    print(f"wrote {path} and {out / 'RESULTS.md'}")
    if failed:
        print(f"sections that failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
