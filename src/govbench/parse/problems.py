"""The problems a report admits (section 五 / legacy 存在的问题和改进措施), one statement each.

The section states problems first (一是…；二是… or numbered items or plain sentences)
and then what the body will do about them (下一步 / 改进措施 / 2020年，我们将…). Only the
problems are kept, each classified into the taxonomy of rules/problems.toml.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..model import Problem
from .sections import find_section

# Shorter fragments are enumerator residue or headings, not statements.
MIN_STATEMENT_CHARS = 6
# PDF text breaks lines inside sentences, so a line break does not end a statement.
_SENTENCE_END = re.compile(r"[。;；]")
_ITEM_BREAK = re.compile(r"[;；]")
_CLAUSE_BREAK = re.compile(r"[,，、]")
_TRIM = " \t\n,，:：;；。、"
_MEASURE_ENUMERATOR = r"(?:\([一二三四五六七八九十]\)\s*|[一二三四五六七八九十][、.]\s*)?"

Span = tuple[int, int]


@dataclass(frozen=True)
class _ProblemRules:
    heading_tail: re.Pattern[str]
    subheading: re.Pattern[str]
    measures: re.Pattern[str]
    enumerators: re.Pattern[str]
    lead_ins: re.Pattern[str]
    predicates: re.Pattern[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    categories: dict[str, tuple[str, ...]]


def _load() -> dict:
    return tomllib.loads(resources.files("govbench.rules").joinpath("problems.toml").read_text("utf-8"))


@cache
def _rules() -> _ProblemRules:
    raw = _load()
    split = raw["split"]
    return _ProblemRules(
        heading_tail=re.compile(split["heading_tail"]),
        subheading=re.compile(split["subheading"]),
        measures=re.compile(_MEASURE_ENUMERATOR + "(?:" + "|".join(split["measures"]) + ")"),
        enumerators=re.compile("|".join(split["enumerators"])),
        lead_ins=re.compile("|".join(split["lead_ins"])),
        predicates=re.compile("|".join(split["predicates"])),
        prefixes=tuple(split["strip_prefixes"]),
        suffixes=tuple(split["strip_suffixes"]),
        categories={key: tuple(spec["keywords"]) for key, spec in raw["categories"].items()},
    )


def category_labels() -> dict[str, str]:
    """Chinese label of each problem category, for display."""
    return {key: spec["zh"] for key, spec in _load()["categories"].items()}


def extract_problems(text: str, format: str | None) -> list[Problem]:
    """The problem statements of the report's problems section, in order, classified."""
    section = find_section(text, "problems")
    if section is None:
        return []
    rules = _rules()
    start, end = section.body_start, section.end
    tail = rules.heading_tail.match(text, start, end)
    if tail is not None:
        start = tail.end()
    start = rules.subheading.match(text, start, end).end()
    measures = rules.measures.search(text, start, end)
    if measures is not None:
        end = _measures_start(text, start, measures.start(), rules)
    return [Problem(text[a:b], classify(text[a:b]), a, b)
            for a, b in _statements(text, start, end, rules)]


def _measures_start(text: str, start: int, marker: int, rules: _ProblemRules) -> int:
    """The measures begin with the sentence holding their marker ("2017年,总体的工作思路是…"),
    unless the part before the marker still states a problem (…有待加强,下一步将…)."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, start, marker)), default=start)
    if rules.predicates.search(text, sentence_start, marker):
        return marker
    return sentence_start


def classify(statement: str) -> str:
    """The category whose keywords the statement hits most (first listed on a tie)."""
    best, best_hits = "other", 0
    for key, keywords in _rules().categories.items():
        hits = sum(statement.count(k) for k in keywords)
        if hits > best_hits:
            best, best_hits = key, hits
    return best


def _statements(text: str, start: int, end: int, rules: _ProblemRules) -> list[Span]:
    marks = list(rules.enumerators.finditer(text, start, end))
    if len(marks) >= 2:
        items = [(m.end(), nxt.start() if nxt else end) for m, nxt in zip(marks, [*marks[1:], None])]
        spans = [part for a, b in items for part in _split(text, a, b, _ITEM_BREAK)]
        spans = [s for s in spans if not _is_lead_in(text, s, rules)]
    else:
        sentences = [s for s in _split(text, start, end, _SENTENCE_END) if not _is_lead_in(text, s, rules)]
        spans = [part for a, b in sentences
                 for part in (_problem_clauses(text, a, b, rules) if _is_list(text, a, b, rules)
                              else [(a, b)])]
    spans = [_trimmed(text, a, b, rules) for a, b in spans]
    return [(a, b) for a, b in spans if b - a >= MIN_STATEMENT_CHARS]


def _split(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[Span]:
    spans, pos = [], start
    for stop in breaks.finditer(text, start, end):
        spans.append((pos, stop.start()))
        pos = stop.end()
    spans.append((pos, end))
    return spans


def _is_list(text: str, a: int, b: int, rules: _ProblemRules) -> bool:
    statement = text[a:b].strip(_TRIM)
    return statement.startswith(rules.prefixes) or statement.endswith(rules.suffixes)


def _problem_clauses(text: str, start: int, end: int, rules: _ProblemRules) -> list[Span]:
    """A sentence listing several problems, cut so that each part names one (has a predicate).
    A clause without a predicate belongs to the problem that follows it."""
    parts = _split(text, start, end, _CLAUSE_BREAK)
    statements: list[Span] = []
    pending = None
    for a, b in parts:
        a = pending if pending is not None else a
        if rules.predicates.search(text, a, b):
            statements.append((a, b))
            pending = None
        else:
            pending = a
    if pending is not None:
        if statements:
            statements[-1] = (statements[-1][0], end)
        else:
            statements.append((pending, end))
    return statements


def _is_lead_in(text: str, span: Span, rules: _ProblemRules) -> bool:
    statement = text[span[0]:span[1]].strip(_TRIM)
    if not rules.lead_ins.search(statement) or len(statement) >= 60:
        return False
    return statement.endswith(("问题", "方面", "不足", "环节", "差距")) or "成效" in statement \
        or "存在" in statement


def _trimmed(text: str, a: int, b: int, rules: _ProblemRules) -> Span:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    for prefix in rules.prefixes:
        if text.startswith(prefix, a, b):
            a += len(prefix)
            break
    for suffix in rules.suffixes:
        if text.endswith(suffix, a, b):
            b -= len(suffix)
            break
    return a, b
