"""How often each kind of reading was right on reports the parser had never met.

A fact names the rule that read it (Fact.rule: grammar.noun, narrative.requests_received.
zero_patterns.0, table.table2.regulations.made, ...). Rules fall into kinds (`rule_family`): the
grammar's readings by how the clause was read, the narrative phrasings by kind, the tables by
table. `benchmark/first_sight.py --write` measures each kind's precision at first sight (our blind
sets, each parsed by the parser as it was before any rule was written against it) and writes it
to `data/first_sight_rules.csv`; the app shows it beside each figure, so that a reader knows which
readings to check first. A kind met too seldom to say is left out (unknown, not a guess).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from ..resources import shipped

RELIABILITY_FILE = "data/first_sight_rules.csv"
# below this many facts read at first sight, a kind's precision says too little to show
MIN_FACTS = 20


@dataclass(frozen=True)
class Reliability:
    family: str
    facts: int  # facts of this kind read at first sight
    right: int  # of them, the ones a label gives
    precision: float


def rule_family(rule: str) -> str:
    """The kind of rule a fact's rule id names: grammar.<how>, narrative.<kind> (of
    narrative.<metric>.<kind>.<i>), table.<table> (of table.<table>.<row>.<column>)."""
    parts = rule.split(".")
    if parts[0] == "narrative" and len(parts) >= 3:
        return f"narrative.{parts[2]}"
    return ".".join(parts[:2])


@cache
def first_sight() -> dict[str, Reliability]:
    """Each kind of rule -> its precision at first sight, for the kinds read often enough
    (MIN_FACTS); {} when the file is absent."""
    path = shipped(RELIABILITY_FILE)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = [
            Reliability(r["rule_family"], int(r["facts"]), int(r["right"]), float(r["precision"]))
            for r in csv.DictReader(f)
        ]
    return {r.family: r for r in rows if r.facts >= MIN_FACTS}


def of_rule(rule: str | None) -> Reliability | None:
    """The first-sight precision of the kind of rule that read a fact, when known."""
    return first_sight().get(rule_family(rule)) if rule else None
