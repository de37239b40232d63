"""Metamorphic robustness: each report parsed as written and in another dress must say the same.

    python benchmark/robustness.py [FOLDER ...] [--only T1,T2] [--show N] [--json] [--record]

For every report text of the FOLDERs (default: ../shared/corpus/openings2/train, openings, full,
data/reports, and the blind sets benchmark/blind/*; never openings2/check), each transform of
govbench.synth.dress (script converters, full-width digits, blanks around figures, thousands
separators, hard wraps, pinyin readings) makes a variant; the original and the variant are
parsed in this process (read_bytes + parse_document, under the original's file name so that name
hints count alike) and compared on what an overseer reads off a report: year, province/city/
county, level, the issuer, the set of (metric, value) facts, and the problems (their number and
categories). Per transform: the share of reports whose answers change, and each change classified
(lost figure, new figure, changed figure, lost year, wrong place, ...). A source that is not .txt is read first and its normalised text is taken as
the original (the variant of an HTML table is its text). The same text met twice counts once.

--record writes the figures to benchmark/history/robustness-<date>.json (with --before, a --json
output of the same run on the code before, beside them), which RESULTS.md shows (benchmark/
report.py, `python benchmark/run.py --render`); --show N prints N examples of each kind of change.
A full pass over the 734 texts in its 19 dresses takes about a minute of one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "src")]

from govbench.model import Report, UnreadableError  # noqa: E402
from govbench.parse import parse_document  # noqa: E402
from govbench.read import read_bytes, read_document  # noqa: E402
from govbench.synth.dress import TRANSFORMS  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
BLIND = ROOT / "benchmark" / "blind"
SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")


def default_folders() -> list[Path]:
    folders = [SHARED / "openings2" / "train", SHARED / "openings", SHARED / "full"]
    folders.append(ROOT / "data" / "reports")
    if BLIND.is_dir():
        folders += sorted(p for p in BLIND.iterdir() if p.is_dir())
    return [f for f in folders if f.is_dir()]


def report_files(folders: list[Path]) -> list[Path]:
    """The reports of the folders: in a labelled folder (one that holds .json labels) only the
    texts labelled, not its notes (blind.txt, a scorer's output saved as after.txt)."""
    files: list[Path] = []
    for folder in folders:
        found = sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)
        if any(folder.glob("*.json")):
            found = [p for p in found if p.with_suffix(".json").exists()]
        files += found
    return files


@dataclass(frozen=True)
class Said:
    """What an overseer reads off a parsed report."""

    year: int | None
    province: str | None
    city: str | None
    county: str | None
    level: str | None
    issuer: str | None
    facts: frozenset[tuple[str, float]]
    problems: tuple[str, ...]  # categories, in order


def said(report: Report) -> Said:
    region = report.region
    return Said(
        year=report.year,
        province=region.province if region else None,
        city=region.city if region else None,
        county=region.county if region else None,
        level=report.level,
        issuer=report.issuer,
        facts=frozenset((f.metric, float(f.value)) for f in report.facts),
        problems=tuple(p.category for p in report.problems),
    )


def parse_text(text: str, source: str) -> Said:
    return said(parse_document(read_bytes(text.encode("utf-8"), source, ".txt")))


def original_text(path: Path) -> str:
    """A .txt file's text as written (decoded as the reader decodes it); another format's
    normalised text."""
    if path.suffix.lower() == ".txt":
        data = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        return data.decode("utf-8", errors="replace")
    return read_document(path).text


def changes(before: Said, after: Said) -> list[str]:
    """The kinds of change from the original's answers to the variant's."""
    kinds: list[str] = []
    for name in ("year", "province", "city", "county", "level", "issuer"):
        a, b = getattr(before, name), getattr(after, name)
        if a != b:
            changed = "other" if name == "issuer" else "wrong"
            kinds.append(f"{'lost' if b is None else 'new' if a is None else changed} {name}")
    old = dict(before.facts) if len(dict(before.facts)) == len(before.facts) else None
    new = dict(after.facts) if len(dict(after.facts)) == len(after.facts) else None
    if old is not None and new is not None:
        for metric in sorted(old.keys() | new.keys()):
            if metric not in new:
                kinds.append("lost figure")
            elif metric not in old:
                kinds.append("new figure")
            elif old[metric] != new[metric]:
                kinds.append("changed figure")
    elif before.facts != after.facts:
        kinds.append("changed figures")
    if before.problems != after.problems:
        kinds.append(
            "fewer problems"
            if len(after.problems) < len(before.problems)
            else "more problems"
            if len(after.problems) > len(before.problems)
            else "other problem categories"
        )
    return kinds


