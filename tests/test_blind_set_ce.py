"""Kinds of text the parser misread on blind set CE (province governments and their 办公厅), each
with its counter-case. Minimal texts of the kind."""

from __future__ import annotations

import snippets

from govbench.read.normalise import normalise


def meta_of(text: str):
    # as a report is read: normalised (t2s and the variants t2s leaves) first
    return snippets.meta_of(normalise(text))


def test_the_variant_of_shaan_a_converter_writes_names_shaanxi() -> None:
    # blind CE shaanxi-bgt-2022-trad: "陜西省人民政府辦公廳2022年政府信息公開工作年度報告" left province and
    # level unknown: 陜 (a variant of 陝) is left as it is by OpenCC t2s
    meta = meta_of(
        "陜西省人民政府辦公廳2022年政府信息公開工作年度報告\n一、總體情況\n2022年,省政府辦公廳…"
    )
    assert meta.region.province == "陕西省"
    assert meta.level == "province"


def test_shaanxi_written_in_either_script_is_still_read() -> None:
    # counter-cases: the simplified 陕 and the standard traditional 陝 (OpenCC's own)
    for title in (
        "陕西省人民政府办公厅2019年政府信息公开工作年度报告",
        "陝西省人民政府辦公廳2019年政府信息公開工作年度報告",
    ):
        meta = meta_of(title + "\n一、总体情况\n2019年,省政府办公厅…")
        assert meta.region.province == "陕西省"
        assert meta.level == "province"


def test_related_information_after_a_topics_information_ranks_below_a_plain_total() -> None:
    # CE jiangxi-bgt-2020-spam, labelled proactive_items_total 31244: the 3093 counts the epidemic's
    # information the clause before names (相关 refers back to 疫情信息)
    got = snippets.values(
        "2020年,积极协调全省政府系统政府网站和政务新媒体联动发布疫情信息,共发布相关信息3093条,"
        "总阅读量近3亿人次。2020年,省政府门户网站发布信息31244条,解读政策525件。",
        2020,
    )
    assert got.get("proactive_items_total") == 31244


def test_related_information_alone_is_still_the_items() -> None:
    # counter-cases: blind BB jiangsu-nanjing-qixia-jiaoyuju-2023 labels 共计发布相关信息36条 after a lead of fields;
    # alone, even after a topic's information, the count stands
    lead = snippets.values(
        "2023年,我局聚焦在政策规定、部门文件、政策解读、公示公告,特别是群众关注度高的学区划分、招生政策、"
        "教师招聘等重点领域,在“南京市栖霞区人民政府”网站上共计发布相关信息36条。",
        2023,
    )
    assert lead.get("proactive_items_total") == 36
    alone = snippets.values(
        "2020年,积极协调全省政府系统政府网站和政务新媒体联动发布疫情信息,共发布相关信息3093条。",
        2020,
    )
    assert alone.get("proactive_items_total") == 3093
