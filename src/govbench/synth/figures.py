"""The true figures of a synthetic report: consistent 表二/表三/表四, deliberate defects,
the identities a correct table satisfies, and the facts the tables state.

Tables are plain dicts `table[row_key][col_key] -> number | None` using the canonical keys
the table extractor uses (None = a cell printed blank).
"""

from __future__ import annotations

import random
from typing import Iterable

from govbench.rules import load as load_rules

Table = dict[str, dict[str, "int | float | None"]]

# the tables' rows and columns, and so their identities, as rules/tables.toml states them
_TABLES = load_rules("tables")
APPLICANT_COLS = tuple(_TABLES["table3"]["applicant_columns"])
TABLE3_COLS = tuple(_TABLES["table3"]["columns"])
TABLE4_ROWS = tuple(_TABLES["table4"]["blocks"])
TABLE4_COLS = tuple(_TABLES["table4"]["columns"])
_ROW_FORMATS = {row["key"]: row.get("formats") for row in _TABLES["table3"]["rows"]}
# groups of 表三's result rows, for the facts a table states (tables.toml [facts])
DENIED_ROWS = tuple(f"d{i}" for i in range(1, 9))
CANNOT_ROWS = ("c1", "c2", "c3")
NOT_PROCESSED_ROWS = tuple(f"n{i}" for i in range(1, 6))
OTHER_ROWS = {"standard_2019": ("other",), "standard_2021": ("o1", "o2", "o3")}

# How applicants and outcomes are usually spread (weights; real reports: mostly natural
# persons, mostly granted or "not held by this body").
_APPLICANT_WEIGHTS = (8.0, 1.2, 0.1, 0.1, 0.3, 0.4)
_RESULT_WEIGHTS = {
    "granted": 30,
    "partial": 8,
    "d1": 0.3,
    "d2": 0.5,
    "d3": 0.3,
    "d4": 1,
    "d5": 1,
    "d6": 1.5,
    "d7": 1,
    "d8": 1,
    "c1": 25,
    "c2": 4,
    "c3": 2,
    "n1": 5,
    "n2": 2,
    "n3": 0.5,
    "n4": 0.5,
    "n5": 0.5,
    "other": 3,
    "o1": 2,
    "o2": 0.3,
    "o3": 1,
}

IDENTITIES = (
    "results_breakdown_sum",
    "row_sums_applicant_cols_eq_total_col",
    "balance_new_plus_carried_eq_results_plus_forward",
    "t4_reconsideration_sum",
    "t4_litigation_direct_sum",
    "t4_litigation_after_reconsideration_sum",
    "continuity_carried_over",
)


def _of_format(keys, fmt: str) -> tuple[str, ...]:
    return tuple(k for k in keys if _ROW_FORMATS[k] is None or fmt in _ROW_FORMATS[k])


def result_rows(fmt: str) -> tuple[str, ...]:
    """表三's rows whose column sums make (七)总计, in the template `fmt`."""
    return _of_format(_TABLES["table3"]["result_rows"], fmt)


def table3_rows(fmt: str) -> tuple[str, ...]:
    return _of_format((row["key"] for row in _TABLES["table3"]["rows"]), fmt)


