"""The public library API (govbench/__init__.py): what the README shows a user importing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

import govbench
from govbench import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"


def test_importing_govbench_loads_no_stage_library():
    code = (
        "import sys, govbench; heavy = [m for m in ('duckdb', 'pandas', 'streamlit', "
        "'great_expectations', 'pdfplumber') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_api_gives_what_the_commands_print(tmp_path, capsys):
    path = DATA / "pingtan_zhq_2021.txt"
    report = govbench.parse_file(path)
    assert cli.main(["parse", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == report.to_json()

    db = tmp_path / "g.duckdb"
    counts = govbench.ingest_files([DATA], db, workers=1)
    assert (counts.added, counts.failed) == (len(list(DATA.iterdir())), 0)
    ranking = govbench.rank_bodies(db, preset="volume")
    assert cli.main(["rank", "--db", str(db), "--preset", "volume", "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert sorted((r["year"], r["issuer"], r["rank"]) for r in printed) == sorted(
        zip(
            ranking["year"],
            ranking["issuer"],
            [None if r is pd.NA else int(r) for r in ranking["rank"]],
        )
    )
    with govbench.Database.reader(db) as database:
        listed = database.query("report_list", province=None, year=None, format=None)
    assert len(listed) == counts.added
