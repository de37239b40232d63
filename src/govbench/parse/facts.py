"""Figures a report states in sentences: 「市本级平台公开各类政府信息16836条」 -> proactive_items_total.

Most figures are read by the clause grammar (parse/grammar.py, rules/grammar.toml): a metric
noun, a verb and a quantity in one clause, with scope guards. What the grammar does not
read stays as whole phrasings (rules/narrative.toml), applied here:
  - a pattern names where the figure stands ({N}: one number span, {PAIR}: a legacy
    统计表 cell pair 本年度|累计 run together, readable only when both are the same);
  - a zero phrase states a 0 in words (未收到政府信息公开申请);
  - exclusions reject a candidate whose clause is about something else (last year,
    咨询, 行政事业性收费 ...); demotions keep a candidate only as a fallback (累计 totals,
    sub-units' figures) when the body's own figure for the year is also stated.
One fact per metric: the best candidate, i.e. the first undemoted one of the fullest reading
in text order. Standard-format reports give their request and table figures in 表二..表四;
those sections are flattened tables, not sentences, so they are not read here.
Pinyin a converter writes after characters (發(fā)布) is read past; evidence still indexes
the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..rules import load as load_rules
from ..model import Evidence, Fact
from . import literals
from ..read.normalise import READING_AID, SPAM_RUN, SPAM_STRONG
from .grammar import RULES as GRAMMAR_RULES, grammar_figures
from .numbers import NUMBER_PATTERN, parse_number
from .sections import split_sections

# Sections of a standard report that hold tables, not prose.
TABLE_SECTIONS = ("proactive", "requests", "review")
# ... of which these are tables even where no row label survived, when numbered as such
BARE_TABLE_SECTIONS = ("requests", "review")
BARE_TABLE_HEADINGS = ("三", "四")
_CLAUSE_BREAK = re.compile(r"[。;；!！?？\n,，:：]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!度?报告)")


@dataclass(frozen=True)
class _Phrasing:
    """One pattern of narrative.toml, with the words a text needs for it to match there, and
    the word its matches are found around (literals.anchor)."""

    regex: re.Pattern[str]
    needs: literals.Needs
    anchor: literals.Anchor | None = None
    rule: str = ""  # its id: narrative.<metric>.<patterns|zero_patterns>.<index>, see rule_ids()

    @classmethod
    def of(cls, pattern: str, rule: str = "") -> _Phrasing:
        regex = re.compile(_expand(pattern))
        return cls(regex, literals.needs(regex), literals.anchor(regex), rule)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not literals.holds(self.needs, text):
            return iter(())
        if self.anchor is None:
            return self.regex.finditer(text)
        return literals.anchored_finditer(self.regex, self.anchor, text)


@dataclass(frozen=True)
class _MetricRules:
    metric: str
    patterns: tuple[_Phrasing, ...]
    zero_patterns: tuple[_Phrasing, ...]
    excludes: tuple[re.Pattern[str], ...]
    # say so when the text both states a figure and says there was none (e.g. fees)
    flag_contradiction: bool = False
    # words the candidate's sentence must hold (the work the money is for)
    requires: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Candidate:
    metric: str
    value: int | float
    approx: bool
    start: int
    end: int
    demoted: bool
    worded_zero: bool  # a 0 stated in words: a figure stated as such is more specific
    rank: int = 0  # a weaker reading of the words (grammar.Found.rank)
    rule: str = ""  # the phrasing or grammar path that read it (Fact.rule)


# How far after a worded zero its qualifier may reach (rules/narrative.toml zero_qualifiers).
_QUALIFIER_REACH = 24


@cache
def _rules() -> tuple[list[_MetricRules], dict[str, re.Pattern[str]]]:
    raw = load_rules("narrative")
    common = raw["common"]
    shared = {
        name: re.compile("|".join(common[name]))
        for name in (
            "excludes",
            "demotions",
            "before_number",
            "clause_ends",
            "standard_table_markers",
            "table_rows",
            "zero_qualifiers",
            "part_lead",
        )
    }
    metrics = [
        _MetricRules(
            metric=metric,
            patterns=tuple(
                _Phrasing.of(p, _phrasing_rule(metric, "patterns", i))
                for i, p in enumerate(spec.get("patterns", []))
            ),
            zero_patterns=tuple(
                _Phrasing.of(p, _phrasing_rule(metric, "zero_patterns", i))
                for i, p in enumerate(spec.get("zero_patterns", []))
            ),
            excludes=tuple(re.compile(_expand(p)) for p in spec.get("excludes", [])),
            flag_contradiction=spec.get("flag_contradiction", False),
            requires=re.compile(spec["requires"]) if "requires" in spec else None,
        )
        for metric, spec in raw.items()
        if metric != "common"
    ]
    return metrics, shared


def _phrasing_rule(metric: str, kind: str, index: int) -> str:
    """The rule id of narrative.toml's [metric] kind[index] (kind: patterns | zero_patterns)."""
    return f"narrative.{metric}.{kind}.{index}"


