"""Kinds of text the parser misread on blind set AS (浙江 city governments and offices, the provincial
office and departments, 2019–2024), each with its labelled counter-cases. Minimal texts of the kind
(normalised as the reader leaves them: simplified, ASCII , ; : ( )) or sentences of the sets, named so."""

from __future__ import annotations

from snippets import meta_of, values


def test_an_outlet_reposting_the_bodys_readings_is_not_its_count() -> None:
    # AS zhejiang-renshe-2023: "“政务公开在浙里”部门政策栏目转发我厅文字解读23期、图文解读19期、视频解读3期" was
    # read interpretations 23: the provincial portal's reposts of the department's readings, as the
    # passive 被…转载 is (grammar.toml uptake)
    text = (
        "2023年,“政务公开在浙里”部门政策栏目转发我厅文字解读23期、图文解读19期、视频解读3期。"
        "2023年,我厅收到政府信息公开申请85件。"
    )
    assert values(text, 2023) == {"requests_received": 85}
    assert values("2023年,省级媒体采用我局政策解读12篇。", 2023) == {}


def test_the_bodys_own_readings_and_the_passive_uptake_are_as_before() -> None:
    # counter-cases: train zhejiang-quzhou-bgs-2024 labels 在市政府门户网站发布各类解读材料84篇; the body named
    # as the subject still reads; the passive stays out (全年有36篇政策解读被省级以上媒体采用)
    assert values("2024年,在市政府门户网站发布各类解读材料84篇。", 2024) == {"interpretations": 84}
    assert values("2023年,我厅发布政策解读23期。", 2023) == {"interpretations": 23}
    assert values("2023年,全年有36篇政策解读被省级以上媒体采用。", 2023) == {}


def test_a_title_year_with_no_nian_before_the_subject() -> None:
    # AS zhejiang-jingxinting-2022-spam: the title "浙江省经济和信息化厅2022政府信息公开工作年度报告" and no other
    # year in 年 gave year None
    text = (
        "浙江省经济和信息化厅2022政府信息公开工作年度报告\n日期: 2023-01-31 10:52\n一、总体情况\n"
        "全年在厅官网上主动公开政府信息2726条。"
    )
    assert meta_of(text).year == 2022


def test_title_years_in_nian_and_bare_numbers_elsewhere_are_as_before() -> None:
    # counter-cases: a title's 年 year wins; a number run into a subject outside the title votes nothing
    # (blind/W hainan-wenchang-puqian-2021-spam 《2021政务公开工作安排》 in the body)
    text = "某某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息300条。"
    assert meta_of(text).year == 2021
    body_only = "一、总体情况\n根据《条例》和《2021政务公开工作安排》要求,主动公开政府信息300条。"
    assert meta_of(body_only).year is None


def test_the_part_done_on_time_and_the_requests_all_done_after_their_count() -> None:
    # AS zhejiang-jingxinting-2022-spam "全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理" and
    # zhejiang-shuiliting-2023 "14件政府信息公开申请已全部办结" were read received only
    got = values(
        "2022年全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理。", 2022
    )
    assert got == {"requests_received": 16, "requests_completed": 15}
    text = (
        "2023年,共收到政府信息公开申请14件。其中,自然人申请13件,法人或其他组织申请1件。"
        "14件政府信息公开申请已全部办结。"
    )
    assert values(text, 2023) == {"requests_received": 14, "requests_completed": 14}


def test_carried_over_and_answered_on_time_parts_are_not_the_done_count() -> None:
    # counter-cases: last year's requests done are no count of the year's (excludes 结转, 上年); a part
    # answered on time (按时答复) may leave others answered late, so only 按时办结 is read
    assert "requests_completed" not in values(
        "2023年,上年结转的3件政府信息公开申请已全部办结。", 2023
    )
    got = values("2023年共收到依申请公开12件,其中10件按时答复,2件延期答复。", 2023)
    assert got.get("requests_completed") != 10


def test_documents_a_cleanup_went_through_are_no_count_of_the_year() -> None:
    # AS zhejiang-fagaiwei-2020: "对我委牵头起草的82件省政府规范性文件及我委111件规范性文件开展专项清理" was read
    # normative_docs_made 111 (the noun before the figure, 82's, and 制定 of 谁制定谁清理 carried it)
    text = (
        "2020年,按照谁制定谁清理的原则,对我委牵头起草的82件省政府规范性文件及我委111件规范性文件"
        "开展专项清理,按要求报送清理结果。"
    )
    assert values(text, 2020) == {}


def test_documents_made_or_published_then_explained_are_as_before() -> None:
    # counter-cases: the reviewing verb must follow the noun at once (制定…并进行政策解读 is made);
    # train guangdong-qingyuan-qingxin-bgs-2022 labels 共发布规范性文件9条 both ways, a cleanup said
    # in a clause of its own after it
    assert values("2020年,全年制定3件规范性文件并进行政策解读。", 2020) == {
        "normative_docs_made": 3
    }
    got = values("2022年共发布规范性文件9条,开展清理工作。", 2022)
    assert got == {"policy_documents": 9, "normative_docs_made": 9}
