"""The benchmark's smoke test: its smoke sizes run end to end and record every figure the issue
names. No speed is asserted here (the figures are recorded, not judged, in tests); what is
asserted is that each figure measured what it says: the whole corpus ingested, the real corpus
parsed without failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_smoke_benchmark_records_every_figure(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmark" / "run.py"), "--smoke", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    results = json.loads((tmp_path / "results.json").read_text())
    figures = results["figures"]
    failed = {k: v["error"] for k, v in figures.items() if "error" in v}
    assert done.returncode == 0 and not failed, (failed, done.stderr[-3000:])

    for fmt in ("txt", "html", "docx", "pdf"):
        row = figures["parse"]["by_format"][fmt]
        assert row["parse_reports_per_s_per_core"] > 0
        assert row["baseline_reports_per_s_per_core"] > 0 and row["parse_over_baseline"] > 0
    ingest = figures["ingest"]
    assert len(ingest["by_size"]) >= 2  # a memory curve, not a point
    for n, size in ingest["by_size"].items():
        assert size["seconds"] > 0 and size["peak_rss_tree_mb"] > 0
        assert size["parquet_baseline"]["seconds"] > 0
        # what was timed is the whole corpus stored: every generated report, none unreadable
        assert size["summary"].startswith(f"{n} reports added, 0 unchanged, 0 unreadable")
        assert size["parquet_baseline"]["rows"]["reports"] == int(n)
    one = ingest["workers_scaling"]["one_worker"]
    assert one["summary"].startswith(
        f"{ingest['workers_scaling']['reports']} reports added, 0 unchanged, 0 unreadable"
    )
    assert ingest["growth"] and ingest["workers_scaling"]["speedup"] > 0
    assert figures["cores"]["speedup"] > 0  # what the workers are read beside
    dask = figures["dask"]
    for n, size in dask["by_size"].items():
        assert size["same_content"]  # --engine dask stored what the local pool stored
        assert size["dask"]["summary"].startswith(f"{n} reports added, 0 unchanged, 0 unreadable")
        assert size["shard_load"]["reports"] == int(n) and size["parquet_baseline"]["seconds"] > 0
    assert dask["scheduler"]["ms_per_task"] > 0 and dask["listing"]["files_per_s"] > 0
    assert all(r["wall_s"] > 0 for r in dask["projection"]["rows"])
    assert all(
        r["returncode"] == 0 and r["seconds"] > 0 for r in figures["check"]["by_size"].values()
    )
    assert len(figures["rank"]["by_bodies"]) >= 2
    assert all(
        r["rank_ms"] > 0 and r["what_if_ms"] > 0 for r in figures["rank"]["by_bodies"].values()
    )
    assert figures["app"]["rerun_after_slider_s"] > 0
    archive = figures["archive"]  # the Parquet archive: what was timed read back the same
    assert archive["export_over_baseline"] > 0 and archive["import_over_baseline"] > 0
    assert all(r["same_ranking"] for r in archive["rank"].values())
    pruning = archive["partition_pruning"]
    assert (
        0
        < pruning["ranking_query_files_opened_partitions_narrowed"]
        < (pruning["files_in_archive"])
    )
    accuracy = figures["accuracy"]
    if "skipped" not in accuracy:  # the shared corpus is beside the project
        assert accuracy["returncode"] == 0 and accuracy["scores"]["parse_failures"] == 0
        assert accuracy["scores"]["reports"] > 0 and 0 < accuracy["scores"]["fact_recall"] <= 1
    assert figures["profile"]["top_self"]
    # each stage is found in the profile by its function: one renamed would read as 0 s
    assert all(s > 0 for s in figures["profile"]["stages_cumulative_s"].values())

    for section in figures.values():  # every figure says when and how
        assert section["measured_at"] and section["command"]
    assert results["machine"]["cores_available"] >= 1 and results["versions"]["duckdb"]
    assert "## Targets" in (tmp_path / "RESULTS.md").read_text()


def test_ab_compares_two_revisions_in_one_process(tmp_path):
    # the committed parser against itself: two copies, both imported, the same reports
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmark" / "ab.py"),
            "HEAD",
            "HEAD",
            "--formats",
            "txt",
            "--rounds",
            "1",
            "--reports",
            "100",
            "--record",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (record,) = tmp_path.glob("ab-*-txt.json")
    result = json.loads(record.read_text())
    assert result["files"] > 0 and result["a_reports_per_s"] > 0 and result["b_reports_per_s"] > 0
    assert result["identical_reports"] is True
