"""The literal text a regular expression cannot match without, or start with.

The narrative phrasings left in rules/narrative.toml (zeros in words, legacy cell pairs,
fees, hotline calls) are regexes, each scanned over the whole report; most name words a
report may not use at all (行政复议, 热线). A regex that needs a word the text lacks cannot
match there, and `in` finds that out far faster than the regex engine, which tries the
pattern at every position. needs() reads those words from the pattern as Python's own
parser sees it, so the rules stay the only statement of the phrasings. anchor() reads where
in a match such a word stands (a bounded distance from its start), so that a text that holds
the word is matched only around it (anchored_finditer) instead of at every position: the
same matches, for the phrasings the regex engine cannot skip through on its own (those that
start with an assertion or an optional part). first_chars() does
the same for the clause grammar's nouns and figures (rules/grammar.toml): the characters a
match can start with, for a lookahead that fails at once where none starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

try:  # Python's regex parser, the same one re.compile uses
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it: no needs
    _sre = _sre_parse = None

Needs = tuple[frozenset[str], ...]


def needs(pattern: re.Pattern[str]) -> Needs:
    """Sets of strings such that a text `pattern` matches holds one of each set.

    Read from what the pattern must consume in order: a run of literal chars, or a choice
    among literal strings (收到|受理). Anything optional, repeated from zero, asserted or
    otherwise not plain literal text ends a run and adds nothing. () when nothing is needed
    or the pattern cannot be read (a case-insensitive one, or no parser in this Python)."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return ()
    found: list[frozenset[str]] = []
    _read(list(parsed), found)
    return tuple(found)


def holds(needs: Needs, text: str) -> bool:
    """Whether `text` holds one string of each set."""
    for need in needs:  # loops, not all(any(...)): this runs 60 times a report
        for word in need:
            if word in text:
                break
        else:
            return False
    return True


def _read(items: list, found: list[frozenset[str]]) -> None:
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, arg in items:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if add_flags or del_flags:  # (?i:...) and the like: read as nothing
                close()
                continue
            body = list(body)
            text = _literal(body)
            if text is not None:
                run.append(text)  # a plain group goes on the run
            else:
                close()
                _read(body, found)
            continue
        close()
        if op is _sre.BRANCH:
            choices = [_literal(list(alternative)) for alternative in arg[1]]
            if all(choices):  # every alternative plain text, none empty
                found.append(frozenset(choices))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, _most, body = arg
            text = _literal(list(body))
            if least >= 1 and text:
                found.append(frozenset([text]))
    close()


def _literal(items: list) -> str | None:
    """The text `items` match when they are literal chars only, else None. An assertion
    between them (不存在(?=因), ^, \\b) consumes nothing: the text is the chars around it."""
    chars = [arg for op, arg in items if op not in _ZERO_WIDTH]
    if all(op is _sre.LITERAL or op in _ZERO_WIDTH for op, _ in items):
        return "".join(chr(arg) for arg in chars)
    return None


_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT) if _sre is not None else ()


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when it can start with
    anything (or the pattern cannot be read). A big alternation of words tried at every
    position of a text is fast once a lookahead of these characters guards it."""
    if _sre_parse is None:
        return None
    try:
        items = list(_sre_parse.parse(pattern))
    except Exception:  # pragma: no cover - it compiles, so it parses
        return None
    return _first(items)


def single_chars(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` is one character long (False if it cannot be read)."""
    if _sre_parse is None:
        return False
    try:
        return bool(_sre_parse.parse(pattern.pattern, pattern.flags).getwidth() == (1, 1))
    except Exception:  # pragma: no cover - it compiled, so it parses
        return False


def _first(items: list) -> frozenset[str] | None:
    """First characters of a sequence; None when it may match empty or anything."""
    for index, (op, arg) in enumerate(items):
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the next item starts the match
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] == 0:
            here, rest = _first(list(arg[2])), _first(items[index + 1 :])
            return None if here is None or rest is None else here | rest
        if op is _sre.LITERAL:
            return frozenset(chr(arg))
        if op is _sre.IN and all(o is _sre.LITERAL for o, _ in arg):
            return frozenset(chr(a) for _, a in arg)
        if op is _sre.SUBPATTERN:
            return _first(list(arg[3]))
        if op is _sre.BRANCH:
            found: set[str] = set()
            for alternative in arg[1]:
                chars = _first(list(alternative))
                if chars is None:
                    return None
                found |= chars
            return frozenset(found)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return _first(list(arg[2]))
        return None  # optional, repeated from zero, any char: give up
    return None


@dataclass(frozen=True)
class Anchor:
    """A match of the pattern holds one of `words` starting `lo`..`hi` chars after its start."""

    words: frozenset[str]
    lo: int
    hi: int


# An anchor further than this from the match start (or a wider window) is not worth it.
ANCHOR_REACH = 40
# More candidate starts than this in one text: the regex engine's own scan is cheaper.
ANCHOR_STARTS = 400


def anchor(pattern: re.Pattern[str]) -> Anchor | None:
    """The best anchor of `pattern`: a literal word (or a choice of words) of its top-level
    sequence behind a part of bounded width; the longest words, then the narrowest window.
    None when there is none (or the pattern cannot be read, or is case-insensitive)."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return None
    found: list[Anchor] = []
    lo = hi = 0
    run: list[str] = []
    run_at = (0, 0)

    def close() -> None:
        if run:
            found.append(Anchor(frozenset(["".join(run)]), *run_at))
            run.clear()

    for op, arg in parsed:
        if hi > ANCHOR_REACH:
            break
        text = None
        choices = None
        if op is _sre.LITERAL:
            text = chr(arg)
        elif op is _sre.SUBPATTERN and not (arg[1] or arg[2]):
            body = list(arg[3])
            text = _literal(body)
            if text is None and len(body) == 1 and body[0][0] is _sre.BRANCH:
                choices = _choices(body[0][1][1])
        elif op is _sre.BRANCH:
            choices = _choices(arg[1])
        if text:
            if not run:
                run_at = (lo, hi)
            run.append(text)
            lo, hi = lo + len(text), hi + len(text)
            continue
        close()
        if choices:
            found.append(Anchor(frozenset(choices), lo, hi))
        least, most = _sre_parse.SubPattern(parsed.state, [(op, arg)]).getwidth()
        lo, hi = lo + least, hi + most
    close()
    usable = [a for a in found if a.hi <= ANCHOR_REACH and a.hi - a.lo <= ANCHOR_REACH]
    if not usable:
        return None
    return max(usable, key=lambda a: (min(map(len, a.words)), a.lo - a.hi))


def _choices(alternatives: list) -> list[str] | None:
    """The words of a choice among literal strings (none empty), else None."""
    words = [_literal(list(alternative)) for alternative in alternatives]
    return words if all(words) else None  # type: ignore[return-value]


def anchored_finditer(regex: re.Pattern[str], where: Anchor, text: str) -> Iterator[re.Match[str]]:
    """regex.finditer(text), trying the pattern only where `where` says a match can start
    (a match consumes its anchor word, so none is empty). The leftmost match from a place is
    found at the first candidate start from it, as the engine's own scan would find it."""
    starts: set[int] = set()
    for word in where.words:
        at = text.find(word)
        while at >= 0:
            starts.update(range(max(0, at - where.hi), at - where.lo + 1))
            if len(starts) > ANCHOR_STARTS:
                yield from regex.finditer(text)
                return
            at = text.find(word, at + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        match = regex.match(text, start)
        if match is not None:
            yield match
            pos = match.end()
