"""Metamorphic tests of the harvest's traps (openings2/README, "Kinds of traps"): a report
passed through a converter or a careless layout states the same facts, year and place as
the plain report. Each transformation is one kind of trap, applied to minimal texts of our
own; Hypothesis draws the figures and the combination of traps."""

from __future__ import annotations

import re

import cn2an
import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.parse import parse_document
from govbench.read import read_bytes
from govbench.read.normalise import normalise

REPORT = """{title}
{year}年,宿州市人民政府主动公开政府信息{items}条,其中规范性文件{docs}件。全年共收到政府信息公开申请{requests}件,均已按时办结。召开新闻发布会{press}场。未发生因政府信息公开引起的行政复议和行政诉讼。
宿州市人民政府办公室
{next_year}年1月20日
"""
TITLE = "宿州市人民政府{year}年政府信息公开工作年度报告"


def report(year: int, items: int, docs: int, requests: int, press: int, title: str = TITLE) -> str:
    return REPORT.format(
        title=title.format(year=year),
        year=year,
        next_year=year + 1,
        items=items,
        docs=docs,
        requests=requests,
        press=press,
    )


def what_it_says(text: str) -> tuple:
    """What an overseer reads off a report: year, issuer, place, level and the facts."""
    parsed = parse_document(read_bytes(text.encode("utf-8"), "report.txt", ".txt"))
    region = parsed.region
    place = (region.province, region.city, region.county) if region else None
    facts = sorted((f.metric, f.value, f.approx) for f in parsed.facts)
    return parsed.year, parsed.issuer, place, parsed.level, facts


_CONVERTERS = {name: opencc.OpenCC(name).convert for name in ("s2t", "s2tw", "s2hk", "s2twp")}
_SYLLABLES = ("bào", "fā", "gōng", "kāi", "xìn", "xī", "zhèng", "wù", "lǜ")
_FIGURE = re.compile(r"[0-9]+")


def converted(name: str):
    return _CONVERTERS[name]


def with_reading_aids(text: str) -> str:
    """s2t, and a pinyin reading after each character it converted (報(bào)告)."""
    out = []
    for plain, conv in zip(text, _CONVERTERS["s2t"](text), strict=True):
        out.append(conv)
        if conv != plain:
            out.append(f"({_SYLLABLES[ord(conv) % len(_SYLLABLES)]})")
    return "".join(out)


def keeping_yu_and_fan(text: str) -> str:
    """A converter that keeps 余 and 范 (規范, 萬余條)."""
    return _CONVERTERS["s2t"](text).replace("餘", "余").replace("範", "范")


def spaces_around_figures(text: str) -> str:
    return _FIGURE.sub(lambda m: f" {m.group(0)} ", text)


def ideographic_blanks_around_figures(text: str) -> str:
    return _FIGURE.sub(lambda m: f"\u3000{m.group(0)}\u00a0", text)


def full_width_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def letter_spaced_title(text: str) -> str:
    """The title set letter by letter, as a justified PDF title comes out (figures too)."""
    title, rest = text.split("\n", 1)
    return " ".join(title) + "\n" + rest


def letter_spaced_signature(text: str) -> str:
    return text.replace("宿州市人民政府办公室\n", " ".join("宿州市人民政府办公室") + "\n")


TRAPS = {
    "s2t": converted("s2t"),
    "s2tw": converted("s2tw"),
    "s2hk": converted("s2hk"),
    "s2twp": converted("s2twp"),
    "reading_aids": with_reading_aids,
    "keeps_yu_fan": keeping_yu_and_fan,
    "spaces_around_figures": spaces_around_figures,
    "ideographic_blanks": ideographic_blanks_around_figures,
    "full_width_digits": full_width_digits,
    "letter_spaced_title": letter_spaced_title,
    "letter_spaced_signature": letter_spaced_signature,
}
# Layout traps first, then the script: a converter meets the text as the page laid it out.
_LAYOUT = (
    "spaces_around_figures",
    "ideographic_blanks",
    "full_width_digits",
    "letter_spaced_title",
    "letter_spaced_signature",
)
_SCRIPT = ("s2t", "s2tw", "s2hk", "s2twp", "reading_aids", "keeps_yu_fan")

figures = st.integers(min_value=2, max_value=99_999)


