"""Reading the figure a report states: 16836条, 1.29万, 67.35万条, 两万多条, 30余场, 约6000条, 6千余条.

Reports write figures every way Chinese prose allows: Arabic digits (with thousands
separators), decimals scaled by 万/亿, Chinese numerals, and qualifiers that make the
figure approximate (余/多/近/约/超过/以上/左右). Values come back fully expanded so that
1.29万 and 12900 compare equal downstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import cn2an

CHINESE_DIGITS = "零〇一二两三四五六七八九十百千"
# Qualifiers that turn a stated figure into an approximation of the true one.
APPROX_PREFIXES = ("大约", "超过", "约", "近", "超", "逾", "将近")
MULTIPLIERS = {"千": Decimal(1_000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
# No figure a report states reaches this (fees in yuan stay far below); a longer digit run
# is an ID or glued junk, and as a value it would be an int JSON cannot print (over 4300
# digits) or a float overflowing to inf.
MAX_FIGURE = Decimal(10) ** 15

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE = f"[{CHINESE_DIGITS}万亿]*[{CHINESE_DIGITS}]"
# One figure with its qualifiers, usable inside larger patterns (no capture groups).
# (1万9千余条: ten-thousands and thousands each in digits, one figure — read alone, 9千 lost the 1万.)
# (3万5000 too; not 1万2, colloquial 12000.)
_MIXED = r"\d+万(?:\d千|\d{4}|零\d{1,3})"
NUMBER_PATTERN = (
    r"(?:大约|超过|将近|约|近|超|逾)?"
    rf"(?:{_MIXED}|{_ARABIC}|{_CHINESE})"
    r"(?:余|多)?(?:千|万|亿)?(?:余|多)?(?:以上|左右)?"
)
_NUMBER_RE = re.compile(NUMBER_PATTERN)


@dataclass(frozen=True)
class Quantity:
    value: int | float
    approx: bool


@lru_cache(maxsize=4096)  # a report repeats its figures' spans; a Quantity is immutable
def parse_number(span: str) -> Quantity | None:
    """The value of one number span, e.g. "两万多" -> Quantity(20000, approx=True).

    Returns None when the span holds no figure. Only the numeral itself goes to cn2an:
    given a whole sentence it would rewrite unrelated characters.
    """
    span = span.strip().replace(" ", "")
    approx = False
    for prefix in APPROX_PREFIXES:
        if span.startswith(prefix):
            span, approx = span[len(prefix) :], True
            break
    for suffix in ("以上", "左右"):
        if span.endswith(suffix):
            span, approx = span[: -len(suffix)], True
    mixed = re.fullmatch(r"(\d+)万(?:(\d)(千)|零?(\d{1,4}))(余|多)?", span)
    if mixed is not None:
        rest = Decimal(mixed[2]) * 1_000 if mixed[3] else Decimal(mixed[4])
        return Quantity(_plain(Decimal(mixed[1]) * 10_000 + rest), approx or bool(mixed[5]))
    match = re.fullmatch(
        rf"(?P<num>{_ARABIC}|{_CHINESE})(?P<q1>余|多|来)?(?P<mult>千|万|亿)?(?P<q2>余|多)?", span
    )
    if match is None:
        return None
    approx = approx or bool(match["q1"] or match["q2"])
    amount = _numeral_value(match["num"])
    if amount is None:
        return None
    if match["mult"]:
        amount *= MULTIPLIERS[match["mult"]]
    if amount >= MAX_FIGURE:
        return None
    return Quantity(_plain(amount), approx)


def find_number(text: str) -> tuple[int, int, Quantity] | None:
    """The first figure in `text` with its (start, end) offsets."""
    for match in _NUMBER_RE.finditer(text):
        quantity = parse_number(match.group())
        if quantity is not None:
            return match.start(), match.end(), quantity
    return None


def _numeral_value(numeral: str) -> Decimal | None:
    if numeral[0].isdigit():
        return Decimal(numeral.replace(",", ""))
    try:
        return Decimal(str(cn2an.cn2an(numeral, "smart")))
    except (ValueError, KeyError):
        return None


def _plain(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)
