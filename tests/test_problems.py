"""Problems admitted in section 五, split from the improvement measures and classified."""
from __future__ import annotations

from govbench.parse.problems import category_labels, classify, extract_problems

# hebei-qinhuangdao-2016, section 五 (legacy), normalised
QINHUANGDAO_FIVE = (
    "四、收费、行政复议及诉讼情况\n本年度没有依申请收费和减免情况的报告。\n"
    "五、存在的主要问题及改进方向\n\n我市政府信息公开工作在肯定成绩的同时,也存在需要改进的问题。"
    "一是大多数工作人员身兼数项工作,专兼职人员比例差距较大。二是门户网站、信息公开平台公开的信息不均衡"
    "部分重点单位公开信息数量较少,与部门职能不相称;部分单位更新信息不及时,更新较滞后;"
    "部分单位公开信息过于简单化。\n\n2017年,总体的工作思路是继续贯彻“安全为要,规范有序、稳步推进”"
    "和“以公开为常态、不公开为例外”的原则,更加及时、全面、主动公开政府信息。"
)

# pingtan_zhq_2016, section 六 (legacy: 主要问题和改进措施), one sentence listing five problems
PINGTAN_2016 = (
    "六、主要问题和改进措施2016年,我区政府信息公开工作取得了明显进展,但仍存在一些不足和薄弱环节。"
    "主要是个别部门对政府信息公开工作主动性和自觉性仍待提高,信息人员队伍能力建设仍有欠缺,"
    "信息平台不同源、信息查阅不便捷,信息公开更新不够及时与全面,与社会公众互动交流不足等问题。"
    "2016年,我们将采取以下措施加以改进:(一)继续强化信息公开责任。 七、平潭综合实验区政府信息公开情况统计表"
)

# shanghai_gov_office_2019 (standard): sub-headed problems and measures
SHANGHAI = (
    "五、政府信息公开工作存在的主要问题及改进情况\n(一)主要问题\n"
    "一是新《条例》实施后,专业领域的理论学习仍需加强,提升对《条例》新内容的准确把握;"
    "二是决策公开仍需进一步加强,公众参与具体举措需进一步细化完善;"
    "三是政府网站集约化建设需持续推进,公开专栏规范化建设有待加强;"
    "四是政策解读方式不够多元,精准解读效果仍需提高。\n(二)改进措施\n"
    "一是深入做好《条例》的贯彻落实。二是进一步深化解读回应。\n六、其他需要报告的事项\n无。\n"
)


def test_enumerated_problems_are_split_and_measures_left_out() -> None:
    problems = extract_problems(QINHUANGDAO_FIVE, "legacy")
    assert [p.text for p in problems] == [
        "大多数工作人员身兼数项工作,专兼职人员比例差距较大",
        "门户网站、信息公开平台公开的信息不均衡部分重点单位公开信息数量较少,与部门职能不相称",
        "部分单位更新信息不及时,更新较滞后",
        "部分单位公开信息过于简单化",
    ]


def test_problems_are_classified_like_the_labels() -> None:
    problems = extract_problems(QINHUANGDAO_FIVE, "legacy")
    assert [p.category for p in problems] == ["staffing", "coverage", "timeliness", "depth"]


def test_problem_offsets_point_into_the_text() -> None:
    for p in extract_problems(QINHUANGDAO_FIVE, "legacy"):
        assert QINHUANGDAO_FIVE[p.start:p.end] == p.text


def test_one_sentence_listing_several_problems_is_split() -> None:
    assert [p.text for p in extract_problems(PINGTAN_2016, "legacy")] == [
        "个别部门对政府信息公开工作主动性和自觉性仍待提高",
        "信息人员队伍能力建设仍有欠缺",
        "信息平台不同源、信息查阅不便捷",
        "信息公开更新不够及时与全面",
        "与社会公众互动交流不足",
    ]


def test_standard_section_with_sub_headings() -> None:
    problems = extract_problems(SHANGHAI, "standard_2019")
    assert len(problems) == 4
    assert problems[3].text == "政策解读方式不够多元,精准解读效果仍需提高"
    assert problems[3].category == "interpretation"
    assert all("贯彻落实" not in p.text for p in problems)


def test_report_without_problem_section_has_no_problems() -> None:
    assert extract_problems("一、总体情况\n2023年,我局主动公开政府信息115条。", "standard_2021") == []


def test_requests_problem_category() -> None:
    assert classify("依申请公开工作规范性还有待提高") == "requests"


def test_every_category_has_a_chinese_label() -> None:
    labels = category_labels()
    assert set(labels) == {"staffing", "coverage", "timeliness", "depth", "interpretation",
                           "platform", "requests", "supervision", "other"}
    assert labels["staffing"] == "人员队伍"
