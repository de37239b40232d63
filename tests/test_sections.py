"""Finding the top-level sections of real reports, flattened or not."""

from __future__ import annotations

from govbench.parse.sections import find_section, split_sections

# pingtan_zhq_2019 as the crawler flattened it: headings run into the text, and the
# preamble lists every section name without being a heading.
FLATTENED = (
    "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、"
    "提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分。"
    "一、总体情况2019年,在省政府办公厅、省公开办等部门的关心和指导下,我区认真贯彻落实新修订的《条例》。"
    "二、主动公开政府信息情况 第二十条第(一)项信息内容本年新制作数量"
    "三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和)"
    "一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000"
    "四、政府信息公开行政复议、行政诉讼情况 结果维持结果纠正000000000000000 "
    "五、存在的主要问题及改进情况2019年,我区政府信息公开工作取得了一定成效。"
    "六、其他需要报告的事项 无其他需要报告的事项"
)


def test_flattened_standard_report_has_its_six_sections_in_order() -> None:
    keys = [s.key for s in split_sections(FLATTENED)]
    assert keys == ["overview", "proactive", "requests", "review", "problems", "other"]


def test_table_row_numbered_like_a_heading_is_not_a_section() -> None:
    requests = find_section(FLATTENED, "requests")
    review = find_section(FLATTENED, "review")
    assert requests is not None and review is not None
    # 一、本年新收… and 二、上年结转… stay inside section 三
    assert requests.end == review.start
    assert "本年新收政府信息公开申请数量" in FLATTENED[requests.start : requests.end]


def test_legacy_headings_with_combined_fees_and_review_section() -> None:
    # hebei-qinhuangdao-2016 (legacy): 四 names 收费 and 行政复议 at once
    text = (
        "一、基本情况\n2016年,我市…\n二、主动公开政府信息情况\n…\n三、依申请公开政府信息情况\n…\n"
        "四、收费、行政复议及诉讼情况\n…\n五、存在的主要问题及改进方向\n目前还存在一些问题。"
    )
    assert [s.key for s in split_sections(text)] == [
        "overview",
        "proactive",
        "requests",
        "fees",
        "problems",
    ]


def test_heading_that_lost_its_numeral_is_still_found() -> None:
    text = (
        "一、概述\n2014年,我区…。\n主动公开政府信息情况\n2014年主动公开政府信息2543条。\n"
        "依申请公开政府信息情况\n2014年全区收到申请1条。"
    )
    assert [s.key for s in split_sections(text)] == ["overview", "proactive", "requests"]


def test_text_without_headings_has_no_sections() -> None:
    assert split_sections("我局2010年共主动公开政府信息175条。") == []
