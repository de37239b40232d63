"""Kinds of figure a precision audit of fresh real report openings in traditional script and of
2008–2016 (benchmark/blind/AJ-audit.md) found or probed the parser reading where train's labellers
would not, each with its labelled counter-case. Texts are minimal texts of the kind (normalised as
the reader leaves them: simplified, ASCII , ; : ( )) or sentences of the audited reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_nil_of_consultations_about_requests_is_no_nil_of_requests() -> None:
    # audit henan-zhengzhou-zhongyuan-shenjiju-2015: the consultations were none, the requests unsaid
    assert "requests_received" not in values("2015年度,本局未收到依申请公开信息的咨询。", 2015)
    assert "requests_received" not in values("2015年度,未收到政府信息公开申请咨询。", 2015)


def test_a_nil_of_requests_said_with_the_consultations_stays() -> None:
    # counter-cases: both none (…的咨询和申请), or the requests alone, are the requests' 0
    assert values("2015年度,本局未收到依申请公开信息的咨询和申请。", 2015) == {
        "requests_received": 0
    }
    assert values("本单位未接到依申请公开政府信息的申请及咨询。", 2015) == {"requests_received": 0}
    assert values("2015年度,本局未收到依申请公开信息。", 2015) == {"requests_received": 0}


def test_a_running_total_since_a_dated_month_is_no_years_figure() -> None:
    # 自2008年5月以来 (the 《条例》's start, its month said): the total since then, as 自2008年以来
    text = "自2008年5月以来,我局累计主动公开政府信息1320条,2012年公开信息215条。"
    assert "proactive_items_total" not in values(text, 2012)
    text = "自2008年5月1日起,我局累计主动公开政府信息1320条。"
    assert "proactive_items_total" not in values(text, 2012)


def test_a_since_month_of_the_reports_own_year_stays() -> None:
    # counter-cases: a body begun in the report's year (data/reports/bodies/pt-spp-2019), and the
    # whole year written as a span
    assert values("2019年9月以来,苏平片区主动公开政府信息40条。", 2019) == {
        "proactive_items_total": 40
    }
    text = "2012年1月1日起至2012年12月31日止,我局主动公开政府信息215条。"
    assert values(text, 2012) == {"proactive_items_total": 215}
