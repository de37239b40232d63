"""Which fresh texts overlap a text of ../shared/corpus (any set, the kept openings2/check too).

    python benchmark/overlap.py FILE... [--quiet]

A blind set is only blind when none of its texts is a text the parser was written against, or a
text kept for measuring. This compares each FILE with every text of ../shared/corpus and with the
project's own sets (data/reports, benchmark/blind) by runs of 20 characters, after the reader's
normalisation (traditional to simplified, full-width to ASCII) with everything but Han characters
and digits dropped: two texts are the same page (or cuts of it) when half the runs of the shorter
are in the other. Boilerplate (the 《条例》 preamble) shares a few runs, never half. It prints one line per FILE: `ok`, or `overlaps <set>` naming the
set only, never a text: a check text must not be read, even in part. Exit 1 when any overlaps.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from govbench.read.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
OWN = (ROOT / "data" / "reports", ROOT / "benchmark" / "blind")
RUN = 20  # characters in a row
SAME_PAGE = 0.5  # share of the shorter text's runs found in the other
KEPT = "openings2/check"
SUFFIXES = {".txt", ".html", ".htm", ".md"}
_KEEP = re.compile(r"[^0-9\u4e00-\u9fff]")


def _runs(text: str) -> set[str]:
    plain = _KEEP.sub("", normalise(text))
    return {plain[i : i + RUN] for i in range(max(len(plain) - RUN + 1, 0))}


def _same_page(a: set[str], b: set[str]) -> bool:
    shorter = min(len(a), len(b))
    return shorter > 0 and len(a & b) >= SAME_PAGE * shorter


def _known(skip: set[Path]) -> list[tuple[str, set[str]]]:
    """Every known text's runs with its set's name (a set's name only: never a text's)."""
    known: list[tuple[str, set[str]]] = []
    roots = [(SHARED, "shared")] if SHARED.is_dir() else []
    roots += [(folder, folder.name) for folder in OWN if folder.is_dir()]
    for base, label in roots:
        for path in base.rglob("*"):
            if path.suffix.lower() not in SUFFIXES or path.resolve() in skip:
                continue
            rel = path.relative_to(base).parent.as_posix()
            name = f"{label}/{rel}" if label != "shared" else rel
            text = path.read_text(encoding="utf-8", errors="replace")
            known.append((name, _runs(text)))
    return known


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print only the files that overlap")
    args = parser.parse_args(argv)
    known = _known({f.resolve() for f in args.files})
    bad = 0
    for path in args.files:
        runs = _runs(path.read_text(encoding="utf-8", errors="replace"))
        # the kept set is named as such, never which of its texts
        hits = [
            KEPT if name.startswith(KEPT) else name
            for name, seen in known
            if _same_page(runs, seen)
        ]
        if hits:
            bad += 1
            print(f"{path}: overlaps {', '.join(sorted(set(hits)))}")
        elif not args.quiet:
            print(f"{path}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