def rule_ids() -> dict[str, str]:
    """Every rule id a narrative fact may carry, with the phrasing or reading it names."""
    phrasings = {
        pattern.rule: pattern.regex.pattern
        for rules in _rules()[0]
        for pattern in (*rules.patterns, *rules.zero_patterns)
    }
    return {**phrasings, **GRAMMAR_RULES}


# Placeholders of narrative.toml: a figure, a legacy 统计表 pair, a character of the same
# clause (no comma), a character of the same sentence, one where no count starts. A figure
# never starts inside a digit run (such a candidate is rejected anyway): trying every start in
# a long run made the search quadratic, minutes on a 40,000-digit line.
_PLACEHOLDERS = {
    "{N}": f"(?<!\\d)(?P<num>{NUMBER_PATTERN})",
    "{PAIR}": r"(?<!\d)(?P<num>\d+)\s*(?P=num)(?!\d)",
    "{C}": r"[^。;；,，:：\n]",
    "{S}": r"[^。;；\n]",
    "{SU}": r"(?:(?!\d+\s*(?:起|件|例|宗|次|个))[^。;；\n])",
}


def _expand(pattern: str) -> str:
    for placeholder, regex in _PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, regex)
    return pattern


def narrative_facts(
    text: str, year: int | None, format: str | None, warnings: list[str] | None = None
) -> list[Fact]:
    """Every metric a sentence of `text` states for the body's own `year`, one fact each.

    For metrics marked flag_contradiction, a text that states a figure in one place and none
    in another gets a warning "<metric>_contradiction: ..." in `warnings`."""
    metrics, shared = _rules()
    original = text
    annotations = _ANNOTATIONS if SPAM_STRONG.search(text) else READING_AID
    text, origin = _without_annotations(text, annotations)
    skipped = _table_regions(text, format, shared["standard_table_markers"], shared["table_rows"])
    read = _grammar_candidates(text, year, skipped)
    chosen: dict[str, _Candidate] = {}
    facts = []
    cut = _cut_at_the_end(text)
    lost = "\ufffd" in text
    for rules in metrics:
        candidates = _candidates(text, rules, shared, year, skipped) + read.get(rules.metric, [])
        if cut is not None and any(c.end >= cut for c in candidates):
            # an excerpt or a damaged file that stops inside a figure (申请12| of 申请125件)
            candidates = [c for c in candidates if c.end < cut]
            if warnings is not None:
                warnings.append(
                    f"{rules.metric}_cut: the text ends inside a figure "
                    f"({text[max(0, cut - 20) : cut]!r}); not read"
                )
        if lost:
            # a page that lost characters (U+FFFD) may state the body's own figure where it
            # cannot be read: a sub-unit's or a part's figure is no fallback there
            candidates = [c for c in candidates if not c.demoted]
        if rules.metric == "requests_completed" and "requests_received" in chosen:
            # 办理X件 reads as received or as completed; taken as received, it is not both
            received = chosen["requests_received"]
            candidates = [
                c
                for c in candidates
                if not ((c.rank == 1 or c.rule == "grammar.weak") and c.start == received.start)
            ]
        best = _best(candidates)
        if best is not None:
            best = _total_of_restated_part(text, best, candidates, shared["part_lead"])
            chosen[rules.metric] = best
        if rules.flag_contradiction and warnings is not None:
            warnings.extend(_contradictions(text, rules.metric, candidates))
        if best is not None:
            start, end = (
                (best.start, best.end)
                if origin is None
                else (origin[best.start], origin[best.end - 1] + 1)
            )
            facts.append(
                Fact(
                    best.metric,
                    best.value,
                    best.approx,
                    "narrative",
                    Evidence(start, end, original[start:end]),
                    rule=best.rule,
                )
            )
    return facts


