"""Kinds of text the parser misread on blind set BN (2025 city-level reports: city offices, whole-city
reports, city departments, outside 江苏/浙江/广东/湖南), each with its labelled counter-cases. Minimal texts
of the kind, or sentences of the set's and train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_meeting_read_in_several_forms_is_no_policy_interpretation() -> None:
    # BN shandong-jining-bgs-2025: 市政府常务会议视频及图文解读109条 was read interpretations 109 (first in the
    # text), before the policy readings labelled, 配发图文、视频等解读材料共33件; a meeting's reading in forms
    # joined by 及/和/、 is the same kind as train jiangsu-taizhou-bgs-2021-trad's 政府常务会议图文解读11次
    text = (
        "2025年,依托市政府门户网站政务公开平台累计发布政府信息2961条,其中市政府常务会议视频及图文解读109条,"
        "涉及市政府重大行政决策及重点任务承诺落实情况信息196条。持续加强政策解读,2025年,公开以市政府及"
        "市政府办公室名义印发的文件18件,配发图文、视频等解读材料共33件。"
    )
    assert values(text, 2025) == {
        "proactive_items_total": 2961,
        "policy_documents": 18,
        "interpretations": 33,
    }
    assert values("全年发布市政府常务会议视频及图文解读109条。", 2025) == {}


def test_policy_readings_in_several_forms_are_still_read() -> None:
    # counter-cases: train jiangsu-taizhou-bgs-2021-trad labels 政策解读38件 beside the meeting's reading;
    # readings of policies in forms joined by 及 (no meeting) keep their count (blind AP5 zhoushan 解读文字和图片)
    got = values("优选政策文件、聚焦民生热点,发布政策解读38件、政府常务会议图文解读11次。", 2021)
    assert got == {"interpretations": 38}
    assert values("全年制作政策图文及视频解读25条。", 2025) == {"interpretations": 25}


def test_the_requests_said_all_answered_in_a_later_sentence_as_those_above() -> None:
    # BN liaoning-chaoyang-ziranziyuanju-2025: 接收到申请书55份,…等方面。\n…上述申请已全部按时答复到位 — 上述申请
    # (以上申请) is 所有申请 of the count just given, a sentence later (blind AP5 温岭 completed from 所有申请…)
    text = (
        "二是依申请公开情况。2025年度市自然资源局接收到申请书55份,申请公开的政府信息主要涉及征地信息、"
        "规划信息等方面。\n我局本着应公开尽公开的原则,上述申请已全部按时答复到位,有效保障了公民的知情权。"
    )
    assert values(text, 2025) == {"requests_received": 55, "requests_completed": 55}
    got = values("2025年共收到政府信息公开申请12件。以上申请均已按时办结。", 2025)
    assert got == {"requests_received": 12, "requests_completed": 12}


def test_those_above_not_all_answered_or_with_a_count_of_their_own_are_no_completed() -> None:
    # counter-cases: a part answered, or a count answered after the verb, says nothing of all of them
    got = values("2025年共收到政府信息公开申请12件。上述申请中已答复10件,2件结转下年度办理。", 2025)
    assert got.get("requests_completed") != 12
    got = values("2025年共收到政府信息公开申请12件。上述申请已全部答复9件。", 2025)
    assert got.get("requests_completed") != 12
