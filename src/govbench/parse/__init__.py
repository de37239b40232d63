"""parse: Document -> Report.

Each concern is its own module; this one only composes them:
  meta     title, issuer, year, format, level, body kind, department, region
  tables   表二/表三/表四 of the standard formats, and the facts they give
  facts    figures stated in sentences (legacy reports, narrative parts)
  problems section 五 statements, classified
A table's figure wins over the narrative's; a disagreement becomes a warning.
"""

from __future__ import annotations

import re

from ..model import Document, Fact, Report
from . import facts as _facts, tables as _tables
from .facts import narrative_facts
from .hints import Manifest
from .meta import parse_metadata
from .problems import extract_problems
from .tables import extract_tables


def rule_ids() -> dict[str, str]:
    """Every rule id a fact may carry (Fact.rule) -> what it names: a table fact's [facts]
    terms (rules/tables.toml), a narrative phrasing (rules/narrative.toml, by metric, kind and
    index), or a path of the clause grammar (grammar.RULES)."""
    return {**_tables.rule_ids(), **_facts.rule_ids()}


def parse_document(doc: Document, manifest: Manifest | None = None) -> Report:
    """`manifest`: the overseer's hints (parse/hints.py), used where the text is silent."""
    meta = parse_metadata(doc, manifest)
    tables = extract_tables(doc, year=meta.year, format_hint=meta.format)
    report = Report(
        source=doc.source,
        text=doc.text,
        script=doc.script,
        title=meta.title,
        issuer=meta.issuer,
        region=meta.region,
        level=meta.level,
        body_kind=meta.body_kind,
        department=meta.department,
        year=meta.year,
        format=tables.format or meta.format,
        tables=tables.tables,
        warnings=[*doc.warnings, *meta.warnings, *tables.warnings],
        synthetic=meta.synthetic,
        scope=meta.scope,
        published=meta.published,
        provenance=meta.provenance,
    )
    narrative = narrative_facts(
        doc.text, year=meta.year, format=report.format, warnings=report.warnings
    )
    report.facts = merge_facts(tables.facts, narrative, report.warnings)
    if doc.read_by == "ocr":
        mark_ocr(report.facts, doc)
    report.problems = extract_problems(doc.text, format=report.format)
    return report


def mark_ocr(facts: list[Fact], doc: Document) -> None:
    """A figure read by OCR says so (method "ocr") with the confidence of the least sure
    reading of a figure in its evidence (a label misread does not make a figure doubtful)."""
    for fact in facts:
        start, end = fact.evidence.start, fact.evidence.end
        inside = [(doc.text[a:b], score) for a, b, score in doc.ocr_scores if a < end and start < b]
        # a table's figures are cells of their own (label cells such as "1.属于国家秘密"
        # are not figures); a narrative figure is read with its line
        sure = [score for text, score in inside if _FIGURE.fullmatch(text.strip())] or [
            score for text, score in inside if any(ch.isdigit() for ch in text)
        ]
        fact.method = "ocr"
        fact.confidence = round(min(sure), 2) if sure else None


_FIGURE = re.compile(r"-?[\d,]+(?:\.\d+)?")


def merge_facts(table: list[Fact], narrative: list[Fact], warnings: list[str]) -> list[Fact]:
    """One fact per metric: the table's when it has one. A narrative figure that
    disagrees with the table is kept only as a warning naming both and where — unless the
    table's figure was not printed but added up from 表三's applicant columns (总计 left
    blank, or printed 0 beside columns that are not): a row whose blank cells were lost
    (一、本年新收… | 3 | 3 |, 自然人 and 总计 with the columns between dropped) adds to a figure
    the report never states, and the text's own figure for the metric wins over it."""
    by_metric = {f.metric: f for f in table}
    merged = list(table)
    for fact in narrative:
        tabled = by_metric.get(fact.metric)
        if tabled is None:
            by_metric[fact.metric] = fact
            merged.append(fact)
        elif not fact.approx and fact.value != tabled.value:
            warnings.append(
                f"narrative_vs_table: {fact.metric} is {fact.value:g} in the text "
                f"(at {fact.evidence.start}: {fact.evidence.text!r}) but {tabled.value:g} "
                f"in the table (at {tabled.evidence.start})"
            )
            if ".applicant_columns" in (tabled.rule or ""):
                merged[merged.index(tabled)] = fact
                by_metric[fact.metric] = fact
    return merged