def split(rng: random.Random, n: int, weights: Iterable[float]) -> list[int]:
    """Share n among weighted parts, jittered, by largest remainder (O(parts), not O(n))."""
    raw = [w * rng.uniform(0.6, 1.4) for w in weights]
    whole = sum(raw)
    if n <= 0 or whole <= 0:
        return [0] * len(raw)
    exact = [n * w / whole for w in raw]
    parts = [int(x) for x in exact]
    order = sorted(range(len(raw)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in order[: n - sum(parts)]:
        parts[i] += 1
    return parts


def _sparse(rng: random.Random, weights: Iterable[float], keep: float) -> list[float]:
    """Most bodies use few outcome rows: zero out minor weights at random."""
    ws = list(weights)
    top = max(ws)
    return [w if w == top or rng.random() < keep else 0.0 for w in ws]


def draw_table3(
    rng: random.Random, fmt: str, scale: float, carried_over: dict[str, int] | None
) -> Table:
    """A consistent 表三: rows sum across applicants, results sum to 总计, and
    new + carried_over = total + carried_forward in every column."""
    received = 0 if rng.random() < 0.12 else int(rng.lognormvariate(0, 0.9) * scale)
    new = split(rng, received, _sparse(rng, _APPLICANT_WEIGHTS, 0.5))
    if carried_over is None:
        carried_over = dict(
            zip(
                APPLICANT_COLS,
                split(
                    rng,
                    int(received * rng.uniform(0, 0.08)) if rng.random() < 0.35 else 0,
                    _APPLICANT_WEIGHTS,
                ),
            )
        )
    rows = result_rows(fmt)
    weights = _sparse(rng, (_RESULT_WEIGHTS[r] for r in rows), 0.45)
    table: Table = {r: {} for r in table3_rows(fmt)}
    for i, col in enumerate(APPLICANT_COLS):
        available = new[i] + carried_over.get(col, 0)
        forward = int(available * rng.uniform(0, 0.12)) if rng.random() < 0.4 else 0
        table["new"][col] = new[i]
        table["carried_over"][col] = carried_over.get(col, 0)
        table["carried_forward"][col] = forward
        table["total"][col] = available - forward
        for row, value in zip(rows, split(rng, available - forward, weights)):
            table[row][col] = value
    for cells in table.values():
        cells["total"] = sum(cells[c] for c in APPLICANT_COLS)
    return table


def draw_table4(rng: random.Random, scale: float) -> Table:
    table: Table = {}
    for row, share in zip(TABLE4_ROWS, (0.05, 0.03, 0.01)):
        count = int(rng.lognormvariate(0, 1.0) * scale * share) if rng.random() < 0.5 else 0
        parts = split(rng, count, (6, 1, 1.5, 1.5))
        table[row] = dict(zip(TABLE4_COLS, (*parts, sum(parts))))
    return table


def draw_table2(rng: random.Random, fmt: str, scale: float) -> Table:
    def count(mean: float) -> int:
        return int(rng.lognormvariate(0, 1.0) * mean) if rng.random() < 0.8 else 0

    regulations = count(1) if rng.random() < 0.15 else 0
    normative = count(3 + scale / 20)
    if fmt == "standard_2019":
        table: Table = {
            "regulations": {
                "made": regulations,
                "published": regulations,
                "total_published": regulations + count(20),
            },
            "normative_docs": {
                "made": normative,
                "published": normative,
                "total_published": normative + count(40),
            },
        }
        for row, mean in (
            ("licensing", 800),
            ("other_services", 100),
            ("penalty", 400),
            ("coercion", 40),
        ):
            table[row] = {
                "prev_count": count(40),
                "change": rng.randint(-5, 8),
                "decisions": count(mean * scale / 50),
            }
        table["admin_fees"] = {"prev_count": count(10), "change": rng.randint(-3, 3)}
        table["procurement"] = {"count": count(10), "amount": count(300000)}
        return table
    return {
        "regulations": {
            "made": regulations,
            "repealed": count(0.5) if regulations else 0,
            "in_force": regulations + count(15),
        },
        "normative_docs": {
            "made": normative,
            "repealed": count(2),
            "in_force": normative + count(30),
        },
        "licensing": {"decisions": count(800 * scale / 50)},
        "penalty": {"decisions": count(400 * scale / 50)},
        "coercion": {"decisions": count(40 * scale / 50)},
        "admin_fees": {
            "amount_wanyuan": round(rng.lognormvariate(0, 1.5) * 500, 2)
            if rng.random() < 0.6
            else 0
        },
    }


def _n(v: int | float | None) -> int | float:
    return 0 if v is None else v


def broken_identities(
    table3: Table, table4: Table, fmt: str, previous_forward: dict[str, int | None] | None = None
) -> list[str]:
    """Names (IDENTITIES) of the FORMATS.md identities the printed tables break."""
    broken = []
    results = result_rows(fmt)
    if any(_n(table3["total"][c]) != sum(_n(table3[r][c]) for r in results) for c in TABLE3_COLS):
        broken.append("results_breakdown_sum")
    if any(
        _n(cells["total"]) != sum(_n(cells[c]) for c in APPLICANT_COLS) for cells in table3.values()
    ):
        broken.append("row_sums_applicant_cols_eq_total_col")
    if any(
        _n(table3["new"][c]) + _n(table3["carried_over"][c])
        != _n(table3["total"][c]) + _n(table3["carried_forward"][c])
        for c in TABLE3_COLS
    ):
        broken.append("balance_new_plus_carried_eq_results_plus_forward")
    for row in TABLE4_ROWS:
        cells = table4[row]
        if _n(cells["total"]) != sum(_n(cells[c]) for c in TABLE4_COLS[:4]):
            broken.append(f"t4_{row}_sum")
    if previous_forward is not None and any(
        _n(table3["carried_over"][c]) != _n(previous_forward.get(c)) for c in TABLE3_COLS
    ):
        broken.append("continuity_carried_over")
    return broken


def break_identity(
    rng: random.Random, table3: Table, table4: Table, fmt: str, has_previous: bool
) -> None:
    """Spoil one printed figure the way real reports do (a wrong total, a cell not carried
    into the totals, a 表四 total left at 0, last year's carry-over misquoted)."""
    delta = rng.randint(1, 5)
    kinds = ["t3_total", "t3_cell", "t3_forward", "t4_total"] + (["continuity"] * has_previous)
    kind = rng.choice(kinds)
    if kind == "t3_total":
        table3["total"]["total"] = _n(table3["total"]["total"]) + delta
    elif kind == "t3_cell":
        row = rng.choice(result_rows(fmt))
        col = rng.choice(APPLICANT_COLS)
        table3[row][col] = _n(table3[row][col]) + delta
    elif kind == "t3_forward":
        table3["carried_forward"]["total"] = _n(table3["carried_forward"]["total"]) + delta
    elif kind == "t4_total":
        cells = table4[rng.choice(TABLE4_ROWS)]
        parts = sum(_n(cells[c]) for c in TABLE4_COLS[:4])
        cells["total"] = 0 if parts else delta
    else:
        # Misquoted carry-over, kept balanced so only continuity breaks.
        for row in ("carried_over", "carried_forward"):
            for col in ("natural_person", "total"):
                table3[row][col] = _n(table3[row][col]) + delta


def table_facts(table2: Table, table3: Table, table4: Table, fmt: str) -> dict[str, int | float]:
    """The metrics DESIGN.md derives from the standard tables, from the printed cells."""

    def total(*rows: str) -> int | float:
        return sum(_n(table3[r]["total"]) for r in rows)

    facts: dict[str, int | float] = {
        "requests_received": total("new"),
        "requests_carried_over": total("carried_over"),
        "requests_granted": total("granted"),
        "requests_partially_granted": total("partial"),
        "requests_denied": total(*DENIED_ROWS),
        "requests_cannot_provide": total(*CANNOT_ROWS),
        "requests_not_processed": total(*NOT_PROCESSED_ROWS),
        "requests_other": total(*OTHER_ROWS[fmt]),
        "requests_completed": total("total"),
        "requests_carried_forward": total("carried_forward"),
        "admin_reconsideration": _n(table4["reconsideration"]["total"]),
        "reconsideration_corrected": _n(table4["reconsideration"]["corrected"]),
        "admin_litigation": _n(table4["litigation_direct"]["total"])
        + _n(table4["litigation_after_reconsideration"]["total"]),
        "litigation_corrected": _n(table4["litigation_direct"]["corrected"])
        + _n(table4["litigation_after_reconsideration"]["corrected"]),
        "regulations_made": table2["regulations"]["made"],
        "normative_docs_made": table2["normative_docs"]["made"],
        "licensing_decisions": table2["licensing"]["decisions"],
        "penalty_decisions": table2["penalty"]["decisions"],
        "coercion_decisions": table2["coercion"]["decisions"],
    }
    if fmt == "standard_2019":
        facts["normative_docs_in_force"] = table2["normative_docs"]["total_published"]
    else:
        facts["normative_docs_repealed"] = table2["normative_docs"]["repealed"]
        facts["normative_docs_in_force"] = table2["normative_docs"]["in_force"]
        facts["admin_fees_wanyuan"] = table2["admin_fees"]["amount_wanyuan"]
    return facts
