"""The same report in another dress: transforms of a report's text that keep every fact true.

Script converters (OpenCC s2t, s2twp with Taiwan phrases, s2hk, one that keeps 余/范, one that
writes pinyin after the characters it converted), and layouts a PDF or a careless editor gives
(full-width digits, blanks around figures, thousands separators, lines hard-wrapped at a page's
width, page numbers between them). None changes a value, a place or a year: a parser must read the variant as it reads the
original. For the metamorphic tests (tests/test_dress.py) and benchmark/robustness.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import opencc

Transform = Callable[[str], str]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def s2t(text: str) -> str:
    """Traditional characters, OpenCC's standard (報告, 發佈)."""
    return str(_converter("s2t").convert(text))


def s2twp(text: str) -> str:
    """Taiwan characters and phrases (信息 -> 資訊, 发布 -> 釋出, 文件 -> 檔案, 软件 -> 軟體)."""
    return str(_converter("s2twp").convert(text))


def s2hk(text: str) -> str:
    """Hong Kong standard characters (OpenCC s2hk: 發佈, 裏, 綫)."""
    return str(_converter("s2hk").convert(text))


def s2t_keeping_yu_fan(text: str) -> str:
    """A converter that leaves 余 and 范 as they were (規范, 萬余條)."""
    return s2t(text).replace("餘", "余").replace("範", "范")


# The reading a converter writes after a character it converted (報(bào)告), for the characters
# of the genre's commonest words; the others are converted without one.
PINYIN = {
    "報": "bào",
    "發": "fā",
    "佈": "bù",
    "開": "kāi",
    "務": "wù",
    "條": "tiáo",
    "辦": "bàn",
    "復": "fù",
    "議": "yì",
    "訴": "sù",
    "訟": "sòng",
    "區": "qū",
    "縣": "xiàn",
    "門": "mén",
    "戶": "hù",
    "網": "wǎng",
    "規": "guī",
    "範": "fàn",
    "關": "guān",
    "會": "huì",
    "應": "yìng",
    "請": "qǐng",
    "統": "tǒng",
    "計": "jì",
    "處": "chù",
    "國": "guó",
    "個": "gè",
    "場": "chǎng",
    "數": "shù",
    "萬": "wàn",
    "項": "xiàng",
    "結": "jié",
    "轉": "zhuǎn",
    "廳": "tīng",
    "衆": "zhòng",
    "體": "tǐ",
    "屬": "shǔ",
    "於": "yú",
    "與": "yǔ",
    "動": "dòng",
    "時": "shí",
    "書": "shū",
    "頁": "yè",
    "號": "hào",
    "說": "shuō",
    "讀": "dú",
    "組": "zǔ",
    "織": "zhī",
    "經": "jīng",
    "濟": "jì",
}
_READING = re.compile("[" + "".join(PINYIN) + "]")


def s2t_with_pinyin(text: str) -> str:
    """s2t, and the pinyin after each character of the table that s2t converted (報(bào)告,
    公開(kāi)); a character already traditional gets none."""
    converted = s2t(text)
    if len(converted) != len(text):  # never seen: s2t maps character to character
        return _READING.sub(lambda m: f"{m.group(0)}({PINYIN[m.group(0)]})", converted)
    return "".join(
        f"{new}({PINYIN[new]})" if new != old and new in PINYIN else new
        for old, new in zip(text, converted)
    )


def full_width_digits(text: str) -> str:
    """Digits as full-width characters (２０２３年, １２件)."""
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


# A figure: digits with the separators and decimal point inside it (1,234 / 12.5).
_FIGURE = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def spaces_around_figures(text: str) -> str:
    """A blank between a figure and a Chinese character beside it, as a justified PDF line
    sets them (共 12 件, 2023 年, 1234 条); a figure beside a blank, a digit or a sign is left."""

    def spaced(m: re.Match[str]) -> str:
        before = m.start() > 0 and _CJK_CHAR.match(text[m.start() - 1]) is not None
        after = m.end() < len(text) and _CJK_CHAR.match(text[m.end()]) is not None
        return (" " if before else "") + m.group(0) + (" " if after else "")

    return _FIGURE.sub(spaced, text)


# A count of four figures or more directly before its unit (1234件, 30000余条, 15000万元),
# not a part of a longer figure, a document number (〔2023〕1234号) nor a code.
_COUNT = re.compile(
    r"(?<![0-9.,〔\[(（第])([1-9][0-9]{3,})(?=(?:余|多)?(?:件|条|个|次|项|篇|人次|场|期|份|元|万元))"
)


def thousands_separators(text: str) -> str:
    """Counts of 1,000 or more written with thousands separators (1,234件, 30,000余条)."""
    return _COUNT.sub(lambda m: f"{int(m.group(1)):,}", text)


