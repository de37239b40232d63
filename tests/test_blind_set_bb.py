"""Kinds of text the parser misread on blind set BB (departments of county-level governments in
江苏 浙江 广东 湖南 山东 福建 四川, 2020–2025), each with its counter-cases from train or the labelled
blind sets. Minimal texts of the kind."""

from __future__ import annotations

from govbench.parse import meta as meta_module

from snippets import meta_of, values


def test_a_bureau_of_an_unknown_county_level_unit_is_county_level() -> None:
    # 屈原管理区自然资源局 2022: the gazetteer knew no 屈原管理区, the text's only place was the province in
    # 湖南省互联网+政务服务一体化平台, and the bureau was read province level. A bureau whose own name opens
    # with a county-level unit no known place is that unit's (大通湖管理区, 益阳's, is such a name)
    got = meta_of(
        "大通湖管理区自然资源局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "(一)主动公开情况。2022年,我局通过湖南省互联网+政务服务一体化平台等平台主动公开信息105条。"
    )
    assert got.level == "county"
    assert got.body_kind == "department"


def test_quyuan_is_a_county_level_unit_of_yueyang() -> None:
    # the report's own opening: 屈原管理区 is 岳阳市's (data/region_aliases.csv, as 洪江管理区 of 怀化)
    got = meta_of(
        "屈原管理区自然资源局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "(一)主动公开情况。2022年,我局通过屈原管理区人民政府门户网站和湖南省互联网+政务服务一体化平台、"
        "“双随机、一公开”等平台主动公开信息105条。"
    )
    assert got.level == "county"
    assert got.region.city == "岳阳市"
    assert got.region.county == "屈原管理区"


def test_known_places_and_zones_keep_their_levels() -> None:
    # counter-cases: a city's bureau named by its city (blind AY lianyungang-chengguanju-2022), a county's
    # named by a known county (BB xiangtanxian-shichangjianguanju-2021), and zone names, which the hook
    # leaves to the zone rules
    city = meta_of(
        "连云港市城市管理局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "(一)主动公开政府信息情况。2022年,全年共主动公开政府信息1646条。"
    )
    assert city.level == "city"
    assert not meta_module._unknown_county_prefix("湘潭县市场监督管理局")
    assert not meta_module._unknown_county_prefix("高新区财政局")
    assert not meta_module._unknown_county_prefix("南京市栖霞区教育局")
    assert not meta_module._unknown_county_prefix("市商务局")
    # the region's own office (blind Y2 guangxi-beibuwanban-2022, province level): 自治区 is no county's name
    assert not meta_module._unknown_county_prefix("自治区北部湾办")
    region_office = meta_of(
        "自治区北部湾办2022年政府信息公开工作年度报告\n\n本年度报告根据《中华人民共和国政府信息公开条例》要求,"
        "由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制。"
    )
    assert region_office.level == "province"


def test_a_count_said_before_its_noun_after_a_hotline_is_the_next_channels() -> None:
    # 靖江市教育局 2025: `共收到1781条市长热线和11条市长信箱` was read hotline_calls 11 (the mailbox's count);
    # 1781 stands before its line, which is named without 12345: unread (no label gives a bare 市长热线)
    got = values(
        "一、总体情况\n2025年靖江市教育局通过靖江市人民政府网站主动公开政府信息90余条。"
        "2025年全年共收到1781条市长热线和11条市长信箱,所有的工单均及时认真处理,按时办结率100%。",
        2025,
    )
    assert got.get("hotline_calls") is None


def test_hotline_counts_after_the_line_are_still_read() -> None:
    # counter-cases: blind W3 xixiangtang-2024 `完成12345政府热线办理1572条`; blind AP2
    # rudong-jiaotongju-2025 `…县长信箱信件7件、12345政府服务热线1448件、12328交通运输服务热线774件`
    got = values("一、总体情况\n2024年,完成12345政府热线办理1572条。", 2024)
    assert got.get("hotline_calls") == 1572
    got = values(
        "一、总体情况\n高效回应江苏政风热线信件2件、县长信箱信件7件、12345政府服务热线1448件、"
        "12328交通运输服务热线774件,及时解决群众在出行服务、道路养护等方面反映的关切问题。",
        2025,
    )
    assert got.get("hotline_calls") == 1448


