"""Kinds of figure a precision audit of fresh real report openings of province- and city-level
bodies (benchmark/blind/AI-audit.md) found the parser reading where train's labellers would not,
each with its labelled counter-case. Texts are minimal texts of the kind (normalised as the reader
leaves them: simplified, ASCII , ; : ( )) or sentences of the audited reports, named so."""

from __future__ import annotations

from snippets import values


def test_places_that_take_requests_are_no_requests() -> None:
    # AI-audit chongqing-chongqing-zhengfu-2012: 150 reception points, not 150 requests; the
    # government's own requests follow in the next paragraph
    text = (
        "全市政府机关共设置政府信息公开申请受理点150余个。其中,市级机关设置受理点70余个。\n"
        "重庆市政府共收到政府信息公开申请93件,其中征地拆迁信息71件。"
    )
    assert values(text, 2012).get("requests_received") == 93
    assert "requests_received" not in values("全市共设置政府信息公开申请受理点150余个。", 2012)
    assert "proactive_items_total" not in values("在档案馆设立政府信息查阅点12个。", 2012)


def test_requests_received_with_the_verb_of_receiving_stay() -> None:
    # counter-case: 受理 as the verb of the requests, not inside a place's name, still reads
    assert values("全年共受理政府信息公开申请45件。", 2024) == {"requests_received": 45}


def test_papers_sent_up_for_filing_are_no_items_disclosed() -> None:
    # AI-audit liaoning-liaoning-minzhengting-2025: 送交备案近30件 files papers with the office
    # (its name holds 信息 and 公开), it discloses nothing; the site's count is the items total
    text = (
        "(一)规范做好主动公开。全年主动公开规范性文件9件。向省政府信息公开办送交备案近30件。\n"
        "(四)优化升级公开平台。全年厅门户网站发布信息1379条,回复网友留言8条。"
    )
    got = values(text, 2025)
    assert got.get("proactive_items_total") == 1379
    assert got.get("policy_documents") == 9
    assert "proactive_items_total" not in values("向省政府信息公开办送交备案近30件。", 2025)


def test_items_disclosed_and_filed_in_one_sentence_stay_the_items() -> None:
    # counter-case: a total disclosed before a filing clause keeps its count
    got = values("2023年,我局主动公开政府信息120条,规范性文件均按要求报送备案。", 2023)
    assert got == {"proactive_items_total": 120}


def test_a_bare_done_count_among_a_reconsiderations_outcomes_is_no_request_count() -> None:
    # AI-audit shandong-jining-renshe-2020: 尚未办结0件 is a reconsideration's outcome column
    text = (
        "(二)依申请公开。全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,"
        "全部在规定时间内办结。其中予以公开10件,部分公开2件。"
        "全年共收到行政复议1件,维持结果1件,尚未办结0件;未经复议直接诉讼0件,复议后诉讼0件。"
    )
    got = values(text, 2020)
    assert got.get("requests_received") == 21
    # (the 21 all done is not read yet: 包括…申请2件、…19件 between them; no figure beats a wrong one)
    assert got.get("requests_completed") in (None, 21)
    assert got.get("admin_reconsideration") == 1


def test_a_bare_done_count_after_the_requests_stays_completed() -> None:
    # counter-case: 办结 right after the requests' count continues it
    got = values("(二)依申请公开。全年共收到政府信息公开申请12件,办结12件。", 2022)
    assert got == {"requests_received": 12, "requests_completed": 12}


def test_documents_collected_into_a_guide_are_no_documents_published() -> None:
    # AI-audit beijing-beijing-zhengfu-2019: a compilation of years of papers, not the year's
    text = "开通网上政策公开导航服务,汇总归集政府信息公开专栏、政府公报等栏目文件信息5200余条。"
    assert "policy_documents" not in values(text, 2019)
    assert "policy_documents" not in values(
        "高质量办好市政府公报,全年出刊48期,汇集文件398份。", 2024
    )


def test_documents_published_stay_documents() -> None:
    # counter-cases: train jiangsu-taizhou-bgs-2025 公开市政府和市政府办文件16件; AC4 文件信息
    assert values("2025年,公开市政府和市政府办文件16件。", 2025) == {"policy_documents": 16}
    got = values("通过区政府门户网站公开文件信息5条。", 2024)
    assert got.get("policy_documents") == 5


def test_all_answered_after_the_channel_parts_is_not_said_of_the_last_part() -> None:
    # AI-audit guangxi-qinzhou-bureau-2021: 皆已全部按时答复 is said of all 9, not of the paper one
    text = (
        "2021年我局共收到9份政府信息依申请公开事项,其中8份是网络依申请公开,"
        "1份是纸质依申请公开,皆已全部按时答复,予以公开9件。"
    )
    got = values(text, 2021)
    assert got.get("requests_received") == 9
    assert got.get("requests_completed") in (None, 9)


def test_a_single_count_all_answered_is_also_completed() -> None:
    # counter-case (README): 受理…X件,均已办结 is labelled both received and completed
    got = values("2021年共受理政府信息公开申请9件,均已按时办结。", 2021)
    assert got == {"requests_received": 9, "requests_completed": 9}
