"""Kinds of text the parser misread on blind set AX (township bodies of 江苏, 浙江, 广东, 2020–2025),
each with its labelled counter-case. Minimal texts of the kind; sentences quoted from a labelled set
name their report."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_rate_per_week_is_no_count_of_the_year() -> None:
    # 天河街道 2022 (blind AX zhejiang-wenzhou-longwan-tianhejiedao-2022): 微信公众号平均每周发布信息24条 was
    # read new_media_posts 24; a weekly, daily or monthly rate is not the year's count
    got = values(
        "一、总体情况\n2022年街道主动公开政府信息31条,其中,机构信息29条,规划计划1条,重点工作1条,"
        "微信公众号平均每周发布信息24条。",
        2022,
    )
    assert got == {"proactive_items_total": 31}
    assert "interpretations" not in values("一、总体情况\n每月发布政策解读2篇。", 2022)
    assert "new_media_posts" not in values("一、总体情况\n公众号日均推送信息5条。", 2022)


def test_the_years_count_beside_a_daily_habit_is_still_read() -> None:
    # counter-case: blind AI-audit jiangxi-shangrao-zhengfu-2022-spam, 市政府微信公众号保持每日更新,共发布信息1193条
    got = values("一、总体情况\n2022年,市政府微信公众号保持每日更新,共发布信息1193条。", 2022)
    assert got["new_media_posts"] == 1193


def test_a_township_office_shared_with_its_congress_is_the_townships() -> None:
    # 厚桥街道 2025 (blind AX jiangsu-wuxi-xishan-houqiaojiedao-2025): 由无锡市锡山区人民政府厚桥街道党政和人大
    # 办公室编制 was read county level
    meta = meta_of(
        "本年度报告依据《中华人民共和国政府信息公开条例》要求,由无锡市锡山区人民政府厚桥街道党政和人大"
        "办公室编制。报告中所有数据的统计期限,均为2025年1月1日至2025年12月31日。\n一、总体情况\n"
        "2025年,厚桥街道全年累计主动公开信息32条。"
    )
    assert meta.level == "township"


def test_the_countys_own_office_stays_county() -> None:
    # counter-case: the county government's office named the same way is the county's
    meta = meta_of(
        "本年度报告依据《中华人民共和国政府信息公开条例》要求,由无锡市锡山区人民政府办公室编制。"
        "报告中所有数据的统计期限,均为2025年1月1日至2025年12月31日。\n一、总体情况\n"
        "2025年,锡山区全年累计主动公开信息3200条。"
    )
    assert meta.level == "county"


def test_documents_made_after_a_breakdown_closed_by_besides_are_read() -> None:
    # 大涌镇 2022 (blind AX guangdong-zhongshan-dachongzhen-2022): …主动公开我镇政府信息3548条。其中,…;此外,…
    # 全年共制定政府规范性文件3件 was missed as a part of the items' breakdown
    got = values(
        "一、总体情况\n全年主动公开我镇政府信息3548条。其中,利用集约化门户网站发布信息共1223条;此外,"
        "我镇在开放中山数据开放平台共发布数据集13个,发布数据总量2236条;全年共制定政府规范性文件3件,"
        "废止政府规范性文件6件。",
        2022,
    )
    assert got["normative_docs_made"] == 3
    assert got["proactive_items_total"] == 3548


def test_a_normative_part_of_the_items_breakdown_stays_unread() -> None:
    # counter-case: blind AT sichuan-wenlvting-2022-spam labels no normative_docs_made for
    # 通过官网发布信息3374条,其中,发布规范性文件5件、政策宣传解读16件、其他文件35件
    got = values(
        "一、总体情况\n2022年,通过官网发布信息3374条,其中,发布规范性文件5件、政策宣传解读16件、其他文件35件。",
        2022,
    )
    assert "normative_docs_made" not in got


def test_requests_named_by_their_case_name_need_no_verb() -> None:
    # 永宁街道 2025 (blind AX jiangsu-nanjing-pukou-yongningjiedao-2025): 网上申请、信件邮寄等形式的依申请公开件
    # 共12件,均依法依规按时办结 was missed (no verb of receiving)
    got = values(
        "(二)依申请公开规范办理。严格执行《条例》关于依申请公开的各项规定。网上申请、信件邮寄等形式的"
        "依申请公开件共12件,均依法依规按时办结。",
        2025,
    )
    assert got["requests_received"] == 12
    assert got["requests_completed"] == 12


def test_disclosure_by_request_as_a_class_of_documents_stays_unread() -> None:
    # counter-cases: blind AP5 zhejiang-lishui-songyang-dadongbazhen-2021 labels no requests for 依申请公开0件
    # among the documents' classes; blind AS zhejiang-jingxinting-2022-spam's 所有依申请公开件均在20个工作日内
    # 给予答复 holds no count
    got = values(
        "一、总体情况\n2021年,我镇共发文96件,其中主动公开文件0件,不公开文件96件,依申请公开0件,"
        "全年未发生因政务公开申请行政复议、提起行政诉讼的情况。",
        2021,
    )
    assert "requests_received" not in got
    got = values("(二)依申请公开。所有依申请公开件均在20个工作日内给予答复。", 2022)
    assert "requests_received" not in got and "requests_completed" not in got


def test_no_disclosures_in_the_year_is_a_zero() -> None:
    # 头灶镇 2022 (blind AX jiangsu-yancheng-dongtai-touzaozhen-2022): 截至2022年12月31日,我镇全年没有主动
    # 公开的政府信息 was missed
    got = values(
        "一、总体情况\n1. 政府信息主动公开情况\n截至2022年12月31日,我镇全年没有主动公开的政府信息。",
        2022,
    )
    assert got["proactive_items_total"] == 0


def test_no_normative_document_disclosed_is_no_zero_of_the_items() -> None:
    # counter-case: a sentence of AN-audit's texts (sichuan-nanchong-unknown-zhujianju-2022-spam), 2022年,我局无主动公开行政规范性
    # 文件 — a kind of document, not the year's items
    got = values(
        "一、总体情况\n2022年,我局无主动公开行政规范性文件;处理行政许可决定数量22件。", 2022
    )
    assert "proactive_items_total" not in got


def test_items_followed_by_their_content_are_read() -> None:
    # 七都街道 2024 (blind AX zhejiang-wenzhou-lucheng-qidujiedao-2024): 公开政府信息20条内容涉及… was missed
    # (its 内 taken for 'within')
    got = values(
        "(一)主动公开情况。今年,我街道通过区政府信息公开网站公开政府信息20条内容涉及公告公示、组织机构、"
        "政策文件、政府公开年报及重点领域信息公开7大类,确保群众及时了解政府信息动态。",
        2024,
    )
    assert got["proactive_items_total"] == 20


def test_a_time_limit_within_days_is_still_no_count() -> None:
    # counter-case: 内 after a count of days is a time limit (…在15个工作日内…), no count of the metric
    got = values("(二)依申请公开。全年共收到申请5件,均在15个工作日内答复。", 2024)
    assert got.get("requests_received") == 5
    assert 15 not in got.values()
