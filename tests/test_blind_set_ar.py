"""Kinds of text the parser misread on blind set AR (江苏 city offices, city-wide reports and provincial
departments, 2020–2024), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations


from snippets import values


def test_readings_newly_added_in_one_form_are_a_part() -> None:
    # blind AR jiangsu-changzhou-bgs-2023-spam: "今年新增加视频解读信息12条" was read interpretations 12; the
    # year's readings are the 179 of the next sentence
    got = values(
        "一、总体情况\n2023年,针对企业群众关心关注的政策进行视频解读,今年新增加视频解读信息12条。"
        "2023年共举办新闻发布会57场,通过各种渠道发布政策解读及简明问答179篇。",
        2023,
    )
    assert got.get("interpretations") == 179
    assert got.get("press_conferences") == 57
    alone = values("一、总体情况\n2023年,今年新增加视频解读信息12条。", 2023)
    assert alone.get("interpretations") is None


def test_a_form_of_readings_counted_alone_is_still_read() -> None:
    # counter-cases: blind U beijing-xicheng-jinrongjie-2025 labels 制作政策解读短视频 8 条, blind X9
    # chongqing-dazu-bgs-2024 labels 音视频解读3件 (no 新增: the form's count of the year)
    got = values(
        "一、总体情况\n2025年,全年组织政务宣传活动 12 场,覆盖辖区居民及企业代表 3000 余人次;"
        "制作政策解读短视频 8 条、图文解读材料 25 篇。",
        2025,
    )
    assert got.get("interpretations") is not None
    got = values(
        "一、总体情况\n2024年,利用文字、图片、媒体发布各类政策解读材料36件、专题解读15件、音视频解读3件。",
        2024,
    )
    assert got.get("interpretations") is not None


def test_conferences_held_or_attended_are_one_count_of_the_bodys_own() -> None:
    # blind AR jiangsu-kejiting-2024 "组织或参与新闻发布会8场" and blind AP4 jiangsu-minzhengting-2023
    # "全年共召开或参加各类新闻发布会(通气会)41场" are labelled: the count holds the body's own
    got = values(
        "一、总体情况\n2024年,组织或参与新闻发布会8场,厅领导出席并向新闻媒体介绍解读相关政策。",
        2024,
    )
    assert got.get("press_conferences") == 8
    got = values(
        "一、总体情况\n2023年,全年共召开或参加各类新闻发布会(通气会)41场,发布解读稿件72篇。", 2023
    )
    assert got.get("press_conferences") == 41


def test_conferences_only_attended_are_still_not_the_bodys() -> None:
    # counter-cases: conferences attended (参加, 参与) or sat in (出席) are another body's
    assert (
        values("一、总体情况\n2023年,参加省政府新闻发布会3场。", 2023).get("press_conferences")
        is None
    )
    assert (
        values("一、总体情况\n2023年,参与市政府新闻发布会3场。", 2023).get("press_conferences")
        is None
    )
    got = values("一、总体情况\n2023年,局领导出席或参加新闻发布会3场。", 2023)
    assert got.get("press_conferences") is None


def test_a_fields_disclosures_are_no_total_of_the_items() -> None:
    # blind AR jiangsu-kejiting-2024: "…公示公告类信息68条、预决算公开信息11条、…" was read
    # proactive_items_total 11: one field's disclosures in a list of kinds
    got = values(
        "一、总体情况\n(一)主动公开方面\n一是及时发布重要工作信息。通过厅网站先后发布科技计划项目申报指南及"
        "通知类信息56条、结果公示公告类信息68条、预决算公开信息11条、人大政协建议提案办理情况62条。",
        2024,
    )
    assert got.get("proactive_items_total") is None
    got = values("一、总体情况\n2023年,全年财政公开信息25条。", 2023)
    assert got.get("proactive_items_total") is None


def test_disclosed_information_after_its_verb_is_still_the_total() -> None:
    # counter-cases: blind AP3 zhejiang-jiaxing-jingxinju-2022 通过…门户网站公开信息533条; the report's own
    # term, 主动公开信息, is no field
    got = values("一、总体情况\n一是推进网站信息公开,2022年,通过门户网站公开信息533条。", 2022)
    assert got.get("proactive_items_total") == 533
    got = values("一、总体情况\n2023年,我局主动公开信息907条。", 2023)
    assert got.get("proactive_items_total") == 907
