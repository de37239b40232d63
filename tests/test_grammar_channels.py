"""Kinds met in a blind set of openings (fresh4/D): channels named as the means of publishing,
a reading joined to a thing of no metric, and the other phrasings below. Each test is a minimal
text of the kind, written for it (not copied from a report), normalised as the reader leaves
it (simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from govbench.parse.facts import narrative_facts


def values(text: str, year: int | None = 2023) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=None)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return {m: f.value for m, f in got.items()}


def test_channels_named_as_the_means_give_the_total_not_a_channel_count() -> None:
    # every channel together (the website among them) is the proactive total
    text = "2024年,本局通过政府网站及政务新媒体方式主动公开520条,其中政府网站公开60条,微信公众号公开460条。"
    got = values(text, 2024)
    assert got["proactive_items_total"] == 520
    assert got["new_media_posts"] == 460
    # the means before the noun of the figure leave that noun the figure's
    got = values("2024年,本局通过网站、微信等渠道发布政策文件12件。", 2024)
    assert got["policy_documents"] == 12


def test_new_media_alone_as_the_means_is_a_new_media_count() -> None:
    got = values("2024年,本局通过政务新媒体方式发布信息300条。", 2024)
    assert got.get("new_media_posts") == 300
    assert "proactive_items_total" not in got


def test_a_reading_joined_to_a_thing_of_no_metric_counts_both() -> None:
    # the report and its reading together: not a count of readings
    got = values("2024年,主动公开市政府工作报告及解读4条,政策解读20条。", 2024)
    assert got.get("interpretations") == 20
    got = values("2024年,主动公开市政府工作报告及解读4条。", 2024)
    assert "interpretations" not in got
    # two documents joined stay documents (规章和文件: both published documents)
    got = values("全年主动公开以市政府名义制发的各类规章和文件30件。", 2024)
    assert got["policy_documents"] == 30


def test_a_bare_request_under_a_heading_about_requests() -> None:
    # the heading says what 申请 means; the statistic labels (申请数, 办结数) carry the figures
    text = "三、依申请公开情况\n(一)2018年收到申请数5件,当面申请数2件,网络申请数3件,按时办结数5件。"
    got = values(text, 2018)
    assert got["requests_received"] == 5
    assert got["requests_completed"] == 5
    # under a heading about something else, a bare 申请 is not a disclosure request
    text = "二、档案工作情况\n本局设立档案查阅室,2018年度接受群众申请900件。"
    assert "requests_received" not in values(text, 2018)


def test_a_heading_names_the_channel_of_the_figure_below_it() -> None:
    text = "(二)通过不同渠道公开政府信息的情况\n1、政务微博。2018年发布信息42条。\n2、政务微信。2018年发布信息120条。"
    got = values(text, 2018)
    assert got.get("new_media_posts") in (42, 120)
    assert "proactive_items_total" not in got


def test_readings_counted_in_times() -> None:
    got = values("二、回应解读情况\n2018年回应舆情8次,政策解读稿件发布14次。", 2018)
    assert got["interpretations"] == 14


def test_a_category_of_government_documents_in_a_breakdown() -> None:
    text = "2011年度共主动公开政府信息90条。在主动公开的信息中,政府文件类的信息40条,占44%;报告类的信息3条,占3%。"
    got = values(text, 2011)
    assert got["proactive_items_total"] == 90
    assert got["policy_documents"] == 40


def test_a_bare_request_continues_the_request_count_before_it() -> None:
    text = (
        "全年共受理政府信息公开申请9件,均来自自然人。我们依法依规进行登记、审核和答复。"
        "在办结的8件申请中,予以公开5件,不予公开3件。"
    )
    got = values(text, 2025)
    assert got["requests_received"] == 9
    assert got["requests_completed"] == 8
    # after a figure of something else, a bare 申请 is not read as a disclosure request
    text = "本局设立档案查阅室,全年接待查阅120人次。全年办结群众申请300件。"
    got = values(text, 2025)
    assert "requests_completed" not in got and "requests_received" not in got


def test_the_12345_line_named_by_its_number_alone() -> None:
    got = values("12345在线共受理民生诉求3.15万件,答复率100%。", 2020)
    assert got["hotline_calls"] == 31500
    # requests that came by the line are requests, not calls
    got = values("2023年,本局通过12345在线受理政府信息公开申请4件。", 2023)
    assert "hotline_calls" not in got


def test_converted_normative_documents_are_documents_disclosed() -> None:
    # a converter's 文件 -> 檔案 (档案 after t2s): 行政规范性档案 is published documents
    got = values("2020年,主动公开规章8件,行政规范性档案21件。", 2020)
    assert got["policy_documents"] == 21
    assert "normative_docs_made" not in got  # published, not said made


def test_no_fee_situation_said_of_disclosure() -> None:
    text = "三、政府信息公开的收费及减免情况\n2017年没有公民、法人和其他组织的政府信息公开收费和减免情况。"
    assert values(text, 2017)["fees_yuan"] == 0
    # a fee of another kind is no disclosure fee
    assert "fees_yuan" not in values("2017年没有行政事业性收费减免情况。", 2017)


def test_a_statistic_label_in_quotes() -> None:
    text = "(二)政府信息依申请公开情况\n2021年度我街道“依申请公开政府信息”数为2。"
    assert values(text, 2021)["requests_received"] == 2
    # a column named in quotes is no statistic of the metric
    assert "interpretations" not in values("“政策解读”栏目12条。", 2021)


def test_the_whole_year_written_as_a_span_is_no_other_time() -> None:
    got = values(
        "一、主动公开政府信息情况\n我镇自2016年1月1日到12月31日累计主动公开政府信息300条。", 2016
    )
    assert got["proactive_items_total"] == 300
    assert "proactive_items_total" not in values("我局1-6月主动公开政府信息50条。", 2016)


def test_the_rest_of_a_list_joined_by_dunhao_is_no_document_count() -> None:
    text = "2022年主动公开政府信息900条,其中概况类10条、政务信息500条、其他文件20条、微博300条。"
    got = values(text, 2022)
    assert got["proactive_items_total"] == 900
    assert "policy_documents" not in got


def test_the_place_of_publishing_is_not_the_figures_noun() -> None:
    text = "截至2014年12月31日,在县政府网站累计公开政府信息500条,其中本年度在县政府网站公开120条。"
    assert values(text, 2014)["proactive_items_total"] == 120
    # 存在 is no 在: a heading list that names 行政诉讼 and 存在的主要问题 counts parts of the report
    text = "报告全文由“总体情况”“行政复议、行政诉讼情况”“存在的主要问题及改进情况”“其他需要报告的事项”六个部分组成。"
    assert "admin_litigation" not in values(text, 2025)


def test_a_qualified_vague_noun_and_a_category_of_policy_documents() -> None:
    got = values("2014年共在县政府信息公开平台发布各类重要信息90条。", 2014)
    assert got["proactive_items_total"] == 90
    got = values("2014年公开政府信息类别:政策文件信息4条,政府决策23条。", 2014)
    assert got["policy_documents"] == 4


def test_no_request_and_no_fee_said_of_their_situation() -> None:
    text = "三、依申请公开情况\n截至2014年12月31日,未出现公民向镇政府申请公开信息的情况。"
    assert values(text, 2014)["requests_received"] == 0
    text = "三、收费和减免情况\n本年度我镇没有因政府信息公开而产生的收费,也未产生减免情况。"
    assert values(text, 2014)["fees_yuan"] == 0


def test_the_next_count_of_cases_after_a_disclosure_case_count() -> None:
    text = (
        "(二)依申请公开办理情况\n2020年全市共收到政府信息公开申请120件。收到行政复议20件,结果维持10件,"
        "尚未审结2件。收到行政诉讼45件,结果维持12件,尚未审结4件。"
    )
    got = values(text, 2020)
    assert got["admin_reconsideration"] == 20
    assert got["admin_litigation"] == 45
    # a court's or an area's cases of every kind, with no disclosure before them, are not counted
    got = values("全市行政复议机关共办理行政复议案件560件。全市法院受理行政诉讼案件300件。", 2020)
    assert "admin_reconsideration" not in got and "admin_litigation" not in got


def test_all_answered_after_an_aside_and_the_subject_of_the_requests() -> None:
    text = (
        "2022年共受理信息公开申请6件(较2021年减少3件),申请内容涉及住房租赁管理等政策文件,"
        "全部按规定进行了规范答复。"
    )
    got = values(text, 2022)
    assert got["requests_received"] == 6 and got["requests_completed"] == 6
    # 已办结 with a count of its own is that count, not all of them
    text = (
        "2023年全年共收到依申请公开14件(其中信件申请10件,网络申请4件),已办结12件,2件结转下年办理。"
    )
    assert values(text, 2023)["requests_completed"] == 12


def test_up_to_now_in_a_sentence_led_by_the_reports_year() -> None:
    text = "(一)主动公开。2024年,园区围绕重点工作,截至目前,主动公开政府信息60条,网站访问量56436次。"
    assert values(text, 2024)["proactive_items_total"] == 60
    # led by nothing, up to now counts since the channel began
    assert "new_media_posts" not in values("截至目前,区级政务微信发布信息1321条。", 2024)
    # led by another year, it is that year's
    text = "2023年,园区围绕重点工作,截至目前,主动公开政府信息60条。"
    assert "proactive_items_total" not in values(text, 2024)


def test_the_new_requests_of_a_running_total() -> None:
    text = "全区累计受理政府信息公开申请60件,其中,本年度新接收57件,2020年结转办理3件。"
    assert values(text, 2021)["requests_received"] == 57


def test_a_carried_over_total_with_the_answered_count_after_it_stays_unstated() -> None:
    # 本年度完成…答复 is the answered count, not the new requests: received stays unknown
    text = "2024年,我区共受理政府信息公开申请件300件,其中4件来自上一年度结转,本年度完成296件依申请件答复。"
    assert "requests_received" not in values(text, 2024)