# What the reader drops that a text given directly may still hold: a converter's reading aids
# and a mirror site's spam runs.
_ANNOTATIONS = re.compile(f"{READING_AID.pattern}|{SPAM_RUN.pattern}")


def _without_annotations(text: str, annotations: re.Pattern[str]) -> tuple[str, list[int] | None]:
    """`text` without the reading aids a converter adds (发(fā)布 -> 发布) or spam runs, and where each of
    its characters stands in `text`: evidence must index the text as given."""
    if annotations.search(text) is None:
        return text, None
    kept: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in annotations.finditer(text):
        kept.append(text[pos : match.start()])
        origin.extend(range(pos, match.start()))
        pos = match.end()
    kept.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(kept), origin


def _grammar_candidates(
    text: str, year: int | None, skipped: list[tuple[int, int]]
) -> dict[str, list[_Candidate]]:
    by_metric: dict[str, list[_Candidate]] = {}
    for f in grammar_figures(text, year):
        if any(lo <= f.start < hi for lo, hi in skipped):
            continue
        by_metric.setdefault(f.metric, []).append(
            _Candidate(
                f.metric, f.value, f.approx, f.start, f.end, f.demoted, False, f.rank, f.rule
            )
        )
    return by_metric


def _table_regions(
    text: str, format: str | None, markers: re.Pattern[str], table_rows: re.Pattern[str]
) -> list[tuple[int, int]]:
    standard = (format or "").startswith("standard") or (format is None and markers.search(text))
    if not standard:
        return []
    # Sections 二..四 hold the tables: from the first row or column label on, a section is a
    # table; what comes before it is prose (三、… 2022年,共收到8份申请。 then the table). A
    # section with no label at all is prose too (a crawler dropped the table; a heading that
    # was section 一's: "一、总体情况(一)主动公开…"; 二、… written as sentences), except a
    # numbered 三、/四、, whose cells may have run together without their labels.
    regions = []
    for s in split_sections(text):
        if s.key not in TABLE_SECTIONS:
            continue
        row = table_rows.search(text, s.start, s.end)
        if row is not None:
            regions.append((row.start(), s.end))
        elif s.key in BARE_TABLE_SECTIONS and text.startswith(BARE_TABLE_HEADINGS, s.start):
            regions.append((s.start, s.end))
    return regions


def _candidates(
    text: str,
    rules: _MetricRules,
    shared: dict[str, re.Pattern[str]],
    year: int | None,
    skipped: list[tuple[int, int]],
) -> list[_Candidate]:
    found = (
        _judge(text, rules, shared, year, skipped, match, value, approx, worded_zero, rule)
        for match, value, approx, worded_zero, rule in _phrasing_matches(text, rules, shared)
    )
    return [c for c in found if c is not None]


def _phrasing_matches(
    text: str, rules: _MetricRules, shared: dict[str, re.Pattern[str]]
) -> Iterator[tuple[re.Match[str], int | float, bool, bool, str]]:
    """Each phrasing of the metric in `text` as (match, value, approx, worded_zero, rule): the
    stated figures first, then the zeros stated in words, each in text order."""
    for pattern in rules.patterns:
        for match in pattern.finditer(text):
            num_start, num_end = match.span("num")
            quantity = parse_number(text[num_start:num_end])
            if quantity is None or _bad_number_context(text, num_start, shared):
                continue
            yield match, quantity.value, quantity.approx, False, pattern.rule
    for pattern in rules.zero_patterns:
        for match in pattern.finditer(text):
            if shared["zero_qualifiers"].search(text[match.end() : match.end() + _QUALIFIER_REACH]):
                continue
            yield match, 0, False, True, pattern.rule