# Lines a PDF lays out as rows, not prose, and a crawler's header (标题: …): not re-wrapped.
_TABLE_LINE = re.compile(r"\||\t|\d[ \u3000]+\d|^[^\s:：]{1,6}[:：]")  # \d: full-width too
# The characters of a word a line is never cut inside: a figure (3.5), a Latin word, an
# address (www.lianxi.gov.cn, xxgk@126.com); a comma only between digits (1,234).
_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz./_@%-:")


def _inside_word(line: str, cut: int) -> bool:
    """Whether cutting `line` before position `cut` cuts a word."""
    before, after = line[cut - 1], line[cut]
    if before == "," and cut >= 2:
        return line[cut - 2].isdigit() and after.isdigit()
    if after == "," and cut + 1 < len(line):
        return before.isdigit() and line[cut + 1].isdigit()
    # (isdigit: full-width digits too, ２０２４)
    return (before in _WORD or before.isdigit()) and (after in _WORD or after.isdigit())


# Punctuation a line never starts with: it hangs at the end of the line before.
_CLOSING = frozenset(",，、。.;；:：!！?？)）」』”’》〉】")


def hard_wrapped(width: int) -> Transform:
    """Long lines cut every `width` characters, as a PDF's text extracted line by line is:
    never inside a figure or a Latin word (the cut moves before it, as a word processor moves a
    word that does not fit), never before a closing mark of punctuation (it hangs past the margin). Table rows
    are left as they are."""

    def wrap(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if len(line) <= width or _TABLE_LINE.search(line):
                out.append(line)
                continue
            while len(line) > width:
                cut = width
                while cut > 1 and _inside_word(line, cut):
                    cut -= 1
                if cut <= 1:  # a word as long as the line: cut after it
                    cut = width
                    while cut < len(line) and _inside_word(line, cut):
                        cut += 1
                while cut < len(line) and line[cut] in _CLOSING:
                    cut += 1
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
        return "\n".join(out)

    wrap.__doc__ = f"Long lines hard-wrapped every {width} characters, never inside a figure."
    return wrap


def page_numbers(every: int) -> Transform:
    """A page number ("- 3 -") on a line of its own after every `every` lines, as a PDF's
    text keeps each page's footer between two halves of a paragraph or a table."""

    def paged(text: str) -> str:
        out: list[str] = []
        for i, line in enumerate(text.split("\n"), start=1):
            out.append(line)
            if i % every == 0:
                out.append(f"- {i // every} -")
        return "\n".join(out)

    return paged


TRANSFORMS: dict[str, Transform] = {
    "s2t": s2t,
    "s2twp": s2twp,
    "s2hk": s2hk,
    "s2t_keep_yu_fan": s2t_keeping_yu_fan,
    "s2t_pinyin": s2t_with_pinyin,
    "full_width_digits": full_width_digits,
    "spaces_around_figures": spaces_around_figures,
    "thousands_separators": thousands_separators,
    "wrap_32": hard_wrapped(32),
    "wrap_36": hard_wrapped(36),
    "wrap_40": hard_wrapped(40),
}


def combined(*steps: Transform) -> Transform:
    """The transforms one after another (a converted text printed to PDF: s2twp, then wrapped)."""

    def apply(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return apply


# Dresses that come together: a converted text printed to PDF, a PDF's full-width figures set
# apart by blanks, and every trap of a kind at once (tests/test_dress.py parses each report of
# data/reports in the four last).
TRANSFORMS["pages+wrap_32"] = combined(hard_wrapped(32), page_numbers(7))
TRANSFORMS["s2twp+wrap_36"] = combined(s2twp, hard_wrapped(36))
TRANSFORMS["s2hk+wrap_36"] = combined(s2hk, hard_wrapped(36))
TRANSFORMS["full_width+spaces"] = combined(spaces_around_figures, full_width_digits)
TRANSFORMS["thousands+spaces+wrap_36"] = combined(
    thousands_separators, spaces_around_figures, hard_wrapped(36)
)
DRESSES: dict[str, Transform] = {
    "taiwan_pdf": combined(thousands_separators, spaces_around_figures, s2twp, hard_wrapped(40)),
    "hong_kong_pdf": combined(thousands_separators, s2hk, hard_wrapped(32), page_numbers(9)),
    "pinyin_full_width": combined(full_width_digits, s2t_with_pinyin),
    "yu_fan_spaced_pdf": combined(
        spaces_around_figures, full_width_digits, s2t_keeping_yu_fan, hard_wrapped(36)
    ),
}
TRANSFORMS.update(DRESSES)
