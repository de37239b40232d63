"""Kinds of text the parser misread on blind set CL (city governments' reports of 2020–2025 from prefectures
with no such labelled report), each with its labelled counter-cases. Minimal texts of the kind; sentences
quoted from the blind sets name their report."""

from __future__ import annotations

from snippets import values


def test_the_suits_columns_said_with_xingzheng_and_chansheng_are_no_count() -> None:
    # blind CL liaoning-chaoyang-bgs-2021: 表四's two columns of suits said with 行政 and the verb 产生; 未经行政复议
    # ("without reconsideration") read as no reconsideration (0) and the direct suit as all suits (1)
    text = (
        "一、总体情况\n二是依申请公开情况。全年收到政府信息依申请公开66件次,1件次结转至下一年度办理,"
        "其余65件次均在法定期限内予以答复。其中1件次经省政府行政复议后产生行政诉讼,目前尚未审结;"
        "1件次未经行政复议直接产生行政诉讼,目前尚未审结。"
    )
    got = values(text, 2021)
    assert "admin_reconsideration" not in got
    assert "admin_litigation" not in got
    assert got["requests_received"] == 66
    # the same columns said with 起诉, as the labelled sets say them (blind BS zhejiang-jiaxing-haining-2023
    # labels reconsideration 9 and no litigation)
    got = values(
        "一、总体情况\n2023年,海宁市人民政府收到依申请公开523件,办理完毕523件。产生行政复议9件,其中2件尚未审结,"
        "未经复议直接起诉5件,复议后起诉1件。",
        2023,
    )
    assert got.get("admin_reconsideration") == 9
    assert "admin_litigation" not in got


def test_suits_and_a_plain_no_reconsideration_are_still_read() -> None:
    # counter-cases: a count of suits and a plain zero keep their readings
    got = values("一、总体情况\n2024年,因政府信息公开引起的行政复议1件、行政诉讼2件。", 2024)
    assert got.get("admin_reconsideration") == 1
    assert got.get("admin_litigation") == 2
    got = values("一、总体情况\n2024年,未发生因政府信息公开工作被申请行政复议的情况。", 2024)
    assert got.get("admin_reconsideration") == 0


def test_documents_forwarded_by_other_bodies_are_not_documents_disclosed() -> None:
    # blind CL liaoning-chaoyang-bgs-2021: the office collected the departments' forwarded documents (for filing),
    # read as the documents it published
    text = (
        "一、总体情况\n一是主动公开情况。通过市政府门户网站发布各类信息18000余条,"
        "收集整理各部门转送的主动公开类文件594份。"
    )
    got = values(text, 2021)
    assert "policy_documents" not in got
    assert got["proactive_items_total"] == 18000


def test_documents_the_body_disclosed_stay_documents() -> None:
    # counter-cases: blind CL hubei-jingmen-bgs-2021 labels 全年主动公开各类政府文件53件; blind AO's 通过市图书馆…公开
    # 政策文件157件 (hebei-shijiazhuang-bgs-2022-spam) stays a count of documents published
    got = values("一、总体情况\n2021年,全年主动公开各类政府文件53件,办理依申请公开46件。", 2021)
    assert got["policy_documents"] == 53
    got = values(
        "一、总体情况\n2022年,通过市图书馆、市档案馆、市政务服务中心公开政策文件157件。",
        2022,
    )
    assert got.get("policy_documents") == 157


def test_the_readings_counted_after_the_documents_they_read_are_the_figure() -> None:
    # blind CL hubei-huanggang-2021-spam: the documents read (the object of 针对) taken for the readings, in one clause
    text = (
        "一、总体情况\n四是强化政民互动。全市各级行政机关针对103份政策文件集中发布政策解读信息178篇次,"
        "其中市本级46篇。"
    )
    assert values(text, 2021).get("interpretations") == 178


def test_the_documents_read_alone_keep_their_count() -> None:
    # counter-cases: the documents read with no readings' count (解读政策文件4件 — blind AC hebei-sjz-changan-2025)
    # and the readings said in a clause of their own (blind AZ/BA 解读…政策文件24件,发布解读材料62件 → 62)
    assert values("一、总体情况\n2025年,解读政策文件4件。", 2025).get("interpretations") == 4
    got = values("一、总体情况\n2024年,解读政策文件24件,发布解读材料62件。", 2024)
    assert got.get("interpretations") == 62
    # nor is a reading's own count followed by another kind's in the next clause demoted (blind AT
    # guangdong-zhengshuju-2024 labels 27 for 2024年累计发布解读信息27条,解读产品21个)
    got = values("一、总体情况\n2024年累计发布解读信息27条,解读产品21个;开展在线访谈3期。", 2024)
    assert got.get("interpretations") == 27
