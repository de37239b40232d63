"""The problems a report admits (section 五 / legacy 存在的问题和改进措施), one statement each.

Where: the problems section under whatever title and number it has; failing that a
sub-heading such as （一）主要问题 inside another section; failing that the paragraph that
admits shortcomings (但仍存在一些不足…) without any heading.
What: the section states problems (一是…；二是… or numbered items or plain sentences),
often after a lead-in (…取得一定成效,但仍存在一些不足,主要表现在:) and sometimes after how
last year's problems were fixed, and then what the body will do about them (下一步 /
改进措施 / 2020年，我们将…). Only this year's problems are kept, each classified into the
taxonomy of rules/problems.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..rules import load as load_rules
from ..model import Problem
from .sections import find_section, split_sections

# Shorter fragments are enumerator residue or headings, not statements.
MIN_STATEMENT_CHARS = 6
# PDF text breaks lines inside sentences, so a line break does not end a statement.
_SENTENCE_END = re.compile(r"[。;；]")
_ITEM_BREAK = re.compile(r"[;；]")
_CLAUSE_BREAK = re.compile(r"[,，、]")
_TRIM = " \t\n,，:：;；。、"
_MEASURE_ENUMERATOR = r"(?:\([一二三四五六七八九十]\)\s*|[一二三四五六七八九十][、.]\s*)?"

_INTRODUCES = re.compile(r"(?:[,，:：]|在|为|有|是|如)\s*$")
# Enumerator residue left at the start of a statement when its list was not recognised (二是…).
_LEFT_ENUMERATOR = re.compile(
    r"[一二三四五六七八九十]是|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、](?!\d)"
)

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
    sub_headings: re.Pattern[str]
    paragraph: re.Pattern[str]
    lead_in_end: re.Pattern[str]
    lead_in_opening: re.Pattern[str]
    achievements: re.Pattern[str]
    exists_opening: re.Pattern[str]
    rectified: re.Pattern[str]
    measure_item: re.Pattern[str]


def _load() -> dict:
    return load_rules("problems")


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
        # one pattern, three named titles: which kind of part a sub-heading opens
        sub_headings=re.compile(
            split["sub_enumerator"]
            + "(?:(?P<rectified>"
            + split["sub_title_rectified"]
            + ")|(?P<problems>"
            + split["sub_title_problems"]
            + ")|(?P<measures>"
            + split["sub_title_measures"]
            + ")|(?P<other>"
            + split["sub_title_other"]
            + "))"
        ),
        paragraph=re.compile("|".join(split["paragraph"])),
        lead_in_end=re.compile(split["lead_in_end"]),
        lead_in_opening=re.compile(split["lead_in_opening"]),
        achievements=re.compile(split["achievements"]),
        exists_opening=re.compile(split["exists_opening"]),
        rectified=re.compile("|".join(split["rectified"])),
        measure_item=re.compile(split["measure_item"]),
    )


def category_labels() -> dict[str, str]:
    """Chinese label of each problem category, for display."""
    return {key: spec["zh"] for key, spec in _load()["categories"].items()}


def extract_problems(text: str, format: str | None) -> list[Problem]:
    """The problem statements of the report's problems section, in order, classified."""
    rules = _rules()
    region = _problems_region(text, rules)
    if region is None:
        return []
    start, end = _problems_part(text, *region, rules)
    measures = rules.measures.search(text, start, end)
    if measures is not None:
        end = _measures_start(text, start, measures.start(), rules)
    return [
        Problem(text[a:b], classify(text[a:b]), a, b)
        for a, b in _statements(text, start, end, rules)
    ]


def _problems_region(text: str, rules: _ProblemRules) -> Span | None:
    """Where the problems are stated: the section, a sub-heading, or an unheaded paragraph."""
    section = find_section(text, "problems")
    if section is not None:
        start, end = section.body_start, section.end
        tail = rules.heading_tail.match(text, start, end)
        if tail is not None:
            start = tail.end()
        return rules.subheading.match(text, start, end).end(), end
    heading = next((m for m in rules.sub_headings.finditer(text) if m.group("problems")), None)
    if heading is not None:
        return heading.end(), _enclosing_end(text, heading.start())
    paragraph = rules.paragraph.search(text)
    if paragraph is not None:
        start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, 0, paragraph.start())), default=0
        )
        return start, _enclosing_end(text, paragraph.start())
    return None


def _enclosing_end(text: str, pos: int) -> int:
    return next((s.start for s in split_sections(text) if s.start > pos), len(text))


def _problems_part(text: str, start: int, end: int, rules: _ProblemRules) -> Span:
    """The part under the problems sub-heading, when the section has titled parts
    ((一)上年度问题整改情况 (二)存在的主要问题 (三)改进措施); else the whole region."""
    heads = [
        m for m in rules.sub_headings.finditer(text, start, end) if not _is_listed(text, m.end())
    ]
    problems = next((i for i, m in enumerate(heads) if m.group("problems")), None)
    if problems is not None:
        after = heads[problems + 1].start() if problems + 1 < len(heads) else end
        return heads[problems].end(), after
    closing = next((m for m in heads if m.group("measures") or m.group("other")), None)
    if closing is not None and closing.start() > start:
        end = closing.start()
    return start, end


