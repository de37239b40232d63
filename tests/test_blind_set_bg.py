"""Kinds of text the parser misread on blind set BG (city governments' reports, 2008–2018, the
legacy free-text format), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_count_that_leaves_the_disclosure_platform_out_is_no_items_total() -> None:
    # blind BG liaoning-dalian-noyear: "“中国·大连”政府门户网站发布政务信息8万余条(不含“政府信息公开网”)"
    # was read proactive_items_total 80000: the portal's other posts, the disclosure site left out
    got = values(
        "二、主动公开政府信息情况\n“中国·大连”政府门户网站发布政务信息8万余条(不含“政府信息公开网”)。"
        "全年共召开新闻发布会35场。",
        None,
    )
    assert got.get("proactive_items_total") is None
    assert got.get("press_conferences") == 35


def test_a_total_that_leaves_other_records_out_is_still_read() -> None:
    # counter-cases: blind X yunnan-kunming-2023 labels 62.96万条 (不包括行政职权…), blind X8 sichuan-2019
    # labels 842.13万条 (不含政务服务、企业信用…)
    got = values(
        "一、总体情况\n2023年,全市主动公开政府信息62.96万条(不包括行政职权和公共服务事项办理结果公开数据)。",
        2023,
    )
    assert got.get("proactive_items_total") == 629600
    got = values(
        "一、总体情况\n2019年,累计公开政府信息842.13万条(不含政务服务、企业信用、集体土地征收等专题数据)。",
        2019,
    )
    assert got.get("proactive_items_total") == 8421300


def test_funds_set_aside_for_the_disclosure_work_are_its_funding() -> None:
    # blind BG jiangxi-ganzhou-2008: "…具体负责全市政务信息公开工作的集中推进和日常管理,…解决了办公经费,
    # 其中市本级安排了2万元工作经费" was missed: the money said before the funds (as blind W2
    # hunan-yueyang-huarong-2014 labels 投入各类保障经费255余万元)
    got = values(
        "一、概述\n领导小组下设办公室在市政府办,具体负责全市政务信息公开工作的集中推进和日常管理,"
        "解决了办公经费,其中市本级安排了2万元工作经费,真正落实了机构、人员和经费。",
        2008,
    )
    assert got.get("funding_yuan") == 20000


def test_funds_of_other_work_are_no_disclosure_funding() -> None:
    # counter-case: funds of other work, the sentence naming no disclosure (narrative.toml's 争取上级资金
    # 3000万元 kind), labelled nowhere as funding_yuan
    got = values("一、概述\n2012年,市财政安排了300万元道路养护经费,用于城区道路维修。", 2012)
    assert got.get("funding_yuan") is None
