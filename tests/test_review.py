"""Review: a reviewer's correction of a figure and decision on a quality hit are kept with who,
when and why, applied wherever figures are read, and survive re-ingest and re-check."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from govbench import cli, review
from govbench.ingest import ingest
from govbench.rank import load_failures, load_frame
from govbench.store import Database
from govbench.vocabulary import METRIC_KEYS

DATA = Path(__file__).resolve().parents[1] / "data" / "reports" / "full"
REPORT = DATA / "pingtan_zhq_2021.txt"  # 平潭综合实验区 2021, 表三 and facts


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _one(db: Path, sql: str, params=None):
    with Database.reader(db) as database:
        return database.execute(sql, params).fetchall()


def _metric(db: Path, report_id: str, metric: str):
    return _one(db, f"SELECT {metric} FROM report_metrics WHERE report_id = ?", [report_id])[0][0]


@pytest.fixture
def folder(tmp_path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(REPORT, reports / REPORT.name)
    return reports


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> tuple[Path, str, dict]:
    """The one report ingested once for the module (the tests change copies of it)."""
    base = tmp_path_factory.mktemp("pristine")
    reports = base / "reports"
    reports.mkdir()
    shutil.copy(REPORT, reports / REPORT.name)
    db = base / "r.duckdb"
    ingest([reports], db, workers=0)
    (report_id,) = _one(db, "SELECT report_id FROM reports")[0]
    facts = dict(_one(db, "SELECT metric, value FROM facts WHERE report_id = ?", [report_id]))
    return db, report_id, facts


def _fresh(pristine, path: Path) -> Path:
    """A database as ingesting the one report into `path` makes it: a copy of the module's."""
    shutil.copy(pristine[0], path)
    return path


@pytest.fixture
def ingested(tmp_path, folder, pristine) -> tuple[Path, str, dict]:
    """A database of the one report, and what the parser found in it."""
    _, report_id, facts = pristine
    return _fresh(pristine, tmp_path / "r.duckdb"), report_id, dict(facts)


def _new_version(folder: Path, db: Path, report_id: str, changed: bool) -> str:
    """Publish a new version of the report: the same text with a line added, and, when
    `changed`, 行政许可 printed as 3293 instead of 2293; ingest it and return its id."""
    text = REPORT.read_text(encoding="utf-8")
    assert text.count("行政许可2293") == 1
    if changed:
        text = text.replace("行政许可2293", "行政许可3293")
    (folder / "pingtan_zhq_2021_v2.txt").write_text(
        text + "\n（本报告于次年3月重新发布）\n", encoding="utf-8"
    )
    ingest([folder], db, workers=0)
    ids = [r for (r,) in _one(db, "SELECT report_id FROM report_versions WHERE in_ranking")]
    assert len(ids) == 1 and ids[0] != report_id
    return ids[0]


# -- corrections -----------------------------------------------------------------------------


def test_a_correction_is_read_everywhere_with_the_parsed_value_beside_it(ingested, capsys):
    db, report_id, facts = ingested
    parsed = facts["requests_received"]
    code, out, err = _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id[:8],
        "--metric",
        "requests_received",
        "--value",
        parsed + 5,
        "--reason",
        "表三总数误读",
        "--by",
        "张三",
    )
    assert code == 0, err
    assert f"{parsed:g} (parsed) -> {parsed + 5:g}" in out and "张三" in out
    assert _metric(db, report_id, "requests_received") == parsed + 5
    with Database.reader(db) as database:
        shown = database.query("report_facts", report_id=report_id).set_index("metric")
    assert shown.loc["requests_received", "value"] == parsed + 5
    assert shown.loc["requests_received", "parsed_value"] == parsed
    assert bool(shown.loc["requests_received", "corrected"])
    assert not shown.drop("requests_received")["corrected"].any()
    frame = load_frame(db)
    assert frame.loc[0, "requests_received"] == parsed + 5
    assert frame.loc[0, "corrected_figures"] == 1


def test_the_latest_correction_of_a_figure_wins_and_the_earlier_stays_on_record(ingested, capsys):
    db, report_id, _ = ingested
    for value in (101, 102, 103):  # within one second
        _run(
            capsys,
            "correct",
            "--db",
            db,
            "--report",
            report_id,
            "--metric",
            "requests_received",
            "--value",
            value,
            "--reason",
            f"第{value}次",
        )
    assert _metric(db, report_id, "requests_received") == 103
    assert len(_one(db, "SELECT * FROM corrections")) == 3


def test_clearing_a_figure_makes_it_missing_not_zero(ingested, capsys):
    db, report_id, facts = ingested
    code, out, _ = _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "requests_received",
        "--clear",
        "--reason",
        "报告未载明",
    )
    assert code == 0
    assert f"requests_received: {facts['requests_received']:g} (parsed) -> missing " in out
    assert _metric(db, report_id, "requests_received") is None
    assert load_frame(db)["requests_received"].isna().all()


