"""Which fresh texts overlap a text of ../shared/corpus (any set, the kept openings2/check too).

    python benchmark/overlap.py FILE... [--quiet]

A blind set is only blind when none of its texts is a text the parser was written against, or a
text kept for measuring. This compares each FILE with every text of ../shared/corpus and with the
project's own sets (data/reports, benchmark/blind) by runs of 20 characters, after the reader's
normalisation (traditional to simplified, full-width to ASCII) with everything but Han characters
and digits dropped: two texts are the same page (or cuts of it) when half the runs of the shorter
are in the other. Boilerplate (the 《条例》 preamble) shares a few runs, never half. It prints one line per FILE: `ok`, or `overlaps <set>` naming the
set only, never a text: a check text must not be read, even in part. Exit 1 when any overlaps.

A page can also be one the parser was written against though no stored set keeps it (sets kept
outside the repository were lost, their texts quoted in rules and tests remain): each FILE's
figures with the words before them (政府文件482条, 共受理政府信息公开申请263起) are looked up in
src/govbench and tests, and a FILE one of whose figures is quoted there is flagged `quoted in
<path>`. Such a text is not blind either (check the quote: a short phrase may be shared by chance).
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
CODE = (ROOT / "src" / "govbench", ROOT / "tests")
CODE_SUFFIXES = {".py", ".toml"}
# a figure with the (four to eight) words before it and its unit. A figure of two digits after
# words every report uses (主动公开政府信息46条) tells no page from another: it counts only with
# words of its own among the eight before it (在镇门户网站主动公开信息60条).
_FIGURE = re.compile(r"([\u4e00-\u9fff]{4,8})(\d{2,}[条件起篇份宗例次项个])")
_COMMON = re.compile(r"政府|信息|主动|公开|发布|各类|申请|依|共计|共|全年|累计|本年|年度|我|本")
QUOTED = 1  # figure phrases of a FILE found in the code before it counts as quoted
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


def _figures(text: str) -> set[str]:
    plain = _KEEP.sub("", normalise(text))
    found: set[str] = set()
    for m in _FIGURE.finditer(plain):
        words, figure = m.groups()
        if len(figure) > 3 or len(_COMMON.sub("", words[-4:])) >= 2:
            found.add(words[-4:] + figure)
        elif len(_COMMON.sub("", words)) >= 2:
            found.add(words + figure)
    return found


def _code() -> list[tuple[str, str]]:
    """The project's rules and tests as plain runs of Han characters and digits, by path."""
    found: list[tuple[str, str]] = []
    for base in CODE:
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix in CODE_SUFFIXES:
                text = path.read_text(encoding="utf-8", errors="replace")
                name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append((name.as_posix(), _KEEP.sub("", normalise(text))))
    return found


def _quoted(text: str, code: list[tuple[str, str]]) -> list[str]:
    """The paths whose rules or tests quote QUOTED or more of `text`'s figure phrases."""
    figures = _figures(text)
    return [path for path, plain in code if sum(f in plain for f in figures) >= QUOTED]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print only the files that overlap")
    args = parser.parse_args(argv)
    known = _known({f.resolve() for f in args.files})
    code = _code()
    bad = 0
    for path in args.files:
        text = path.read_text(encoding="utf-8", errors="replace")
        runs = _runs(text)
        # the kept set is named as such, never which of its texts
        hits = [
            KEPT if name.startswith(KEPT) else name
            for name, seen in known
            if _same_page(runs, seen)
        ]
        if hits:
            bad += 1
            print(f"{path}: overlaps {', '.join(sorted(set(hits)))}")
        elif quoted := _quoted(text, code):
            bad += 1
            print(f"{path}: quoted in {', '.join(quoted)}")
        elif not args.quiet:
            print(f"{path}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