def test_the_plain_report_says_what_it_states() -> None:
    year, issuer, place, level, facts = what_it_says(report(2023, 1234, 12, 56, 7))
    assert (year, issuer, place, level) == (
        2023,
        "宿州市人民政府",
        ("安徽省", "宿州市", None),
        "city",
    )
    assert ("proactive_items_total", 1234, False) in facts
    assert ("requests_received", 56, False) in facts
    assert ("press_conferences", 7, False) in facts


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_each_trap_alone_changes_nothing(trap: str) -> None:
    plain = report(2021, 3433, 15, 208, 9)
    assert what_it_says(TRAPS[trap](plain)) == what_it_says(plain)


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(min_value=2008, max_value=2025),
    items=figures,
    docs=figures,
    requests=figures,
    press=st.integers(min_value=2, max_value=99),
    layout=st.lists(st.sampled_from(_LAYOUT), unique=True, max_size=3),
    script=st.one_of(st.none(), st.sampled_from(_SCRIPT)),
)
def test_traps_combined_change_nothing(
    year: int,
    items: int,
    docs: int,
    requests: int,
    press: int,
    layout: list[str],
    script: str | None,
) -> None:
    plain = report(year, items, docs, requests, press)
    text = plain
    for trap in sorted(layout, key=_LAYOUT.index):
        text = TRAPS[trap](text)
    if script is not None:
        text = TRAPS[script](text)
    assert what_it_says(text) == what_it_says(plain)


# A report whose title alone names the body and the year (the body says 我市 and 本年度).
TITLE_ONLY = """{title}
本年度,我市主动公开政府信息{items}条。全年共收到政府信息公开申请{requests}件,均已按时办结。
"""


@settings(max_examples=10, deadline=None)
@given(year=st.integers(min_value=2008, max_value=2025), items=figures, requests=figures)
def test_a_letter_spaced_title_still_names_year_and_body(
    year: int, items: int, requests: int
) -> None:
    plain = TITLE_ONLY.format(title=TITLE.format(year=year), items=items, requests=requests)
    said = what_it_says(letter_spaced_title(plain))
    assert said == what_it_says(plain)
    assert said[:2] == (year, "宿州市人民政府")


@pytest.mark.parametrize(
    "spaced, joined",
    [
        (
            "宿 州 市 人 民 政 府 2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告",
            "宿州市人民政府2023年政府信息公开工作年度报告",
        ),
        # a name set apart inside a sentence joins its neighbours too
        ("根据宿 州 市 人 民 政 府要求", "根据宿州市人民政府要求"),
        ("指 标 名 称 计量单位 2018年度", "指标名称计量单位2018年度"),
        ("( 一 ) 主 动 公 开 情 况", "(一)主动公开情况"),
        ("国 务 院 令 第 7 1 1 号", "国务院令第711号"),
    ],
)
def test_letter_spaced_words_are_joined(spaced: str, joined: str) -> None:
    assert normalise(spaced) == joined


@pytest.mark.parametrize(
    "row, expected",
    [
        # a unit and its figures: one Chinese character is no spaced word
        ("行政复议数 件 0 0", "行政复议数 件0 0"),
        (
            "本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
            "本年新收政府信息公开申请数量21 0 0 0 0 0 21",
        ),
        ("合 计 1 2 3", "合 计1 2 3"),  # two characters, then cells
    ],
)
def test_table_rows_keep_the_blanks_between_figures(row: str, expected: str) -> None:
    assert normalise(row) == expected


def test_figures_a_spaced_run_ends_with_stay_apart() -> None:
    # a letter-spaced label followed by a row of cells: which digits are one figure is unknown
    assert normalise("本 年 度 合 计 1 2 3") == "本年度合计1 2 3"


_COUNT = re.compile(r"(?<![0-9])([1-9][0-9]?)(?=[件次个场条项])")


def counts_in_words(text: str) -> str:
    """Counts below 100 before their unit written in Chinese numerals (36件 -> 三十六件)."""
    return _COUNT.sub(lambda m: cn2an.an2cn(m.group(1)), text)


# Requests by channel, with no total: a channel's count is a part, in figures or in words.
CHANNELS = """宿州市人民政府{year}年政府信息公开工作年度报告
{year}年,宿州市人民政府通过政府门户网站答复信息公开申请{web}件、纸质申请{paper}件。召开新闻发布会{press}场。
"""


@settings(max_examples=10, deadline=None)
@given(
    web=st.integers(min_value=2, max_value=99),
    paper=st.integers(min_value=2, max_value=99),
    press=st.integers(min_value=2, max_value=99),
)
def test_counts_in_words_say_what_counts_in_figures_say(web: int, paper: int, press: int) -> None:
    plain = CHANNELS.format(year=2023, web=web, paper=paper, press=press)
    said = what_it_says(counts_in_words(plain))
    assert said == what_it_says(plain)
    assert not any(metric.startswith("requests") for metric, _, _ in said[-1])
    assert ("press_conferences", press, False) in said[-1]
