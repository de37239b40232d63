"""Splitting runs of digits that lost their cell separators.

Crawler text glues a table row's cells together ("230 000023" is 23,0,0,0,0,0,23).
A run is split only at places where a printed number can end: a printed number has
no leading zero ("0" itself is a cell), so "000023" must start with four zeros. The
table's own identities then pick the split; when more than one split survives, the
caller keeps only the cells all survivors agree on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

# A cell as printed: an integer without leading zeros, optionally signed or decimal.
_INT = r"(?:0|[1-9]\d*)"
_PATTERNS = {
    "count": re.compile(_INT),
    "signed": re.compile(rf"-?{_INT}"),
    "decimal": re.compile(rf"{_INT}(?:\.\d+)?"),
}
# More candidate splits than this means the run tells us nothing.
MAX_CANDIDATES = 20000


@dataclass(frozen=True)
class Piece:
    """One number cut from a run, with its offsets in the document text."""

    text: str
    start: int
    end: int

    @property
    def value(self) -> int | float:
        return float(self.text) if "." in self.text else int(self.text)


@dataclass(frozen=True)
class Token:
    """A whitespace-delimited run of digits (a hard boundary on both sides)."""

    text: str
    start: int


def splits(tokens: list[Token], n: int, kinds: list[str] | None = None,
           accept: Callable[[list[Piece]], bool] | None = None) -> list[list[Piece]]:
    """All ways to cut `tokens` into `n` printed numbers that `accept` allows.

    kinds[i] ("count" | "signed" | "decimal") says what cell i may look like.
    Returns [] when there are none or too many to be informative.
    """
    kinds = kinds or ["count"] * n
    found: list[list[Piece]] = []
    for cut in _cuts(tokens, 0, 0, n, kinds, []):
        if accept is None or accept(cut):
            found.append(cut)
            if len(found) > MAX_CANDIDATES:
                return []
    return found


def _cuts(tokens: list[Token], ti: int, pos: int, n: int, kinds: list[str],
          done: list[Piece]) -> Iterator[list[Piece]]:
    if ti == len(tokens):
        if len(done) == n:
            yield list(done)
        return
    if len(done) == n:
        return
    token = tokens[ti]
    rest = token.text[pos:]
    pattern = _PATTERNS[kinds[len(done)]]
    for length in range(1, len(rest) + 1):
        text = rest[:length]
        if not pattern.fullmatch(text):
            continue
        start = token.start + pos
        done.append(Piece(text, start, start + length))
        if length == len(rest):
            yield from _cuts(tokens, ti + 1, 0, n, kinds, done)
        else:
            yield from _cuts(tokens, ti, pos + length, n, kinds, done)
        done.pop()


def agreed(candidates: list[list[Piece]]) -> list[Piece | None]:
    """Cells every candidate split agrees on (same text at the same place); others None."""
    if not candidates:
        return []
    first = candidates[0]
    return [cell if all(c[i] == cell for c in candidates[1:]) else None
            for i, cell in enumerate(first)]
