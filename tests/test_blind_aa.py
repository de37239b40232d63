"""Kinds met in blind set AA (legacy openings 2008–2013), each from a minimal text of the kind
with its counter-case."""

from __future__ import annotations

from snippets import values


def test_a_nil_of_fees_on_requests_is_no_nil_of_requests() -> None:
    # 未发生依申请公开(信息)收费: no fee was charged, which says nothing of how many requests came
    got = values("2010年,本局未发生依申请公开收费情况。", 2010)
    assert got == {"fees_yuan": 0}
    got = values("本年度我镇未发生依申请公开信息收费和费用减免情况。", 2009)
    assert "requests_received" not in got
    # counter-case: the requests themselves said nil, beside the fees
    got = values("2009年我镇未发生依申请公开事项,未发生依申请公开收费情况。", 2009)
    assert got["requests_received"] == 0


def test_a_nil_cut_off_mid_word_by_the_page_is_not_read() -> None:
    # blind AA zhejiang-jinhua-yiwu-yiting-2009: the excerpt ends 本年度未发生依申请公
    got = values(
        "2009年,我镇严格按照《指南》规定的程序开展政府信息公开工作,本年度未发生依申请公", 2009
    )
    assert "requests_received" not in got
    # counter-case: the word complete
    got = values(
        "2009年,我镇严格按照《指南》规定的程序开展政府信息公开工作,本年度未发生依申请公开。", 2009
    )
    assert got["requests_received"] == 0
