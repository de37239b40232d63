"""The house rules a reader relies on: the store is the one door to the database."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govbench"
DDL = re.compile(
    r"\b(CREATE|ALTER|DROP)\s+(OR\s+REPLACE\s+)?(TABLE|VIEW|INDEX|SEQUENCE)\b", re.IGNORECASE
)
TRANSACTION = re.compile(r"\b(BEGIN TRANSACTION|COMMIT|ROLLBACK)\b")


def _modules_outside_store():
    for path in sorted(PACKAGE.rglob("*.py")):
        if PACKAGE / "store" not in path.parents:
            yield path, path.read_text(encoding="utf-8")


def test_no_module_outside_the_store_opens_the_database_or_writes_ddl():
    offenders = []
    for path, text in _modules_outside_store():
        name = path.relative_to(PACKAGE)
        if "import duckdb" in text or "duckdb.connect" in text:
            offenders.append(f"{name}: opens DuckDB itself")
        if DDL.search(text):
            offenders.append(f"{name}: SQL DDL")
        if TRANSACTION.search(text):
            offenders.append(f"{name}: a hand-rolled transaction")
    assert offenders == []


def test_the_schema_lives_in_schema_sql_alone():
    from govbench.store import schema_sql

    store_code = "".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "store").glob("*.py"))
    assert "CREATE TABLE" not in store_code  # tables are made by schema.sql only
    made = set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", schema_sql()))
    assert {
        "reports",
        "files",
        "facts",
        "table_cells",
        "problems",
        "quality_results",
        "report_similarity",
        "ingest_errors",
        "meta",
    } <= made


def test_every_named_query_is_used_somewhere():
    from govbench.store import queries

    code = "".join(text for _, text in _modules_outside_store())
    code += (PACKAGE / "store" / "database.py").read_text(encoding="utf-8")
    unused = [name for name in queries() if f'"{name}"' not in code]
    assert unused == []


def test_only_the_command_line_prints():
    printing = [
        p.relative_to(PACKAGE)
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name != "cli.py"
        and re.search(r"\bprint\(|sys\.std(out|err)\.write", p.read_text(encoding="utf-8"))
    ]
    assert printing == []
