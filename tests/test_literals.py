"""The words a phrasing needs (parse/literals.py): a text without them is skipped unscanned,
so a need that a matching text can lack would lose a fact."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from govbench.parse import literals
from govbench.parse.facts import _rules

PHRASINGS = [
    phrasing for metric in _rules()[0] for phrasing in (*metric.patterns, *metric.zero_patterns)
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("行政复议(?:申请|案件)?(?:共计|共)?(\\d+)件", [{"行政复议"}, {"件"}]),
        ("(?:收到|受理|接到)了?申请", [{"收到", "受理", "接到"}, {"申请"}]),
        ("主动公开(?:信息)共", [{"主动公开信息共"}]),  # a plain group goes on the run
        ("(?<!及)部分公开", [{"部分公开"}]),  # an assertion needs nothing
        ("(?:未|)收取", [{"收取"}]),  # an empty choice needs nothing
        # an assertion in a choice consumes nothing: the choice is still of words
        ("(?:未|没有|不存在(?=因))发生", [{"未", "没有", "不存在"}, {"发生"}]),
        ("(?:^|(?<=,))无", [{"无"}]),  # a choice of assertions only needs nothing
        ("(?:报告)+第", [{"报告"}, {"第"}]),
        ("(?:报告)*第", [{"第"}]),
        ("[^。]{0,4}", []),
    ],
)
def test_needs_of_a_pattern(pattern, expected):
    assert [set(need) for need in literals.needs(re.compile(pattern))] == expected


def test_a_case_blind_pattern_needs_nothing():
    assert literals.needs(re.compile("report", re.IGNORECASE)) == ()


def test_every_phrasing_needs_a_word():
    # what makes the skip worth having: each phrasing of the rules names some word
    assert PHRASINGS and all(phrasing.needs for phrasing in PHRASINGS)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
@pytest.mark.parametrize("index", range(len(PHRASINGS)))
def test_what_a_phrasing_matches_holds_its_needs(index, data):
    phrasing = PHRASINGS[index]
    text = data.draw(st.from_regex(phrasing.regex))
    match = phrasing.regex.search(text)
    assume(match is not None)
    assert literals.holds(phrasing.needs, match.group())
    assert list(phrasing.finditer(text))


def test_first_chars_of_words_optional_prefixes_and_lookarounds() -> None:
    from govbench.parse.literals import first_chars

    assert first_chars("政府信息|(?:专题|专场)?新闻发布会|(?<!各)类信息") == frozenset("政专新类")
    assert first_chars(r"\d+件") is None  # a class of any digit: no guard
    assert first_chars("(?:各类)?") is None  # may match empty: no guard


@pytest.mark.parametrize(
    ("pattern", "words", "lo", "hi"),
    [
        ("(?<!及)部分公开(?:的)?", {"部分公开"}, 0, 0),  # an assertion takes no width
        ("(?:未|没有)(?:收到|受理)[^。]{0,4}?申请", {"收到", "受理"}, 1, 2),  # longer words win
        ("(?:^|(?<=[,。]))(?:全年)?无[^。]{0,6}?行政诉讼", {"行政诉讼"}, 1, 9),
        ("对(?:依申请公开|申请)的答复", {"的答复"}, 3, 6),  # the longest word, after a choice
    ],
)
def test_anchor_of_a_pattern(pattern, words, lo, hi):
    assert literals.anchor(re.compile(pattern)) == literals.Anchor(frozenset(words), lo, hi)


@pytest.mark.parametrize("pattern", [r"\d+件", "[^。]*申请", "(?i)report", "(?:报告)*"])
def test_no_anchor_where_no_word_stands_a_bounded_way_in(pattern):
    assert literals.anchor(re.compile(pattern)) is None


def _pieces(regex: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Texts that hold the phrasing's matches, pieces of them and its words, in any order,
    between report-like filler (punctuation that ends clauses, digits, CJK, line breaks)."""
    words = sorted({w for need in literals.needs(regex) for w in need})
    filler = st.text(alphabet="未没有无及和的共件条,，。;:\n 0123456789年申请公开", max_size=8)
    piece = st.one_of(
        st.from_regex(regex, fullmatch=True),
        st.from_regex(regex, fullmatch=True).map(lambda s: s[1:]),
        st.sampled_from(words) if words else filler,
        filler,
    )
    return st.lists(piece, max_size=8).map("".join)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
@pytest.mark.parametrize("index", range(len(PHRASINGS)))
def test_anchored_scan_finds_what_the_plain_scan_finds(index, data):
    # the combined cue scan must be invisible: the same matches at the same places, in order
    phrasing = PHRASINGS[index]
    where = literals.anchor(phrasing.regex)
    assume(where is not None)
    text = data.draw(_pieces(phrasing.regex))
    expected = [(m.span(), m.groupdict()) for m in phrasing.regex.finditer(text)]
    got = [
        (m.span(), m.groupdict()) for m in literals.anchored_finditer(phrasing.regex, where, text)
    ]
    assert got == expected
