"""govbench command line: a thin shell over the library (argument parsing and printing only).

Heavy imports (DuckDB, Great Expectations, Streamlit) happen inside the command that needs
them, so `govbench parse` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from importlib import resources
from pathlib import Path
from typing import NoReturn

from .model import ENGINES, LEVELS, MISSING_RULES, NORMALISATIONS, OCR_MODES, SCOPES
from .resources import shipped

SAMPLE = shipped("data/reports")  # the real reports shipped with govbench
DEMO_DB = Path("build") / "demo.duckdb"  # in the folder demo runs from (`make demo`: the project)


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        args = _parser().parse_args(argv)  # inside: a Ctrl-C may land in argparse too
        return args.run(args)
    except KeyboardInterrupt:
        print("govbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`govbench parse … | head`): stop quietly; stdout is pointed
        # at /dev/null so the interpreter's last flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        from .store.snapshot import DamagedDatabase, StoreError, is_damage, is_interrupt

        if is_interrupt(exc):  # a Ctrl-C that landed inside a DuckDB query
            print("govbench: interrupted", file=sys.stderr)
            return 130
        if not isinstance(exc, StoreError):  # damaged, outdated, or a write that failed
            db = getattr(args, "db", None)
            if db is None or not is_damage(exc):
                raise
            exc = DamagedDatabase(db, exc)  # a reader met a damaged file
        print(f"govbench: {_one_line(exc)}", file=sys.stderr)  # the database is as it was
        return 2


_MANIFEST_HELP = (
    "CSV of what you know about each file (columns: file or url, and any of issuer, "
    "region_code, year, level, body_kind, scope); fills what the text leaves "
    "unknown, never silently overrides it (template: data/manifest_template.csv)"
)


def _load_manifest(path: Path | None):
    """The manifest, or None; a bad one ends the command with a one-line error."""
    if path is None:
        return None
    from .parse.hints import Manifest, ManifestError

    try:
        return Manifest.load(path)
    except ManifestError as exc:
        print(f"govbench: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


_OCR_HELP = (
    "read page images and scanned PDFs by OCR (Tesseract, a few seconds a page): "
    "auto = images and PDFs without a text layer (default), always = every PDF too, "
    "never = none"
)

# what --db names, by what the command does with it
_DB_READ = "the database file, or a Parquet archive folder (govbench export) read in place"
_DB_WRITE = "the database file"


def _command(sub, name: str, run, help: str) -> argparse.ArgumentParser:
    """A subcommand that runs `run`; its help line is also its --help description."""
    p = sub.add_parser(name, help=help, description=help)
    p.set_defaults(run=run)
    return p


def _database(p: argparse.ArgumentParser, help: str = _DB_WRITE, **kwargs) -> None:
    """--db FILE: the store the command works on (required unless a default is given)."""
    kwargs.setdefault("required", "default" not in kwargs)
    p.add_argument("--db", type=Path, metavar="FILE", help=help, **kwargs)


def _reading(p: argparse.ArgumentParser) -> None:
    """How report files are read: what the user knows of them, and OCR."""
    p.add_argument("--manifest", type=Path, metavar="CSV", help=_MANIFEST_HELP)
    p.add_argument("--ocr", choices=OCR_MODES, default="auto", help=_OCR_HELP)


def _signed(p: argparse.ArgumentParser, who: str) -> None:
    """The reason and the reviewer every correction and review decision is stored with."""
    p.add_argument(
        "--reason", required=True, metavar="TEXT", help="why, kept with the entry (required)"
    )
    p.add_argument("--by", metavar="NAME", help=f"who {who} (default: your login name)")


def _port(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=8501, help="the app's port (default: 8501)")


def _preset(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--preset", default=None, metavar="NAME", help=help)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="govbench",
        description=(
            "Compare government information disclosure annual reports (政府信息公开工作年度报告)."
        ),
    )
    sub = ap.add_subparsers(required=True, metavar="COMMAND")

    p = _command(sub, "parse", cmd_parse, "parse report files and print what was found")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one Report JSON per line (JSON Lines)")
    _reading(p)

    p = _command(sub, "ingest", cmd_ingest, "read, parse and store report files in a DuckDB file")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    _database(p, help="the database file (made when missing)")
    p.add_argument(
        "--workers",
        type=_at_least_one,
        default=None,
        metavar="N",
        help="parsing processes (default: the cores available)",
    )
    _reading(p)
    p.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where files are parsed: local = a pool of processes here (default); dask = a "
        "Dask cluster, through Parquet shards stored in one transaction",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the Dask scheduler (tcp://HOST:8786); without it, a "
        "cluster of --workers processes on this machine",
    )
    p.add_argument(
        "--staging",
        metavar="DIR|URL",
        help="with --engine dask: where the workers write their shards, a folder or fsspec "
        "URL every worker and this machine reach (default: DB.staging beside the database)",
    )

    p = _command(sub, "check", cmd_check, "run the data-quality expectation suites")
    _database(p)
    p.add_argument("--docs", type=Path, default=None, help="folder for the Data Docs HTML")

    p = _command(
        sub,
        "rank",
        cmd_rank,
        "rank bodies on weighted, normalised metrics (defaults: [defaults] in rules/ranking.toml)",
    )
    _database(p, help=_DB_READ)
    p.add_argument("--year", type=int)
    p.add_argument("--province")
    p.add_argument("--level", choices=LEVELS)
    p.add_argument(
        "--weights",
        default=None,
        help="the whole weighting, by metric or dimension, e.g. "
        "requests_received=1 (unnamed ones weigh 0; the sign is the "
        "direction: positive means more is better)",
    )
    _preset(
        p,
        "start from a named weighting (default, requests, volume, candour); "
        "--weights then changes only the keys it names",
    )
    p.add_argument(
        "--missing",
        choices=MISSING_RULES,
        default=None,
        help="a figure a body does not state: left out with a coverage penalty, "
        "the peer median, or the worst peer value (default: worst)",
    )
    p.add_argument(
        "--normalise",
        choices=NORMALISATIONS,
        default=None,
        help="how figures are put on one scale within a peer group (default: minmax)",
    )
    p.add_argument(
        "--min-coverage",
        type=float,
        default=None,
        metavar="X",
        help="bodies stating less than this share of the weight are listed apart "
        "(0 to 1; default 0.25)",
    )
    p.add_argument(
        "--leave-out-failed",
        action="store_true",
        help="leave out the figures whose checks failed in the latest check run",
    )
    p.add_argument(
        "--scope",
        choices=SCOPES,
        default=None,
        help="the report's scope; scopes are never ranked together, `all` shows "
        "each in its own group, unknown scope included (default: all)",
    )
    p.add_argument(
        "--peer-by",
        default=None,
        help="rank within groups of these columns, comma-separated, from year, "
        "province, level, body_kind (default: year; empty: all together)",
    )
    p.add_argument(
        "--population",
        type=Path,
        default=None,
        metavar="FILE",
        help="population CSV (layout: data/population_template.csv): volume "
        "metrics are ranked per capita (unit: [per_capita] in "
        "rules/ranking.toml); bodies without a row keep them missing",
    )
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")

    p = _command(
        sub,
        "report-card",
        cmd_report_card,
        "a body's report card (成绩单) for a year: rank and interval, figures against peer "
        "quartiles, change, failed checks, problems, method",
    )
    _database(p, help=_DB_READ)
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--issuer", default=None, help="the body, as the report names it")
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        help="FILE.pdf, FILE.docx or FILE.html; with --all a folder",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="one card per body of the year (of --province) into the --out folder",
    )
    p.add_argument("--province", default=None, help="with --all: only this province's bodies")
    p.add_argument(
        "--format",
        choices=["pdf", "docx", "html"],
        default="pdf",
        help="with --all: the cards' file type (default: pdf)",
    )
    _preset(p, "the weighting the rank uses (default: the default preset)")

    p = _command(
        sub,
        "correct",
        cmd_correct,
        "correct one figure of one report, with a reason "
        "(kept across re-ingest; govbench corrections lists them)",
    )
    _database(p)
    p.add_argument(
        "--report",
        required=True,
        metavar="ID",
        help="the report's id (report_id, or the start of it)",
    )
    p.add_argument(
        "--metric",
        required=True,
        metavar="NAME",
        help="a metric (requests_received ...) or a table cell (table3.total.c1)",
    )
    value = p.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", metavar="V", help="the figure as the report states it")
    value.add_argument(
        "--clear", action="store_true", help="the report states no such figure: make it missing"
    )
    _signed(p, who="corrects")

    p = _command(sub, "review", cmd_review, "confirm or dismiss one failing quality check hit")
    _database(p)
    p.add_argument(
        "--result",
        required=True,
        metavar="ID",
        help="the hit's result_id (govbench corrections, or the 数据质量 page)",
    )
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument(
        "--confirm",
        dest="decision",
        action="store_const",
        const="confirm",
        help="a real inconsistency in the published report",
    )
    decision.add_argument(
        "--dismiss",
        dest="decision",
        action="store_const",
        const="dismiss",
        help="a parse error or an accepted exception: it stops counting "
        "against the body but stays listed",
    )
    _signed(p, who="decides")

    p = _command(
        sub,
        "corrections",
        cmd_corrections,
        "list every correction and review decision, and "
        "corrections that need review; or load a list back",
    )
    _database(p, help="the database file; to list only, a Parquet archive folder too")
    p.add_argument("--format", choices=["csv", "json"], default="csv", help="(default: csv)")
    p.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="load a list written by this command (CSV or .json), perhaps edited",
    )
    p.add_argument(
        "--by",
        metavar="NAME",
        help="on --import: who made rows that name nobody (default: your login name)",
    )

    p = _command(
        sub,
        "migrate",
        cmd_migrate,
        "bring a database written by an older govbench up to "
        "this one's schema (ingest and check do it too)",
    )
    _database(p)

    p = _command(
        sub,
        "export",
        cmd_export,
        "write the database as a Parquet archive: a folder partitioned by year and "
        "province that DuckDB, Spark or any engine reads (--db FOLDER reads it back)",
    )
    _database(p)
    p.add_argument("--parquet", required=True, type=Path, metavar="DIR", help="the folder")
    p.add_argument(
        "--force", action="store_true", help="replace DIR when it holds an archive already"
    )

    p = _command(
        sub,
        "import",
        cmd_import,
        "load a Parquet archive (govbench export) into a new database file",
    )
    p.add_argument("--parquet", required=True, type=Path, metavar="DIR", help="the archive")
    _database(p, help="the database to make")

    p = _command(sub, "app", cmd_app, "start the Streamlit app on 127.0.0.1 (read-only)")
    _database(p, help=_DB_READ)
    _port(p)
    p.add_argument(
        "--allow-edits",
        action="store_true",
        help="let reviewers correct figures (报告) and confirm or dismiss check "
        "results (数据质量) in the app (a database file only)",
    )

    p = _command(
        sub, "demo", cmd_demo, "build a database from the shipped reports, check it, start the app"
    )
    _database(p, help=f"the database to build (default: {DEMO_DB})", default=DEMO_DB)
    _port(p)
    p.add_argument("--no-app", action="store_true", help="build and check only")

    p = _command(
        sub,
        "fetch",
        cmd_fetch,
        "download report pages and their attachments, politely "
        "(robots.txt, a delay per host), with a manifest",
    )
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument(
        "--urls", dest="url_file", type=Path, metavar="FILE", help="a file of URLs, one a line"
    )
    p.add_argument(
        "--list-page",
        metavar="URL",
        help="a site's 年报 list page: fetch the pages it links to (one level)",
    )
    p.add_argument(
        "--match",
        default="年度报告",
        help="with --list-page: text a link must hold (default: 年度报告)",
    )
    p.add_argument("--out", required=True, type=Path, help="folder for the files and manifest.csv")
    p.add_argument(
        "--delay",
        type=float,
        default=2.0,
        help="seconds between two requests to a host (default 2)",
    )
    p.add_argument(
        "--timeout", type=float, default=30.0, help="seconds a response may take (default 30)"
    )

    p = _command(
        sub,
        "generate",
        cmd_generate,
        "write a synthetic corpus with ground truth (for tests and benchmarks only)",
    )
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--reports", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    return ap


def cmd_parse(args: argparse.Namespace) -> int:
    from .ingest import parse_file
    from .model import UnreadableError

    manifest = _load_manifest(args.manifest)
    status = 0
    for name in args.files:
        try:
            report = parse_file(name, manifest, ocr=args.ocr)
        except Exception as exc:  # a parser bug is this file's error, as in ingest
            if isinstance(exc, UnreadableError):
                message = str(exc)
            elif isinstance(exc, OSError):
                message = f"cannot open: {exc.strerror or exc}"
            else:
                message = f"parser failed: {type(exc).__name__}: {exc}"
            message = " ".join(message.split())  # one line, whatever it quotes
            print(f"govbench: {_one_line(name)}: {_one_line(message)}", file=sys.stderr)
            if args.json:
                print(_json_line({"source": name, "error": message}), flush=True)
            status = 2
            continue
        # each report out as soon as it is parsed: a reader that crashes the process on a
        # later file (parse runs in this process; ingest's workers survive that) loses only
        # the files after it
        if args.json:
            print(_json_line(report.to_json()), flush=True)
        else:
            print(_summary(report), flush=True)
    return status


_CONTROL = {
    **{c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))},
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}


def _one_line(name: object) -> str:
    """A file name as printed in a message: line breaks and terminal control characters in
    it (ANSI escapes) are shown escaped, so a name can neither forge a line nor drive the
    terminal."""
    return str(name).translate(_CONTROL)


def _json_line(obj: dict) -> str:
    # A file name that is not valid UTF-8 reaches us with surrogate escapes, which stdout
    # cannot encode: such a line is written with \u escapes instead (still valid JSON).
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj)
    return line


def _summary(report) -> str:
    place = (
        "".join(p for p in (report.region.province, report.region.city, report.region.county) if p)
        or "?"
    )
    lines = [
        f"{_one_line(report.source)}: {report.issuer or '?'} | {place} ({report.region.code or '?'}) | "
        f"{report.year or '?'} | {report.format or '?'} | {report.level or '?'}"
        f"{' | SYNTHETIC' if report.synthetic else ''}",
        f"  facts: {len(report.facts) or 'none'}",
    ]
    # each figure with where it stands and the rule that read it (parse.rule_ids())
    for f in report.facts:
        lines.append(
            f"    {f.metric}={f.value:g}{'~' if f.approx else ''}  ({f.method}, "
            f"{f.rule or 'no rule'}, at {f.evidence.start}: {_excerpt(f.evidence.text)})"
        )
    lines.append(f"  problems: {len(report.problems)}")
    # each metadata field with where it came from and how sure that source is
    region = place if report.region.province else None
    for key, value in (
        ("issuer", report.issuer),
        ("region", region),
        ("level", report.level),
        ("body_kind", report.body_kind),
        ("year", report.year),
        ("scope", report.scope),
        ("published", report.published),
    ):
        prov = report.provenance.get(key)
        how = f" ({prov['source']}, {prov['confidence']:.2f})" if prov else ""
        lines.append(f"  {key}: {value if value is not None else 'unknown'}{how}")
    lines += [f"  warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def _excerpt(text: str, width: int = 40) -> str:
    """A fact's evidence on one short line: whitespace runs as one space, cut at `width`."""
    text = _one_line(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _at_least_one(value: str) -> int:
    # ingest(workers=0) parses in this process, where a file that crashes the reader would
    # end the whole run: that is for profiling and tests, not for the command line
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store.snapshot import hold_interrupt

    # a Ctrl-C while a reader's C library loads (opencc's) came out as its ImportError
    with hold_interrupt():
        from .ingest import Interrupted, ingest

    if args.engine == "local" and (args.scheduler or args.staging):
        _eprint("govbench: --scheduler and --staging go with --engine dask")
        return 2
    if args.scheduler and args.workers:
        _eprint("govbench: --workers is for this machine; a --scheduler has its own workers")
        return 2
    progress, done = _progress()
    try:
        counts = ingest(
            args.paths,
            args.db,
            workers=args.workers,
            on_outcome=progress,
            manifest=_load_manifest(args.manifest),
            ocr=args.ocr,
            engine=args.engine,
            scheduler=args.scheduler,
            staging=args.staging,
        )
    except Interrupted as stop:
        done()
        counts = stop.counts
        print(
            f"govbench: interrupted; stored before it: {counts.added} reports added, "
            f"{counts.unchanged} unchanged, {counts.failed} unreadable -> "
            f"{_one_line(args.db)}",
            file=sys.stderr,
        )
        return 130
    finally:
        done()
    print(
        f"{counts.added} reports added, {counts.unchanged} unchanged, "
        f"{counts.failed} unreadable -> {_one_line(args.db)}"
    )
    return 0


def _progress():
    """Errors go to stderr one line each; on a terminal, also a line counting the files.

    The total is not known while the folders are walked, so a counter with the time elapsed
    says as much as a bar would (a bar library would be one more dependency for this line)."""
    if not sys.stderr.isatty():

        def on_error(outcome) -> None:
            if outcome.error:
                _eprint(f"govbench: {_one_line(outcome.source)}: {_one_line(outcome.error)}")

        return on_error, (lambda: None)
    start = time.monotonic()
    state = {"files": 0, "drawn": 0.0}

    def draw(force: bool = False) -> None:
        now = time.monotonic()
        if force or now - state["drawn"] >= 0.1:  # a terminal needs no more than 10 a second
            elapsed = int(now - start)
            sys.stderr.write(
                f"\r\x1b[Kingest: {state['files']} files, {elapsed // 60}:{elapsed % 60:02d}"
            )
            sys.stderr.flush()
            state["drawn"] = now

    def on_outcome(outcome) -> None:
        state["files"] += 1
        if outcome.error:  # the error on its own line, the counter drawn again below it
            sys.stderr.write(
                f"\r\x1b[Kgovbench: {_one_line(outcome.source)}: {_one_line(outcome.error)}\n"
            )
            draw(force=True)
        else:
            draw()

    def done() -> None:  # said once, however many ways the ingest ends
        if state.get("done"):
            return
        state["done"] = True
        draw(force=True)
        sys.stderr.write("\n")
        sys.stderr.flush()

    draw(force=True)
    return on_outcome, done


def _database_exists(db: Path) -> bool:
    if not db.exists():
        print(
            f"govbench: {_one_line(db)}: no such database (run govbench ingest first)",
            file=sys.stderr,
        )
    return db.exists()


def _eprint(line: str) -> None:
    print(line, file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from .check import CheckError, run_checks

    if not _database_exists(args.db):
        return 2
    try:
        print(run_checks(args.db, docs=args.docs))
    except CheckError as exc:
        print(f"govbench: the checks could not run: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from .rank import Refusal, ranking_text

    try:
        text = ranking_text(args)
    except Refusal as exc:
        print(f"govbench rank: {exc}", file=sys.stderr)
        return 2
    print(text)
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from .review import ReviewError, correct, figure_text

    if not _database_exists(args.db):
        return 2
    try:
        row = correct(
            args.db,
            args.report,
            args.metric,
            None if args.clear else args.value,
            args.reason,
            args.by,
        )
    except ReviewError as exc:
        print(f"govbench correct: {_one_line(exc)}", file=sys.stderr)
        return 2

    print(
        f"{row['report_id'][:12]} {row['target']}: {figure_text(row['old_value'])} (parsed) -> "
        f"{figure_text(row['new_value'])}  by {row['made_by']}, entry {row['entry_id']}"
    )
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .review import ReviewError, review

    if not _database_exists(args.db):
        return 2
    try:
        row = review(args.db, args.result, args.decision, args.reason, args.by)
    except ReviewError as exc:
        print(f"govbench review: {_one_line(exc)}", file=sys.stderr)
        return 2
    print(
        f"{row['target']} ({row['rule']}, report {row['report_id'][:12]}): "
        f"{row['decision']}ed by {row['made_by']}, entry {row['entry_id']}"
    )
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    from .review import NEEDS_REVIEW, ReviewError, entries, import_entries, listing
    from .store import Database

    if not _database_exists(args.db):
        return 2
    if args.import_file is not None:
        try:
            added, known, skipped = import_entries(args.db, args.import_file, args.by)
        except ReviewError as exc:
            print(f"govbench corrections: {_one_line(exc)}", file=sys.stderr)
            return 2
        for line in skipped:
            _eprint(f"govbench corrections: {_one_line(line)}")
        print(
            f"{_one_line(args.import_file)}: {added} entries added, {known} already there, "
            f"{len(skipped)} skipped"
        )
        return 0
    with Database.reader(args.db) as database:
        frame = entries(database)
    sys.stdout.write(listing(frame, args.format))
    pending = int((frame["kind"] == NEEDS_REVIEW).sum())
    if pending:
        _eprint(
            f"govbench corrections: {pending} correction(s) need review (kind "
            f"{NEEDS_REVIEW}): a new version of the report reads another value"
        )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from .store import SCHEMA_VERSION, Database

    if not _database_exists(args.db):
        return 2
    before = Database.version_of(args.db)
    if before == 0:  # migrating would add govbench's tables to another file
        print(
            f"govbench: {_one_line(args.db)}: not a govbench database (no reports table)",
            file=sys.stderr,
        )
        return 2
    if before == SCHEMA_VERSION:
        print(f"{_one_line(args.db)}: schema {before}, nothing to do")
        return 0
    with Database.writing(args.db) as database:
        after = database.schema_version
    print(f"{_one_line(args.db)}: schema {before} -> {after}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store.archive import export

    if not _database_exists(args.db):
        return 2
    manifest = export(args.db, args.parquet, force=args.force)
    rows = {table: info["rows"] for table, info in manifest["tables"].items()}
    print(
        f"{rows.get('reports', 0)} reports, {sum(rows.values())} rows in {len(rows)} tables "
        f"(schema {manifest['schema_version']}) -> {_one_line(args.parquet)}"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .store.archive import load

    loaded = load(args.parquet, args.db)
    print(
        f"{loaded.get('reports', 0)} reports, {sum(loaded.values())} rows in {len(loaded)} "
        f"tables -> {_one_line(args.db)}"
    )
    return 0


def cmd_report_card(args: argparse.Namespace) -> int:
    from .oversight.command import Refusal, report_card_text

    try:
        text = report_card_text(args)
    except Refusal as exc:
        print(f"govbench report-card: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    print(text)
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from .store import Database, check_whole
    from .store.archive import ReadOnlyArchive, is_archive

    if not _database_exists(args.db):
        return 2
    edits = bool(getattr(args, "allow_edits", False))
    if edits and is_archive(args.db):
        raise ReadOnlyArchive(args.db)
    check_whole(args.db)  # a damaged file is said here, not in the app's every page
    Database.reader(args.db).close()  # and one of a schema this release cannot read
    app = resources.files("govbench.ui") / "app.py"
    env = {
        **os.environ,
        "GOVBENCH_DB": str(args.db.resolve()),
        "GOVBENCH_ALLOW_EDITS": "1" if edits else "0",
    }
    if not edits:  # read-only means the 导入 page too (pages/import.py)
        env["GOVBENCH_READONLY"] = "1"
    # every setting of .streamlit/config.toml on the command line: an installed govbench runs
    # from any folder, where that file is not
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(args.port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--global.developmentMode",
        "false",
        "--server.maxUploadSize",
        "50",
        "--client.toolbarMode",
        "minimal",
    ]
    mode = "corrections and review allowed" if edits else "read-only"
    print(f"govbench app: http://127.0.0.1:{args.port}  (database {args.db}, {mode})")
    return _serve(cmd, env)


def _serve(cmd: list[str], env: dict[str, str]) -> NoReturn:
    """Run the server in this process's place, so that a signal that stops `govbench app` (a
    supervisor's SIGTERM, not only Ctrl-C) stops the server and frees the port: a child would
    outlive its parent and keep serving."""
    sys.stdout.flush()
    os.execve(sys.executable, cmd, env)


def cmd_demo(args: argparse.Namespace) -> int:
    from .ingest import ingest

    args.db.parent.mkdir(parents=True, exist_ok=True)
    counts = ingest([SAMPLE], args.db)
    print(
        f"demo database {args.db}: {counts.added} reports added, "
        f"{counts.unchanged} unchanged, {counts.failed} unreadable"
    )
    status = cmd_check(argparse.Namespace(db=args.db, docs=args.db.parent / "data-docs"))
    if status or args.no_app:
        return status
    args.allow_edits = True  # the demo's own database: corrections and review allowed
    return cmd_app(args)


def cmd_fetch(args: argparse.Namespace) -> int:
    from .fetch import Fetcher
    from .model import UnreadableError

    urls = list(args.urls)
    if args.url_file:
        try:
            urls += [
                line.strip()
                for line in args.url_file.read_text(encoding="utf-8-sig").splitlines()
                if line.strip() and not line.startswith("#")
            ]
        except (OSError, UnicodeDecodeError) as exc:
            print(f"govbench: {args.url_file}: cannot read: {exc}", file=sys.stderr)
            return 2
    if not urls and not args.list_page:
        print("govbench: fetch: give URLs, --urls FILE or --list-page URL", file=sys.stderr)
        return 2

    def show(row) -> None:
        outcome = f"error: {row.error}" if row.error else row.file
        print(f"{row.url} -> {outcome}", flush=True)

    fetcher = Fetcher(args.out, delay=args.delay, timeout=args.timeout, on_row=show)
    if args.list_page:
        try:
            urls += fetcher.list_page(args.list_page, args.match)
        except UnreadableError as exc:
            print(f"govbench: {exc}", file=sys.stderr)
            return 2
    rows = fetcher.fetch(urls)
    failed = sum(1 for r in rows if r.error)
    print(
        f"{len(rows) - failed} fetched or already there, {failed} failed -> "
        f"{args.out / 'manifest.csv'}",
        file=sys.stderr,
    )
    return 2 if failed else 0


def cmd_generate(args: argparse.Namespace) -> int:
    from .synth import generate

    args.out.mkdir(parents=True, exist_ok=True)
    n = generate(args.out, args.reports, args.seed)
    print(f"{n} synthetic reports (with .truth.json) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