def detail(before: Said, after: Said) -> str:
    parts = []
    for name in ("year", "province", "city", "county", "level", "issuer"):
        a, b = getattr(before, name), getattr(after, name)
        if a != b:
            parts.append(f"{name} {a} -> {b}")
    lost = sorted(before.facts - after.facts)
    gained = sorted(after.facts - before.facts)
    if lost:
        parts.append("facts lost " + ", ".join(f"{m}={v:g}" for m, v in lost))
    if gained:
        parts.append("facts new " + ", ".join(f"{m}={v:g}" for m, v in gained))
    if before.problems != after.problems:
        parts.append(f"problems {len(before.problems)} -> {len(after.problems)}")
    return "; ".join(parts)


def run(files: list[Path], transforms: dict, show: int = 0) -> dict:
    seen: set[str] = set()
    per: dict[str, Counter] = {name: Counter() for name in transforms}
    changed: Counter = Counter()
    examples: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    failures: Counter = Counter()
    reports = 0
    started = time.process_time()
    for path in files:
        try:
            text = original_text(path)
        except UnreadableError:
            continue
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        source = str(path.with_suffix(".txt"))
        try:
            before = parse_text(text, source)
        except UnreadableError:
            continue
        reports += 1
        for name, transform in transforms.items():
            try:
                after = parse_text(transform(text), source)
            except UnreadableError:
                failures[name] += 1
                continue
            kinds = changes(before, after)
            if kinds:
                changed[name] += 1
                for kind in set(kinds):
                    per[name][kind] += 1
                    if len(examples[name][kind]) < show:
                        examples[name][kind].append(f"{_short(path)}: {detail(before, after)}")
    return {
        "reports": reports,
        "cpu_seconds": round(time.process_time() - started, 1),
        "transforms": {
            name: {
                "changed": changed[name],
                "share_changed": round(changed[name] / reports, 4) if reports else None,
                "unreadable": failures[name],
                "kinds": dict(per[name].most_common()),
            }
            for name in transforms
        },
        "examples": {k: dict(v) for k, v in examples.items()},
    }


def _short(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[-2:])


def _table(result: dict) -> str:
    n = result["reports"]
    rows = [
        "| transform | reports changed | share | kinds (reports) |",
        "|---|---|---|---|",
    ]
    for name, t in result["transforms"].items():
        kinds = ", ".join(f"{k} {v}" for k, v in t["kinds"].items()) or "–"
        rows.append(f"| {name} | {t['changed']} / {n} | {t['share_changed']:.1%} | {kinds} |")
    return "\n".join(rows)


_STAMP = re.compile(r"[^0-9A-Za-z-]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--only", help=f"comma-separated transforms of {', '.join(TRANSFORMS)}")
    ap.add_argument("--show", type=int, default=0, help="examples of each kind of change")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--record", action="store_true", help="write them to benchmark/history/")
    ap.add_argument("--note", default="", help="what the recorded run measured (the code state)")
    ap.add_argument(
        "--before",
        type=Path,
        help="with --record: the --json output of a run on the code before, recorded beside",
    )
    ap.add_argument("--before-note", default="", help="what that run measured")
    args = ap.parse_args(argv)
    folders = args.folders or default_folders()
    wanted = args.only.split(",") if args.only else list(TRANSFORMS)
    unknown = set(wanted) - set(TRANSFORMS)
    if unknown:
        ap.error(f"unknown transforms: {', '.join(sorted(unknown))}")
    result = run(report_files(folders), {k: TRANSFORMS[k] for k in wanted}, show=args.show)
    result["folders"] = [str(f) for f in folders]
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(_table(result))
        print(f"\n{result['reports']} reports, {result['cpu_seconds']} CPU s")
        for name, kinds in result["examples"].items():
            for kind, lines in kinds.items():
                print(f"\n[{name}] {kind}")
                for line in lines:
                    print("  " + line)
    if args.record:
        sys.path.insert(0, str(HERE))
        import measure

        record = {
            "kind": "robustness",
            "measured_at": measure.now(),
            "command": "python benchmark/robustness.py"
            + (f" --only {args.only}" if args.only else ""),
            "git": measure.git_state(),
            "note": args.note,
            **{k: v for k, v in result.items() if k != "examples"},
        }
        if args.before:
            before = json.loads(args.before.read_text())
            before.pop("examples", None)
            record["before"] = {"note": args.before_note, **before}
        name = "robustness-" + _STAMP.sub("", record["measured_at"][:16].replace(":", "")) + ".json"
        (HERE / "history" / name).write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        )
        print(f"wrote benchmark/history/{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
