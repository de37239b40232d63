"""Properties that hold on any text: number reading, year finding, table recovery and the
whole parse never raise, never give a negative count, and give the same answer twice."""

from __future__ import annotations

import itertools
import json
import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govbench.model import Document
from govbench.parse import parse_document
from govbench.parse.meta import find_year
from govbench.parse.numbers import CHINESE_DIGITS, Quantity, find_number, parse_number
from govbench.parse.table_split import Piece, Token, agreed, splits
from govbench.parse.tables import extract_tables, rules

# Modest budgets keep the file fast; each property still sees a few hundred inputs.
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text made of what figures are written with, so the fuzz reaches the number grammar
# instead of spending its examples on characters no rule looks at.
NUMBER_TEXT = st.text(
    alphabet=f"0123456789,.万亿{CHINESE_DIGITS}余多来以上左右大约超过近逾将件条年 -", max_size=40
)
# Digit runs of any length: crawled tables glue cells into runs, IDs run long.
LONG_RUNS = st.tuples(
    st.sampled_from("123456789"),
    st.integers(1, 6000),
    st.sampled_from(["", ".5", "万", "亿", "多"]),
).map(lambda t: t[0] * t[1] + t[2])
ANY_TEXT = st.one_of(st.text(max_size=200), NUMBER_TEXT, LONG_RUNS)


def _check_quantity(quantity: Quantity) -> None:
    assert isinstance(quantity.approx, bool)
    assert isinstance(quantity.value, (int, float))
    assert quantity.value >= 0  # no rule reads a minus sign into a count
    # a value goes out as a JSON number: finite, and printable (ints over 4300 digits are not)
    assert math.isfinite(quantity.value)
    assert json.loads(json.dumps(quantity.value)) == quantity.value


@FAST
@given(ANY_TEXT)
def test_parse_number_on_any_text(text):
    quantity = parse_number(text)
    if quantity is not None:
        _check_quantity(quantity)
    assert parse_number(text) == quantity


@FAST
@given(ANY_TEXT)
def test_find_number_on_any_text(text):
    found = find_number(text)
    if found is not None:
        start, end, quantity = found
        assert 0 <= start < end <= len(text)
        _check_quantity(quantity)
        assert parse_number(text[start:end]) == quantity  # the span read alone says the same
    assert find_number(text) == found


YEARISH = st.text(
    alphabet="0123456789年度月日至起自报告《》〔〕()[]号,。\n 政府信息公开工作", max_size=80
)


@FAST
@given(
    st.one_of(st.text(max_size=200), YEARISH), st.one_of(st.none(), st.text(max_size=30), YEARISH)
)
def test_find_year_on_any_text(text, title):
    year, warnings = find_year(text, title)
    assert year is None or 1990 <= year <= 2100
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    assert find_year(text, title) == (year, warnings)


# --- table recovery ------------------------------------------------------------------------

DIGIT_RUNS = st.lists(
    st.text(alphabet="0123456789", min_size=1, max_size=9), min_size=1, max_size=4
)
_PRINTED = {
    "count": re.compile(r"0|[1-9]\d*"),
    "signed": re.compile(r"-?(?:0|[1-9]\d*)"),
    "decimal": re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?"),
}


def _last_is_sum(cut) -> bool:
    # the identity a table row asks for: the 总计 cell is the sum of the others
    return cut[-1].value == sum(p.value for p in cut[:-1])


def _every_cut(tokens, n, kinds):
    """Cuts the slow way: each run cut at every subset of its inner gaps, in order."""
    per_token = []
    for token in tokens:
        gaps = range(1, len(token.text))
        ways = []
        for k in range(len(token.text)):
            for chosen in itertools.combinations(gaps, k):
                bounds = [0, *chosen, len(token.text)]
                ways.append(
                    [
                        Piece(token.text[a:b], token.start + a, token.start + b)
                        for a, b in zip(bounds, bounds[1:])
                    ]
                )
        per_token.append(ways)
    cuts = [sum(way, []) for way in itertools.product(*per_token)]
    return sorted(
        (
            cut
            for cut in cuts
            if len(cut) == n and all(_PRINTED[k].fullmatch(p.text) for p, k in zip(cut, kinds))
        ),
        key=lambda cut: [len(p.text) for p in cut],
    )


