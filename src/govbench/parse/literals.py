"""The literal text a regular expression cannot match without.

The narrative phrasings (rules/narrative.toml) are some sixty regexes, each scanned over the
whole report; most name words a report may not use at all (行政复议, 新闻发布会, 热线). A
regex that needs a word the text lacks cannot match there, and `in` finds that out far faster
than the regex engine, which tries the pattern at every position. needs() reads those words
from the pattern as Python's own parser sees it, so the rules stay the only statement of
the phrasings.
"""
from __future__ import annotations

import re

try:                                    # Python's regex parser, the same one re.compile uses
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:                     # pragma: no cover - a Python without it: no needs
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
    except Exception:                   # pragma: no cover - it compiled, so it parses
        return ()
    found: list[frozenset[str]] = []
    _read(list(parsed), found)
    return tuple(found)


def holds(needs: Needs, text: str) -> bool:
    """Whether `text` holds one string of each set."""
    for need in needs:                  # loops, not all(any(...)): this runs 60 times a report
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
            if add_flags or del_flags:          # (?i:...) and the like: read as nothing
                close()
                continue
            body = list(body)
            text = _literal(body)
            if text is not None:
                run.append(text)                # a plain group goes on the run
            else:
                close()
                _read(body, found)
            continue
        close()
        if op is _sre.BRANCH:
            choices = [_literal(list(alternative)) for alternative in arg[1]]
            if all(choices):                    # every alternative plain text, none empty
                found.append(frozenset(choices))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, _most, body = arg
            text = _literal(list(body))
            if least >= 1 and text:
                found.append(frozenset([text]))
    close()


def _literal(items: list) -> str | None:
    """The text `items` match when they are literal chars only, else None."""
    if all(op is _sre.LITERAL for op, _ in items):
        return "".join(chr(arg) for _, arg in items)
    return None