def test_a_review_note_says_missing_for_a_figure_no_version_states():
    from types import SimpleNamespace

    row = SimpleNamespace(
        parsed_now=None, parsed_then=12.0, new_value=float("nan"), made_on="a" * 64, reason="核对"
    )
    assert review.needs_review_text(row) == (
        "correction needs review: a new version reads missing where the corrected one read 12 "
        "(corrected to missing on aaaaaaaaaaaa: 核对)"
    )


def test_a_table_cell_is_corrected_by_its_key(ingested, capsys):
    db, report_id, _ = ingested
    (parsed,) = _one(
        db,
        'SELECT value FROM table_cells WHERE report_id = ? AND "table" = '
        "'table3' AND row_key = 'total' AND col_key = 'total'",
        [report_id],
    )[0]
    assert (
        _run(
            capsys,
            "correct",
            "--db",
            db,
            "--report",
            report_id,
            "--metric",
            "table3.total.total",
            "--value",
            parsed + 1,
            "--reason",
            "合计错位",
        )[0]
        == 0
    )
    assert _one(
        db,
        "SELECT value, parsed_value, corrected FROM corrected_cells WHERE "
        "report_id = ? AND \"table\" = 'table3' AND row_key = 'total' AND "
        "col_key = 'total'",
        [report_id],
    ) == [(parsed + 1, parsed, True)]


@pytest.mark.parametrize(
    "argv, said",
    [
        (["--report", "ffff", "--metric", "requests_received", "--value", "1"], "no such report"),
        (["--metric", "no_such_metric", "--value", "1"], "not a metric"),
        (["--metric", "table3.nowhere.total", "--value", "1"], "no such table cell"),
        (["--metric", "requests_received", "--value", "七十"], "not a number"),
        (["--metric", "requests_received", "--value", "nan"], "not a finite number"),
        (["--metric", "MISSING", "--clear"], "no value to clear"),
    ],
)
def test_a_correction_that_cannot_be_made_is_one_line_and_changes_nothing(
    ingested, capsys, argv, said
):
    db, report_id, facts = ingested
    before = db.read_bytes()
    missing = next(m for m in METRIC_KEYS if m not in facts)  # one the parser did not find
    argv = [missing if a == "MISSING" else a for a in argv]
    if "--report" not in argv:
        argv = ["--report", report_id, *argv]
    code, out, err = _run(capsys, "correct", "--db", db, *argv, "--reason", "x")
    assert code == 2 and said in err and err.count("\n") == 1
    assert db.read_bytes() == before


def test_a_correction_survives_reingesting_the_same_folder(ingested, folder, capsys):
    db, report_id, facts = ingested
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "requests_received",
        "--value",
        999,
        "--reason",
        "核对原件",
    )
    counts = ingest([folder], db, workers=0)
    assert (counts.added, counts.unchanged) == (0, 1)
    shutil.copy(REPORT, folder / "copy_of_the_same.txt")  # the same text, another file
    assert ingest([folder], db, workers=0).added == 0
    assert _metric(db, report_id, "requests_received") == 999


def test_a_new_version_with_the_figure_unchanged_keeps_the_correction(ingested, folder, capsys):
    db, report_id, facts = ingested
    assert facts["licensing_decisions"] == 2293
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "licensing_decisions",
        "--value",
        2239,
        "--reason",
        "核对原件：数字颠倒",
    )
    new = _new_version(folder, db, report_id, changed=False)
    assert _metric(db, new, "licensing_decisions") == 2239
    frame = load_frame(db)  # the ranking reads the new version
    assert list(frame["report_id"]) == [new] and frame.loc[0, "licensing_decisions"] == 2239
    assert frame.loc[0, "corrected_figures"] == 1
    code, out, err = _run(capsys, "corrections", "--db", db, "--format", "json")
    assert code == 0 and err == ""
    assert [row["kind"] for row in json.loads(out)] == ["correction"]