def test_the_requests_received_as_a_subject_then_done() -> None:
    # 广州市生态环境局花都分局 2022: `受理的信息公开申请已答复办结的1宗` was not read completed: 受理的 names
    # the requests (those received), it is no verb of receiving in the clause
    got = values(
        "(二)依申请公开情况\n本年度共受理依申请公开政府信息1宗,其中通过广东省政府信息依申请公开系统申请的1宗;"
        "通过信函申请的0宗,受理的信息公开申请已答复办结的1宗。",
        2022,
    )
    assert got.get("requests_received") == 1
    assert got.get("requests_completed") == 1


def test_a_count_received_is_not_read_done() -> None:
    # counter-cases: the received count with its verb alone is no completed one (BB huadu's first clause);
    # a received count before a done one keeps both apart (train jiangsu-nanjing-jiangning-bgs-2023's kind,
    # 共收到…124件 / 共办理…122件)
    got = values("(二)依申请公开情况\n本年度共受理依申请公开政府信息1宗。", 2022)
    assert got.get("requests_received") == 1
    assert got.get("requests_completed") is None
    got = values("(二)依申请公开情况\n本年度受理的政府信息公开申请5件,办结3件。", 2022)
    assert got.get("requests_received") == 5
    assert got.get("requests_completed") == 3


def test_a_named_accounts_count_keeps_its_share() -> None:
    # 汶上县医疗保障局 2023: `微信公众平台882条,占总量的85.4%` was vetoed as a part of the items (its share); an
    # account's count beside the items' total it is part of is labelled (AY's reading)
    got = values(
        "一、总体情况\n2023年,汶上县医疗保障局共主动公开政府信息1032条。其中政府信息公开专栏发布的信息65条,"
        "占总量的6.3%;微信公众平台882条,占总量的85.4%;报纸、其他网站等发布85条,占总量的8.3%。",
        2023,
    )
    assert got.get("proactive_items_total") == 1032
    assert got.get("new_media_posts") == 882


def test_the_new_media_at_large_with_a_share_stay_unread() -> None:
    # counter-case: blind X8 sichuan-2019 labels no new-media count for the province's new media at large
    got = values(
        "一、总体情况\n从公开渠道来看,政府网站公开信息492.73万条,占比58.51%;政务新媒体公开信息217.11万条,"
        "占比25.78%;全省政府公报刊登政府规章和规范性文件等信息0.24万条,占比0.03%。",
        2019,
    )
    assert got.get("new_media_posts") is None


def test_a_topics_papers_in_a_breakdown_of_the_items_are_a_kind() -> None:
    # 鲤城区应急管理局 2021: `主动公开政府信息21条:包含…安全生产类文件18条…,行政规范性文件1件` was read policy_documents
    # 18 (then 1): kinds of the items after 包含, as train leaves 部门文件 parts out (guangdong-meizhou-meijiang-
    # jiaotongju-2024 其中部门文件37条) and AY a 规范性文件 part
    got = values(
        "(一)主动公开情况\n1. 主动公开政府信息的数量: 2021年,区应急局主动公开政府信息21条:包含机构职能类1条、"
        "安全生产类文件18条、工作动态类1条,行政规范性文件1件,行政许可决定30件,行政处罚16件,行政强制6件。",
        2021,
    )
    assert got.get("proactive_items_total") == 21
    assert got.get("policy_documents") is None


def test_documents_standing_alone_or_the_catalogues_category_stay_read() -> None:
    # counter-cases: blind AX tangqiaozhen-2022 `向社会公开城市规划类文件38件` (alone); train
    # jiangsu-nantong-fagaiwei-2021 `其中,政策文件类36条` and jiangsu-lianyungang-jingkaiqu-2021 `其中…政府文件29条`
    got = values(
        "一、总体情况\n不断拓宽公开范围、丰富公开内容,向社会公开城市规划类文件38件,政务服务类文件58件,环保卫生类文件13件。",
        2022,
    )
    assert got.get("policy_documents") == 38
    got = values(
        "一、总体情况\n全年通过部门网站主动公开政府信息584条。其中,政策文件类36条,部门动态302条,信息公开237条,解读回应9条。",
        2021,
    )
    assert got.get("policy_documents") == 36
    got = values(
        "一、总体情况\n全年共计主动公开政府信息489条,其中重点领域信息266条,政府文件29条。", 2021
    )
    assert got.get("policy_documents") == 29
