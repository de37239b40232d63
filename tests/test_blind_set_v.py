"""Kinds of text the parser misread on blind set V (government bodies of 上海 江苏 浙江 安徽 福建 江西
山东), each with its counter-case. Minimal texts of the kind, normalised as the reader leaves them."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_compiling_verb_before_a_title_in_a_sentence_is_no_issuer() -> None:
    # "…要求,汇总2016年度壶镇镇人民政府的政务公开年度报告编制而成": 汇总 is the sentence's verb, the
    # body is the township after the year (it was read as an issuer 汇总 at county level)
    meta = meta_of(
        "本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,汇总2016年度壶镇镇"
        "人民政府的政务公开年度报告编制而成。本报告全文在缙云县政府信息公开平台公布,欢迎查阅。如对本报告"
        "有疑问,可与壶镇镇人民政府党政办公室联系。\n一、概述\n2016年,镇政府在政务公开工作上不断强化措施。"
    )
    assert meta.issuer == "壶镇镇人民政府"
    assert meta.level == "township"
    assert (meta.region.province, meta.region.city, meta.region.county) == (
        "浙江省",
        "丽水市",
        "缙云县",
    )


def test_a_body_that_compiles_its_own_report_keeps_its_name() -> None:
    # counter-case: 由X编制 still names the body
    meta = meta_of(
        "本年报是根据《中华人民共和国政府信息公开条例》要求,由诸暨市安华镇人民政府编制的2018年度政府"
        "信息公开年度报告。\n2018年我镇主动公开政府信息265条。"
    )
    assert meta.issuer == "诸暨市安华镇人民政府"
    assert meta.level == "township"


def test_a_new_area_run_by_a_management_committee_is_a_zone() -> None:
    # 绍兴滨海新区管委会: 滨海新区 is also 天津's district, but a division's government is its 人民政府;
    # a 新区 run by a 管委会 is a development zone at county level (openings2 README), in 绍兴
    meta = meta_of(
        "2025年绍兴滨海新区政府信息公开工作年度报告\n\n2025年,绍兴滨海新区管委会全面贯彻《中华人民共和国"
        "政府信息公开条例》和国务院、省、市关于政务公开工作的系列部署。"
    )
    assert meta.body_kind == "development_zone"
    assert meta.level == "county"
    assert (meta.region.province, meta.region.city) == ("浙江省", "绍兴市")


def test_a_district_government_named_new_area_stays_a_government() -> None:
    # counter-case: 浦东新区人民政府 is a district's government
    meta = meta_of(
        "上海市浦东新区人民政府2019年政府信息公开工作年度报告\n2019年,浦东新区人民政府认真贯彻《条例》。"
    )
    assert meta.body_kind == "government"
    assert meta.region.county == "浦东新区"


def test_readings_the_text_calls_a_share_of_all_readings_are_no_total() -> None:
    # …媒体解读材料15件,占解读总量的55%以上: a part of the year's readings, their total unstated
    got = values(
        "2025年,全年累计主动公开各类信息750余条。在政策解读方面,积极创新形式,共发布图文解读、短视频、"
        "动漫等媒体解读材料15件,占解读总量的55%以上。",
        2025,
    )
    assert "interpretations" not in got
    assert got["proactive_items_total"] == 750


def test_readings_as_a_share_of_something_else_keep_their_count() -> None:
    # counter-case: a share of all items published is no part of the readings
    got = values("2025年,共发布政策解读15件,占发布信息总量的5%。", 2025)
    assert got["interpretations"] == 15


def test_the_proactive_part_of_the_information_made_is_read_under_a_heading() -> None:
    # "(一)主动公开政府信息的情况\n…共制作信息33条,其中主动公开信息数29条,…依申请公开信息数2条": the
    # total counts information made (no verb of disclosure in its own clause; the heading line above
    # is not that clause), so the 主动公开 part is the year's proactive figure
    got = values(
        "(一)主动公开政府信息的情况\n2021年度我单位共制作信息33条,其中主动公开信息数29条,占比87.8%,"
        "依申请公开信息数2条,占比6.1%;不予以公开信息数2条,占比6.1%。",
        2021,
    )
    assert got == {"proactive_items_total": 29}


def test_a_part_of_a_topic_total_stays_unread_under_a_heading() -> None:
    # counter-case: a total under a verb of disclosure in its own clause keeps its part out
    got = values(
        "(一)主动公开政府信息的情况\n2021年,主动公开执法信息30条,其中网上公开信息14条。", 2021
    )
    assert "proactive_items_total" not in got


def test_requests_received_and_answered_said_of_disclosure_without_shenqing() -> None:
    # 共收到并依法答复政府信息公开95件(含上年度结转申请7件): requests, the new ones 95-7
    # (it was read as 95 items disclosed when no proactive figure stood before it)
    got = values("2025年共收到并依法答复政府信息公开95件(含上年度结转申请7件)。", 2025)
    assert got.get("requests_received") == 88
    assert "proactive_items_total" not in got


def test_disclosure_said_by_a_disclosing_verb_stays_proactive() -> None:
    # counter-case
    got = values("2025年,主动公开政府信息1200条,依法答复政府信息公开申请30件。", 2025)
    assert got == {"proactive_items_total": 1200, "requests_completed": 30}


def test_a_purpose_clause_before_the_year_is_no_issuer() -> None:
    # "为认真贯彻落实上级关于切实做好2024年政府信息公开年度报告编制发布工作要求,东亭街道…": the words
    # before the year are the sentence's purpose (落实, 做好), not a body; the street office is named
    # after it (it was read as issuer 为认真贯彻落实上级关于切实做好, level unknown)
    meta = meta_of(
        "为认真贯彻落实上级关于切实做好2024年政府信息公开年度报告编制发布工作要求,东亭街道严格落实"
        "《中华人民共和国政府信息公开条例》文件精神,及时发布2024年度政府信息公开工作报告。本报告由东亭街道"
        "综合办公室编制。\n一、总体情况\n2024年,东亭街道主动公开政府信息58条。"
    )
    assert meta.issuer == "东亭街道"
    assert meta.level == "township"


def test_a_body_named_before_the_year_of_its_title_stays_the_issuer() -> None:
    # counter-case: a title line that starts with the body
    meta = meta_of(
        "安镇街道2024年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制。"
    )
    assert meta.issuer == "安镇街道"
    assert meta.level == "township"


def test_a_figure_inside_a_bracketed_breakdown_is_no_total() -> None:
    # 主动公开政府信息共计十一大类条(其中政府领导231条、…): the total states no figure; the first item
    # of the bracket is a category's count (blind V2, 黄村镇 2014), not the items disclosed
    got = values(
        "全镇2014年主动公开政府信息共计十一大类条(其中政府领导231条、机构设置70条、政策法规 15条、"
        "其他3条)。",
        2014,
    )
    assert "proactive_items_total" not in got


def test_a_bracketed_part_named_by_its_own_noun_and_a_closed_bracket_are_read() -> None:
    # counter-cases: a total before its bracket stands, and a bracket's item with its own noun
    got = values("2014年,我镇主动公开政府信息1200条(其中政策文件30条)。", 2014)
    assert got == {"proactive_items_total": 1200, "policy_documents": 30}
    got = values("2014年共受理政府信息公开申请45件(其中网上申请30件,信函申请15件)。", 2014)
    assert got["requests_received"] == 45


def test_outcomes_of_requests_are_neither_items_disclosed_nor_requests_completed() -> None:
    # 其中:主动公开1件,…,非政府信息1件 and 2件办理结果为主动公开: how requests ended (blind V2)
    got = values(
        "2025年夏阳街道收到政务公开申请11件,其中:主动公开1件,依申请公开4件,咨询2件,非政府信息1件,"
        "信息不存在3件。",
        2025,
    )
    assert got == {"requests_received": 11}
    got = values(
        "2025年,街道收到依申请公开政府信息19件。其中,2件办理结果为主动公开,2件办理结果为依申请公开,"
        "8件办理结果为本机关不掌握相关政府信息,申请人主动撤销6件。",
        2025,
    )
    assert got == {"requests_received": 19}


def test_requests_said_all_answered_are_completed() -> None:
    # counter-case
    got = values("2025年,街道共办理政府信息公开申请19件,均按时答复。", 2025)
    assert got == {"requests_received": 19, "requests_completed": 19}


def test_official_papers_disclosed_are_policy_documents() -> None:
    # 公文信息 is 公文类信息 said without 类 (train guangdong-shantou-haojiang-bgs-2022 labels 公文类政府信息54条);
    # 政府发文 are the government's issued papers, as 政府文件 (train jiangsu-lianyungang-jingkaiqu-2021)
    got = values("2023年,全年街道公开政府信息43条,其中主动公开公文信息2条,主动公开率100%。", 2023)
    assert got == {"proactive_items_total": 43, "policy_documents": 2}
    assert values("2025年,夏阳街道共计主动公开政府发文4条。", 2025) == {"policy_documents": 4}


def test_papers_issued_without_a_verb_of_disclosure_are_no_documents_disclosed() -> None:
    # counter-case: papers issued, then a part disclosed with no noun of its own: no figure is guessed
    assert "policy_documents" not in values("2025年,区政府发文120件,其中主动公开80件。", 2025)


def test_none_made_said_with_a_verb_of_making_is_zero_normative_documents() -> None:
    # 未制发行政规范性文件 / 未新增行政规范性文件 (blind V3, V2): a plain none for the year
    got = values(
        "2025年我镇在区政府网站公开信息42条。未制发行政规范性文件,实施行政处罚11件。", 2025
    )
    assert got == {"proactive_items_total": 42, "normative_docs_made": 0}
    got = values("本年度共制发公文20件,其中主动公开公文6件,未新增行政规范性文件。", 2021)
    assert got["normative_docs_made"] == 0


def test_none_in_force_or_none_disclosed_is_no_zero_made() -> None:
    # counter-cases: 无规范性文件 (none at all, in force or made), 未公开 (none disclosed)
    assert "normative_docs_made" not in values("2021年,本局无规范性文件。", 2021)
    assert "normative_docs_made" not in values("2021年,未公开规范性文件。", 2021)
    assert values("2021年,制发规范性文件3件。", 2021)["normative_docs_made"] == 3


def test_a_bare_done_count_after_the_requests_is_completed() -> None:
    # 收到依申请公开信息共74件,完成72件(结转至下年度办理2件) (blind V4)
    got = values("2024年,收到依申请公开信息共74件,完成72件(结转至下年度办理2件)。", 2024)
    assert got == {"requests_received": 74, "requests_completed": 72}


def test_a_bare_done_count_of_other_things_is_no_completed_request() -> None:
    # counter-cases: approvals done, and things done that are no count after requests
    assert values("2024年,受理行政许可事项3200件,完成3150件。", 2024) == {}
    got = values("2024年,全年主动公开信息300条,完成20件民生实事。", 2024)
    assert got == {"proactive_items_total": 300}


def test_a_street_office_the_opening_names_goes_before_its_hosts_portal() -> None:
    # 电子版可在“青岛西海岸新区政务网”下载 names the host area's portal; the body is the street office the
    # opening names again and again (it was read as the new area, a zone at county level; blind V5)
    meta = meta_of(
        "根据修订后的《中华人民共和国政府信息公开条例》等有关规定,特向社会公布2022年度本级政府(机关)信息"
        "公开工作年度报告。本报告的电子版可在“青岛西海岸新区政务网”(http://www.xihaian.gov.cn)下载。如对"
        "本报告有任何疑问,请与黄岛街道办事处政府信息公开领导小组办公室联系(地址:青岛西海岸新区大公岛路5号)。\n"
        "一、总体情况\n2022年黄岛街道接到依申请公开2件。2022年街道制定《黄岛街道办事处2022年政务公开工作要点》。"
    )
    assert meta.level == "township"
    assert meta.body_kind == "government"


def test_a_zone_whose_portal_carries_its_report_stays_the_zone() -> None:
    # counter-case: no township named, the zone's own site names the body
    meta = meta_of(
        "本报告的电子版可在景德镇高新区管委会网站下载。如对本报告有任何疑问,请与景德镇高新区管委会党政办公室"
        "联系。\n一、总体情况\n2019年,我区主动公开政务信息共计437条。"
    )
    assert meta.body_kind == "development_zone"
