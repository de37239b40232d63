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
from functools import cached_property
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

    @cached_property  # a piece is shared by every cut through it (_cuts), read by each
    def value(self) -> int | float:
        return float(self.text) if "." in self.text else int(self.text)


@dataclass(frozen=True)
class Token:
    """A whitespace-delimited run of digits (a hard boundary on both sides)."""

    text: str
    start: int


def splits(
    tokens: list[Token],
    n: int,
    kinds: list[str] | None = None,
    accept: Callable[[list[Piece]], bool] | None = None,
) -> list[list[Piece]]:
    """All ways to cut `tokens` into `n` printed numbers that `accept` allows.

    kinds[i] ("count" | "signed" | "decimal") says what cell i may look like.
    Returns [] when there are none or too many to be informative.
    """
    kinds = kinds or ["count"] * n
    found: list[list[Piece]] = []
    for cut in _cuts(tokens, n, kinds):
        if accept is None or accept(cut):
            found.append(cut)
            if len(found) > MAX_CANDIDATES:
                return []
    return found


def _cuts(tokens: list[Token], n: int, kinds: list[str]) -> Iterator[list[Piece]]:
    """Every cut, depth first. A branch is dropped as soon as what is left of the run
    cannot make the cells still wanted: each token left needs one cell at least, each
    char can make one at most."""
    # chars_after[i]: chars in tokens[i + 1:]
    chars_after = [0] * len(tokens)
    for i in range(len(tokens) - 2, -1, -1):
        chars_after[i] = chars_after[i + 1] + len(tokens[i + 1].text)
    done: list[Piece] = []
    # The same piece (token, place, length, kind) turns up in many cuts: made and checked once.
    made: dict[tuple[int, int, int, str], Piece | None] = {}

    def walk(ti: int, pos: int) -> Iterator[list[Piece]]:
        token = tokens[ti]
        rest = token.text[pos:]
        tokens_after = len(tokens) - ti - 1
        wanted_after = n - len(done) - 1  # cells still wanted after this one
        if wanted_after < tokens_after or wanted_after > len(rest) - 1 + chars_after[ti]:
            return
        kind = kinds[len(done)]
        # Cutting inside the token leaves its tail one cell at least; longer pieces leave
        # fewer chars for the cells wanted after.
        shortest = 1 if wanted_after > tokens_after else len(rest)
        for length in range(shortest, len(rest) + 1):
            left_here = len(rest) - length
            if wanted_after > left_here + chars_after[ti]:
                break
            key = (ti, pos, length, kind)
            if key in made:
                piece = made[key]
            else:
                text, start = rest[:length], token.start + pos
                piece = made[key] = (
                    Piece(text, start, start + length) if _PATTERNS[kind].fullmatch(text) else None
                )
            if piece is None:
                continue
            done.append(piece)
            if left_here:
                yield from walk(ti, pos + length)
            elif ti + 1 < len(tokens):
                yield from walk(ti + 1, 0)
            else:
                yield list(done)
            done.pop()

    if tokens:
        yield from walk(0, 0)
    elif n == 0:
        yield []


def agreed(candidates: list[list[Piece]]) -> list[Piece | None]:
    """Cells every candidate split agrees on (same text at the same place); others None."""
    if not candidates:
        return []
    first = candidates[0]
    return [
        cell if all(c[i] == cell for c in candidates[1:]) else None for i, cell in enumerate(first)
    ]
