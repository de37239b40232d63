"""Schema versions: what each release's database looks like, and how a writer brings an older
one up to this release's (store/schema.sql).

The version is kept in the table `meta` (key 'schema_version'). Databases written before that
table existed are told apart by their columns. A writer migrates on open, inside its working
copy (store/snapshot.py), so a migration that fails leaves the database as it was. A reader
never writes: it reads a database whose schema it can read as is, and otherwise says what to run.

To change the schema (a new table, a new column):
1. edit schema.sql (a new table: its own CREATE ... IF NOT EXISTS; a new column: in its table);
2. raise SCHEMA_VERSION and add STEPS[new version]: what CREATE ... IF NOT EXISTS cannot do on a
   database of the version before (ALTER TABLE ... ADD COLUMN IF NOT EXISTS ...); a new table
   needs no step;
3. raise READABLE_FROM to the new version if this release's queries read what is new (readers
   of older files then say `govbench migrate`), else leave it;
4. keep a database of the version before as tests/fixtures/schema_vN.duckdb.gz (made with the
   previous commit's code, tests/fixtures/README.md) and add it to tests/test_migrations.py.
"""

from __future__ import annotations

# 1: the first release (reports without scope and published)
# 2: reports.scope and reports.published (commit 2ee73fd)
# 3: the table meta, holding this number
# 4: corrections (review.py), quality_results.result_id, the view figures and those on it
# 5: facts.rule, the rule that produced each fact (NULL for facts stored before)
SCHEMA_VERSION = 5
# the oldest version this release's readers read as is: the report page shows each figure's
# rule (facts.rule, 5)
READABLE_FROM = 5

# version -> the statements that bring a database of the version before up to it; tables
# and views that are new in a version are made by schema.sql itself (CREATE ... IF NOT EXISTS)
STEPS: dict[int, list[str]] = {
    2: [
        "ALTER TABLE reports ADD COLUMN IF NOT EXISTS scope VARCHAR",
        "ALTER TABLE reports ADD COLUMN IF NOT EXISTS published DATE",
    ],
    3: [],
    4: ["ALTER TABLE quality_results ADD COLUMN IF NOT EXISTS result_id VARCHAR"],
    5: ["ALTER TABLE facts ADD COLUMN IF NOT EXISTS rule VARCHAR"],
}


def version_of(con) -> int:
    """The schema version of the database open on `con`; 0 for a file without govbench's
    tables (a new database)."""
    tables = {
        name
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary"
        ).fetchall()
    }
    if "meta" in tables:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None:
            return int(row[0])
    if "reports" not in tables:
        return 0
    columns = {
        name
        for (name,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'reports'"
        ).fetchall()
    }
    return 2 if "published" in columns else 1


def steps_after(version: int) -> list[str]:
    """The statements that bring a database of `version` up to SCHEMA_VERSION, in order."""
    return [sql for v in range(version + 1, SCHEMA_VERSION + 1) for sql in STEPS.get(v, [])]
