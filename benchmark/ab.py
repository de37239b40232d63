"""A/B of the parser at two revisions, both in one process, on the same generated reports.

    python benchmark/ab.py [A] [B] [--formats txt,html] [--rounds 3] [--reports 1000]

A and B are git revisions, or "tree" for the working tree (defaults: HEAD against the tree).
Each is imported as its own copy of the package (govbench renamed govbench_ab_a / _b), and
the two parse the same batches of 25 files in turn, the order flipped every batch: a machine
whose speed wanders by a third from one minute to the next (NOTES.md) then slows both alike,
where two runs one after the other, or even two processes interleaved, showed ±15% between
rounds of the same code. Prints and writes history/ab-A-B-FORMATS.json (RESULTS.md lists
them): reports per CPU second of each, B against A, and whether every report came out the same.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "src")]

import measure  # noqa: E402
from corpus import by_format, corpus, report_files  # noqa: E402

BATCH = 25
ALIASES = "data/region_aliases.csv"
_NAME = re.compile(r"\bgovbench\b")


def package_at(revision: str, name: str, into: Path) -> str:
    """src/govbench at `revision` ("tree": as it is on disk), importable from `into` as `name`,
    with the region aliases inside it where the wheel puts them (govbench/resources.py)."""
    target = into / name
    if revision == "tree":
        shutil.copytree(
            ROOT / "src" / "govbench", target, ignore=shutil.ignore_patterns("__pycache__")
        )
        (target / "data").mkdir(exist_ok=True)
        shutil.copy(ROOT / ALIASES, target / ALIASES)
    else:
        archive = subprocess.run(
            ["git", "archive", revision, "src/govbench", ALIASES],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into / "archive", filter="data")
        shutil.move(into / "archive" / "src" / "govbench", target)
        (target / "data").mkdir(exist_ok=True)
        shutil.move(into / "archive" / ALIASES, target / ALIASES)
    for source in target.rglob("*.py"):  # its absolute imports and resource lookups
        source.write_text(_NAME.sub(name, source.read_text("utf-8")), "utf-8")
    return name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", nargs="?", default="HEAD")
    ap.add_argument("b", nargs="?", default="tree")
    ap.add_argument("--formats", default="txt,html")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reports", type=int, default=1000, help="size of the generated corpus")
    ap.add_argument(
        "--record", type=Path, default=HERE / "history", help="folder for the JSON record"
    )
    args = ap.parse_args()

    folder, _ = corpus(args.reports, 1)
    groups = by_format(report_files(folder))
    files = [f for fmt in args.formats.split(",") for f in groups.get(fmt, [])]
    if not files:
        sys.exit(f"no {args.formats} files in {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        parse = {}
        for side, revision in (("a", args.a), ("b", args.b)):
            name = package_at(revision, f"govbench_ab_{side}", Path(tmp))
            parse[side] = importlib.import_module(f"{name}.ingest").parse_file
        same = all(_json(parse["a"](f)) == _json(parse["b"](f)) for f in files)  # warms both
        cpu = {"a": 0.0, "b": 0.0}
        for r in range(args.rounds):
            for i in range(0, len(files), BATCH):
                batch = files[i : i + BATCH]
                for side in ("a", "b") if (i // BATCH + r) % 2 == 0 else ("b", "a"):
                    start = time.process_time()
                    for f in batch:
                        parse[side](f)
                    cpu[side] += time.process_time() - start
    n = len(files) * args.rounds
    result = {
        "measured_at": measure.now(),
        "command": shlex.join(["python", *sys.argv]),
        "git": measure.git_state(),
        "machine": measure.machine(),
        "how": f"CPU time in one process; batches of {BATCH} files, A and B in turn, the order "
        "flipped every batch",
        "a": _short(args.a),
        "b": _short(args.b),
        "formats": args.formats,
        "files": len(files),
        "rounds": args.rounds,
        "a_reports_per_s": round(n / cpu["a"], 1),
        "b_reports_per_s": round(n / cpu["b"], 1),
        "b_over_a": round(cpu["a"] / cpu["b"], 3),
        "identical_reports": same,
    }
    record = (
        args.record / f"ab-{_short(args.a)}-{_short(args.b)}-{args.formats.replace(',', '+')}.json"
    )
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(result, indent=1) + "\n")
    print(
        f"{args.formats}, {len(files)} files x {args.rounds}: {args.a} {result['a_reports_per_s']}"
        f"/s, {args.b} {result['b_reports_per_s']}/s, B/A {result['b_over_a']}x; "
        f"identical reports: {same}"
    )


def _short(revision: str) -> str:
    if revision == "tree":
        return revision
    return subprocess.run(
        ["git", "rev-parse", "--short", revision],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def _json(report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
