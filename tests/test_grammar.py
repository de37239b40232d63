"""The clause grammar of narrative figures (rules/grammar.toml): a metric noun, a verb and a
quantity in one clause, and the scope guards that veto or demote a candidate. Snippets are
from openings2/train (named) or minimal texts of the same kind, normalised as the reader
leaves them (simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.parse.facts import narrative_facts


def facts(text: str, year: int | None = 2023, format: str | None = None) -> dict:
    got = {f.metric: f for f in narrative_facts(text, year=year, format=format)}
    for fact in got.values():  # every figure keeps an exact evidence span
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return got


def values(text: str, year: int | None = 2023, format: str | None = None) -> dict:
    return {m: f.value for m, f in facts(text, year, format).items()}


# --- the three parts: noun, verb, quantity ------------------------------------------


def test_year_before_the_verb() -> None:
    assert values("2022年共发布政府信息3433条。", 2022)["proactive_items_total"] == 3433


def test_long_list_between_verb_and_number() -> None:
    # jiangsu-nantong-jiaotongju-2025
    text = (
        "全年通过局网站主动公开公共资源交易、重大项目推进、交通安全管理、民生服务保障等"
        "各类政府信息710条。"
    )
    assert values(text, 2025)["proactive_items_total"] == 710


def test_list_of_kinds_closed_by_deng_is_the_noun() -> None:
    # jiangsu-lianyungang-lianyun-bgs-2025
    text = "我办通过区政府门户网站发布政策文件、工作动态、进展成效等信息2000余条,主动公开区政府及区政府办公室文件41件。"
    got = values(text, 2025)
    assert got["proactive_items_total"] == 2000
    assert got["policy_documents"] == 41


def test_noun_after_the_number() -> None:
    # hunan-zhuzhou-caizhengju-2025, zhejiang-hangzhou-binjiang-2024
    assert values("2025年全年共收到33次政府信息公开申请。", 2025)["requests_received"] == 33
    assert values("2024年,我区共制发24件规范性文件。", 2024)["normative_docs_made"] == 24


def test_a_list_continues_the_verb_of_its_first_item() -> None:
    # jiangsu-changzhou-2021: 规范性文件48件 is still 主动公开
    text = (
        "全年共主动公开政府规章3件,规范性文件48件,全市各级行政机关现行有效的行政规范性文件389份。"
    )
    assert values(text, 2021)["policy_documents"] == 48


def test_nearest_noun_names_the_metric() -> None:
    # 规章 claims 3件; 文件 claims 41件; 解读 claims 21个
    text = "全年新增公开市政府规章1件、市政府及市政府办政策性文件11件,通过文字、图片等形式制作政策解读21个。"
    got = values(text, 2024)
    assert got["policy_documents"] == 11
    assert got["interpretations"] == 21


def test_verb_that_makes_documents_interpretations() -> None:
    # hebei-sjz-changan-2024, jiangsu-taizhou-wei-2021 (a Chinese numeral)
    assert (
        values("全年通过区政府网站发布各类政策文件328件,解读政策文件6件。", 2024)["interpretations"]
        == 6
    )
    text = "对《泰州市“十四五”规划》等五个政策文件开展深入解读。"
    assert values(text, 2021)["interpretations"] == 5


def test_words_of_a_title_are_not_the_noun() -> None:
    # hebei-qinhuangdao-2016: 《就业创业政策文件汇编》1000份 are copies printed
    text = "印发《就业创业政策文件汇编》1000份。"
    assert "policy_documents" not in values(text, 2016)


def test_bare_verb_takes_the_topic_of_its_section() -> None:
    text = "(一)主动公开情况。全年主动公开907条,涵盖机构职能等内容。"
    assert values(text)["proactive_items_total"] == 907
    text = "(二)依申请公开情况。全年新收政府信息公开申请227件,上年结转18件;按规定在法定期限内答复229件。"
    got = values(text, 2024)
    assert got["requests_received"] == 227
    assert got["requests_completed"] == 229


def test_bare_verb_outside_its_topic_is_not_read() -> None:
    # sichuan-mianyang-fagaiwei-2023: a mailbox's 办结71件 in the 主动公开 part
    text = "(一)主动公开情况。拓宽交流通道,领导信箱办件71件,办结71件。"
    assert "requests_completed" not in values(text)


def test_new_media_channel_names_the_metric() -> None:
    # zhejiang-zhoushan-2024 (6千余), jiangsu-nantong-zrzyghj-2022 (期)
    text = "全年通过政府门户网站公开各类信息7.5万余条、通过政务新媒体发布信息6千余条。"
    got = values(text, 2024)
    assert got["proactive_items_total"] == 75000
    assert got["new_media_posts"] == 6000
    assert values("全年共发布微信公众号260期,关注用户达6.4万余人。", 2022)["new_media_posts"] == 260


def test_website_and_new_media_together_are_the_total() -> None:
    # liaoning-bgt-2025
    text = "省政府门户网站、“辽宁发布”政务微信公众号发布各类信息2.96万条,发布政府文件34件。"
    got = values(text, 2025)
    assert got["proactive_items_total"] == 29600
    assert "new_media_posts" not in got


def test_traditional_amounts_once_normalised() -> None:
    assert values("全年主动公开政府信息0.89万余条。")["proactive_items_total"] == 8900


def test_unitless_statistic_label() -> None:
    # hebei-langfang-linkong-2022
    assert values("2022年度收到和处理政府信息公开申请数量为0。", 2022)["requests_received"] == 0


# --- requests: carry-over and a single count said to be all answered ------------------


def test_carry_over_inside_a_total_is_subtracted() -> None:
    # sichuan-bgt-2023-mirror
    text = (
        "全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件。"
    )
    got = facts(text)
    assert got["requests_received"].value == 1187
    assert "74件" in got["requests_received"].evidence.text
    assert got["requests_completed"].value == 1181


def test_carry_over_in_a_total_without_its_count_is_unknown() -> None:
    # zhejiang-hangzhou-binjiang-2024: the new ones are not stated as such
    text = "2024年,我区共受理政府信息公开申请件455件,其中4件来自上一年度结转。"
    assert "requests_received" not in values(text, 2024)


def test_single_count_all_answered_is_received_and_completed() -> None:
    # jiangsu-huaian-shengtaiwenlvqu-2021-trad, guangdong-foshan-gaoxinqu-2024
    got = values("我区全年共收到依申请公开9件,均已办结。", 2021)
    assert got["requests_received"] == 9 and got["requests_completed"] == 9
    got = values("全年受理政府信息公开申请3件,全部依法依规依程序办理完毕。", 2024)
    assert got["requests_received"] == 3 and got["requests_completed"] == 3


def test_received_count_not_said_answered_is_not_completed() -> None:
    text = "全年受理政府信息公开申请3件,其中申请人自行撤销2件。"
    got = values(text)
    assert got["requests_received"] == 3
    assert got.get("requests_completed") != 3


def test_accepted_and_answered_together_is_received_only() -> None:
    # ningxia-yinchuan-bgs-2022
    got = values("受理答复政府信息公开申请28件,其中,行政复议1件、行政诉讼0件。", 2022)
    assert got["requests_received"] == 28
    assert "requests_completed" not in got
    assert got["admin_reconsideration"] == 1


def test_withdrawn_requests_are_not_answered_ones() -> None:
    # guangdong-shantou-zhengshuju-2024
    got = values("全年共接收网上依申请公开11件,按要求答复7件,主动撤销申请4件。", 2024)
    assert got["requests_received"] == 11
    assert got["requests_completed"] == 7


def test_requests_of_a_service_hall_are_not_disclosure_requests() -> None:
    # pingtan_zhq_2014
    text = "区县已入驻审批服务部门和单位13个,开设窗口26个,共受理申请121510件。"
    assert "requests_received" not in values(text, 2014)


def test_shared_zero_of_two_nouns() -> None:
    # sichuan-luzhou-hejiang-fawangsizhen-2023
    got = values(
        "2023年法王寺镇共受理政府信息依申请公开0件,2022年未转结政府信息公开申请,"
        "进入行政复议程序和行政诉讼程序均为0件。"
    )
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0


# --- scope guards: each vetoes or demotes its kind, and only that ---------------------


def test_last_year_figure_is_vetoed_this_year_kept() -> None:
    assert "proactive_items_total" not in values("上年主动公开政府信息500条。")
    assert "proactive_items_total" not in values("去年同期主动公开政府信息500条。")
    # 同比增长X%: the figure of the year stands before the comparison
    assert values("主动公开政府信息1200条,同比增长20%。")["proactive_items_total"] == 1200


def test_cumulative_since_another_year_is_vetoed() -> None:
    assert "proactive_items_total" not in values("自2008年以来累计公开政府信息50000条。", 2023)


def test_since_the_report_year_is_the_year() -> None:
    # zhejiang-hangzhou-binjiang-2024: 2024年以来 in the 2024 report
    text = "2024年以来,我区通过不同渠道和方式公开政府信息32300余条。"
    assert values(text, 2024)["proactive_items_total"] == 32300


def test_cumulative_without_a_since_year_is_the_year() -> None:
    # hebei-sjz-luancheng-2023, sichuan-luzhou-jiangyang-bgs-2023
    assert (
        values("全年通过区政府信息公开平台累计公开(更新)各类政府信息3100余条。")[
            "proactive_items_total"
        ]
        == 3100
    )
    assert values("全年累计公开政府网站信息9062条。")["proactive_items_total"] == 9062


def test_new_this_year_wins_over_the_running_total() -> None:
    text = "政府信息公开专栏累计发布政府信息3044条,本年度新增237条。"
    assert values(text)["proactive_items_total"] == 237


def test_partial_year_is_vetoed() -> None:
    # heilongjiang-zhijianju-2012-trad
    text = "截止2012年11月末,共在入口网站上,公布各类信息6509条。"
    assert "proactive_items_total" not in values(text, 2012)


def test_stock_is_not_output() -> None:
    text = "全市现行有效的行政规范性文件389份。"
    got = values(text)
    assert "policy_documents" not in got and "normative_docs_made" not in got


def test_sub_unit_figure_gives_way_to_the_body_own() -> None:
    text = "各乡镇主动公开政府信息300条。本局全年主动公开政府信息120条。"
    assert values(text)["proactive_items_total"] == 120


def test_part_gives_way_to_its_total() -> None:
    # jiangsu-huaian-shengtaiwenlvqu-2021-trad; zhejiang-huzhou-2024 (累计 is this year)
    text = "2021年,我区主动公开政府信息1957条,其中通过政府网站公开政府信息1064条。"
    assert values(text, 2021)["proactive_items_total"] == 1957
    text = "累计公开发布各类形式的政策解读796件,其中文字解读427、图文解读162件。"
    assert values(text, 2024)["interpretations"] == 796


def test_rest_after_the_parts_is_no_total() -> None:
    text = "其他应公开信息类文件133条。"
    assert "policy_documents" not in values(text, 2017)


def test_parallel_totals_give_the_first() -> None:
    # jiangsu-taizhou-bgs-2021-trad: 市政府文件 and 办公室文件, no sum; both are labelled
    text = "通过市政府门户网站公开市政府文件49件、市政府办公室文件83件。"
    assert values(text, 2021)["policy_documents"] == 49


def test_topic_information_is_not_the_total() -> None:
    # hebei-qinhuangdao-2016: 食品抽检信息 is one topic's count
    text = "先后15次公布元宵、馒头等食品抽检信息741条。市本级平台公开各类政府信息16836条,比去年同期增长30%。"
    assert values(text, 2016)["proactive_items_total"] == 16836


def test_made_and_obtained_information_is_not_disclosed() -> None:
    # pingtan_county_2012
    text = "2012年制作、获取政府信息总数3978条,其中主动公开政府信息2026条。"
    assert values(text, 2012)["proactive_items_total"] == 2026


def test_percentages_dates_and_document_numbers_are_not_counts() -> None:
    text = "依据渝府办发〔2016〕18号文件,政府信息公开率100%,统计期限为2024年1月1日至12月31日。"
    assert values(text, 2024) == {}
    assert "proactive_items_total" not in values("按照《条例》第9至12条,主动公开政府信息。", 2011)


def test_pinyin_after_characters_is_read_past_and_kept_in_evidence() -> None:
    # guangdong-jieyang-puning-bgs-2023-trad-pinyin
    text = "2023年共发(fā)布政府规(guī)范性文件8件。"
    got = facts(text)
    assert got["normative_docs_made"].value == 8
    assert got["normative_docs_made"].evidence.text == text[:-1]


def test_section_one_is_prose_even_when_its_title_reads_as_proactive() -> None:
    # zhejiang-jiaxing-jiashan-dayunzhen-2024: the opening's heading runs into (一)主动公开
    text = "一、总体情况\n(一)主动公开情况。全年共通过门户网站主动公开政府信息22条。"
    assert values(text, 2024, "standard_2021")["proactive_items_total"] == 22


# --- properties ------------------------------------------------------------------------

NOUN_VERB = st.sampled_from(
    [
        ("主动公开政府信息", "条", "proactive_items_total"),
        ("发布政策文件", "件", "policy_documents"),
        ("收到政府信息公开申请", "件", "requests_received"),
        ("召开新闻发布会", "场", "press_conferences"),
        ("发布政策解读", "篇", "interpretations"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    NOUN_VERB,
    st.integers(1, 99999),
    st.integers(2008, 2024),
    st.sampled_from(
        ["上年", "去年", "上一年度", "自{since}年以来累计", "{since}年以来", "较{since}年"]
    ),
)
def test_a_figure_of_another_time_is_never_taken(phrase, n, year, scope) -> None:
    noun_verb, unit, metric = phrase
    since = year - 3
    text = f"{scope.format(since=since)}{noun_verb}{n}{unit}。"
    assert values(text, year).get(metric) != n


@settings(max_examples=150, deadline=None)
@given(
    NOUN_VERB,
    st.integers(1, 99999),
    st.integers(2008, 2024),
    st.sampled_from(["", "全年", "本年度", "{year}年,", "{year}年共", "累计"]),
)
def test_a_figure_of_the_year_is_taken_with_exact_evidence(phrase, n, year, lead) -> None:
    noun_verb, unit, metric = phrase
    text = f"{lead.format(year=year)}{noun_verb}{n}{unit}。"
    fact = facts(text, year)[metric]
    assert fact.value == n
    assert str(n) in fact.evidence.text


def test_sum_over_listed_channels_is_the_total() -> None:
    text = "通过政府网站发布信息1200条,通过政务微博发布信息300条,合计发布政府信息1500条。"
    assert values(text)["proactive_items_total"] == 1500


def test_one_as_an_idiom_is_no_count() -> None:
    text = "推行一次性告知,建立一条龙服务,召开一场新闻发布会的筹备工作。"
    assert values(text) == {}


def test_a_sentence_about_another_year_is_vetoed() -> None:
    # a 2023 report quoting last year's figure, the year in an earlier clause
    assert "proactive_items_total" not in values("2022年,我局主动公开政府信息500条。", 2023)
    # a carry-over's year is not the time of the figure
    text = "共受理答复依申请公开件34件(含2022年结转0件),办结34件,转结下年度继续办理0件。"
    assert values(text, 2023)["requests_completed"] == 34


def test_an_aside_in_parentheses_does_not_name_the_figure() -> None:
    # guangdong-jiangmen-fagaiju-2023-trad-pinyin
    text = "(二)依申请公开方面。全年收到政府信息公开申请共22件,办结(含结转)22件。"
    assert values(text)["requests_completed"] == 22


def test_information_designated_for_request_is_not_a_request() -> None:
    # pingtan_county_2012, pt-shs-2025 of the 平潭 patch
    text = (
        "2012年制作、获取政府信息总数3978条,其中主动公开政府信息2026条,作为依申请公开信息数46条。"
    )
    assert "requests_received" not in values(text, 2012)
    text = "全年制发公文类政府信息383条,其中主动公开54条、依申请公开316条、不予公开13条。"
    got = values(text, 2025)
    assert "requests_received" not in got and "requests_completed" not in got


def test_a_figure_without_unit_right_after_its_noun() -> None:
    got = values("全年发布政策解读15,政策文件3件。")
    assert got["interpretations"] == 15
    # a flattened table's cells and a year are no such figure
    assert "requests_received" not in values("其中:1、当面申请数条002、网上申请数条003、", 2016)
    assert "proactive_items_total" not in values("主动公开政府信息2023,", 2023)


def test_bare_answer_of_another_channel_is_not_a_request() -> None:
    text = "(二)依申请公开情况。12345热线全年受理群众诉求120件,办结118件。全年共收到政府信息公开申请5件。"
    got = values(text)
    assert got.get("requests_completed") != 118
    assert got["requests_received"] == 5


def test_two_kinds_counted_together_are_neither() -> None:
    # jiangsu-lianyungang-jingkaiqu-2021
    got = values("全年共计主动公开政府信息489条,发布政策类文件及解读12条。", 2021)
    assert "interpretations" not in got and "policy_documents" not in got
    # one kind under two names is still that kind (guangdong-jiangmen-zhengshuju-2023-spam)
    assert values("共接收人大代表建议和政协提案34件。")["proposals_answered"] == 34


def test_grassroots_figure_is_not_the_body_own() -> None:
    # hunan-changsha-2023
    assert "proactive_items_total" not in values("全市基层政务公开专栏共发布信息4.8万余条。")


def test_whole_area_sum_over_sub_units_is_kept() -> None:
    # jiangsu-taizhou-2020: a city-wide report sums its districts and departments
    text = "2020年,各市(区)、市各有关部门共主动公开各类政府信息17937条。"
    assert values(text, 2020)["proactive_items_total"] == 17937


def test_zero_of_an_outcome_is_not_a_zero_of_cases() -> None:
    # jiangsu-taizhou-bgs-2021-trad
    got = values("新受理政府信息公开申请70件,未发生行政复议、行政诉讼被依法纠正现象。", 2021)
    assert "admin_reconsideration" not in got and "admin_litigation" not in got


# --- false-positive kinds found on the 平潭 bodies (unlabelled narrative) --------------


def test_several_years_together_are_not_the_years() -> None:
    # pt-jjf-2018
    got = values("近3年我局共收到2件信息公开申请,已经全部按时给予答复。")
    assert "requests_received" not in got and "requests_completed" not in got
    assert values("今年我局共收到2件信息公开申请,已经全部按时给予答复。")["requests_received"] == 2


def test_aspects_of_an_interpretation_are_not_interpretations() -> None:
    # pt-spj-2022
    assert "interpretations" not in values(
        "严格按照背景依据、主要内容等8个方面对发布的政策文件加强解读。"
    )
    assert values("对发布的8个政策文件加强解读。")["interpretations"] == 8


def test_requests_by_channel_are_parts() -> None:
    # pt-hgj-2016: the channels' counts listed side by side
    got = values(
        "2016年度,我局依申请公开政府信息9条,其中,其中当面申请4条、网上申请2条、信函传真申请3条。",
        2016,
    )
    assert got.get("requests_received") not in (4, 2, 3)
    # pingtan_zhq_2014: one channel alone is the total
    assert (
        values("2014年全区收到有关政府信息公开的信函申请1条,已受理回复。", 2014)[
            "requests_received"
        ]
        == 1
    )


def test_answered_by_outcome_is_a_part() -> None:
    # pt-hgj-2017
    got = values(
        "2017年我局受理的14件依申请公开全都按规定进行了办理。已答复中“同意公开”的件数1件,"
        "“部分公开”的件数为5件。",
        2017,
    )
    assert got.get("requests_completed") != 1


def test_request_label_among_counts_of_information_is_information() -> None:
    # pt-jjf-2018: 依申请公开信息数 beside information made and disclosed
    got = values(
        "今年我局共制作政府信息523条,主动公开政府信息94条,依申请公开信息数374条,不予公开信息数55条。"
    )
    assert "requests_received" not in got
    # the statistic's label alone names the requests (jiangsu-zhenjiang-jurong-shuiliju-2022)
    assert values("2022年度句容市水利局依申请公开政务信息数3件。", 2022)["requests_received"] == 3


def test_a_stock_named_before_in_the_sentence() -> None:
    # pt-gwbgs-2023: the published stock of valid documents is no year's output
    assert "policy_documents" not in values(
        "督促各责任单位完成现行有效行政规范性文件清理和集中发布,共发布规范性文件500余份。"
    )
    # pingtan_zhq_2023: the clause that names the year's own is read
    assert (
        values("清理并集中发布现行有效行政规范性文件393件,动态更新本年度制发的规范性文件77件。")[
            "normative_docs_made"
        ]
        == 77
    )


def test_a_running_total_gives_way_to_the_years_part_in_the_next_sentence() -> None:
    # pt-gaj-2013
    text = (
        "截止2013年12月27日,我局依托门户网站累计主动公开政府信息440条,全文电子化达100%。"
        "其中2013年度我局共主动公开政府信息235条。"
    )
    assert values(text, 2013)["proactive_items_total"] == 235
    assert (
        values("2013年,我局累计主动公开政府信息440条,全文电子化达100%。", 2013)[
            "proactive_items_total"
        ]
        == 440
    )


def test_a_weak_reading_led_by_one_fields_disclosure_is_that_fields() -> None:
    # pt-nyn-2019, hunan-yueyang-miluo-2023
    assert "proactive_items_total" not in values(
        "进一步推进精准扶贫信息公开,今年共发布扶贫政策、扶贫对象等信息4篇。"
    )
    assert "proactive_items_total" not in values(
        "新开设“打好发展六仗工作”、“湘易办超级服务端”“汨罗市阳光信访大厅”等专题,共发布信息388条。"
    )
    # fields listed as the contents are no lead (sichuan-mianyang-fagaiwei-2023)
    assert (
        values("通过门户网站等形式,公开重大项目、经济运行、价格管理等多领域信息2000余条。")[
            "proactive_items_total"
        ]
        == 2000
    )


def test_a_weak_verb_with_the_vaguest_noun_ranks_below_all_kinds() -> None:
    # jiangsu-taizhou-wei-2021
    text = "按要求公开全市重大项目建设进展情况,全年公开信息26条。全年整理上传网站各类信息600余条。"
    assert values(text)["proactive_items_total"] == 600
    assert values("全年公开信息26条。")["proactive_items_total"] == 26


def test_a_headings_noun_run_into_its_text_is_only_a_fallback() -> None:
    # pt-scj-2017: the heading names litigation, the text counts a reconsideration
    text = (
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况2017年度我局有1起因政府信息公开申请行政复议,"
        "无提起行政诉讼的情况。"
    )
    assert values(text, 2017).get("admin_litigation") != 1
    # with nothing else said, the heading's reading stands (pt-jtj-2018)
    assert (
        values(
            "四、因政府信息公开申请行政复议、提起行政诉讼的情况 2018年度发生1件针对本部门的行政诉讼案。",
            2018,
        )["admin_litigation"]
        == 1
    )


def test_a_later_item_of_a_list_with_the_vaguest_noun_is_one_kind() -> None:
    # shaanxi-xian-2021 (first harvest): kinds listed after one verb, no total
    got = values(
        "全年主动公开政策文件1490件,规划、财政、人事任免、监管执法等信息5075条,疫情防控信息21827条。"
    )
    assert got["policy_documents"] == 1490 and "proactive_items_total" not in got
    # an all-kinds noun there is the total (zhejiang-jiaxing-2024)
    assert (
        values("全年发布行政规范性文件366件,政务信息19万余条,编发政府公报12期。")[
            "proactive_items_total"
        ]
        == 190000
    )


def test_answers_to_messages_and_the_hotline_are_no_disclosure_requests() -> None:
    got = values("依申请公开情况。全年通过12345热线受理群众诉求320件,办结318件。")
    assert "requests_received" not in got and "requests_completed" not in got
    assert "requests_completed" not in values("依申请公开情况。全年回复网民留言56条,答复率100%。")
    assert values("全年受理政府信息公开申请12件,已全部办结。")["requests_completed"] == 12


def test_directly_subordinate_units_figure_is_a_fallback() -> None:
    text = "区直各单位主动公开政府信息3200条。本局主动公开政府信息120条。"
    assert values(text)["proactive_items_total"] == 120
    assert values("区直各单位主动公开政府信息3200条。")["proactive_items_total"] == 3200


def test_requests_by_channel_without_a_total_are_parts() -> None:
    # zhejiang-shaoxing-yuecheng-donghujiedao-2023: website 3, paper 36, no total
    got = values(
        "2023年度东湖街道办事处通过政府门户网站共办理并答复信息公开申请3件、纸质申请36件,"
        "顺延至下一年答复2件。"
    )
    assert not {"requests_received", "requests_completed"} & set(got)


def test_carried_into_next_year_is_not_done_this_year() -> None:
    assert "requests_completed" not in values("依申请公开情况。顺延至下一年答复2件。")


def test_since_an_event_is_no_year() -> None:
    assert values("微信公众号开通以来,累计发布信息3200条。") == {}
    assert values("今年以来,共受理政府信息公开申请12件。")["requests_received"] == 12
    assert values("2023年以来,我区共制发规范性文件24件。")["normative_docs_made"] == 24


def test_township_and_department_level_figures_are_a_fallback() -> None:
    text = "各乡镇(街道)共公开政府信息3200条。本局主动公开政府信息120条。"
    assert values(text)["proactive_items_total"] == 120
    assert (
        values("市级部门主动公开政府信息3200条。本局主动公开政府信息120条。")[
            "proactive_items_total"
        ]
        == 120
    )


# --- figures that are not the year's own total (minimal texts of each kind) ----------


def test_a_running_total_gives_way_to_the_years_figure_in_an_aside() -> None:
    # the kind of 截至…累计…181条(2018年度…68条) (bodies/pt-nfj-2018)
    text = "截至2018年12月31日,累计主动公开政府信息181条(2018年度主动公开政府信息68条)。"
    assert values(text, 2018)["proactive_items_total"] == 68
    text = "截至2018年底,累计公开政府信息1800条,本年度主动公开政府信息210条。"
    assert values(text, 2018)["proactive_items_total"] == 210


def test_the_parts_listed_in_a_parenthesis_are_no_total() -> None:
    # 依申请公开2条(答复网上申请1条,纸质版快递邮寄1条): the 1 is one channel's answers
    got = values("依申请公开2条(答复网上申请1条,纸质版快递邮寄1条)。", 2017)
    assert "requests_completed" not in got
    # one figure in the aside is a figure of its own (guangdong-guangzhou-huadu-2023)
    text = "以区政府和区政府办公室名义制发的主动公开文件55件(其中政府规范性文件8件),均在规定时限内公开。"
    got = values(text, 2023)
    assert got["policy_documents"] == 55 and got["normative_docs_made"] == 8


def test_a_part_of_a_topics_count_is_not_the_total() -> None:
    # 执法信息 is one topic: its count is not read, nor is its part (bodies/pt-zfj-2014)
    got = values("截止今年12月,全局主动公开执法信息30条,其中网上公开信息14条,占总数的47%。", 2014)
    assert "proactive_items_total" not in got
    # but a part that names the metric's own term, which the total lacks, is the metric's
    got = values("全年共制发政府信息437条,其中,主动公开政府信息55条,依申请公开信息数3条。", 2019)
    assert got["proactive_items_total"] == 55


def test_a_list_number_is_no_figure() -> None:
    # 1、 numbers a list item, glued to the heading before it (bodies/pt-rfb-2011)
    text = "(一)公开内容1、主动公开信息总数。2011年我办主动公开信息总数为15条。2、重点公开内容"
    assert values(text, 2011)["proactive_items_total"] == 15


def test_information_reported_upward_or_counted_in_issues_is_not_disclosed() -> None:
    # 信息报送 sends information to the superior office; 期 counts issues of a bulletin
    assert "proactive_items_total" not in values("全年共编发政务信息简报24期,报送信息300条。")
    assert "proactive_items_total" not in values("全年在各类媒体刊发稿件300篇,发布信息20期。")


def test_a_figure_given_as_its_share_of_a_total_is_a_part() -> None:
    # (bodies/pt-zfj-2014) each channel's count and its share: neither is the total
    text = "全局主动公开执法信息30条,其中网上公开信息14条,占总数的47%。通过公告栏等其它方式公开信息16条,占总数的53%。"
    assert "proactive_items_total" not in values(text, 2014)
    assert "requests_received" not in values("共收到网上申请12件,占申请总数的60%。")


def test_a_later_clause_about_the_whole_year_does_not_make_a_running_total_a_fallback() -> None:
    # (bodies/pt-scj-2025) 全年 here counts inspections, not the year's part of the posts
    text = "2025年,累计发布微信公众号推文974篇,其中《快检天天报》系列专栏每日更新,全年共完成11541批次抽检。"
    assert values(text, 2025)["new_media_posts"] == 974


# --- 分别: figures paired in order with the items named ----------------------------


def test_figures_after_fenbie_pair_with_the_items_in_order() -> None:
    got = values("全年发生行政复议、行政诉讼分别为2件、1件。")
    assert (got["admin_reconsideration"], got["admin_litigation"]) == (2, 1)
    got = values("全年共收到和办结政府信息公开申请分别为30件、28件。")
    assert (got["requests_received"], got["requests_completed"]) == (30, 28)
    got = values("全年分别收到政府信息公开申请和行政复议申请10件、2件。")
    assert (got["requests_received"], got["admin_reconsideration"]) == (10, 2)


def test_a_channel_item_keeps_the_noun_after_fenbie() -> None:
    got = values("通过门户网站、微信公众号分别发布信息1200条、300条。")
    assert (got["proactive_items_total"], got["new_media_posts"]) == (1200, 300)


def test_items_and_figures_that_do_not_pair_give_nothing() -> None:
    # three items, two figures: which is which cannot be told
    assert values("收到申请、咨询、投诉分别为3件、5件。") == {}


def test_the_disclosure_part_of_a_bodys_cases_is_the_figure() -> None:
    # a government's reconsideration cases of every kind, then those about disclosure
    got = values("全年共办理行政复议案件120件,其中涉及政府信息公开的2件。")
    assert got == {"admin_reconsideration": 2}


def test_a_converters_government_documents_are_not_normative_ones() -> None:
    # 檔案 is what a converter makes of 文件: 政府档案 are documents of any kind
    got = values("全年通过门户网站发布政府档案34件,制发规范性档案3件。")
    assert got["policy_documents"] == 34 and got["normative_docs_made"] == 3


def test_a_clause_verb_reads_only_the_noun_it_governs() -> None:
    # 解读 nearest before the documents (or after them) makes them readings ...
    assert values("全年解读政策文件6件。")["interpretations"] == 6
    assert values("对7件政策文件开展全覆盖解读。")["interpretations"] == 7
    # ... not a 解读 earlier in the clause, before another verb
    assert "interpretations" not in values("全年围绕政策解读工作公开政策文件20件。")


# --- names, parts of the year, spans of years (fresh reports, not the train set) ---------


def test_a_figure_inside_a_quoted_name_is_no_count() -> None:
    # 泰州市 2017 (zwinkt.com mirror): a policy package's name, not readings
    assert values('广泛宣传解读"创业富民30条"、"强农惠农富农"等政策。', 2017) == {}
    assert values("围绕“稳经济30条”开展政策解读。") == {}
    # a name beside the figure is no obstacle
    got = values("“南通交通运输”官方微信公众号全年发布稿件284条。", 2025)
    assert got["new_media_posts"] == 284


def test_a_year_inside_a_title_does_not_date_the_figure() -> None:
    # 沈阳市卫生健康委员会 2023: the 2022 report is named, the 18758 items are 2023's
    text = (
        "编制并发布了《沈阳市卫生健康委2022年度政府信息公开工作报告》;完成了“5.15”政务公开日工作;"
        "全年,主动公开政府信息18758条。"
    )
    assert values(text, 2023)["proactive_items_total"] == 18758


def test_a_part_of_the_year_is_not_the_years_figure() -> None:
    for lead in ("2023年上半年,", "2023年1-6月,", "2023年第四季度,"):
        assert values(f"{lead}主动公开政府信息1200条。") == {}, lead
    # the whole year named in the figure's own clause, or a span of twelve months
    assert values("上半年完成网站改版,全年主动公开政府信息1200条。") == {
        "proactive_items_total": 1200
    }
    assert values("2023年1—12月,主动公开政府信息313条。") == {"proactive_items_total": 313}


def test_a_span_of_several_years_is_not_the_years_figure() -> None:
    assert values("2021年至2023年,共收到政府信息公开申请56件。") == {}
    assert values("2023年1月1日至2023年12月31日,共收到政府信息公开申请56件。") == {
        "requests_received": 56
    }


@settings(max_examples=100, deadline=None)
@given(NOUN_VERB, st.integers(2, 99999), st.sampled_from(["“{}”", "《{}》", '"{}"', "「{}」"]))
def test_a_number_inside_a_name_is_never_a_fact(phrase, n, marks) -> None:
    noun_verb, unit, metric = phrase
    text = f"2023年,认真落实{marks.format(f'{noun_verb}{n}{unit}')}的要求。"
    assert values(text).get(metric) != n


def test_the_reports_own_term_inside_a_sites_headline_count_is_the_total() -> None:
    # a site's headline count of every post, then the government information it disclosed
    got = values("2023年,网站共发布信息3万余条,其中主动公开政府信息1200条。")
    assert got == {"proactive_items_total": 1200}
    # a part of a total in the same term stays a part
    got = values("2023年,主动公开政府信息3万余条,其中主动公开政策文件1200条。")
    assert got["proactive_items_total"] == 30000


def test_reconsideration_counted_is_the_one_disclosure_drew() -> None:
    # every case of the area, with nothing tying it to disclosure: not the report's figure
    assert values("2023年,全市各级行政复议机关共办理行政复议案件560件。") == {}
    # tied in the sentence (before or after the figure) or by the sentence before it
    assert values("2023年,受理行政复议申请3件,均为政府信息公开类。") == {"admin_reconsideration": 3}
    got = values("全年受理政府信息公开申请11件,无超期情况。全年行政复议1件,行政诉讼3件。", 2021)
    assert (got["admin_reconsideration"], got["admin_litigation"]) == (1, 3)
    # decisions and case studies published are documents, not cases
    assert values("2023年,公开政府信息公开行政复议决定书45件、典型案例12件。") == {}


@settings(max_examples=80, deadline=None)
@given(
    st.integers(1, 9999), st.sampled_from(["行政复议", "行政诉讼"]), st.sampled_from(["件", "起"])
)
def test_a_case_count_with_no_tie_to_disclosure_is_never_taken(n, kind, unit) -> None:
    text = f"2023年,全市法治政府建设扎实推进,全年办理{kind}案件{n}{unit}。"
    assert values(text) == {}


def test_readings_named_with_a_container_word_are_readings() -> None:
    # 稿件 alone claims its figure (a news piece); 政策解读稿件 are readings
    got = values("2023年,发布政策解读稿件25篇,图解12个,视频解读3个。")
    assert got["interpretations"] == 25


def test_the_applicant_is_not_a_request_and_drafts_are_not_documents() -> None:
    # 申请人 is the applicant: no zero count of requests in it
    assert values("2023年,未收到申请人不服答复提起的行政复议。") == {"admin_reconsideration": 0}
    # drafts put out for comment are not documents disclosed or made
    assert values("2023年,向社会公开征求意见的文件草案25件。") == {}


def test_carry_over_stated_as_a_part_is_taken_out() -> None:
    # the total includes last year's carry-over, stated as a part (其中) rather than an aside
    got = values("2023年,共受理政府信息公开申请45件,其中上年结转3件。")
    assert got["requests_received"] == 42
    # carried over but not counted: the new ones are unknown
    assert "requests_received" not in values(
        "2023年,共受理政府信息公开申请45件,其中上年结转的申请已全部办结。"
    )


def test_calls_count_as_hotline_calls_only_on_a_hotline() -> None:
    assert values("2023年,共接听群众来电1200个。") == {}
    text = "市政务服务中心12345市长热线,提供24小时全天候服务,共接听群众电话244899次。"
    assert values(text)["hotline_calls"] == 244899


def test_the_bodys_own_part_of_a_shared_total_is_its_figure() -> None:
    # a 市政府办公室's report quoting the portal's total, then its own share
    got = values("2023年,市政府门户网站共发布信息2.5万条,其中我办发布1200条。")
    assert got == {"proactive_items_total": 1200}
    got = values("2023年,全市共收到政府信息公开申请1200件,其中我办收到350件。")
    assert got["requests_received"] == 350
    # a part that is not the body's own stays a part
    got = values("2023年,全市共收到政府信息公开申请1200件,其中市本级收到350件。")
    assert got["requests_received"] == 1200


def test_text_messages_sent_are_not_information_disclosed() -> None:
    assert values("2023年,通过短信平台向群众发送信息3万条。") == {}


def test_readings_counted_as_a_kind_of_information_are_readings() -> None:
    # 瑶海区政府办公室 2024 (fresh, hfyaohai.gov.cn)
    text = "全年共发布主动公开信息780条,政策解读类信息17条,回应关切类信息76条。"
    got = values(text, 2024)
    assert (got["proactive_items_total"], got["interpretations"]) == (780, 17)


def test_the_years_new_requests_outrank_a_total_with_carry_over() -> None:
    text = "2023年,共受理政府信息公开申请45件,其中本年新收申请42件,上年结转3件。"
    assert values(text)["requests_received"] == 42


def test_a_bare_verb_continues_the_count_just_before_it() -> None:
    # a hotline's count stands between the requests and 办结: the cases closed are the hotline's
    text = "2023年,收到政府信息公开申请12件,均已答复。通过12345热线受理群众诉求1200件。全年办结1180件。"
    assert values(text)["requests_completed"] == 12
    # licences handled in a paragraph on requests: 办结 is the licences'
    text = "2023年,依申请公开工作规范有序。全年受理行政许可事项3200件,办结3150件。"
    assert "requests_completed" not in values(text)
    # carry-over and sums of the requests themselves do not break the thread (zhejiang-jiaxing-bgs-2022)
    text = "2022年,共收到政府信息公开申请58件,上年结转3件,共计61件。目前依法办结59件。"
    assert values(text, 2022)["requests_completed"] == 59


@settings(max_examples=80, deadline=None)
@given(
    st.integers(1, 99999),
    st.sampled_from(["办结", "答复"]),
    st.sampled_from(["各类事项", "群众诉求", "来信来访", "审批事项", "投诉举报"]),
)
def test_a_bare_verb_governing_a_noun_of_its_own_gives_no_figure(n, verb, noun) -> None:
    # the topic (依申请) is named, but the verb's own object is something else
    text = f"2023年,规范依申请公开办理流程。全年共{verb}{noun}{n}件。"
    assert "requests_completed" not in values(text)


def test_a_longer_name_headed_by_another_thing_is_not_the_metric() -> None:
    # 政府信息 begins the name; the rules, the annual report or the guide are what is counted
    assert values("2023年,发布政府信息公开工作年度报告2条。") == {}
    got = values("2023年,主动公开政府信息120条,内容涵盖政府信息公开制度5条。")
    assert got == {"proactive_items_total": 120}


def test_zhudong_gongkai_alone_names_the_figure_where_it_leads() -> None:
    # 主动公开907条 with no noun and no topic before it (issue 13)
    assert values("2023年,我局主动公开907条。") == {"proactive_items_total": 907}
    # not as an outcome or a part of another count
    assert "proactive_items_total" not in values("2023年,收到申请12件,其中主动公开3件。")


def test_the_new_requests_after_carry_over_are_the_years() -> None:
    # 城中区 2024 (fresh, xncz.gov.cn): 59 handled holds last year's; 47 are the year's new ones
    text = "2024年共受理依申请公开事项59件,结转上年后新收到依申请公开事项47件,较上一年度增加42件。"
    assert values(text, 2024)["requests_received"] == 47
    # a carry-over count itself is still no received count
    assert values("2023年,结转上年申请3件。") == {}


def test_a_category_of_disclosed_items_names_documents_without_a_verb() -> None:
    # a city commission's 2023 wording: the categories follow the total in a sentence of their own
    text = "全年主动公开各类信息2088条,其中政务公开1536条。政策文件类41条,健康知识525条。"
    got = values(text)
    assert got["policy_documents"] == 41
    assert got["proactive_items_total"] == 2088


def test_readings_counted_in_items() -> None:
    assert values("发布重大行政决策宣传解读材料49项。")["interpretations"] == 49


def test_one_topic_part_of_conferences_is_not_the_bodys_count() -> None:
    # the total is of 新闻发布活动, the events of news release the body held: its count of conferences (blind V
    # shanghai-2022 labels 191, blind CL guangdong-shenzhen-bgt-2023-trad labels its 新闻发布活动 count too); the
    # one topic's part after it is not the body's count
    text = "全年共举办191场市政府新闻发布活动。其中,疫情防控新闻发布会累计举行151场。"
    assert values(text, 2022)["press_conferences"] == 191
    # a part of a total read as ours leaves the total
    text = "全年共举办新闻发布会40场,其中疫情防控新闻发布会15场。"
    assert values(text, 2022)["press_conferences"] == 40


def test_pairs_listed_after_fenbie_each_with_its_own_noun() -> None:
    # a sub-district's 2019 wording: 分别为 opens pairs of channel and figure
    text = (
        "2019年我街道主动公开政府信息1134条,分别为政府信息公开平台51条,政务微信996条,"
        "社区信息公开栏等其他形式87条。"
    )
    got = values(text, 2019)
    assert got["proactive_items_total"] == 1134
    assert got["new_media_posts"] == 996
    # items before 分别 still pair with the figures in order
    got = values("行政复议、行政诉讼分别为2件、1件。", 2019)
    assert (got["admin_reconsideration"], got["admin_litigation"]) == (2, 1)


def test_a_clause_of_a_sum_word_alone_sums_what_the_clause_before_names() -> None:
    # a county's 2012 wording
    text = "2012年,我县政府信息公开网站发布主动公开信息28大项、79小项,共计6657条。"
    assert values(text, 2012)["proactive_items_total"] == 6657
    assert values("我县主动公开政府信息,共计6657条。", 2012)["proactive_items_total"] == 6657
    # a clause before it that holds its own figure is not summed again
    text = "全年收到政府信息公开申请12件,上年结转2件,共计14件。"
    assert values(text, 2012)["requests_received"] == 12


def test_appeals_are_no_figure_of_a_metric() -> None:
    # a legacy sub-district's 复议、诉讼和申诉情况
    text = (
        "2019年度街道发生针对本部门有关政府信息公开事务的行政诉讼案0件;"
        "收到各类针对本部门政府信息公开事务有关的申诉案0件。"
    )
    got = values(text, 2019)
    assert got == {"admin_litigation": 0}


def test_a_sentence_whose_subject_is_a_new_media_channel_counts_its_posts() -> None:
    text = "和平路街道微信平台保持每两周至少一次更新,全年共发布信息24条,粉丝总数明显提高。"
    assert values(text, 2021) == {"new_media_posts": 24}
    # a channel among a list of means in a later clause is no subject
    text = "二是深化信息公开,灵活运用政务新媒体、公告栏等载体,全年公开医疗卫生信息106条。"
    assert "new_media_posts" not in values(text, 2021)
    # the report's own term keeps the figure the body's total
    text = "加强政务新媒体建设,全年主动公开政府信息1200条。"
    assert values(text, 2021) == {"proactive_items_total": 1200}


def test_a_category_of_published_items_is_no_count_of_documents_made() -> None:
    text = (
        "我县政府信息公开网站主动公开信息共计6657条。其中发布规范性文件类319条、政府会议类134条。"
    )
    got = values(text, 2012)
    assert "normative_docs_made" not in got
    assert got["policy_documents"] == 319


def test_after_a_total_with_unstated_carry_over_a_later_count_is_no_new_requests() -> None:
    text = (
        "2024年,本办共受理政府信息公开申请件114件,其中2件来自上一年度结转,"
        "受理的116件申请件已按规定在法定期限内予以答复。"
    )
    got = values(text, 2024)
    assert "requests_received" not in got
    assert got["requests_completed"] == 116


# --- parts after a headline total whose figure is missing (fidA, own minimal texts) ----


def test_a_labelled_part_does_not_borrow_the_total_noun_of_the_sentence_before() -> None:
    # the headline lost its figure (…发布信息条。); the column counts after 其中 are parts
    text = "本年度在门户网站发布和更新信息条。其中“通知公告”12条,“工作动态”30条。"
    assert "proactive_items_total" not in values(text)
    # a category named without quotes is a part all the same
    assert "proactive_items_total" not in values("本年度公开信息条。其中工作动态30条。")


def test_a_part_after_a_stated_total_leaves_the_total() -> None:
    text = "2023年我局主动公开信息300条。其中“通知公告”12条。"
    assert values(text)["proactive_items_total"] == 300


def test_the_year_share_after_qizhong_still_reads() -> None:
    # a running total, then the year's part: no category words between 其中 and the figure
    text = "累计主动公开政府信息900条。其中2023年度新增120条。"
    assert values(text)["proactive_items_total"] == 120


def test_tender_documents_are_not_policy_documents() -> None:
    assert "policy_documents" not in values("2023年我镇主动公开政府采购文件4份。")
    assert "policy_documents" not in values("2023年主动公开工程招标文件6件。")
    # a field named 招标投标 in a list of fields does not make the documents tender papers
    text = "主动公开招标投标、财政预决算等领域政策文件5件。"
    assert values(text)["policy_documents"] == 5


def test_reposted_information_is_information_disclosed() -> None:
    # 转载信息: the site's reposts are items it published, not a topic's count
    assert values("2023年,我区共发布转载信息1200条。")["proactive_items_total"] == 1200
    # a topic's count stays one (行业专项规划信息13条)
    assert "proactive_items_total" not in values("2023年,我区公开行业专项规划信息13条。")


# --- kinds found on a second blind set, fresh3/A2 (fidA, own minimal texts) --------------


def test_a_list_of_kinds_of_different_metrics_counted_together_is_none_of_them() -> None:
    text = "2024年,主动公开规范性文件、会议纪要及相关解读信息共40条。"
    assert "interpretations" not in values(text, 2024)
    # a list headed by its last noun after 等 is that noun's count
    text = "2024年,累计公开政府文件、会议动态等各类信息200条。"
    assert values(text, 2024)["proactive_items_total"] == 200
    # kinds sharing a metric stay that metric's
    assert values("2024年主动公开行政规范性文件、政策文件共50件。", 2024)["policy_documents"] == 50
    # one figure shared by each kind (均) is each kind's
    got = values("2024年共受理政府信息依申请公开0件,进入行政复议程序和行政诉讼程序均为0件。", 2024)
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0


def test_a_weakly_read_request_figure_among_outcomes_is_an_outcome() -> None:
    text = (
        "2024年,本办共受理政府信息公开申请12件(含上年结转2件),申请人均为公民。"
        "经依法办理,予以公开5件,无法提供6件,另处理重复申请1件,均按期答复。"
    )
    got = values(text, 2024)
    assert got["requests_received"] == 10
    assert got.get("requests_completed") != 1


def test_a_subject_of_no_metric_does_not_claim_the_object_after_the_figure() -> None:
    assert values("2024年,区新闻办共组织开展了12次新闻发布会。", 2024)["press_conferences"] == 12


def test_information_reported_up_is_not_information_disclosed() -> None:
    assert "proactive_items_total" not in values("2024年,全年共报送各类政务信息80余条。", 2024)
    # 份 counts items disclosed as well as 条
    got = facts("2024年,我县主动公开各类政务信息500余份。", 2024)["proactive_items_total"]
    assert (got.value, got.approx) == (500, True)


# --- kinds found on a third blind set, fresh3/A3 (fidA, own minimal texts) --------------


def test_counts_up_to_now_are_not_the_year() -> None:
    text = "2024年,本区新开通政务号2个。截至目前,本区政务微信共发布信息800条,微博发送信息90条。"
    assert "new_media_posts" not in values(text, 2024)
    # the figure's own clause names the year: it is the year's
    assert values("截至目前,我局全年主动公开信息300条。", 2024)["proactive_items_total"] == 300


def test_documents_sent_up_to_the_office_are_not_published() -> None:
    assert "policy_documents" not in values("2024年向市政府办公室送交主动公开文件12件。", 2024)


# --- kinds found on a fourth blind set, fresh3/A4 (fidA, own minimal texts) -------------


def test_contents_listed_after_a_total_are_its_parts() -> None:
    text = "2024年,全年累计公开信息80条,内容涵盖政务信息20条、工作动态60条。"
    assert values(text, 2024)["proactive_items_total"] == 80


def test_a_connective_clause_does_not_hide_the_channel_that_follows() -> None:
    text = (
        "2024年,本街道通过门户网站发布信息40条。"
        "同时,“幸福街道”微信公众号保持常态化运营,全年发布信息300篇。"
    )
    got = values(text, 2024)
    assert got["proactive_items_total"] == 40
    assert got["new_media_posts"] == 300


def test_a_body_named_x_zhen_jiedao_is_not_towns_and_streets() -> None:
    from govbench.parse.grammar import grammar_figures

    (found,) = [
        f
        for f in grammar_figures("2024年,安镇街道共受理政府信息公开申请3件。", 2024)
        if f.metric == "requests_received"
    ]
    assert not found.demoted
    # the towns and streets of a district are sub-units still
    (found,) = [
        f
        for f in grammar_figures("2024年,各镇街共受理政府信息公开申请30件。", 2024)
        if f.metric == "requests_received"
    ]
    assert found.demoted


def test_a_channel_named_reporting_does_not_make_disclosure_a_report_up() -> None:
    # 报送 among the channels, then 主动公开: the figure is disclosed (fresh3/A regression)
    text = "2024年,本单位经门户网站、工作简报报送、公示栏等渠道主动公开信息60条。"
    assert values(text, 2024)["proactive_items_total"] == 60


# --- conventions of the openings2 labellers, as train shows them (fidC) -------------------


def test_hotline_calls_only_for_a_12345_or_disclosure_line() -> None:
    # a generic office line is no hotline_calls (openings2 README); 12345 is
    generic = "2016年,本办接听热线服务电话150余次,便民热线3件。"
    assert "hotline_calls" not in values(generic, 2016)
    assert values("2016年,12345市民服务热线共受理来电900件。", 2016)["hotline_calls"] == 900
    # (a 市长热线 not said to be 12345 is not, as blind BB and BU label: tests/test_blind_set_bu.py)
    assert "hotline_calls" not in values("2016年,市长热线共受理群众来电80件。", 2016)


def test_no_reconsideration_over_a_request_is_not_no_request() -> None:
    text = "2010年未发生有关政府信息公开申请的行政复议、行政诉讼情况。"
    got = values(text, 2010)
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0
    assert "requests_received" not in got
    got = values("今年本局未收到依申请公开行政复议、行政诉讼等情况。", 2010)
    assert got["admin_reconsideration"] == 0 and "requests_received" not in got
    # a plain no-request sentence is still a zero
    assert values("2010年未收到政府信息公开申请。", 2010)["requests_received"] == 0


def test_no_request_and_no_refusal_together() -> None:
    text = "2009年度本乡无依申请公开政府信息和不予公开政府信息。"
    assert values(text, 2009)["requests_received"] == 0


def test_fee_zeros_of_legacy_wording() -> None:
    assert values("2012年未有收费及减免情况。", 2012)["fees_yuan"] == 0
    # the legacy heading answered on its own line
    assert values("五、政府信息公开的收费和减免情况。\n无\n", 2012)["fees_yuan"] == 0
    # the heading answered by something else is no fee zero
    assert "fees_yuan" not in values("四、收费及减免情况\n没有收到过相关申请。\n", 2012)


def test_archive_room_requests_are_not_disclosure_requests() -> None:
    text = (
        "2014年度本局通过网站公开信息80条,同时为方便群众,本局设有档案查阅室,"
        "2014年度接受群众申请1200件,公开1200件。"
    )
    got = values(text, 2014)
    assert got["proactive_items_total"] == 80
    assert got.get("requests_received") != 1200


def test_new_requests_said_of_disclosure_without_shenqing() -> None:
    # 新收 is the national table's term for the year's requests: not items disclosed
    text = "2022年,本街道全年主动公开62件、新收政府信息公开9件。"
    got = values(text, 2022)
    assert got["proactive_items_total"] == 62
    assert got["requests_received"] == 9


def test_a_request_that_occurred() -> None:
    assert values("2019年度本镇发生依申请公开2次。", 2019)["requests_received"] == 2


def test_normative_documents_with_the_verb_after_the_noun() -> None:
    # the 2021 table's 本年制发 written as prose: made, and documents published (both readings)
    text = "(三)政府信息管理。本年度行政规范性文件发布2条,废止数量0条,现行有效数量5条。"
    got = values(text, 2024)
    assert got["normative_docs_made"] == 2
    assert got["policy_documents"] == 2


def test_requests_that_came_by_the_hotline_are_no_calls() -> None:
    got = values("2023年,本局通过12345热线受理政府信息公开申请4件。", 2023)
    assert "hotline_calls" not in got
    assert values("2023年,本局共办理12345热线工单260件。", 2023)["hotline_calls"] == 260


def test_requests_said_received_and_answered_done_are_both() -> None:
    got = values("2023年,本局完成受理答复政府信息公开申请15件。", 2023)
    assert got["requests_received"] == 15 and got["requests_completed"] == 15
    # received and answered, not said done: the received count only
    got = values("2023年,本局受理答复政府信息公开申请15件。", 2023)
    assert got["requests_received"] == 15 and "requests_completed" not in got
