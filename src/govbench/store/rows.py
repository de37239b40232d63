"""rows: parsed Reports -> Arrow tables shaped like the database's tables (store.SCHEMA).

Built beside the parser, in a pool worker, so the one writer of an ingest only inserts them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from ..model import Report

# Arrow types of the rows a batch inserts. Built column by column straight into Arrow: pandas
# frames of Python objects cost as much as the insert itself (profile in benchmark/RESULTS.md).
ARROW_TYPES = {
    "reports": {
        "report_id": pa.string(),
        "source": pa.string(),
        "title": pa.string(),
        "issuer": pa.string(),
        "region_code": pa.string(),
        "province": pa.string(),
        "city": pa.string(),
        "county": pa.string(),
        "level": pa.string(),
        "body_kind": pa.string(),
        "department": pa.string(),
        "year": pa.int32(),
        "format": pa.string(),
        "script": pa.string(),
        "synthetic": pa.bool_(),
        "text": pa.large_string(),
        "warnings": pa.list_(pa.string()),
        "scope": pa.string(),
        "published": pa.date32(),
    },
    "facts": {
        "report_id": pa.string(),
        "metric": pa.string(),
        "value": pa.float64(),
        "approx": pa.bool_(),
        "method": pa.string(),
        "evidence_start": pa.int32(),
        "evidence_end": pa.int32(),
        "evidence_text": pa.string(),
        "rule": pa.string(),
    },
    "table_cells": {
        "report_id": pa.string(),
        "table": pa.string(),
        "row_key": pa.string(),
        "col_key": pa.string(),
        "value": pa.float64(),
        "raw": pa.string(),
        "evidence_start": pa.int32(),
        "evidence_end": pa.int32(),
    },
    "problems": {
        "report_id": pa.string(),
        "ordinal": pa.int32(),
        "text": pa.string(),
        "category": pa.string(),
        "evidence_start": pa.int32(),
        "evidence_end": pa.int32(),
    },
}


def _arrow(table: str, rows: list[tuple]) -> pa.Table:
    types = ARROW_TYPES[table]
    columns = list(zip(*rows)) if rows else [()] * len(types)
    return pa.table(
        {name: pa.array(col, type=kind) for (name, kind), col in zip(types.items(), columns)}
    )


@dataclass
class ReportRows:
    """The rows of some parsed reports, built where they were parsed.

    A pool worker builds them, so the one writer only inserts Arrow tables: before, every
    Report (its text, facts and cells as Python objects) was pickled to the writer and turned
    into rows there, and that share of the writer's work did not shrink with more workers."""

    report_ids: list[str]  # one per report, each once
    tables: dict[str, pa.Table]  # reports (without ingested_at), facts, table_cells, problems

    @classmethod
    def of(cls, reports: Iterable[tuple[str, Report]]) -> "ReportRows":
        """Rows of (report_id, report) pairs; a report met twice (same text) counts once."""
        unique = dict(reports)
        items = unique.items()
        rows = {
            "reports": [_report_row(rid, r) for rid, r in items],
            "facts": [
                (
                    rid,
                    f.metric,
                    float(f.value),
                    f.approx,
                    f.method,
                    f.evidence.start,
                    f.evidence.end,
                    f.evidence.text,
                    f.rule,
                )
                for rid, r in items
                for f in r.facts
            ],
            "table_cells": [
                (
                    rid,
                    table,
                    row,
                    col,
                    None if cell.value is None else float(cell.value),
                    cell.raw,
                    cell.start,
                    cell.end,
                )
                for rid, r in items
                for table, table_rows in r.tables.items()
                for row, cols in table_rows.items()
                for col, cell in cols.items()
            ],
            "problems": [
                (rid, i, p.text, p.category, p.start, p.end)
                for rid, r in items
                for i, p in enumerate(r.problems, 1)
            ],
        }
        return cls(list(unique), {table: _arrow(table, r) for table, r in rows.items()})

    @classmethod
    def concat(cls, parsed: list["ReportRows"]) -> "ReportRows":
        """The rows of several chunks as one (their reports must be distinct: first_seen)."""
        if not parsed:
            return cls.of([])
        return cls(
            [rid for rows in parsed for rid in rows.report_ids],
            {t: pa.concat_tables([rows.tables[t] for rows in parsed]) for t in ARROW_TYPES},
        )

    def only(self, keep: set[str]) -> "ReportRows":
        """These rows restricted to the reports in `keep`."""
        if keep.issuperset(self.report_ids):
            return self
        ids = pa.array(sorted(keep), type=pa.string())
        return ReportRows(
            [rid for rid in self.report_ids if rid in keep],
            {
                name: t.filter(pc.is_in(t["report_id"], value_set=ids))
                for name, t in self.tables.items()
            },
        )

    def with_sources(self, names: Mapping[str, str]) -> "ReportRows":
        """These rows with each report's source given its name in `names` (path -> name)."""
        reports = self.tables["reports"]
        if not names or not len(reports):
            return self
        renamed = pa.array(
            [names.get(s, s) for s in reports["source"].to_pylist()], type=pa.string()
        )
        at = reports.schema.get_field_index("source")
        return ReportRows(
            self.report_ids, {**self.tables, "reports": reports.set_column(at, "source", renamed)}
        )


def first_seen(parsed: Iterable[ReportRows], claimed: set[str]) -> list[ReportRows]:
    """Each chunk's rows of the reports neither in `claimed` nor in an earlier chunk: of files
    with the same text, the first in file order gives the report. `claimed` gains them."""
    fresh: list[ReportRows] = []
    for rows in parsed:
        new = set(rows.report_ids) - claimed
        claimed |= new
        if new:
            fresh.append(rows.only(new))
    return fresh


def _report_row(rid: str, r: Report) -> tuple:
    return (
        rid,
        r.source,
        r.title,
        r.issuer,
        r.region.code,
        r.region.province,
        r.region.city,
        r.region.county,
        r.level,
        r.body_kind,
        r.department,
        r.year,
        r.format,
        r.script,
        r.synthetic,
        r.text,
        list(r.warnings),
        r.scope,
        dt.date.fromisoformat(r.published) if r.published else None,
    )
