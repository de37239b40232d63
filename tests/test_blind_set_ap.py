"""Kinds of text the parser misread on blind set AP (江苏 and 浙江 bodies of every level, 2021–2025),
each with its counter-case from train or a labelled set. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_carry_over_said_zhuanjie_in_qi_is_taken_out_of_the_total() -> None:
    # 冶金工业园(锦丰镇) 2024: "受理办结…20起(含上年度转结1起)": 转结 is 结转 with its characters swapped,
    # 起 a unit of requests; the year's new ones are 19 (it was read 20)
    got = values(
        "一、总体情况\n全年共受理办结政府信息依申请公开20起(含上年度转结1起),办结19起,结转下年1起。",
        2024,
    )
    assert got.get("requests_received") == 19


def test_a_carry_over_said_jiezhuan_keeps_working() -> None:
    # counter-case: the 结转 wording in 件 (openings2 README: 共受理X件(含上年结转Y件) → X−Y)
    got = values("一、总体情况\n全年共受理政府信息公开申请20件(含上年结转1件),均已办结。", 2024)
    assert got.get("requests_received") == 19


def test_a_civil_suit_is_no_administrative_litigation() -> None:
    # 太仓高新区 2022: "处理民事诉讼2件,无行政诉讼和行政复议案件": the body's civil suits, not suits over
    # disclosure; the zeros stand (it was read litigation 2)
    got = values(
        "一、总体情况\n(三)政府信息公开行政复议、行政诉讼情况\n2022年我区处理民事诉讼2件,无行政诉讼和行政复议案件。",
        2022,
    )
    assert got.get("admin_litigation") in (0, None)
    assert got.get("admin_litigation") != 2


def test_a_bare_suit_count_in_the_disclosure_topic_is_still_read() -> None:
    # counter-case: 诉讼 alone after 复议 (…行政复议1件、诉讼2件) is the body's disclosure suits
    got = values("一、总体情况\n因政府信息公开引起的行政复议1件、诉讼2件。", 2023)
    assert got.get("admin_litigation") == 2
