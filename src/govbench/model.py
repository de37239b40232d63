"""The records that flow between stages: Document (read) -> Report (parse).

Only plain dataclasses live here, so every stage can import them without pulling
in another stage's dependencies.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


# Every synthetic report (govbench generate) carries this line; parse marks such a
# report synthetic and every view shows it as such.
SYNTHETIC_MARK = "【govbench合成报告 synthetic】"


# When page images are read by OCR: "auto" page images and PDFs without a text layer,
# "always" every PDF too, "never" none.
OCR_MODES = ("auto", "never", "always")
# where ingest parses: this machine's pool of processes, or a Dask cluster (cluster.py)
ENGINES = ("local", "dask")
# the level of government of a report's body (Report.level), from the top down
LEVELS = ("province", "city", "county", "township")
# what kind of body issued a report (Report.body_kind)
BODY_KINDS = ("government", "department", "development_zone")
# The options of `govbench rank` (rank/rules.py applies them), here so that the command line
# names them without importing the ranking:
# how figures are put on one scale within a peer group (docs/method.md)
NORMALISATIONS = ("minmax", "zscore", "percentile")
# how a figure a body does not state is scored (docs/method.md, "Missing figures")
MISSING_RULES = ("exclude", "median", "worst")
# whose figures a report gives (Report.scope): whole_area, every body of the area
# (全市各级行政机关); own_body, the issuing body's own
REPORT_SCOPES = ("whole_area", "own_body")
# the scopes rank can take; all: each scope in its own group, a NULL scope (unknown) included
SCOPES = (*REPORT_SCOPES, "all")


class UnreadableError(Exception):
    """A file that yields no report text (missing, empty, binary, corrupt, scanned).

    The message is one line meant for the user, e.g. "no text layer (scanned PDF?)".
    """


class NoTextLayer(UnreadableError):
    """A PDF whose pages carry no text: a scan, for OCR to read."""


@dataclass
class Grid:
    """A table as the source laid it out: merged cells repeated across the merge.

    `spans[r][c]` is the (start, end) of cell (r, c) in Document.text, so a figure
    taken from a cell can point at where it stands. The reader writes each table
    into the text as one line per row, cells separated by a tab.
    """

    rows: list[list[str]]
    spans: list[list[tuple[int, int]]]

    @property
    def start(self) -> int:
        return self.spans[0][0][0] if self.spans and self.spans[0] else -1

    @property
    def end(self) -> int:
        return self.spans[-1][-1][1] if self.spans and self.spans[-1] else -1


@dataclass
class Document:
    """What `read` makes of a file: normalised simplified text plus table grids."""

    source: str
    text: str  # normalised: simplified, half-width digits/punct
    script: str = "simplified"  # what the source was written in
    media: str = "txt"  # txt | html | pdf | docx | doc | wps | rtf | ofd | image
    encoding: str | None = None  # detected or declared, for text formats
    grids: list[Grid] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    read_by: str = "text"  # "text": the file's own text; "ocr": read from page images
    # OCR only: (start, end, confidence 0..1) of each line and cell of `text` read
    ocr_scores: list[tuple[int, int, float]] = field(default_factory=list)


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Fact:
    metric: str
    value: float | int
    approx: bool
    method: str  # "table" | "narrative" | "ocr" (read from page images)
    evidence: Evidence
    confidence: float | None = None  # OCR only: the least confident reading in the evidence
    # the path that produced it: a phrasing of rules/narrative.toml, a reading of the clause
    # grammar, or the tables.toml [facts] terms summed (parse.rule_ids() lists them all)
    rule: str | None = None


@dataclass
class Problem:
    text: str
    category: str
    start: int = -1  # offsets of the statement in Document.text
    end: int = -1


@dataclass
class Region:
    code: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None


@dataclass
class TableCell:
    """One cell of a standard table, with its meaning kept.

    `value` is the number printed ("无", none, is 0), or None when the cell is blank, "/"
    or "—"; `raw` keeps what was printed, so blank, "无" and a printed 0 stay different.
    """

    value: float | int | None
    raw: str
    start: int = -1
    end: int = -1


@dataclass
class Report:
    source: str
    text: str  # normalised text; evidence offsets index it
    script: str = "simplified"
    title: str | None = None
    issuer: str | None = None
    region: Region = field(default_factory=Region)
    level: str | None = None  # province | city | county | township
    body_kind: str | None = None  # government | department | development_zone
    department: str | None = None
    year: int | None = None
    format: str | None = None  # legacy | standard_2019 | standard_2021
    facts: list[Fact] = field(default_factory=list)
    # tables[table][row_key][col_key] -> TableCell
    tables: dict[str, dict[str, dict[str, TableCell]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    synthetic: bool = False
    # whose figures these are: "whole_area" (全市各级行政机关…) or "own_body" (the issuer's
    # own office); None when the text does not settle it
    scope: str | None = None
    published: str | None = None  # YYYY-MM-DD, 发布日期/成文日期 when the document states one
    # field -> {"source": text|title|header|filename|manifest, "confidence": 0..1}
    provenance: dict[str, dict[str, Any]] = field(default_factory=dict)
    # (text, its report_id): the whole text is hashed once, not on every access
    _id_of_text: tuple[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def report_id(self) -> str:
        """report_id(self.text), hashed again only when the text is replaced."""
        known = self._id_of_text
        if known is None or known[0] is not self.text:
            known = self._id_of_text = (self.text, report_id(self.text))
        return known[1]

    def fact(self, metric: str) -> Fact | None:
        return next((f for f in self.facts if f.metric == metric), None)

    def to_json(self) -> dict[str, Any]:
        """The Report JSON of DESIGN.md (text left out: it is stored, not printed)."""
        return {
            "report_id": self.report_id,
            "source": self.source,
            "title": self.title,
            "issuer": self.issuer,
            "region": asdict(self.region),
            "level": self.level,
            "body_kind": self.body_kind,
            "department": self.department,
            "year": self.year,
            "format": self.format,
            "script": self.script,
            "synthetic": self.synthetic,
            "facts": [_fact_json(f) for f in self.facts],
            "tables": {
                table: {
                    row: {col: cell.value for col, cell in cols.items()}
                    for row, cols in rows.items()
                }
                for table, rows in self.tables.items()
            },
            "problems": [{"text": p.text, "category": p.category} for p in self.problems],
            "warnings": list(self.warnings),
            "scope": self.scope,
            "published": self.published,
            "provenance": {k: dict(v) for k, v in self.provenance.items()},
        }


def _fact_json(fact: Fact) -> dict[str, Any]:
    out = asdict(fact)
    if fact.confidence is None:  # only OCR's figures carry a confidence
        del out["confidence"]
    return out


def report_id(text: str) -> str:
    """Stable id: a hash of the normalised text, so the same report read from .html
    or from a re-download gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