def _judge(
    text: str,
    rules: _MetricRules,
    shared: dict[str, re.Pattern[str]],
    year: int | None,
    skipped: list[tuple[int, int]],
    match: re.Match[str],
    value: int | float,
    approx: bool,
    worded_zero: bool,
    rule: str,
) -> _Candidate | None:
    start, end = match.span()
    if any(lo <= start < hi for lo, hi in skipped):
        return None
    clause = text[_clause_start(text, start, shared["clause_ends"]) : end]
    if shared["excludes"].search(clause) or any(x.search(clause) for x in rules.excludes):
        return None
    if year is not None and any(int(y) != year for y in _YEAR.findall(clause)):
        return None
    if rules.requires is not None and not rules.requires.search(_sentence(text, start, end)):
        return None
    demoted = bool(shared["demotions"].search(clause))
    return _Candidate(rules.metric, value, approx, start, end, demoted, worded_zero, rule=rule)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a candidate: from the last 。 or line end before it to the next."""
    head = max(
        text.rfind("。", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start)
    )
    tail = [i for i in (text.find("。", end, end + 200), text.find("\n", end, end + 200)) if i >= 0]
    return text[head + 1 : min(tail) if tail else min(len(text), end + 200)]


def _clause_start(text: str, pos: int, clause_ends: re.Pattern[str]) -> int:
    """Start of the clause holding `pos`: just after the last break before it."""
    window_start = max(0, pos - 60)
    breaks = [
        *_CLAUSE_BREAK.finditer(text, window_start, pos),
        *clause_ends.finditer(text, window_start, pos),
    ]
    return max(b.end() for b in breaks) if breaks else window_start


def _cut_at_the_end(text: str) -> int | None:
    """Where the text stops, when it stops inside a figure of a sentence: the last figure may
    be cut short (an opening kept to its first characters, a download cut off), so none ending
    there is read. A statistics row's cells after its unit (收费金额 元 0 0), on a line that
    is no sentence, are whole."""
    kept = text.rstrip()
    if _LAST_FIGURE.match(kept, len(kept) - 1) is None:
        return None  # (the text does not end in one: the search would try every digit's run)
    last = _LAST_FIGURE.search(kept)
    if last is None:
        return None
    line = kept[kept.rfind("\n") + 1 : last.start()].rstrip()
    if line[-1:] in _row_units() and not _CLAUSE_MARK.search(line):
        return None
    return len(kept)


_LAST_FIGURE = re.compile(r"[\d.．]+$")
_CLAUSE_MARK = re.compile(r"[,，;；。:：]")


@cache
def _row_units() -> frozenset[str]:
    return frozenset(load_rules("grammar")["quantity"]["units"]) | {"元"}


def _bad_number_context(text: str, num_start: int, shared: dict[str, re.Pattern[str]]) -> bool:
    """A figure glued to a preceding digit, an ordinal (第二十条), a change (减少1件) or a
    character the page lost (U+FFFD: a digit may have gone with it)."""
    before = text[max(0, num_start - 4) : num_start]
    if before and (before[-1].isdigit() or before[-1] in ".第\ufffd"):
        return True
    return bool(shared["before_number"].search(before))


def _contradictions(text: str, metric: str, candidates: list[_Candidate]) -> list[str]:
    stated = [c for c in candidates if c.value > 0 and not c.demoted]
    none = [c for c in candidates if c.worded_zero and not c.demoted]
    if not (stated and none):
        return []
    a, b = stated[0], none[0]
    return [
        f"{metric}_contradiction: the text states {a.value:g} (at {a.start}: "
        f"{text[a.start : a.end]!r}) and none (at {b.start}: {text[b.start : b.end]!r})"
    ]


_NUMBER = re.compile(NUMBER_PATTERN)
_SENTENCE_END = re.compile(r"[。!！?？\n]")


def _total_of_restated_part(
    text: str, best: _Candidate, candidates: list[_Candidate], part_lead: re.Pattern[str]
) -> _Candidate:
    """The earlier total whose sentence names `best`'s figure among its parts (…共公开信息38482条,
    其中,市政府网站公开政府信息11268条。…门户网站发布政府信息11268条): the later figure is the part
    said again, and the total is the metric's figure. Otherwise `best` itself."""
    for total in sorted(candidates, key=lambda c: c.start):
        if (
            total.start >= best.start
            or total.demoted
            or total.worded_zero
            or total.value <= best.value
        ):
            continue
        end_match = _SENTENCE_END.search(text, total.end)
        end = end_match.start() if end_match else len(text)
        lead = part_lead.search(text, total.end, end)
        if lead is None or best.start < end:
            continue  # (a part of its own sentence, 共受理45件,其中本年新收42件, is read as it is)
        for number in _NUMBER.finditer(text, lead.end(), end):
            quantity = parse_number(number.group())
            if quantity is not None and quantity.value == best.value:
                return total
    return best


def _best(candidates: list[_Candidate]) -> _Candidate | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c.demoted, c.worded_zero, c.rank, c.start))
