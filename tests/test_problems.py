"""Problems admitted in section 五, split from the improvement measures and classified."""

from __future__ import annotations

from pathlib import Path

from govbench.parse.problems import category_labels, classify, extract_problems
from govbench.read import read_document

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
        assert QINHUANGDAO_FIVE[p.start : p.end] == p.text


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
    assert (
        extract_problems("一、总体情况\n2023年,我局主动公开政府信息115条。", "standard_2021") == []
    )


def test_requests_problem_category() -> None:
    assert classify("依申请公开工作规范性还有待提高") == "requests"


def test_every_category_has_a_chinese_label() -> None:
    labels = category_labels()
    assert set(labels) == {
        "staffing",
        "coverage",
        "timeliness",
        "depth",
        "interpretation",
        "platform",
        "requests",
        "supervision",
        "other",
    }
    assert labels["staffing"] == "人员队伍"


# --- the problems under other titles, numbers and places (issue 13) ---

BODIES = Path(__file__).resolve().parents[1] / "data" / "reports" / "bodies"


def _problems_of(name: str) -> list[str]:
    return [p.text for p in extract_problems(read_document(BODIES / name).text, None)]


def test_problems_under_a_sub_heading_inside_another_section() -> None:
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n"
        "五、其他需要报告的事项\n(一)主要问题\n一是政策解读形式较为单一;二是政务新媒体更新不够及时。\n"
        "(二)改进措施\n一是丰富解读形式;二是加强新媒体管理。\n"
    )
    assert [p.text for p in extract_problems(text, "standard_2021")] == [
        "政策解读形式较为单一",
        "政务新媒体更新不够及时",
    ]


def test_problems_numbered_as_a_sub_item_end_at_the_next_part() -> None:
    text = (
        "(一)总体情况\n2023年,我局主动公开政府信息115条。\n(五)存在的主要问题\n"
        "一是政策解读形式较为单一;二是政务新媒体更新不够及时。\n"
        "(六)其他需要报告的事项\n本年度未收取信息处理费。\n"
    )
    assert [p.text for p in extract_problems(text, "standard_2021")] == [
        "政策解读形式较为单一",
        "政务新媒体更新不够及时",
    ]


def test_last_years_problems_and_their_fixes_are_not_this_years_problems() -> None:
    text = (
        "五、存在的主要问题及改进情况\n(一)上年度问题整改情况\n"
        "针对2022年度报告中指出的政策解读形式单一的问题,我局已全面完善解读形式。\n"
        "(二)存在的主要问题\n一是依申请公开答复规范性有待提高;二是政务公开队伍力量不足。\n"
        "(三)改进措施\n一是加强业务培训;二是充实工作力量。\n六、其他需要报告的事项\n无。\n"
    )
    assert [p.text for p in extract_problems(text, "standard_2021")] == [
        "依申请公开答复规范性有待提高",
        "政务公开队伍力量不足",
    ]


def test_numbered_measures_without_a_measures_cue_are_not_problems() -> None:
    # guangdong-jieyang-jiedong-gonglu-2015 (openings): the measures follow as (一)是…
    text = (
        "六、存在主要问题及改进措施\n2015年,我局的信息公开工作虽然取得了一定成绩,"
        "但同时也存在公开内容有待深化和规范的问题。\n(一)是深入贯彻执行《条例》,重视政府信息公开专栏的管理和建设。\n"
        "(二)是健全各项工作制度。结合我局实际,进一步完善信息公开工作机制。\n"
    )
    assert [p.text for p in extract_problems(text, "legacy")] == ["公开内容有待深化和规范"]


def test_a_preamble_listing_the_section_names_states_no_problems() -> None:
    text = (
        "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
        "行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六个部分组成。"
        "一、总体情况\n2023年,我局主动公开政府信息115条。"
    )
    assert extract_problems(text, "standard_2021") == []


def test_problem_named_inside_the_lead_in_sentence() -> None:
    # bodies/pt-lwt-2022: "…但还存在X等问题。" and nothing else
    assert _problems_of("pt-lwt-2022.txt") == ["信息公开的广度和深度还需进一步加强"]


def test_problems_section_under_another_title_and_number() -> None:
    # bodies/pt-jsp-2025: 五、当前存在的突出问题 … 六、下一步改进举措
    assert _problems_of("pt-jsp-2025.txt") == [
        "信息公开的时效性有待进一步提升",
        "工作人员的专业能力参差不齐等,影响了信息公开工作整体质量",
    ]


def test_problems_listed_after_a_colon_and_measures_after_a_turn() -> None:
    # bodies/pt-jjp-2025 (section 六): "但仍存在短板:A;B;C。对此,我局将靶向整改:一是…"
    assert _problems_of("pt-jjp-2025.txt") == [
        "主动公开深度、广度不足,乡村振兴、民生服务等重点领域公开内容偏少",
        "依申请公开办理质效、答复精准度和群众满意度有待提升",
        "工作队伍专业能力与实操水平需强化",
    ]


def test_problems_paragraph_without_any_heading() -> None:
    # bodies/pt-gdj-2011 has no section headings at all
    assert _problems_of("pt-gdj-2011.txt") == ["注重对办事程序的公布,对公开办事的结果重视不够"]


def test_lead_in_and_achievements_are_not_problems() -> None:
    # bodies/pt-jjf-2024: "…仍存在一些不足,主要表现在:一是…;二是…"
    assert _problems_of("pt-jjf-2024.txt") == [
        "文件解读形式和内容还需进一步丰富",
        "政府信息公开工作人员在解决政府信息公开工作中遇到的新问题、新情况的能力有待进一步加强",
    ]
    # bodies/pt-scj-2017: the sentence of what went well comes first
    assert all("新的进展" not in p for p in _problems_of("pt-scj-2017.txt"))


def test_every_shipped_standard_report_states_its_problems() -> None:
    # all 82 standard-format reports of the 平潭 patch have a section 五 that admits problems
    standard = [p for p in sorted(BODIES.glob("*.txt")) if int(p.stem[-4:]) >= 2019]
    missing = [p.name for p in standard if not extract_problems(read_document(p).text, None)]
    assert len(standard) == 82
    assert missing == []


def test_a_measures_word_inside_a_problem_does_not_end_the_problems() -> None:
    text = (
        "五、存在的主要问题及改进情况\n部分单位对我区要求落实不到位。政策解读形式单一。"
        "下一步,我区要加强督导。\n六、其他需要报告的事项\n无。\n"
    )
    assert [p.text for p in extract_problems(text, "standard_2021")] == [
        "部分单位对我区要求落实不到位",
        "政策解读形式单一",
    ]
