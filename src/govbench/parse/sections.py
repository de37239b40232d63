"""Top-level sections of a report: 一、总体情况 … 五、存在的主要问题及改进情况 … 六、其他需要报告的事项.

Real texts are messy: a crawler flattens the report onto one line, so a heading runs
straight into its first sentence ("一、总体情况2019年，…"); PDF extraction loses a
numeral; the preamble lists every section name ("本报告包括总体情况、主动公开…") without
being a heading. A heading is therefore a Chinese ordinal followed by a title whose first
characters name a section (aliases in rules/sections.toml), accepted only when its ordinal
moves forward; a distinctive full title without its ordinal fills in a section not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from ..rules import load as load_rules

ORDINALS = "一二三四五六七八九十"
# How far into a title an alias may start: "四、政府信息公开工作存在的主要问题…".
ALIAS_REACH = 14
# (Not an ordinal that continues a numeral or follows 第: 对照条例第二十、二十一条规定 lists articles.)
# (?<![…第])([…]{1,2}), written to start with the ordinal (the look back includes it): the
# engine then skips to the ordinals instead of trying the look back at every character
_NUMBERED = re.compile(rf"([{ORDINALS}](?<![{ORDINALS}第][{ORDINALS}])[{ORDINALS}]?)\s*[、.．]\s*")
# Characters after a section name that show it is an item of the preamble's list.
_LIST_FOLLOWERS = "、和及等,，与"


@dataclass(frozen=True)
class Section:
    key: str  # overview | proactive | requests | fees | review | problems | other | appendix
    start: int  # where the heading starts
    body_start: int  # just after the section name in the heading
    end: int  # where the next section starts (or the text ends)


@dataclass(frozen=True)
class _SectionRule:
    key: str
    aliases: tuple[str, ...]
    headings: tuple[str, ...]
    # compiled once: the aliases as one alternation in their order (its leftmost match is the
    # earliest alias, the first listed among those starting there), each heading literally
    alias_pattern: re.Pattern[str] | None = None
    heading_patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, key: str, aliases: tuple[str, ...], headings: tuple[str, ...]) -> _SectionRule:
        return cls(
            key,
            aliases,
            headings,
            re.compile("|".join(map(re.escape, aliases))) if aliases else None,
            tuple(re.compile(re.escape(h)) for h in headings),
        )


@cache
def _rules() -> tuple[list[_SectionRule], list[str]]:
    raw = load_rules("sections")
    order = raw["classify_order"]
    rules = [
        _SectionRule.of(key, tuple(spec["aliases"]), tuple(spec.get("headings", ())))
        for key, spec in raw.items()
        if key != "classify_order"
    ]
    return rules, order


def split_sections(text: str) -> list[Section]:
    """The report's top-level sections in text order (none when no heading is found)."""
    return list(_sections(text))


@lru_cache(maxsize=2)
def _sections(text: str) -> tuple[Section, ...]:
    # the facts and the problems of one report both ask for its sections
    candidates = sorted(_numbered_headings(text) + _bare_headings(text))
    accepted: list[tuple[int, int, str, int | None]] = []
    last_ordinal = 0
    seen: set[str] = set()
    for start, body_start, key, ordinal in candidates:
        if accepted and start < accepted[-1][1]:
            continue
        if ordinal is not None:
            if ordinal <= last_ordinal:
                continue
            last_ordinal = ordinal
        elif key in seen:
            continue
        seen.add(key)
        accepted.append((start, body_start, key, ordinal))
    sections = []
    for i, (start, body_start, key, _) in enumerate(accepted):
        end = accepted[i + 1][0] if i + 1 < len(accepted) else len(text)
        sections.append(Section(key, start, body_start, end))
    return tuple(sections)


def find_section(text: str, key: str) -> Section | None:
    """The first section of kind `key`, e.g. find_section(text, "problems")."""
    return next((s for s in split_sections(text) if s.key == key), None)


def _numbered_headings(text: str) -> list[tuple[int, int, str, int | None]]:
    rules, order = _rules()
    by_key = {r.key: r for r in rules}
    any_alias = _any_alias()
    found = []
    for match in _NUMBERED.finditer(text):
        title = text[match.end() : match.end() + ALIAS_REACH + 12]
        if any_alias.search(title) is None:
            continue  # names no section (a numbered item of a list): no key to try
        for key in order:
            hit = _alias_hit(title, by_key[key].alias_pattern)
            if hit is not None:
                ordinal = _ordinal_value(match.group(1))
                found.append((match.start(), match.end() + hit, key, ordinal))
                break
    return found


@cache
def _any_alias() -> re.Pattern[str]:
    """Every section's aliases as one alternation: a title holding none names no section."""
    aliases = {alias for rule in _rules()[0] for alias in rule.aliases}
    return re.compile("|".join(map(re.escape, sorted(aliases))) if aliases else "(?!)")


def _alias_hit(title: str, aliases: re.Pattern[str] | None) -> int | None:
    """End offset (in title) of the earliest alias starting within ALIAS_REACH, if any."""
    best = aliases.search(title) if aliases is not None else None
    if best is None or best.start() > ALIAS_REACH or _crosses_sentence(title[: best.start()]):
        return None
    return best.end()


def _crosses_sentence(prefix: str) -> bool:
    return any(ch in prefix for ch in "。;；:：\n")


def _bare_headings(text: str) -> list[tuple[int, int, str, int | None]]:
    rules, _ = _rules()
    found = []
    for rule in rules:
        for heading in rule.heading_patterns:
            for match in heading.finditer(text):
                before = text[match.start() - 1] if match.start() else "\n"
                after = text[match.end() : match.end() + 1]
                if before in "\n。 \t" and (not after or after not in _LIST_FOLLOWERS):
                    found.append((match.start(), match.end(), rule.key, None))
    return found


def _ordinal_value(numeral: str) -> int:
    if len(numeral) == 1:
        return 10 if numeral == "十" else ORDINALS.index(numeral) + 1
    if numeral[0] == "十":
        return 10 + ORDINALS.index(numeral[1]) + 1
    tens = ORDINALS.index(numeral[0]) + 1
    return tens * 10 + (ORDINALS.index(numeral[1]) + 1 if numeral[1] != "十" else 0)