@FAST
@given(DIGIT_RUNS, st.integers(1, 8), st.data())
def test_splits_of_random_digit_runs(runs, n, data):
    tokens, pos = [], 0
    for run in runs:
        tokens.append(Token(run, pos))
        pos += len(run) + 1  # one space between tokens
    kinds = data.draw(
        st.one_of(st.none(), st.lists(st.sampled_from(list(_PRINTED)), min_size=n, max_size=n))
    )
    accept = data.draw(st.sampled_from([None, _last_is_sum]))
    found = splits(tokens, n, kinds, accept)
    for cut in found:
        assert len(cut) == n
        # the pieces are the runs cut up, nothing added or lost, in order
        assert "".join(p.text for p in cut) == "".join(runs)
        for piece in cut:
            assert piece.end - piece.start == len(piece.text)
        for piece, kind in zip(cut, kinds or ["count"] * n):
            assert _PRINTED[kind].fullmatch(piece.text)
            assert piece.value >= 0
        if accept is not None:
            assert accept(cut)
    assert splits(tokens, n, kinds, accept) == found
    cells = agreed(found)
    assert all(cell is None or all(c[i] == cell for c in found) for i, cell in enumerate(cells))


@FAST
@given(
    st.lists(st.text(alphabet="0123456789", min_size=1, max_size=4), min_size=1, max_size=4),
    st.integers(1, 10),
    st.data(),
)
def test_splits_miss_no_cut(runs, n, data):
    # short runs, so every way to cut them can be tried one by one beside splits()
    tokens, pos = [], 0
    for run in runs:
        tokens.append(Token(run, pos))
        pos += len(run) + 1
    kinds = data.draw(st.lists(st.sampled_from(list(_PRINTED)), min_size=n, max_size=n))
    accept = data.draw(st.sampled_from([None, _last_is_sum]))
    every = [cut for cut in _every_cut(tokens, n, kinds) if accept is None or accept(cut)]
    assert splits(tokens, n, kinds, accept) == every


TABLE3_LABELS = [row["labels"][0] for row in rules()["table3"]["rows"]]
HEADER = (
    "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
    "\t申请人情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"
)


@st.composite
def flattened_table3(draw) -> str:
    """表三 as crawlers flatten it: label then figures, cells split by a tab, a space, a
    line break or nothing at all (glued), some rows missing, some blank or "无"."""
    lines = [HEADER]
    for label in TABLE3_LABELS:
        if draw(st.integers(0, 9)) == 0:
            continue
        cells = draw(
            st.lists(
                st.one_of(st.integers(0, 3000).map(str), st.sampled_from(["", "无", "/"])),
                min_size=0,
                max_size=8,
            )
        )
        seps = draw(
            st.lists(
                st.sampled_from(["\t", " ", "\n", ""]), min_size=len(cells), max_size=len(cells)
            )
        )
        lines.append(label + "".join(sep + cell for sep, cell in zip(seps, cells)))
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    return "\n".join(lines)


@SLOW
@given(flattened_table3(), st.sampled_from([None, 2019, 2023]))
def test_extract_tables_on_random_flattened_tables(text, year):
    doc = Document(source="fuzz", text=text)
    result = extract_tables(doc, year=year, format_hint=None)
    for rows in result.tables.values():
        for cells in rows.values():
            for cell in cells.values():
                assert cell.value is None or cell.value >= 0
    assert all(fact.value >= 0 for fact in result.facts)
    again = extract_tables(doc, year=year, format_hint=None)
    assert (again.tables, again.facts, again.format) == (result.tables, result.facts, result.format)


# --- the whole parse -------------------------------------------------------------------------

REPORTISH = st.lists(
    st.sampled_from(
        [
            "2019年政府信息公开工作年度报告",
            "一、总体情况",
            "二、主动公开政府信息情况",
            "表三",
            "本年新收",
            "收到政府信息公开申请",
            "23件",
            "两万多条",
            "1.29万",
            "行政复议",
            "行政诉讼",
            "\t",
            "\n",
            " ",
            "0",
            "12",
            "000023",
            "。",
            ",",
            "五、存在的主要问题及改进情况",
            "平潭综合实验区",
            "人民政府",
            "(一)予以公开",
            "总计",
            "无",
            "自2019年1月1日至12月31日止",
        ]
    ),
    max_size=40,
).map("".join)


@SLOW
@given(st.one_of(st.text(max_size=300), REPORTISH, flattened_table3()))
def test_parse_document_never_raises(text):
    report = parse_document(Document(source="fuzz", text=text))
    assert all(fact.value >= 0 for fact in report.facts)
    assert report.year is None or 1990 <= report.year <= 2100
    for fact in report.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
