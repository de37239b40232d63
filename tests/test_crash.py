"""Ingest killed at random points loses nothing stored and half-writes nothing; the app keeps
answering while an ingest runs on its database; a newer version of a report is kept beside the
older one and the ranking says which it uses."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from govbench.ingest import ingest
from govbench.synth import generate

ROOT = Path(__file__).resolve().parents[1]
KILL_POINTS = 8


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 160, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    ingest([corpus], db, workers=1)
    return _content(db)


def _content(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "reports": set(con.execute("SELECT report_id FROM reports").fetchall()),
            "facts": set(con.execute("SELECT report_id, metric, value FROM facts").fetchall()),
            "cells": set(
                con.execute(
                    'SELECT report_id, "table", row_key, col_key, value, raw FROM table_cells'
                ).fetchall()
            ),
            "problems": set(
                con.execute("SELECT report_id, ordinal, text FROM problems").fetchall()
            ),
        }
    finally:
        con.close()


def _ingest_process(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govbench.cli",
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--workers",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_ingest_killed_at_random_points_never_half_writes_and_then_completes(
    corpus, reference, tmp_path
):
    db = tmp_path / "g.duckdb"
    rng = random.Random(7)
    survived = 0
    for point in range(KILL_POINTS):
        proc = _ingest_process(corpus, db)
        time.sleep(rng.uniform(0.5, 4.0))
        if point == KILL_POINTS - 1 and not db.exists():
            # on a loaded machine no earlier round got as far as storing a first batch: the last
            # one waits for it, so that a stored state is always killed and checked
            deadline = time.monotonic() + 120
            while not db.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
        # a hard kill, or Ctrl-C, which keeps the batches already stored
        proc.send_signal(signal.SIGKILL if point % 2 == 0 else signal.SIGINT)
        proc.wait(timeout=60)
        if not db.exists():
            continue
        state = _content(db)  # the database opens
        # every stored report is whole: exactly its facts, cells and problems of a clean run
        for part in ("facts", "cells", "problems"):
            stored = {row for row in state[part] if (row[0],) in state["reports"]}
            assert state[part] == stored, f"{part} of a report that is not stored"
            assert stored == {row for row in reference[part] if (row[0],) in state["reports"]}
        assert state["reports"] <= reference["reports"]
        survived += 1
    assert survived > 0
    assert _ingest_process(corpus, db).wait(timeout=300) == 0
    assert _content(db) == reference


def test_the_app_keeps_answering_while_an_ingest_writes_its_database(corpus, tmp_path, monkeypatch):
    db = tmp_path / "g.duckdb"
    first = tmp_path / "first"
    first.mkdir()
    for f in sorted(corpus.glob("synth-00000*"))[:10]:
        shutil.copy(f, first / f.name)
    ingest([first], db, workers=1)
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    proc = _ingest_process(corpus, db)
    answered_while_writing = 0
    try:
        while proc.poll() is None:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.run()
            assert not at.exception, at.exception
            assert at.dataframe, "the reports page shows its table"
            if proc.poll() is None:
                answered_while_writing += 1
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    assert answered_while_writing >= 1


def test_a_newer_version_is_kept_beside_the_older_and_the_ranking_uses_it(tmp_path):
    old = ROOT / "data" / "reports" / "openings" / "hebei-xingtai-bgs-2025.txt"
    text = old.read_text(encoding="utf-8")
    folder_1, folder_2 = tmp_path / "v1", tmp_path / "v2"
    folder_1.mkdir()
    folder_2.mkdir()
    (folder_1 / old.name).write_text(text, encoding="utf-8")
    corrected = text.replace("依申请公开", "依申请公开(更正版)", 1)
    (folder_2 / old.name).write_text(corrected, encoding="utf-8")
    db = tmp_path / "g.duckdb"
    ingest([folder_1], db, workers=1)
    ingest([folder_2], db, workers=1)
    con = duckdb.connect(str(db), read_only=True)
    versions = con.execute("""SELECT v.version, v.versions, v.in_ranking, r.text LIKE '%更正版%'
                              FROM report_versions v JOIN reports r USING (report_id)
                              ORDER BY v.version""").fetchall()
    con.close()
    assert versions == [(1, 2, False, False), (2, 2, True, True)]
    from govbench.rank import load_frame

    frame = load_frame(db)
    assert len(frame) == 1 and frame["report_id"].iloc[0] == _id_of(db, "%更正版%")


def _id_of(db: Path, pattern: str) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT report_id FROM reports WHERE text LIKE ?", [pattern]).fetchone()[
            0
        ]
    finally:
        con.close()


def test_the_reports_page_says_which_version_the_ranking_uses(tmp_path, monkeypatch):
    old = ROOT / "data" / "reports" / "openings" / "hebei-xingtai-bgs-2025.txt"
    db = tmp_path / "g.duckdb"
    for n, text in enumerate(
        [old.read_text(encoding="utf-8"), old.read_text(encoding="utf-8") + "\n(更正版)"]
    ):
        folder = tmp_path / f"v{n}"
        folder.mkdir()
        (folder / old.name).write_text(text, encoding="utf-8")
        ingest([folder], db, workers=1)
    monkeypatch.setenv("GOVBENCH_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("src/govbench/ui/pages/reports.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert sorted(table["版本"]) == ["第1/2版", "第2/2版 · 排名采用"]
