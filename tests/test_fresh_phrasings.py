"""Phrasings met in unseen real report openings (fresh3/C), as minimal texts written here:
how a carried-over request, an answer, a worded count or a worded zero is said, and a
truncated 表三 whose rows end in empty cells."""

from __future__ import annotations

from govbench.model import Document
from govbench.parse.facts import narrative_facts
from govbench.parse.tables import extract_tables


def values(text: str, year: int | None = 2024) -> dict:
    return {f.metric: f.value for f in narrative_facts(text, year=year, format="legacy")}


def test_carry_over_said_as_moved_into_this_year_is_taken_off_the_received() -> None:
    got = values("全年共办理政府信息公开申请40件,含2023年转至今年办理的2件,办结39件。")
    assert got["requests_received"] == 38
    # 至今年 is "into this year", not 至今 "up to now": the completed count stays the year's
    assert got["requests_completed"] == 39


def test_up_to_now_still_vetoes_a_running_count() -> None:
    got = values("本局自开通平台至今共收到政府信息公开申请40件。")
    assert "requests_received" not in got


def test_requests_answered_within_the_legal_term_are_completed() -> None:
    got = values("全年共收到依申请公开申请 3 件,在法定时限内完成审查、办理与答复。")
    assert got["requests_received"] == 3
    assert got["requests_completed"] == 3


def test_the_answered_part_of_the_received_is_the_completed() -> None:
    got = values("本单位共收到8件信息依申请公开,其中6件已经按时完成答复,剩余2件结转下年度办理。")
    assert got["requests_received"] == 8
    assert got["requests_completed"] == 6


def test_the_answered_part_needs_a_sentence_about_requests() -> None:
    # 热线 cases answered are not disclosure requests
    got = values("12345热线共受理群众诉求30件,其中28件已经办结。")
    assert "requests_completed" not in got


def test_one_request_counted_in_words_and_answered() -> None:
    got = values("2024年度本街道收到政府信息公开申请一件,已办理完毕。")
    assert got["requests_received"] == 1
    assert got["requests_completed"] == 1


def test_one_as_an_idiom_is_still_no_count() -> None:
    got = values("本镇对政府信息公开申请一次性告知所需材料。")
    assert "requests_received" not in got


def test_no_requests_said_as_wu_shenqing_is_zero() -> None:
    assert values("三、依申请公开情况\n本镇2016年度无申请。", year=2016)["requests_received"] == 0


def test_wu_shenqing_ren_is_not_a_zero_of_requests() -> None:
    got = values("依申请公开工作中,本镇无申请人投诉。", year=2016)
    assert "requests_received" not in got


def test_not_one_case_of_reconsideration_or_litigation_is_two_zeros() -> None:
    got = values("2016年度本乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。", year=2016)
    assert got["admin_reconsideration"] == 0
    assert got["admin_litigation"] == 0


def test_not_one_case_corrected_is_no_zero_of_cases() -> None:
    got = values("本年度无一例行政复议被纠正。", year=2016)
    assert "admin_reconsideration" not in got


def test_no_fee_charged_to_applicants_is_zero() -> None:
    got = values("2016年,没有向政府信息公开申请人收费的情况。", year=2016)
    assert got["fees_yuan"] == 0


def test_truncated_table3_with_empty_trailing_cells_gives_its_rows() -> None:
    text = (
        "三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
        "自然人 | 法人或其他组织 | 总计 | |||||||\n"
        "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
        "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 | ||\n"
        "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n"
        "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 | |\n"
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n"
        "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |\n"
    )
    result = extract_tables(Document(source="snippet", text=text, grids=[]), 2022, None)
    new = result.tables["table3"]["new"]
    assert [new[c].value for c in ("natural_person", "commercial", "total")] == [3, 1, 4]
    granted = result.tables["table3"]["granted"]
    assert granted["total"].value == 3


def test_the_answered_part_of_letters_near_a_requests_word_is_not_completed() -> None:
    got = values("依申请公开工作规范有序,全年受理群众来信30件,其中28件已经办结。")
    assert "requests_completed" not in got


def test_the_answered_part_after_the_requests_count() -> None:
    got = values("全年共收到政府信息公开申请15件,其中14件已按时答复,1件结转下年度。")
    assert got["requests_received"] == 15
    assert got["requests_completed"] == 14
