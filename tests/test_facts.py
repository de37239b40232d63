"""Figures stated in sentences, with the genre's traps (snippets from real reports,
normalised as the reader leaves them: simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from pathlib import Path

from govbench.parse.facts import narrative_facts


def facts_of(text: str, year: int | None = None, format: str | None = "legacy") -> dict:
    return {f.metric: f for f in narrative_facts(text, year=year, format=format)}


def values(text: str, year: int | None = None, format: str | None = "legacy") -> dict:
    return {m: (f.value, f.approx) for m, f in facts_of(text, year, format).items()}


# hebei-qinhuangdao-2016
QINHUANGDAO = (
    "市本级平台公开各类政府信息16836条,比去年同期增长30%,公开信息的质量明显提升。"
    "各县区平台公开信息两万多条,各部门网站公开数万条。"
    "全市累计投入18.4万经费用于公开工作,较上一年度有明显增加。"
    "2016年,全市共报告公民、法人和其他组织信息公开申请162件,全部在法定期限内规范答复。"
    "报告行政复议4件,与去年同期持平行政诉讼4件,比去年减少1件。"
    "本年度没有依申请收费和减免情况的报告。"
    "等新闻发布会30余场,及时公布权威信息,解疑释惑。"
    "市政务服务中心12345市长热线,提供24小时全天候服务,共接听群众电话244899次,受理事项226285件。"
)


def test_legacy_sentences_give_the_body_own_figures() -> None:
    got = values(QINHUANGDAO, year=2016)
    assert got["proactive_items_total"] == (16836, False)
    assert got["requests_received"] == (162, False)
    assert got["admin_reconsideration"] == (4, False)
    assert got["press_conferences"] == (30, True)
    assert got["funding_yuan"] == (184000, False)
    assert got["hotline_calls"] == (244899, False)


def test_change_against_last_year_is_not_a_count() -> None:
    # "比去年减少1件" follows; the count is the 4 after 持平
    assert values(QINHUANGDAO, year=2016)["admin_litigation"] == (4, False)


def test_sub_units_figure_does_not_replace_the_body_own() -> None:
    assert values(QINHUANGDAO, year=2016)["proactive_items_total"][0] != 20000


def test_zero_fees_stated_in_words() -> None:
    assert values(QINHUANGDAO, year=2016)["fees_yuan"] == (0, False)


def test_hotline_consultations_of_12345_are_not_the_number() -> None:
    assert values(QINHUANGDAO, year=2016)["hotline_calls"][0] != 12345


def test_evidence_points_at_the_stating_phrase() -> None:
    fact = facts_of(QINHUANGDAO, year=2016)["proactive_items_total"]
    assert fact.method == "narrative"
    assert QINHUANGDAO[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    assert "16836" in fact.evidence.text


def test_no_requests_received_is_zero() -> None:
    # chongqing-hechuan-gongyeyuanqu-2020
    assert values("2020年,我委未收到政府信息公开申请。", 2020)["requests_received"] == (0, False)


def test_no_reconsideration_nor_litigation_gives_two_zeros() -> None:
    # chongqing-jiaowei-2023
    got = values("8件政府信息公开申请均按时办结,未引起行政复议和行政诉讼。", 2023)
    assert got["admin_reconsideration"] == (0, False)
    assert got["admin_litigation"] == (0, False)
    assert got["requests_completed"] == (8, False)


def test_no_fee_charged_is_zero() -> None:
    # chongqing-rongchang-hebaozhen-2020
    got = values("我镇未收到依申请公开请求,未对公众依申请公开政府信息收取任何费用。", 2020)
    assert got["fees_yuan"] == (0, False)


def test_qualified_denial_is_not_a_zero() -> None:
    # sichuan-suining-anju-2020: only "not because of a wrong answer"
    got = values("处理依申请公开8件,未因答复不当收到行政复议或行政诉讼,", 2020)
    assert got["requests_received"] == (8, False)
    assert "admin_reconsideration" not in got and "admin_litigation" not in got


def test_cumulative_total_gives_way_to_this_year_figure() -> None:
    text = "截至2015年底,累计主动公开政府信息3000条;本年度新增主动公开政府信息295条。"
    assert values(text, 2015)["proactive_items_total"] == (295, False)


def test_cumulative_total_alone_is_kept() -> None:
    # gansu-baiyin-pingchuan-fagaiju-2025
    assert values("截至2025年12月31日,累计主动公开各类政府信息140条,", 2025)[
        "proactive_items_total"
    ] == (140, False)


def test_figure_of_another_year_is_not_this_year() -> None:
    assert "proactive_items_total" not in values("2014年主动公开政府信息2543条。", 2015)


def test_consultation_calls_in_person_times_are_not_requests_nor_hotline() -> None:
    # bodies/pt-*-2013: 人次 of consultations and page views
    text = "网站专栏页面访问量达4842人次,接听各类咨询电话171人次。另外,召开3次新闻发布会,"
    got = values(text, 2013)
    assert "requests_received" not in got and "hotline_calls" not in got
    assert got["press_conferences"] == (3, False)


def test_complaints_on_the_12345_platform_are_not_requests() -> None:
    text = "2019年,我局在12345便民投诉平台受理群众投诉咨询877件,办理率100%,满意率达99%以上。"
    assert "requests_received" not in values(text, 2019)


def test_administrative_fee_amounts_are_not_information_fees() -> None:
    # hebei-xingtai-2023
    text = "制决定数量分别为289745宗、466061宗和5919宗,行政事业性收费总金额约12.86亿元。"
    assert "fees_yuan" not in values(text, 2023)


def test_new_media_posts_sent_by_the_official_account() -> None:
    # bodies/pt-scj-2019: followers are not posts
    text = "2019年,我局官方微信公众号累计发送了373条信息,本年新增关注用户达3201人,累计总关注用户达7516人。"
    assert values(text, 2019)["new_media_posts"] == (373, False)


def test_ordinal_and_document_numbers_are_not_figures() -> None:
    # chongqing-jiaowei-2023: 第二十条 must not read as 20 items
    text = "主动公开《条例》第二十条规定的相关政府信息4884条,依据渝府办发〔2016〕18号文件。"
    assert values(text, 2023)["proactive_items_total"] == (4884, False)


def test_wechat_posts_are_new_media_not_proactive_total() -> None:
    # gansu-tianshui-qingshui-jiaoyuju-2023
    text = "清水教育微信公众号向社会公开工作信息104条;向社会公布各类政府信息115条。"
    got = values(text, 2023)
    assert got["new_media_posts"] == (104, False)
    assert got["proactive_items_total"] == (115, False)


def test_website_and_wechat_together_are_the_proactive_total() -> None:
    # shaanxi-xian-lianhu-xidajie-2025
    text = "全年通过区政府门户网站、微信公众号公开发布信息330条,办理“12345”市民热线工单31件,办结率100%。"
    got = values(text, 2025)
    assert got["proactive_items_total"] == (330, False)
    assert got["hotline_calls"] == (31, False)
    assert "new_media_posts" not in got


def test_approximate_figures_in_ten_thousands() -> None:
    # ningxia-yinchuan-bgs-2022, jiangsu-nanjing-2017
    assert values("主动公开政府信息20余万条,", 2022)["proactive_items_total"] == (200000, True)
    assert values("全年主动公开政府信息67.35万条,", 2021)["proactive_items_total"] == (
        673500,
        False,
    )


def test_flattened_tables_of_standard_reports_are_not_read_as_sentences() -> None:
    # pingtan_zhq_2021: 表三's row label and run-together cells
    text = (
        "一、总体情况2021年,我区共收到政府信息公开申请70件。"
        "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量640020470"
        "五、存在的主要问题及改进情况 政策解读形式不够丰富。"
    )
    assert values(text, 2021, "standard_2021")["requests_received"] == (70, False)
    only_table = "三、收到和处理政府信息公开申请情况 共收到政府信息公开申请640020470件 五、存在的主要问题及改进情况"
    assert "requests_received" not in values(only_table, 2021, "standard_2021")


def test_prose_before_a_table_and_a_section_without_one_are_read() -> None:
    # 汉阳区政府办公室 2022 (fresh, hanyang.gov.cn): section 三 states the count, then its table
    text = (
        "三、收到和处理政府信息公开申请情况\n2022年,区政府办公室共收到8份政府信息公开申请,"
        "均为自然人申请。\n申请人情况 | 自然人 | 总计 |\n一、本年新收政府信息公开申请数量 | 8 | 8 |"
    )
    assert values(text, 2022, "standard_2021")["requests_received"] == (8, False)
    # 三河市泃阳西大街街道办事处 2019 (fresh): section 二 written as sentences, no table
    text = "一、总体情况\n略。\n二、主动公开政府信息情况\n2019年我街道主动公开政府信息1134条。"
    assert values(text, 2019, "standard_2019")["proactive_items_total"] == (1134, False)
    # the table's own figures, past its first label, are still not sentences
    text = (
        "三、收到和处理政府信息公开申请情况\n申请人情况 自然人 本年新收政府信息公开申请数量 共8件"
    )
    assert "requests_received" not in values(text, 2022, "standard_2021")


def test_legacy_statistics_table_pair_of_equal_columns() -> None:
    # pingtan_zhq_2016: 本年度|累计 run together, "00" is 0 and 0
    text = "对申请的答复总数条00 政府信息公开收费减免金额元00"
    got = values(text, 2016)
    assert got["requests_completed"] == (0, False)
    assert got["fees_yuan"] == (0, False)


def test_one_fact_per_metric() -> None:
    # hebei-xingtai-2023 states two request totals; one is kept, the body's own
    text = "全年受理向市政府提出的信息公开申请225件,各地各部门共办理1308件政府信息申请公开事项。"
    facts = narrative_facts(text, year=2023, format="standard_2021")
    received = [f for f in facts if f.metric == "requests_received"]
    assert [f.value for f in received] == [225]


def test_information_processing_fee_of_section_six() -> None:
    # hongze_district_2023 (standard_2021), 六、其他需要报告的事项
    text = (
        "六、其他需要报告的事项\n2023年,区政府严格落实《政府信息公开信息处理费管理办\n法》,"
        "全年收取政府信息公开信息处理费0元。"
    )
    assert values(text, 2023, "standard_2021")["fees_yuan"] == (0, False)


def test_a_fee_stated_and_denied_in_the_same_report_is_warned_about():
    # section 六 of the 2021 template says whether 信息处理费 was charged; the overview may
    # say otherwise — the figure stated wins, and the contradiction is reported
    text = (
        "一、总体情况\n2021年,共收取信息处理费200元。\n"
        "六、其他需要报告的事项\n本机关2021年度未收取信息处理费。"
    )
    warnings: list[str] = []
    facts = {f.metric: f.value for f in narrative_facts(text, 2021, "standard_2021", warnings)}
    assert facts["fees_yuan"] == 200
    assert len(warnings) == 1 and warnings[0].startswith("fees_yuan_contradiction:")
    assert "未收取信息处理费" in warnings[0]


def test_no_contradiction_when_the_text_only_says_none():
    warnings: list[str] = []
    narrative_facts(
        "六、其他需要报告的事项\n本机关2021年度未收取信息处理费。", 2021, "standard_2021", warnings
    )
    assert warnings == []


def test_request_outcomes_stated_in_the_text_but_not_a_combined_figure():
    # 上海市政府办公厅 2019: 予以公开及部分公开 is both together, neither metric alone
    text = (
        "答复政府信息公开申请805件。予以公开及部分公开258件,占33.9%;不予公开35件,占4.34%;"
        "因本机关不掌握等原因无法提供265件,占32.9%;不予处理158件,占19.6%;其他处理0件。"
    )
    facts = {f.metric: f.value for f in narrative_facts(text, 2019, "legacy")}
    assert facts["requests_denied"] == 35
    assert facts["requests_cannot_provide"] == 265
    assert facts["requests_not_processed"] == 158
    assert "requests_granted" not in facts and "requests_partially_granted" not in facts


def test_items_withheld_are_not_requests_denied():
    # 平潭 2022: information items (条) the body made, published and withheld — not requests
    text = "2022年,共制发政府信息316条,其中,主动公开政府信息121条、依申请公开128条、不予公开67条。"
    assert "requests_denied" not in {f.metric for f in narrative_facts(text, 2022, "standard_2021")}


def test_a_report_converted_with_taiwan_phrasing_reads_as_its_original(tmp_path) -> None:
    # A converter to traditional script with Taiwan phrasing (OpenCC s2twp: 信息 -> 資訊,
    # 文件 -> 檔案, 发布 -> 釋出) must not change what the report states.
    import opencc

    from govbench.parse import parse_document
    from govbench.read import read_document

    reports = Path(__file__).resolve().parent.parent / "data" / "reports" / "openings"
    convert = opencc.OpenCC("s2twp").convert
    for name in (
        "hebei-sjz-changan-2024",
        "chongqing-rongchang-hebaozhen-2020",
        "hebei-xingtai-bgs-2025",
    ):
        original = reports / f"{name}.txt"
        converted = tmp_path / f"{name}-tw.txt"
        converted.write_text(convert(original.read_text(encoding="utf-8")), encoding="utf-8")
        want = {(f.metric, f.value) for f in parse_document(read_document(original)).facts}
        assert len(want) >= 5
        assert {(f.metric, f.value) for f in parse_document(read_document(converted)).facts} == want


def test_a_report_with_a_converters_pinyin_reads_as_its_original(tmp_path) -> None:
    # Converters to traditional script that write pinyin after each character they convert
    # (報(bào)告): the title, the place and the figures must read as without it.
    import opencc

    from govbench.parse import parse_document
    from govbench.read import read_document

    reports = Path(__file__).resolve().parent.parent / "data" / "reports" / "openings"
    convert = opencc.OpenCC("s2t").convert
    for name in ("hebei-sjz-changan-2024", "hebei-xingtai-bgs-2025"):
        original = reports / f"{name}.txt"
        text = original.read_text(encoding="utf-8")
        marked = "".join(c + ("(bào)" if c != ch else "") for ch in text for c in [convert(ch)])
        converted = tmp_path / f"{name}-pinyin.txt"
        converted.write_text(marked, encoding="utf-8")
        want, got = (
            parse_document(read_document(original)),
            parse_document(read_document(converted)),
        )
        assert (got.level, got.region.code, got.year) == (want.level, want.region.code, want.year)
        assert got.region.code is not None
        assert {(f.metric, f.value) for f in got.facts} == {(f.metric, f.value) for f in want.facts}


def test_funding_is_the_money_of_disclosure_work_only() -> None:
    # hebei-qinhuangdao-2016: the money of the disclosure work
    got = values("全市累计投入18.4万经费用于公开工作,较上一年度有明显增加。", 2016)
    assert got["funding_yuan"] == (184000, False)
    # funds a report mentions for other work are not its disclosure funding
    assert "funding_yuan" not in values("2023年,争取上级资金3000万元,兑现惠企资金1.2亿元。", 2023)


def test_no_cases_that_disclosure_drew_is_zero_for_both() -> None:
    # a township's legacy wording: none of either kind that disclosure requests drew
    got = values(
        "五、行政复议、行政诉讼的情况\n全年无政府信息公开申请行政复议、提起行政诉讼的案件。", 2012
    )
    assert got["admin_reconsideration"] == (0, False)
    assert got["admin_litigation"] == (0, False)
    # a case count after 无 is not a zero of disclosure cases
    assert "admin_litigation" not in values("全年无行政复议案件,行政诉讼2件尚未审结。", 2012)


def test_no_requests_from_anyone_listed_in_full_is_zero() -> None:
    text = "年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。"
    assert values(text, 2025)["requests_received"] == (0, False)


def test_running_total_gives_way_to_the_year_new_items_of_the_next_sentence() -> None:
    text = "管委会累计主动公开政府信息272条。2010年新增主动公开政府信息57条,其中工作动态类13条。"
    assert values(text, 2010)["proactive_items_total"] == (57, False)
    # a next sentence about something else leaves the running total as the only figure
    text = "管委会累计主动公开政府信息272条。2010年新增信息公开栏3个。"
    assert values(text, 2010)["proactive_items_total"] == (272, False)


def test_suit_brought_without_reconsideration_is_no_reconsideration_case() -> None:
    # a district office's 2023 wording: 表四's column 未经复议直接起诉 is a lawsuit
    text = "全年共受理政府信息公开申请41件。没有因依申请公开产生行政复议案件,未经复议直接起诉1件,"
    got = values(text, 2023, "standard_2021")
    assert got["admin_reconsideration"] == (0, False)


def test_no_requests_said_with_wu_is_zero() -> None:
    assert values("本单位2012年无依申请公开。", 2012)["requests_received"] == (0, False)
    assert values("2015年我街道无依申请公开政府信息。", 2015)["requests_received"] == (0, False)
    # no overdue answer, no fee: not a statement about the number of requests
    assert "requests_received" not in values("做到无依申请公开超期办理。", 2015)
    assert "requests_received" not in values("全年无依申请公开收费。", 2015)


def test_no_fee_for_requests_said_with_wu_is_zero() -> None:
    assert values("本年度无依申请公开收费。", 2015)["fees_yuan"] == (0, False)


def test_converted_policy_documents_under_a_total_are_documents() -> None:
    # 政策性檔案: a converter's 政策性文件
    got = values("2015年,我区共主动公开政府信息0.89万余条,其中政策性档案46件。", 2015)
    assert got["proactive_items_total"] == (8900, True)
    assert got["policy_documents"] == (46, False)


def test_no_fee_sentences_of_other_wordings_are_zero() -> None:
    # fidA: own minimal texts of wordings the fee zeros missed
    for text in (
        "本单位未收取依申请提供信息的检索、复制、邮寄、打印等费用。",
        "本年度未涉及信息公开收费情况。",
        "(二)收费情况:无。",
        "本局未向公民和法人收取任何信息公开费用。",
    ):
        assert values(text, year=2012)["fees_yuan"] == (0, False), text


def test_a_fee_statistic_that_is_not_answered_no_is_not_zero() -> None:
    assert "fees_yuan" not in values("(二)收费情况:无法统计。", year=2012)


def test_a_request_statistic_answered_none_is_zero() -> None:
    assert values("本年度受理信息公开申请:无。", year=2012)["requests_received"] == (0, False)
    assert "requests_received" not in values("本年度受理信息公开申请:详见附表。", year=2012)


def test_no_fee_items_at_all_is_zero() -> None:
    assert values("本局没有任何信息公开的收费项目。", year=2012)["fees_yuan"] == (0, False)


def test_no_lawsuit_over_the_body_disclosure_accepted_by_a_court_is_zero() -> None:
    text = "2020年,无法院受理涉及本局政府信息公开工作的行政诉讼案件。"
    assert values(text, year=2020)["admin_litigation"] == (0, False)


def test_a_clause_that_opens_with_wu_and_names_the_cases_is_zero_of_them() -> None:
    # fidL: the 无 family of worded zeros, one phrasing for every wording of it
    for text in (
        "本年度无行政复议,无行政诉讼。",
        "全年无因政府信息公开引发的行政复议和行政诉讼。",
        "2016年度我乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。",
        "本机关无涉及政府信息公开的行政复议、行政诉讼案件。",
        "全年无法院受理的涉及本单位信息公开的行政复议或行政诉讼。",
    ):
        got = values(text, 2016)
        assert got["admin_reconsideration"] == (0, False), text
        assert got["admin_litigation"] == (0, False), text


def test_wu_that_is_no_none_or_an_outcome_is_no_zero_of_cases() -> None:
    for text in (
        # a place named 无锡, then a case count: not a zero
        "无锡市本级行政复议5件,行政诉讼3件。",
        # 无法 (cannot), 无需 (need not): not 'none'
        "对无法提供的申请,告知申请人可依法申请行政复议或提起行政诉讼。",
        # none lost, none corrected: outcomes of cases, not their count
        "全年无行政复议被纠错、行政诉讼败诉的情况。",
    ):
        got = values(text, 2016)
        assert got.get("admin_reconsideration", (None,))[0] != 0, text
        assert got.get("admin_litigation", (None,))[0] != 0, text


def test_no_request_with_wu_ends_the_statement() -> None:
    for text in ("我镇2016年度无申请。", "本单位无依申请公开政府信息和不予公开政府信息。"):
        assert values(text, 2016)["requests_received"] == (0, False), text
    # something follows: an applicant, a review, a fee are not the requests' count
    for text in ("无申请人提出异议。", "全年无申请行政复议。", "全年无依申请公开收费。"):
        assert "requests_received" not in values(text, 2016), text


def test_a_negation_before_the_charge_in_one_clause_is_zero_fees() -> None:
    for text in (
        "本年度未收费。",
        "2015年未有收费及减免情况。",
        "没有因政府信息公开而产生的收费。",
        "本年度无依申请公开信息的收费。",
        "全年未产生信息处理费。",
        "本局无收取费用。",
        "没有向政府信息公开申请人收费的情况。",
        "六、政府信息公开的收费和减免情况。\n无",
    ):
        assert values(text, 2015)["fees_yuan"] == (0, False), text


def test_look_alikes_of_a_fee_zero_give_nothing() -> None:
    for text in (
        # free of charge in another sense, a charge of another kind, a charge found wanting
        "无偿提供政务服务,行政事业性收费按规定执行。",
        "开展专项检查,未发现违规收费行为。",
        "无锡市收取信息处理费200元。",
        # the charges of the body's services, published or not: not a disclosure fee
        "督促未公开收费标准的窗口限期整改。",
    ):
        assert values(text, 2015).get("fees_yuan", (None,))[0] != 0, text


def test_no_dispute_that_disclosure_drew_is_zero_of_both_kinds_of_case() -> None:
    # fidL: the disputes are the cases, said in one word (行政争议), within the negated sentence
    for text in (
        "本年度未因政府信息公开申请引起行政争议。",
        "我局没有因信息公开工作引发任何行政争议。",
    ):
        got = values(text, 2024)
        assert got["admin_reconsideration"] == (0, False), text
        assert got["admin_litigation"] == (0, False), text
    # a dispute settled or corrected is an outcome, not the count of cases
    got = values("全年未发生行政争议被纠正的情况。", 2024)
    assert "admin_reconsideration" not in got and "admin_litigation" not in got


def test_a_figure_the_text_stops_inside_is_not_read() -> None:
    # an opening kept to its first characters, or a download cut off, ends inside a figure:
    # 申请12 may have been 申请125件. The figures before it stand; the cut one is said, not read
    text = "2011年,我县共主动公开政府信息1234条。共受理政府信息公开申请12"
    warnings: list[str] = []
    got = {f.metric: f.value for f in narrative_facts(text, 2011, "legacy", warnings)}
    assert got == {"proactive_items_total": 1234}
    assert [w.split(":")[0] for w in warnings] == ["requests_received_cut"]
    # the same figure with its unit, or followed by more text, is whole
    assert values(text + "件", 2011)["requests_received"] == (12, False)
    assert values(text + "件。 \n", 2011)["requests_received"] == (12, False)
    assert values(text + ",均已办结", 2011)["requests_received"] == (12, False)
    # a statistics row's cells follow their unit: a row ending the text is whole
    assert values("本年度|累计 政府信息公开收费减免金额元00", 2016)["fees_yuan"] == (0, False)
