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


def test_a_running_total_before_a_sentence_led_by_the_year_is_no_years_figure() -> None:
    # blind AA3 shanghai-caizhengju-2011: 累计…2292条 is a stock since the start; the year's is 282
    got = values(
        "截至2011年底,上海市财政局累计主动公开政府信息2292条,全文电子化率达100%。"
        "2011年,共主动公开全文电子化政府信息282条,其中:政策法规类信息164条。",
        2011,
    )
    assert got["proactive_items_total"] == 282
    # counter-case: a running total up to the year's end, with no figure of the year beside it,
    # is the year's (train gansu-baiyin-pingchuan-fagaiju-2025)
    got = values("截至2011年底,我局累计主动公开政府信息2292条,全文电子化率达100%。", 2011)
    assert got["proactive_items_total"] == 2292


def test_a_heading_of_cases_answered_none_is_zero_cases() -> None:
    # blind AA3 jiangxi-fuzhou-minzhengju-2013: the legacy heading, then 无 on the next line
    got = values(
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无\n六、政府信息公开工作存在的主要问题",
        2013,
    )
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0
    # counter-cases: a heading of outcomes is no count of cases; a figure under the heading is read
    assert values("行政复议被纠正情况:无。", 2013) == {}
    got = values(
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n2013年我局有1起行政复议。", 2013
    )
    assert got == {"admin_reconsideration": 1}