def test_a_new_version_with_the_figure_changed_asks_for_review(
    ingested, folder, capsys, monkeypatch
):
    db, report_id, facts = ingested
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "licensing_decisions",
        "--value",
        2239,
        "--reason",
        "核对原件：数字颠倒",
    )
    new = _new_version(folder, db, report_id, changed=True)
    # the new text's own figure, not a fix made on another one
    assert _metric(db, new, "licensing_decisions") == 3293
    assert _metric(db, report_id, "licensing_decisions") == 2239  # the old version keeps it
    assert load_frame(db).loc[0, "corrected_figures"] == 0
    code, out, err = _run(capsys, "corrections", "--db", db, "--format", "json")
    rows = json.loads(out)
    pending = [r for r in rows if r["kind"] == review.NEEDS_REVIEW]
    assert len(pending) == 1 and "1 correction(s) need review" in err
    assert (pending[0]["report_id"], pending[0]["target"]) == (new, "licensing_decisions")
    assert pending[0]["old_value"] == 3293 and pending[0]["new_value"] == 2239
    assert "reads 3293 where the corrected one read 2293" in pending[0]["reason"]
    # the report page says so above the new version's figure editor
    at = _app(monkeypatch, db, "report", edits=True, report=new)
    (note,) = [w.value for w in at.warning if "需要复核" in w.value]
    assert (
        note.startswith("1 处更正需要复核")
        and "reads 3293 where the corrected one read 2293" in note
    )
    # the reviewer settles it on the new version: nothing is pending any more
    assert (
        _run(
            capsys,
            "correct",
            "--db",
            db,
            "--report",
            new,
            "--metric",
            "licensing_decisions",
            "--value",
            3293,
            "--reason",
            "新版本数字正确",
        )[0]
        == 0
    )
    code, out, err = _run(capsys, "corrections", "--db", db)
    assert review.NEEDS_REVIEW not in out and err == ""
    # confirming the parser's value is recorded, but the figure is not marked corrected
    assert load_frame(db).loc[0, "corrected_figures"] == 0
    assert _metric(db, new, "licensing_decisions") == 3293


def test_the_ranking_says_how_many_figures_are_corrected(ingested, capsys):
    db, report_id, _ = ingested
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "requests_received",
        "--value",
        999,
        "--reason",
        "核对原件",
    )
    code, out, _ = _run(capsys, "rank", "--db", db, "--format", "json")
    assert json.loads(out)[0]["corrected_figures"] == 1
    code, out, _ = _run(capsys, "rank", "--db", db, "--format", "csv")
    assert "# corrected_figures: 1 figure(s) of 1 report(s)" in out
    header = [line for line in out.splitlines() if not line.startswith("#")][0]
    assert "corrected_figures" in header.split(",")
    code, out, _ = _run(capsys, "rank", "--db", db)
    assert out.rstrip().endswith(
        "1 figure(s) of 1 report(s) are reviewers' corrections (govbench corrections lists them)"
    )


# -- export and import -----------------------------------------------------------------------


def test_corrections_round_trip_through_a_spreadsheet(ingested, pristine, tmp_path, capsys):
    db, report_id, facts = ingested
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "requests_received",
        "--value",
        999,
        "--reason",
        "=核对原件",
        "--by",
        "张三",
    )  # formula-like: made inert
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "table3.total.total",
        "--value",
        5,
        "--reason",
        "合计错位",
        "--by",
        "李四",
    )
    code, listed, _ = _run(capsys, "corrections", "--db", db, "--format", "csv")
    assert "'=核对原件" in listed
    sheet = tmp_path / "corrections.csv"
    sheet.write_text(listed, encoding="utf-8")

    # the same reports ingested into another database: the list loads back as it was
    other = _fresh(pristine, tmp_path / "other.duckdb")
    code, out, err = _run(capsys, "corrections", "--db", other, "--import", sheet)
    assert (code, err) == (0, "") and "2 entries added, 0 already there, 0 skipped" in out
    assert _run(capsys, "corrections", "--db", other, "--format", "csv")[1] == listed
    assert _metric(other, report_id, "requests_received") == 999
    assert _run(capsys, "corrections", "--db", other, "--import", sheet)[1].endswith(
        "0 entries added, 2 already there, 0 skipped\n"
    )

    # edited in the spreadsheet: a value changed, a row with a bad value, a row of nonsense
    lines = listed.splitlines()
    (fact,) = [i for i, line in enumerate(lines) if ",requests_received," in line]
    (cell,) = [i for i, line in enumerate(lines) if ",table3.total.total," in line]
    lines[fact] = lines[fact].replace(",999.0,", ",1000.0,")
    lines.append(lines[cell].replace(",5.0,", ",五,"))
    lines.append("x,review,nope,,,,r,,,,maybe,why,me,")
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _run(capsys, "corrections", "--db", other, "--import", sheet)
    assert code == 0 and "1 entries added, 1 already there, 2 skipped" in out
    assert err.count("\n") == 2 and "row 4: --value 五: not a number" in err and "row 5" in err
    assert _metric(other, report_id, "requests_received") == 1000  # the edit is the latest
    assert len(_one(other, "SELECT * FROM corrections")) == 3  # the old one kept

    # and JSON the same way
    code, listed_json, _ = _run(capsys, "corrections", "--db", other, "--format", "json")
    (tmp_path / "c.json").write_text(listed_json, encoding="utf-8")
    third = _fresh(pristine, tmp_path / "third.duckdb")
    assert (
        "3 entries added"
        in _run(capsys, "corrections", "--db", third, "--import", tmp_path / "c.json")[1]
    )
    assert _run(capsys, "corrections", "--db", third, "--format", "json")[1] == listed_json


