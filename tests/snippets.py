"""What a test reads off a minimal text of a report: its narrative figures and its metadata."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.meta import parse_metadata


def values(text: str, year: int | None, format: str | None = None) -> dict:
    """The narrative figures of `text` by metric; each keeps an exact evidence span."""
    got = {f.metric: f for f in narrative_facts(text, year=year, format=format)}
    for fact in got.values():
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def meta_of(text: str):
    """The metadata of `text` read as a whole report."""
    return parse_metadata(Document(source="snippet.txt", text=text))
