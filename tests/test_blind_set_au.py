"""Kinds of text the parser misread on blind set AU (广东 and 湖南 city-level bodies: city departments and
市政府办公室, 2019–2025), each with its labelled counter-cases. Minimal texts of the kind; sentences quoted
from the blind sets name their report."""

from __future__ import annotations

from snippets import values


def test_the_first_kind_of_a_list_of_columns_is_no_total() -> None:
    # blind/AU guangdong-zhanjiang-wenguangluti-2025: 26 was read as the items disclosed; it is one
    # column (the 等信息 closing a list of kinds, its verb far back) before the other columns' counts,
    # and the report states no total
    got = values(
        "一、总体情况\n(一)主动公开情况\n2025年,通过政府门户网站发布普法宣传、法律法规及政策解读、"
        "执法监管领域典型案例等信息共26条,动态要闻109条,通知公告128条,重点领域信息公开27条,部门文件11条、"
        "政府信息公开年报1条,政府网留言45条。",
        2025,
    )
    assert got.get("proactive_items_total") is None


def test_a_total_before_its_columns_and_a_count_of_every_kind_are_still_read() -> None:
    # counter-case, blind/AU guangdong-zhanjiang-gongxinju-2022 labels 268: the total with its verb
    # near, its columns after it
    got = values(
        "一、总体情况\n2022年,全年主动公开政府信息268条,工作动态信息115条,政府规范性文件类信息4条,"
        "通过“湛江工信”微信公众号发布信息100余条。",
        2022,
    )
    assert got.get("proactive_items_total") == 268
    # counter-case, blind/AU hunan-yiyang-bgs-2025 labels 28567: 各类信息, then a channel with its verb
    got = values(
        "(一)主动公开情况。全年通过市政府门户网站累计发布政务动态、政策文件、通知公告等各类信息28567条,"
        "微信公众号发布信息1243条,官方微博更新1331篇。",
        2025,
    )
    assert got.get("proactive_items_total") == 28567
    # a list closed by 等信息 whose next count has a verb of its own: a second channel, the total stands
    got = values(
        "2023年,通过门户网站发布机构职能、政策文件、工作动态等信息共360条,微信公众号发布信息200条。",
        2023,
    )
    assert got.get("proactive_items_total") == 360


def test_requests_said_as_their_verb_phrase_are_received() -> None:
    # blind/AU guangdong-zhanjiang-wenguangluti-2025: 申请公开政府信息 with no 依 names the requests
    got = values(
        "(二)依申请公开情况\n认真贯彻落实市政府有关依申请公开政府信息文件精神,规范相关工作流程。"
        "2025年共收到申请公开政府信息4件,已办结回复4件。",
        2025,
    )
    assert got.get("requests_received") == 4
    assert got.get("requests_completed") == 4


def test_the_way_of_disclosing_by_request_is_no_request_count() -> None:
    # counter-case: 依申请公开政府信息 is how information is disclosed (a kind of information, not requests)
    got = values("2023年,共制作政府信息523条,主动公开政府信息94条,依申请公开信息数374条。", 2023)
    assert got.get("requests_received") is None
    # and none received said so stays a zero (blind/AU guangdong-zhanjiang-gongxinju-2022 labels 0)
    got = values(
        "(二)依申请公开方面。2022年,我局未收到申请公开政府信息事项,没有出现就政府信息公开提出复议、诉讼和申诉的情况。",
        2022,
    )
    assert got.get("requests_received") == 0


def test_none_drafted_and_made_is_no_normative_documents_made() -> None:
    # blind/AU guangdong-zhaoqing-xinfangju-2023-trad: 2023年我局沒有起草和制定規範性檔案 (档案, the
    # converter's 文件)
    assert values("2023年我局没有起草和制定规范性文件。", 2023).get("normative_docs_made") == 0
    assert values("2023年我局没有起草和制定规范性档案。", 2023).get("normative_docs_made") == 0


def test_none_disclosed_or_drafted_alone_is_no_zero_of_made() -> None:
    # counter-cases: a verb of disclosing says nothing of what was made; drafting alone is not making
    assert values("2023年我局未公开规范性文件。", 2023).get("normative_docs_made") is None
    assert values("2023年我局没有起草规范性文件。", 2023).get("normative_docs_made") is None