def test_an_import_file_that_is_not_a_list_is_refused_in_one_line(ingested, tmp_path, capsys):
    db, _, _ = ingested
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = _run(capsys, "corrections", "--db", db, "--import", bad)
    assert code == 2 and "no column" in err and err.count("\n") == 1


# -- a write killed half-way -----------------------------------------------------------------


def test_killing_the_process_during_an_edit_loses_nothing_saved(ingested, capsys):
    db, report_id, _ = ingested
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        report_id,
        "--metric",
        "requests_received",
        "--value",
        999,
        "--reason",
        "第一次",
    )
    saved = db.read_bytes()
    script = textwrap.dedent(f"""
        import sys, time
        from govbench import review
        from govbench.store import Database
        with Database.writing({str(db)!r}) as database:
            row = review._correction_row(database, {report_id!r}, "requests_received", 1.0,
                                         "第二次", "x")
            database.add_corrections(review._frame([row]))
            print("written", flush=True)
            time.sleep(120)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "written"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert db.read_bytes() == saved  # the database is as it was
    assert _metric(db, report_id, "requests_received") == 999
    # and the next edit goes through: the dead writer's lock and copy are no obstacle
    assert (
        _run(
            capsys,
            "correct",
            "--db",
            db,
            "--report",
            report_id,
            "--metric",
            "requests_received",
            "--value",
            998,
            "--reason",
            "第三次",
        )[0]
        == 0
    )
    assert _metric(db, report_id, "requests_received") == 998
    assert [r for (r,) in _one(db, "SELECT reason FROM corrections ORDER BY made_at")] == [
        "第一次",
        "第三次",
    ]


# -- review of quality hits ------------------------------------------------------------------


def test_a_dismissed_hit_stops_counting_stays_listed_and_survives_a_new_check(tmp_path, capsys):
    from test_quality import sound_report

    from govbench.check.quality import run_checks
    from govbench.ui.checks import report_status

    db = tmp_path / "q.duckdb"
    sound = sound_report("甲市")
    flawed = sound_report("乙市", table4={"reconsideration.total": 0})  # 1 + 0 ≠ 总计 0
    with Database.writer(db) as database:
        database.store_batch([(r.report_id, r) for r in (sound, flawed)])
    run_checks(db)
    with Database.reader(db) as database:
        hits = database.query("failures")
    assert set(hits["report_id"]) == {flawed.report_id}
    (result_id,) = hits.loc[hits["rule"] == "table4_block_sums", "result_id"]
    assert report_status([flawed.report_id], hits).tolist() == ["error"]

    code, out, err = _run(
        capsys,
        "review",
        "--db",
        db,
        "--result",
        result_id,
        "--dismiss",
        "--reason",
        "解析错位，原件合计为1",
        "--by",
        "王五",
    )
    assert code == 0 and "dismissed by 王五" in out
    with Database.reader(db) as database:
        hits = database.query("failures")
    dismissed = hits[hits["result_id"] == result_id].iloc[0]
    assert dismissed["dismissed"] and dismissed["review_reason"] == "解析错位，原件合计为1"
    assert report_status([flawed.report_id], hits).tolist() == ["ok"]  # no longer counted
    assert result_id not in set(load_failures(db)["result_id"])  # nor left out in rank

    # a correction that breaks an identity of the sound report: the checks read it
    _run(
        capsys,
        "correct",
        "--db",
        db,
        "--report",
        sound.report_id,
        "--metric",
        "table3.total.total",
        "--value",
        7,
        "--reason",
        "按原件",
    )
    run_checks(db)
    with Database.reader(db) as database:
        hits = database.query("failures")
        runs = database.execute("SELECT count(DISTINCT run_id) FROM quality_results").fetchall()
    assert runs == [(2,)]
    assert sound.report_id in set(hits["report_id"])
    again = hits[hits["result_id"] == result_id]  # the same hit, the same id
    assert len(again) == 1 and bool(again.iloc[0]["dismissed"])
    assert report_status([flawed.report_id], hits).tolist() == ["ok"]

    # listed with the corrections; a confirm supersedes the dismissal
    code, out, _ = _run(capsys, "corrections", "--db", db, "--format", "json")
    decisions = [r for r in json.loads(out) if r["kind"] == "review"]
    assert [(d["target"], d["decision"], d["rule"]) for d in decisions] == [
        (result_id, "dismiss", "table_identities.table4_block_sums")
    ]
    assert (
        _run(
            capsys,
            "review",
            "--db",
            db,
            "--result",
            result_id,
            "--confirm",
            "--reason",
            "原件确有矛盾",
        )[0]
        == 0
    )
    assert result_id in set(load_failures(db)["result_id"])
    code, _, err = _run(
        capsys, "review", "--db", db, "--result", "0000", "--confirm", "--reason", "x"
    )
    assert code == 2 and "no failing check result" in err


def _docs_page(docs: Path, suite: str) -> str:
    """The newest Data Docs page of `suite`'s validation."""
    pages = sorted((docs / "validations" / suite).rglob("*.html"))
    return pages[-1].read_text(encoding="utf-8")


def test_the_data_docs_show_the_review_decisions_on_each_rules_hits(tmp_path):
    from test_quality import sound_report

    from govbench.check.quality import run_checks

    db, docs = tmp_path / "q.duckdb", tmp_path / "docs"
    flawed = [sound_report(name, table4={"reconsideration.total": 0}) for name in ("乙市", "丙市")]
    with Database.writer(db) as database:
        database.store_batch([(r.report_id, r) for r in (sound_report("甲市"), *flawed)])
    run_checks(db, docs=docs)
    page = _docs_page(docs, "table_identities")
    assert "(table4_block_sums) — 审核 Review: 已确认 0 · 已排除 0 · 未审核 2" in page
    assert "(table3_row_sums) — 审核 Review: —" in page  # passing: nothing to review

    with Database.reader(db) as database:
        hits = database.query("failures").set_index("report_id")
    review.review(
        db, hits.loc[flawed[0].report_id, "result_id"], "dismiss", "解析错位 <b>x</b>", "王五"
    )
    review.review(db, hits.loc[flawed[1].report_id, "result_id"], "confirm", "原件如此", "赵六")
    run_checks(db, docs=docs)
    page = _docs_page(docs, "table_identities")
    note = page.split("(table4_block_sums) — 审核 Review: ")[1].split("<")[0]
    assert note.startswith("已确认 1 · 已排除 1 · 未审核 0 (confirmed · dismissed · not reviewed)")
    assert "排除 乙市 2022: 解析错位 &lt;b&gt;x&lt;/b&gt; (王五)" in note  # markup made inert
    assert "确认 丙市 2022: 原件如此 (赵六)" in note
    assert "<b>x</b>" not in page


# -- the views: fast where no figure is corrected, the same rows as the plain definition ------

# The plain definition of the figures with corrections applied (schema 4 as first written): every
# parsed figure FULL JOIN the latest applying correction, the parser's values grouped over all
# figures. store/schema.sql computes the same rows looking only at corrected targets
# (benchmark/figures_view.py measures both).
REFERENCE = r"""
CREATE TEMP VIEW ref_matches AS
WITH made AS (
    SELECT c.*, COALESCE(c.issuer, c.report_id) || '|' || COALESCE(c.region_code, '') || '|'
               || COALESCE(CAST(c.year AS VARCHAR), '') AS body_year
    FROM corrections c WHERE kind = 'correction'),
parsed AS (SELECT report_id, target, max(value) AS value FROM parsed_figures GROUP BY ALL)
SELECT b.report_id, m.target, m.entry_id, m.new_value, m.decision, m.reason, m.made_by,
       m.made_at, m.report_id AS made_on, m.old_value AS parsed_then, p.value AS parsed_now,
       b.report_id = m.report_id OR p.value IS NOT DISTINCT FROM m.old_value AS applies
FROM made m JOIN report_bodies b USING (body_year)
LEFT JOIN parsed p ON p.report_id = b.report_id AND p.target = m.target;
CREATE TEMP VIEW ref_figures AS
WITH latest AS (
    SELECT * FROM ref_matches WHERE applies
    QUALIFY row_number() OVER (PARTITION BY report_id, target
                               ORDER BY made_at DESC, entry_id DESC) = 1),
joined AS (
    SELECT COALESCE(p.report_id, l.report_id) AS report_id,
           COALESCE(p.target, l.target) AS target, p.kind, p.metric, p."table", p.row_key,
           p.col_key, p.raw, p.approx, p.method, p.evidence_start, p.evidence_end,
           p.evidence_text, p.value AS parsed_value, l.entry_id AS correction_id, l.new_value
    FROM parsed_figures p FULL JOIN latest l ON l.report_id = p.report_id AND l.target = p.target)
SELECT report_id, target,
       COALESCE(kind, CASE WHEN regexp_matches(target, '^table[0-9]\.') THEN 'cell'
                           ELSE 'fact' END) AS kind,
       COALESCE(metric, CASE WHEN NOT regexp_matches(target, '^table[0-9]\.')
                             THEN target END) AS metric,
       COALESCE("table", CASE WHEN regexp_matches(target, '^table[0-9]\.')
                              THEN split_part(target, '.', 1) END) AS "table",
       COALESCE(row_key, CASE WHEN regexp_matches(target, '^table[0-9]\.')
                              THEN split_part(target, '.', 2) END) AS row_key,
       COALESCE(col_key, CASE WHEN regexp_matches(target, '^table[0-9]\.')
                              THEN split_part(target, '.', 3) END) AS col_key,
       CASE WHEN correction_id IS NULL THEN parsed_value ELSE new_value END AS value,
       raw, COALESCE(approx, false) AND correction_id IS NULL AS approx,
       COALESCE(method, 'correction') AS method, evidence_start, evidence_end, evidence_text,
       parsed_value,
       correction_id IS NOT NULL AND new_value IS DISTINCT FROM parsed_value AS corrected,
       correction_id
FROM joined;
CREATE TEMP VIEW ref_corrected_facts AS
SELECT report_id, metric, value, approx, method, evidence_start, evidence_end, evidence_text,
       parsed_value, corrected, correction_id
FROM ref_figures WHERE kind = 'fact' AND value IS NOT NULL;
"""


def test_the_figures_views_give_the_rows_of_the_plain_definition(ingested, folder):
    from govbench.store.database import ranking_frame_sql, report_metrics_view

    db, report_id, facts = ingested
    cells = _one(
        db,
        "SELECT \"table\" || '.' || row_key || '.' || col_key FROM table_cells "
        "WHERE report_id = ? AND value IS NOT NULL ORDER BY 1",
        [report_id],
    )
    unfound = next(m for m in METRIC_KEYS if m not in facts)
    for target, value in [
        ("licensing_decisions", 2239),  # carries over to the new version: unchanged there
        ("penalty_decisions", None),  # cleared
        (cells[0][0], 7),
        (cells[1][0], None),
        (unfound, 12),  # a figure the parser did not find
    ]:
        review.correct(db, report_id, target, value, "核对原件")
    new = _new_version(folder, db, report_id, changed=True)  # 行政许可 printed otherwise
    review.correct(db, new, cells[2][0], 5, "核对新版")
    review.correct(db, new, cells[2][0], 6, "再次核对")  # the later one wins
    with Database.reader(db) as database:
        assert database.query("corrections_to_review")["target"].tolist() == ["licensing_decisions"]
        database.execute(REFERENCE)
        database.execute(
            report_metrics_view()
            .replace("VIEW report_metrics", "TEMP VIEW ref_metrics")
            .replace("corrected_facts", "ref_corrected_facts")
        )

        def rows(sql: str) -> list:
            return database.execute(sql).fetchall()

        # all but `method`, which the plain definition gave a parsed table cell as "correction"
        columns = "* EXCLUDE (method)"
        figures = rows(f"SELECT {columns} FROM figures ORDER BY ALL")
        assert figures == rows(f"SELECT {columns} FROM ref_figures ORDER BY ALL")
        # five on the version corrected, four carried to the new one, one made there
        assert sum(corrected for *_, corrected, _ in figures) == 10
        assert rows("SELECT * FROM corrected_facts ORDER BY ALL") == rows(
            "SELECT * FROM ref_corrected_facts ORDER BY ALL"
        )
        assert rows("SELECT * FROM report_metrics ORDER BY report_id") == rows(
            "SELECT * FROM ref_metrics ORDER BY report_id"
        )
        assert rows("SELECT * EXCLUDE (found_now) FROM correction_matches ORDER BY ALL") == rows(
            "SELECT * FROM ref_matches ORDER BY ALL"
        )
        # rank's input: the ranked version's metrics, its figures and the corrected among them
        ranked = database.execute(
            f"SELECT * EXCLUDE (problems_admitted, derived) FROM "
            f"({ranking_frame_sql('NULL AS derived')})",
            {"year": None, "province": None, "level": None},
        ).fetchall()
        assert ranked == rows(
            "SELECT m.*, count(f.metric) AS figures, "
            "count(*) FILTER (WHERE f.corrected) AS corrected_figures "
            "FROM ref_metrics m LEFT JOIN ref_corrected_facts f USING (report_id) "
            "WHERE report_id IN (SELECT report_id FROM report_versions WHERE in_ranking) "
            "GROUP BY ALL"
        )
        # the figure the parser found in neither version, set to 12, carried over; the cleared
        # one is missing, not corrected, and 行政许可 waits for review
        assert [(r[0], r[-1]) for r in ranked] == [(new, 1)]


# -- the app ---------------------------------------------------------------------------------


def _app(monkeypatch, db: Path, page: str, edits: bool, **query):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GOVBENCH_DB", str(db))
    monkeypatch.setenv("GOVBENCH_ALLOW_EDITS", "1" if edits else "0")
    root = Path(__file__).resolve().parents[1]
    at = AppTest.from_file(str(root / "app.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page(f"src/govbench/ui/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def test_the_app_corrects_a_figure_on_the_report_page_only_when_edits_are_allowed(
    monkeypatch, tmp_path
):
    from conftest import build_db

    db = build_db(tmp_path / "app.duckdb")
    frame = load_frame(db).set_index("issuer")
    report_id = frame.loc["乙县人民政府", "report_id"]
    assert not _app(monkeypatch, db, "report", edits=False, report=report_id).data_editor

    at = _app(monkeypatch, db, "report", edits=True, report=report_id)
    (editor,) = at.data_editor
    rows = list(editor.value["metric"])
    row = rows.index("requests_received")
    assert editor.value.loc[row, "value"] == 50
    key = f"review_editor_{report_id}"
    at.session_state[key] = {
        "edited_rows": {row: {"value": 500.0}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"review_save_{report_id}").click().run()
    assert any("理由" in e.value for e in at.error)  # no reason: nothing saved
    assert load_frame(db).set_index("issuer").loc["乙县人民政府", "requests_received"] == 50

    at.session_state[key] = {
        "edited_rows": {row: {"value": 500.0, "reason": "核对原件"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.text_input(key="review_by").set_value("赵六")
    at.button(key=f"review_save_{report_id}").click().run()
    assert not at.exception, at.exception
    after = load_frame(db).set_index("issuer")
    assert after.loc["乙县人民政府", "requests_received"] == 500
    assert after.loc["乙县人民政府", "corrected_figures"] == 1
    with Database.reader(db) as database:
        (made_by,) = database.execute("SELECT made_by FROM corrections").fetchall()[0]
    assert made_by == "赵六"
    figures = next(d.value for d in at.dataframe if "已更正" in d.value.columns)
    assert (figures["已更正"] == "✎").sum() == 1
    # the parser's value beside the corrected figure only; blank, never "None", elsewhere
    assert figures.loc[figures["已更正"] == "✎", "解析值"].tolist() == ["50"]
    assert set(figures.loc[figures["已更正"] == "", "解析值"]) == {""}
    # the ranking page ranks on it and its exports say so (the same writer as rank --format csv)
    ranking = _app(monkeypatch, db, "ranking", edits=False)
    assert {"排名 CSV", "排名 XLSX"} <= {b.label for b in ranking.get("download_button")}
    # and says on the page how many ranked figures are reviewers', per body in the table
    assert any(c.value.startswith("其中 1 个数字为审核人的更正") for c in ranking.caption)
    table = next(d.value for d in ranking.dataframe if "更正数字" in d.value.columns)
    assert dict(zip(table["发布机关"], table["更正数字"]))["乙县人民政府"] == 1
    assert table["更正数字"].sum() == 1


def _edit(at, report_id: str, rows: list[str], changes: dict[str, tuple[float, str]]) -> None:
    """What a reviewer types into the 报告 page's figure editor: metric -> (value, reason)."""
    at.session_state[f"review_editor_{report_id}"] = {
        "edited_rows": {rows.index(m): {"value": v, "reason": r} for m, (v, r) in changes.items()},
        "added_rows": [],
        "deleted_rows": [],
    }


def test_two_reviewers_editing_one_figure_the_second_sees_the_first_and_must_confirm(
    monkeypatch, tmp_path
):
    from conftest import build_db

    db = build_db(tmp_path / "app.duckdb")
    report_id = load_frame(db).set_index("issuer").loc["乙县人民政府", "report_id"]
    # two browsers open the same report's editor: both see requests_received = 50
    first = _app(monkeypatch, db, "report", edits=True, report=report_id)
    second = _app(monkeypatch, db, "report", edits=True, report=report_id)
    rows = list(second.data_editor[0].value["metric"])
    assert first.data_editor[0].value.loc[rows.index("requests_received"), "value"] == 50
    save = f"review_save_{report_id}"

    _edit(first, report_id, rows, {"requests_received": (500.0, "核对原件：500件")})
    first.text_input(key="review_by").set_value("赵六")
    first.button(key=save).click().run()
    assert not first.exception, first.exception
    assert _metric(db, report_id, "requests_received") == 500

    # the second changes the same figure and another one, on the page opened before the save
    _edit(
        second,
        report_id,
        rows,
        {"requests_received": (60.0, "原件为60件"), "requests_granted": (44.0, "原件为44件")},
    )
    second.text_input(key="review_by").set_value("钱七")
    second.button(key=save).click().run()
    assert not second.exception, second.exception
    (warning,) = [w.value for w in second.warning if "其他审核人已修改" in w.value]
    assert "本年新收申请数 = 500" in warning  # the first's value, named
    # nothing of the second's is saved, not even the figure nobody else touched
    assert _one(db, "SELECT made_by, target, new_value FROM corrections") == [
        ("赵六", "requests_received", 500.0)
    ]
    assert _metric(db, report_id, "requests_granted") == 45

    # ticking "checked" reruns the page; the next save goes through, both figures at once
    def tick():
        (box,) = [c for c in second.checkbox if c.label == "已核对，仍以我的数值为准"]
        assert not box.value  # a box ticked for other values does not count
        box.check().run()
        assert not second.exception, second.exception
        assert [w for w in second.warning if "其他审核人已修改" in w.value]  # still shown

    tick()
    # meanwhile the first saves again: the second is asked again, about the newer value
    first.run()
    _edit(first, report_id, rows, {"requests_received": (700.0, "再次核对")})
    first.button(key=save).click().run()
    assert _metric(db, report_id, "requests_received") == 700
    second.button(key=save).click().run()
    (warning,) = [w.value for w in second.warning if "其他审核人已修改" in w.value]
    assert "本年新收申请数 = 700" in warning
    assert _metric(db, report_id, "requests_received") == 700
    tick()
    second.button(key=save).click().run()
    assert not second.exception, second.exception
    assert not [w for w in second.warning if "其他审核人已修改" in w.value]
    assert _metric(db, report_id, "requests_received") == 60
    assert _metric(db, report_id, "requests_granted") == 44
    made = _one(db, "SELECT made_by, target, new_value FROM corrections ORDER BY made_at")
    assert made == [
        ("赵六", "requests_received", 500.0),
        ("赵六", "requests_received", 700.0),
        ("钱七", "requests_received", 60.0),
        ("钱七", "requests_granted", 44.0),
    ]
    # the first reviewer's page now shows the second's value: its next save is held in turn
    first.run()
    assert first.data_editor[0].value.loc[rows.index("requests_received"), "value"] == 60


def test_the_app_dismisses_a_quality_hit_and_the_bodys_status_changes(
    monkeypatch, tmp_path, checked_db
):
    db = tmp_path / "checked.duckdb"
    shutil.copy(checked_db, db)
    with Database.reader(db) as database:
        hits = database.query("failures")
    info = hits[hits["rule"] == "year_over_year_jump"].iloc[0]  # 乙县's only hit
    at = _app(monkeypatch, db, "quality", edits=True)
    at.selectbox(key="quality_failure").set_value(
        int(hits.index[hits["result_id"] == info["result_id"]][0])
    ).run()
    counts = next(m.value for m in at.markdown if m.value.startswith("错误 "))
    at.radio(key=f"review_decision_{info['result_id']}").set_value("dismiss")
    at.text_input(key=f"review_reason_{info['result_id']}").set_value("跨年口径变化，可接受")
    at.button(key=f"review_decide_{info['result_id']}").click().run()
    assert not at.exception, at.exception
    with Database.reader(db) as database:
        after = database.query("failures")
        counted = database.query("counted_failures")
    assert bool(after.set_index("result_id").loc[info["result_id"], "dismissed"])
    assert info["report_id"] not in set(counted["report_id"])
    from govbench.ui.checks import report_status

    assert report_status([info["report_id"]], after).tolist() == ["ok"]
    # the page says so: one body fewer with an info, one more passing; the hit stays listed
    now = next(m.value for m in at.markdown if m.value.startswith("错误 "))
    number = {part.split()[0]: int(part.split()[1]) for part in counts.split(" · ")}
    assert now == " · ".join(f"{k} {v - (k == '提示') + (k == '通过')}" for k, v in number.items())
    listed = next(d.value for d in at.dataframe if "结论" in d.value.columns)
    assert "排除（解析错误或可接受的例外）" in set(listed["结论"])


@pytest.mark.parametrize("flag, edits, readonly", [([], "0", "1"), (["--allow-edits"], "1", None)])
def test_the_app_is_read_only_unless_started_with_allow_edits(
    ingested, monkeypatch, capsys, flag, edits, readonly
):
    db, _, _ = ingested
    started = {}
    monkeypatch.delenv("GOVBENCH_READONLY", raising=False)
    monkeypatch.setattr(cli, "_serve", lambda cmd, env: started.update(env) or 0)
    assert cli.main(["app", "--db", str(db), *flag]) == 0
    assert started["GOVBENCH_ALLOW_EDITS"] == edits
    assert started.get("GOVBENCH_READONLY") == readonly
    said = capsys.readouterr().out
    assert ("read-only" in said) == (not flag)
