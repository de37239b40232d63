"""Kinds met in blind set BE (county-level governments and their 办公室, 江苏 浙江 广东 湖南, 2019–2022):
one test per kind, with its labelled counter-cases."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_verb_right_before_the_figure_governs_a_noun_after_it() -> None:
    # blind/BE zhejiang-hangzhou-binjiang-2021-trad-spam (我區發布15件規範性文件, here simplified): 发布 before
    # the figure reads as 发布规范性文件15件 does, both published and made (train
    # guangdong-qingyuan-qingxin-bgs-2022 labels 共发布规范性文件9条 at both metrics)
    got = values("2021年,我区发布15件规范性文件、10期本年度重点工作进展。", 2021)
    assert got["normative_docs_made"] == 15
    assert got["policy_documents"] == 15
    got = values("全年发布规范性文件39件,政策解读42条。", 2022)  # blind/BE shengzhou-bgs-2022
    assert got["normative_docs_made"] == 39 and got["policy_documents"] == 39


def test_a_noun_after_the_figure_keeps_its_own_reading_when_no_verb_precedes_it() -> None:
    # counter-cases: blind/Y hunan-renshe-2025 (…的通知》等32件规范性文件: published only, labelled so);
    # train zhejiang-hangzhou-binjiang-bgs-2024 (本办做好14件规范性文件政策解读 → interpretations 14, its made
    # count from 本办共制发14件规范性文件 elsewhere); train zhejiang-hangzhou-binjiang-2024 (制发 before the figure)
    got = values(
        "主动公开《湖南省人力资源和社会保障厅关于印发〈湖南省职称评审专家管理暂行办法〉的通知》等32件规范性文件。",
        2025,
    )
    assert got.get("policy_documents") == 32
    assert "normative_docs_made" not in got
    got = values("2024年,本办做好14件规范性文件政策解读,开设多样化解读栏目。", 2024)
    assert got.get("interpretations") == 14
    assert "normative_docs_made" not in got
    got = values("2024年以来,我区共制发24件规范性文件,全部实现至少两种方式解读。", 2024)
    assert got["normative_docs_made"] == 24


def test_a_government_s_name_cut_by_spam_is_no_issuer_and_no_city() -> None:
    # blind/BE zhejiang-hangzhou-xihu-bgs-2021-spam: casino spam stands where the district's name was
    # (杭州市365ba_365bet…体育人民政府办公室): what is left, 体育人民政府办公室, names no place, so it is no issuer
    # (the labels' issuer is null); with no issuer the report's own page placed it in 西湖区, county level
    title = (
        "杭州市365ba_365bet官方体育投注_28365365体育人民政府办公室2021年度政府信息公开工作年度报告"
    )
    body = (
        "\n本年度报告根据《中华人民共和国政府信息公开条例》编制。2021年,依托“西湖发布”政务新媒体等平台"
        "主动公开行政规范性文件4件。"
    )
    got = meta_of(title + body)
    assert got.issuer is None
    # the city before the cut stands; whether the body is that city's or a district's went with the cut:
    # its level is unknown, not the city's (the label: county)
    assert got.region is not None and got.region.city == "杭州市"
    assert got.level is None


def test_a_government_named_whole_keeps_its_issuer() -> None:
    # counter-cases: the district's name whole, and a town the gazetteer does not hold (its name still a
    # township's: 2018年建新镇政府信息公开…)
    got = meta_of(
        "杭州市西湖区人民政府办公室2021年度政府信息公开工作年度报告\n本年度报告根据…编制。"
    )
    assert got.issuer == "杭州市西湖区人民政府办公室" and got.level == "county"
    got = meta_of("杭州市人民政府办公厅2021年度政府信息公开工作年度报告\n本年度报告根据…编制。")
    assert got.level == "city"
    # and a name that ends in a unit the gazetteer lacks (某县, as a report with its name withheld says)
    assert meta_of("某县人民政府2022年政府信息公开工作年度报告\n本年度…").issuer == "某县人民政府"
    got = meta_of("建新镇人民政府2018年政府信息公开工作年度报告\n本年度报告根据…编制。")
    assert got.issuer == "建新镇人民政府" and got.level == "township"