def _is_listed(text: str, pos: int) -> bool:
    """A title followed by 、/和/及 is an item of a list of titles, not a sub-heading."""
    return text[pos : pos + 1] in ("、", "和", "及", "与", "等")


def _measures_start(text: str, start: int, marker: int, rules: _ProblemRules) -> int:
    """The measures begin with the sentence holding their marker ("2017年,总体的工作思路是…"),
    unless the part before the marker still states a problem (…有待加强,下一步将…)."""
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, start, marker)), default=start
    )
    if rules.predicates.search(text, sentence_start, marker):
        return marker
    return sentence_start


def classify(statement: str) -> str:
    """The category whose keywords the statement hits most (first listed on a tie)."""
    best, best_hits = "other", 0
    for key, keywords in _rules().categories.items():
        hits = sum(map(statement.count, keywords))
        if hits > best_hits:
            best, best_hits = key, hits
    return best


def _statements(text: str, start: int, end: int, rules: _ProblemRules) -> list[Span]:
    marks = list(rules.enumerators.finditer(text, start, end))
    if len(marks) >= 2:
        items = [
            (m.end(), nxt.start() if nxt else end) for m, nxt in zip(marks, [*marks[1:], None])
        ]
        items = [(a, b) for a, b in items if not _is_measure(text, a, b, rules)]
        spans = [part for a, b in items for part in _split(text, a, b, _ITEM_BREAK)]
        spans = [s for s in spans if not _is_lead_in(text, s, rules)]
        # the problems the lead-in itself names (…不足,如X、Y等。一是…) come first
        head = _after_lead_in(text, start, marks[0].start(), rules)
        if head is not None and rules.predicates.search(text, *head):
            spans = [head, *spans]
    else:
        sentences = [s for s in _split(text, start, end, _SENTENCE_END)]
        sentences = [s for s in (_after_lead_in(text, a, b, rules) for a, b in sentences) if s]
        spans = [
            part
            for a, b in sentences
            for part in (
                _problem_clauses(text, a, b, rules) if _is_list(text, a, b, rules) else [(a, b)]
            )
        ]
    spans = [
        _trimmed(text, a, b, rules)
        for a, b in spans
        if not rules.rectified.search(text, a, b) and not _is_measure(text, a, b, rules)
    ]
    return [(a, b) for a, b in spans if b - a >= MIN_STATEMENT_CHARS]


def _after_lead_in(text: str, a: int, b: int, rules: _ProblemRules) -> Span | None:
    """The sentence without its lead-in clause; None when it is all lead-in
    (…取得一定成效,但仍存在一些不足 / 存在的问题主要有以下几个方面)."""
    lead = None
    for lead in rules.lead_in_end.finditer(text, a, b):
        pass
    if lead is not None:
        if len(text[lead.end() : b].strip(_TRIM)) >= MIN_STATEMENT_CHARS:
            return lead.end(), b
        # 一些不足,主要表现在: announces what follows; a bare 仍有一定差距 may be a problem itself
        if (
            _INTRODUCES.search(lead.group(0))
            or rules.lead_in_opening.search(text, a, lead.start())
            or lead.start() - a < 12
        ):
            return None
    opening = rules.exists_opening.search(text[a:b])
    if opening is not None:
        return a + opening.end(), b
    return None if _is_lead_in(text, (a, b), rules) else (a, b)


def _is_measure(text: str, a: int, b: int, rules: _ProblemRules) -> bool:
    statement = text[a:b].strip(_TRIM)
    return bool(rules.measure_item.match(statement)) and not rules.predicates.search(statement)


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
    statement = text[span[0] : span[1]].strip(_TRIM)
    if not rules.predicates.search(statement) and rules.achievements.search(statement):
        return True
    if not rules.lead_ins.search(statement) or len(statement) >= 60:
        return False
    return (
        statement.endswith(("问题", "方面", "不足", "环节", "差距"))
        or "成效" in statement
        or "存在" in statement
    )


def _trimmed(text: str, a: int, b: int, rules: _ProblemRules) -> Span:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    enumerator = _LEFT_ENUMERATOR.match(text, a, b)
    if enumerator is not None:
        a = enumerator.end()
    # 还存在如…: strip each opening word in turn
    stripped = True
    while stripped:
        stripped = False
        for prefix in rules.prefixes:
            if text.startswith(prefix, a, b):
                a += len(prefix)
                stripped = True
                break
    while a < b and text[a] in _TRIM:
        a += 1
    for suffix in rules.suffixes:
        if text.endswith(suffix, a, b):
            b -= len(suffix)
            break
    while b > a and text[b - 1] in _TRIM:  # 重视不够,等等 -> 重视不够
        b -= 1
    return a, b
