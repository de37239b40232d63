"""The Chinese words a report card prints: labels of its own (rules/oversight.toml [card]),
and the domain's names read from the rules where they already live (metrics, problem
categories, the standard tables' rows and columns)."""

from __future__ import annotations

from functools import cache

from .. import rules
from ..rank import rules as ranking_rules
from ..vocabulary import VALUE_WORDS


@cache
def card_words() -> dict[str, str]:
    """The card's own words and, in Chinese, the words of coded values the app prints too."""
    return {**{k: zh for k, (zh, _) in VALUE_WORDS.items()}, **rules.load("oversight")["card"]}


def word(key: str, **fields) -> str:
    text = card_words()[key]
    return text.format(**fields) if fields else text


def metric_name(key: str) -> str:
    metric = ranking_rules().metrics.get(key)
    return metric.zh if metric else key


def metric_unit(key: str) -> str:
    metric = ranking_rules().metrics.get(key)
    return metric.unit if metric else ""


@cache
def category_names() -> dict[str, str]:
    return {k: v["zh"] for k, v in rules.load("problems").get("categories", {}).items()}


@cache
def _table_axes() -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    raw = rules.load("tables")
    display = raw["display"]
    table3_rows = {row["key"]: row["labels"][0] for row in raw["table3"]["rows"]}
    return {
        "table3": (table3_rows, display["table3_columns"]),
        "table4": (display["table4_rows"], display["table4_columns"]),
    }


def cell_name(cell: str) -> str:
    """ "table3.total.total" -> "表三 （七）总计 · 总计": the template's own words."""
    parts = cell.split(".")
    if len(parts) != 3:
        return cell
    table, row, column = parts
    rows, columns = _table_axes().get(table, ({}, {}))
    return f"{card_words().get(table, table)} {rows.get(row, row)} · {columns.get(column, column)}"
