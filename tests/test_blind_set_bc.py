"""Kinds of text the parser misread on blind set BC (openings of 2014–2019, 江苏/浙江/广东/湖南 first),
each with its counter-cases from train. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_papers_made_with_no_verb_of_disclosure_are_no_policy_documents() -> None:
    # 大路镇 2019 (琼海): "我共制发公文类政府信息64件,通过…信息公开目录主动公开24件" was read policy_documents
    # 64: the papers made, of which 24 were disclosed. Train reads 制发 as made only (zhejiang-taizhou-bgs-2024
    # 制发行政规范性文件21件: normative_docs_made, no policy_documents)
    got = values(
        "一、总体情况\n2019年,我共制发公文类政府信息64件,通过琼海市政府网信息公开目录主动公开24件,"
        "占同期制发文件总数的37.5%,全文电子化率达到100%。",
        2019,
    )
    assert got.get("policy_documents") is None
    got = values("一是通过网站发布政务信息466条,制发行政规范性文件21件,政策解读信息26条。", 2024)
    assert got.get("normative_docs_made") == 21
    assert got.get("policy_documents") is None


def test_papers_made_and_disclosed_stay_policy_documents() -> None:
    # counter-cases, train: guangdong-guangzhou-huadu-2023 labels 以区政府和区政府办公室名义制发的主动公开文件55件,
    # jiangsu-huaian-bgs-2022 全年主动公开以市政府和市政府办公室名义制发的各类规章和文件44件 as policy_documents
    got = values(
        "共组织编制政府公报4期,以区政府和区政府办公室名义制发的主动公开文件55件(其中政府规范性文件8件),"
        "均在规定时限内公开。",
        2023,
    )
    assert got.get("policy_documents") == 55
    got = values(
        "市政府网站主动公开各类政府信息8084条,全年主动公开以市政府和市政府办公室名义制发的各类规章和文件44件。",
        2022,
    )
    assert got.get("policy_documents") == 44
    # and 公文类信息 under a verb of disclosure (train guangdong-shantou-haojiang-bgs-2022 → 54)
    got = values("公开区政府规范性文件等公文类政府信息54条。", 2022)
    assert got.get("policy_documents") == 54


def test_a_sentence_of_parts_after_a_list_total_is_no_total() -> None:
    # 平江县档案局 2017: "我局共公布政府信息、工作动态信息128余条。其中:政府网站公开政府信息数46条,…" was
    # read proactive 46: the total, read from the list's last noun and demoted as such, still leads the
    # sentence of parts after it, whose website part is a part, not the total
    got = values(
        "二、主动公开情况\n截至2017年底,我局共公布政府信息、工作动态信息128余条。其中:政府网站公开政府信息数46条,"
        "政务微信公开政府信息数58条,其他方式24条。",
        2017,
    )
    assert got.get("proactive_items_total") == 128
    assert got.get("new_media_posts") == 58


def test_a_channel_count_with_no_total_before_it_stays_read() -> None:
    # counter-case: with no total before, the website's count is the items (train jiangsu-huaian-bgs-2022
    # 市政府网站主动公开各类政府信息8084条), and a plain total keeps its parts as parts
    got = values(
        "截至2017年底,我局共公布政府信息128余条。其中:政府网站公开政府信息数46条,其他方式24条。",
        2017,
    )
    assert got.get("proactive_items_total") == 128
    got = values("2017年,政府网站公开政府信息数46条,政务微信公开政府信息数58条。", 2017)
    assert got.get("proactive_items_total") == 46
