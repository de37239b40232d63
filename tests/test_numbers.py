"""Reading figures the way reports write them (values fully expanded, qualifiers -> approx)."""

from __future__ import annotations

import pytest

from govbench.parse.numbers import Quantity, find_number, parse_number


@pytest.mark.parametrize(
    "span, value, approx",
    [
        ("16836", 16836, False),  # 市本级平台公开各类政府信息16836条
        ("16,836", 16836, False),  # thousands separator
        ("67.35万", 673500, False),  # 全年主动公开政府信息67.35万条
        ("1.29万", 12900, False),
        ("18.4万", 184000, False),  # 累计投入18.4万经费
        ("3.3万余", 33000, True),  # 公开政府信息3.3万余条
        ("20余万", 200000, True),  # 主动公开政府信息20余万条
        ("两万多", 20000, True),  # 各县区平台公开信息两万多条
        ("30余", 30, True),  # 新闻发布会30余场
        ("约6000", 6000, True),  # 累计发布各类政府信息约6000条
        ("近2000", 2000, True),
        ("超过500", 500, True),
        ("100以上", 100, True),
        ("200左右", 200, True),
        ("三百五十", 350, False),
        ("6千余", 6000, True),  # zhejiang-zhoushan-2024: 通过政务新媒体发布信息6千余条
        ("0.89万余", 8900, True),  # 0.89萬餘條 once normalised
        ("五", 5, False),  # 等五个政策文件开展深入解读
        ("0", 0, False),
    ],
)
def test_parse_number_expands_every_form(span: str, value: float, approx: bool) -> None:
    assert parse_number(span) == Quantity(value, approx)


def test_parse_number_keeps_decimals_that_are_not_whole() -> None:
    assert parse_number("7730.28") == Quantity(7730.28, False)


def test_parse_number_rejects_text_without_a_figure() -> None:
    assert parse_number("政府信息") is None


def test_find_number_locates_the_figure_in_a_phrase() -> None:
    phrase = "全旗主动公开政府信息6.7万余条"
    start, end, quantity = find_number(phrase)
    assert phrase[start:end] == "6.7万余"
    assert quantity == Quantity(67000, True)
