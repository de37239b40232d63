"""The rules: govbench's knowledge of the reports as data, one TOML file per concern.

`load(name)` reads rules/NAME.toml once (cached), checks that it has the tables the code reads,
and returns it; every module takes its rules from there, never from the file itself. The
result is shared: read it, never change it (tests/test_rules.py holds every module to that).

- bodies.toml     issuers, places, levels, scope and publication date (parse/meta, parse/region)
- grammar.toml    the sentence grammar of narrative figures (parse/grammar)
- metrics.toml    the metric vocabulary (vocabulary.py)
- narrative.toml  the phrasings of each metric in free text (parse/facts)
- oversight.toml  peer benchmarks, the card's ranking, deadlines, the template (oversight/)
- normalise.toml  footers, markup and script rules of the reader (read/normalise)
- problems.toml   splitting section 五 and the problem taxonomy (parse/problems, the app)
- ranking.toml    dimensions, formulas, weights, presets, defaults (rank/rules)
- sections.toml   the report's sections and their headings (parse/sections)
- synth.toml      phrases of the synthetic reports (synth/)
- tables.toml     the national tables 表二-表四: rows, columns, identities (parse/tables, check)
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

# the top-level entries each file must have and their kind; "*" stands for every entry
SHAPES: dict[str, dict[str, type]] = {
    "bodies": {
        key: dict
        for key in (
            "title",
            "issuer",
            "government",
            "self_reference",
            "township",
            "department",
            "municipality",
            "zone",
            "level",
            "gazetteer",
            "confidence",
            "doc_prefix",
            "scope",
            "published",
        )
    },
    "grammar": {"quantity": dict, "guards": dict, "phrases": dict, "other": dict, "metrics": dict},
    "metrics": {"*": dict},
    "narrative": {"*": dict, "common": dict},
    "oversight": {"benchmarks": dict, "ranking": dict, "compliance": dict, "card": dict},
    "normalise": {
        "page_footer": dict,
        "markup": dict,
        "script": dict,
        "error_page": dict,
        "hard_wrap": dict,
        "reading_aids": dict,
        "mainland_terms": dict,
        "letter_spacing": dict,
        "spam": dict,
    },
    "problems": {"split": dict, "categories": dict},
    "ranking": {
        "top_k": int,
        "defaults": dict,
        "presets": dict,
        "dimensions": dict,
        "per_capita": dict,
        "metrics": dict,
        "problems_repeat": dict,
        "quality_exclusions": dict,
    },
    "sections": {
        "classify_order": list,
        "overview": dict,
        "proactive": dict,
        "requests": dict,
        "fees": dict,
        "review": dict,
        "problems": dict,
        "other": dict,
        "appendix": dict,
    },
    "synth": {
        "departments_province": list,
        "departments_local": list,
        "townships": list,
        "zones": list,
        "problems": dict,
        "measures": dict,
        "filler": dict,
    },
    "tables": {
        "markers": list,
        "table2": dict,
        "table3": dict,
        "table4": dict,
        "facts": dict,
        "display": dict,
        "display_en": dict,
        "formats": dict,
    },
}
NAMES = tuple(SHAPES)


class RuleError(ValueError):
    """A rules file that cannot be used; str() names the file and what is wrong."""


@cache
def load(name: str) -> dict[str, Any]:
    """The rules of rules/NAME.toml, read once and checked."""
    if name not in SHAPES:
        raise KeyError(f"no rules named {name!r}; there are {', '.join(NAMES)}")
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text("utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}.toml: {exc}") from None
    check(name, raw)
    return raw


def check(name: str, raw: dict[str, Any]) -> None:
    """RuleError when `raw` lacks an entry its file must have, or has one of the wrong kind."""
    shape = SHAPES[name]
    problems = [f"no [{key}]" for key in shape if key != "*" and key not in raw]
    for key, value in raw.items():
        kind = shape.get(key, shape.get("*"))
        if kind is None:
            problems.append(f"[{key}] is not one of its entries ({', '.join(shape)})")
        elif not isinstance(value, kind):
            problems.append(f"[{key}] is a {type(value).__name__}, not a {kind.__name__}")
    if problems:
        raise RuleError(f"{name}.toml: {'; '.join(problems)}")
