"""The conventions audit (benchmark/blind/conventions-audit.md): kinds of figure a report states that
openings2/train's labellers do not count, or count otherwise, each with the parser's reading now
and its labelled counter-case. Sentences quoted from train or a blind set name their report; the
others are minimal texts of the kind, normalised as the reader leaves them (ASCII , ; : ( ))."""

from __future__ import annotations

from snippets import values

# (a) proposals as one kind of the items disclosed


def test_a_proposals_kind_of_a_breakdown_set_off_by_semicolons_is_no_count() -> None:
    # blind V5 lixia-wenhuadonglujiedao-2025, as train leaves 其中:…建议提案2768件 (zhejiang-lishui-2024)
    # and 其中…建议提案8条 (guangdong-qingyuan-qingxin-bgs-2022) out: the total in the sentence before,
    # its kinds after 主要包括…其中:, each closed by a semicolon
    got = values(
        "全年通过政府网站、宣传栏等渠道主动公开各类信息29条。主要包括街道会议、人大政协提案、财政预决算等,"
        "其中:围绕优化营商环境等会议,发布16条;建议提案办理2条;公开年度财政预决算等7条信息;"
        "发布便民服务信息4条。",
        2025,
    )
    assert got == {"proactive_items_total": 29}
    got = values(
        "2024年通过政府门户网站信息公开平台共发布政府信息79603条,其中:会议信息220条,政策文件3302件,"
        "意见征集799件,建议提案2768件,其他信息72514条。",
        2024,
    )
    assert "proposals_answered" not in got


def test_a_proposals_kind_of_a_sentence_of_parts_is_no_count() -> None:
    # the same kind in a sentence of parts led by 主要有 (no 其中 at all)
    got = values(
        "2024年主动公开各类信息29条。主要有工作动态16条、建议提案办理8条、财政信息5条。", 2024
    )
    assert got == {"proactive_items_total": 29}
    # counter-case: the parts of proposals handled are not kinds of items disclosed
    got = values("2024年共办理建议提案20件。主要有人大代表建议12件、政协提案8件。", 2024)
    assert got == {"proposals_answered": 20}


def test_the_replies_among_the_kinds_keep_their_count() -> None:
    # counter-case: the replies themselves (复文/答复) are proposals answered, in a list or not
    # (openings/hebei-sjz-changan-2024 公开…政协提案复文191件; blind Y3 liaoning-huludao-jiaoyuju-2022
    # 其中…建议提案答复34篇)
    got = values("全年主动公开各类信息29条。主要包括:工作动态16条;建议提案复文2条。", 2025)
    assert got["proposals_answered"] == 2
    got = values("2022年,主动公开信息497条,其中网站发布新闻类165条,建议提案答复34篇。", 2022)
    assert got["proposals_answered"] == 34


def test_a_semicolon_after_the_list_still_ends_it() -> None:
    # a clause after the list's semicolon that is no counted part is another clause, read as before
    got = values("2024年共主动公开政府信息120条,其中工作动态80条;全年办理人大代表建议12件。", 2024)
    assert got["proactive_items_total"] == 120


# (b) a count up to a month of the year


def test_a_count_up_to_a_month_with_its_year_unsaid_is_part_of_the_year() -> None:
    # train heilongjiang-zhijianju-2012-trad labels nothing of 截止2012年11月末,…公布各类信息6509条;
    # the same part of the year with the year unsaid
    assert values("截至10月底,全年共主动公开政府信息3500条。", 2024) == {}
    assert values("截至十一月,我局共受理政府信息公开申请15件。", 2024) == {}


def test_a_count_up_to_the_year_end_keeps_its_figure() -> None:
    # counter-case: the year's end (截至12月底, 截至…12月31日) is the whole year (blind X7
    # unknown-wanchaozhen-2023 labels 截至202312月31日…发布信息226条)
    assert values("截至12月底,共主动公开政府信息3500条。", 2024) == {"proactive_items_total": 3500}
    got = values("截至2024年12月31日,共主动公开政府信息3500条。", 2024)
    assert got == {"proactive_items_total": 3500}


# (c) one field's items


def test_one_fields_items_are_no_total() -> None:
    # train jiangsu-suzhou-gaoxinqu-2021 labels 6512, not its 重点领域政务信息公开436条
    got = values(
        "全年门户网站主动公开各类信息6512条,其中重点领域政务信息公开436条,“苏州高新区发布”微信公众号"
        "推送信息1248条。",
        2021,
    )
    assert got["proactive_items_total"] == 6512
    assert values("2024年,共主动公开重点领域信息2300条。", 2024) == {}


# (d) laws beside documents


def test_laws_rules_and_normative_documents_together_are_policy_documents() -> None:
    # blind U liaoning-2019-mirror labels 公开行政法规、规章和规范性文件9613件, as train labels 各类规章和
    # 文件44件 (jiangsu-huaian-bgs-2022): the documents counted with the laws, not a category of laws
    got = values(
        "全省行政机关通过政府公报、政府网站及政务新媒体等多种载体主动公开信息62.73万条。其中,"
        "公开行政法规、规章和规范性文件9613件。",
        2019,
    )
    assert got["policy_documents"] == 9613


# (e) zeros of documents


def test_a_zero_of_the_catalogue_of_decisions_is_no_policy_documents() -> None:
    # train guangdong-shaoguan-zhenjiang-tongjiju-2023 labels no policy_documents for its
    # 公开发布政府规章0件,行政规范性文件0件,行政许可处理决定0项…
    got = values(
        "2023年公开发布政府规章0件,行政规范性文件0件,行政许可处理决定0项,行政处罚处理决定0项,"
        "行政强制处理决定0项。",
        2023,
    )
    assert "policy_documents" not in got


def test_documents_published_none_is_zero() -> None:
    # counter-case, blind X6 sichuan-luzhou-gulin-zhangdejiedao-2024: 发布规范性文件0件 of its own
    got = values("2.解读情况。发布规范性文件0件,发布图文解读0条。", 2024)
    assert got["policy_documents"] == 0


# two parts of proposals; template zeros


def test_two_parts_of_proposals_give_a_part_never_their_sum() -> None:
    # blind X5 chongqing-tongliang-2023 labels both 337 and 293 (no total stated)
    got = values(
        "主动接受人大和政协监督,办理人大代表建议337件、政协提案293件,满意和基本满意率分别达99.5%、100%。",
        2023,
    )
    assert got["proposals_answered"] in (337, 293)


def test_a_template_zero_of_press_conferences_is_zero() -> None:
    # blind W guangdong-guangzhou-liwan-nanyuan-2020 labels 举办新闻发布会0次 as 0
    got = values(
        "通过不同渠道和方式回应解读情况:举办新闻发布会0次,组织政府网站在线访谈0次,发布政策解读稿0篇。",
        2020,
    )
    assert got["press_conferences"] == 0


# (f) what news media ran


def test_stories_news_media_ran_are_no_posts_of_the_body() -> None:
    # blind V5 lixia-yanshanjiedao-2025 labels the site's 250 and not the outlets' apps' 300
    got = values(
        "2025年在历下区委、区政府门户网站公开信息250余条;大众日报、齐鲁晚报等报刊发布新闻报道20篇;"
        "利用大众网、海报新闻、今日历下等线上客户端发布信息300余篇。",
        2025,
    )
    assert got == {"proactive_items_total": 250}
    # blind U hebei-xiongan-zimaoqu-2022, train jiangsu-suzhou-gaoxinqu-2021: the same kind
    assert values("借助人民网、河北日报等媒体渠道全年发布信息报道120条。", 2022) == {}
    # national and provincial media platforms, parts of blind X9 sichuan-luzhou-gulin-dacunzhen-2024's
    # 427 (学习强国等国家级媒体公开信息64条, 四川新闻网等省市级平台公开信息33条), never a total of their own
    assert values("2024年,学习强国等国家级媒体公开信息64条。", 2024) == {}
    assert values("2024年,四川新闻网等省市级平台公开信息33条。", 2024) == {}


def test_the_bodys_own_new_media_keep_their_count() -> None:
    # counter-case: the body's own account (train jiangsu-suzhou-gaoxinqu-2021 公众号推送信息1248条)
    got = values("2021年,“苏州高新区发布”微信公众号推送信息1248条。", 2021)
    assert got["new_media_posts"] == 1248
    # ... and a clause that names the body's own site beside the papers counts them all (the carriers
    # of the body's items: 通过报刊、电视、广播、微信平台、公示栏…公开信息879条, blind X6 gulin-zhangdejiedao)
    got = values("2024年,通过政府网站、大众日报等发布信息1200条。", 2024)
    assert got == {"proactive_items_total": 1200}


# (g) withdrawn requests


def test_a_withdrawn_request_is_not_completed() -> None:
    # blind W3 guangdong-guangzhou-baiyun-tangjing-2021; train counts withdrawn requests out of the
    # completed (guangdong-qingyuan-qingxin-bgs-2022: 26 received, 2 withdrawn, 24 completed)
    got = values(
        "我街全年共收到依申请公开信息1条,该信息是公民以网络申请的方式,目前已撤销办结。", 2021
    )
    assert got == {"requests_received": 1}
    got = values("2021年共收到政府信息公开申请3件,申请人均已撤回申请。", 2021)
    assert "requests_completed" not in got
    # the withdrawn ones said after the verb in the same sentence: the answered count is unstated
    # (train jiangsu-lianyungang-lianyun-bgs-2025 labels 62 received and no completed for …62件。其中…
    # 申请人主动撤销申请6件,…均在法定时限内予以答复)
    got = values("2021年共收到政府信息公开申请3件,均已按时办结,其中申请人撤回1件。", 2021)
    assert got == {"requests_received": 3}


def test_requests_all_answered_are_completed() -> None:
    got = values("2021年共收到政府信息公开申请3件,均已按时办结。", 2021)
    assert got == {"requests_received": 3, "requests_completed": 3}


# (h) a new column's items; (i) information exempt from disclosure


def test_the_items_of_a_column_just_added_are_no_total() -> None:
    # train jiangsu-nantong-jiaotongju-2025 labels no 5 for the column it added, as it would not for
    # one it opened (开设…专栏)
    got = values(
        "2024年,在网站“行政许可”栏目增设“涉企行政检查公示专栏”,集中公开年度检查计划、标准及结果等信息5条。",
        2024,
    )
    assert got == {}
    assert values("2022年,新增重大行政决策栏目,已录入公开信息9条。", 2022) == {}
    # counter-case: the report's own term names the total whatever column was added
    got = values("2024年,新增“重大决策”栏目,全年主动公开政府信息1200条。", 2024)
    assert got == {"proactive_items_total": 1200}


def test_information_exempt_from_disclosure_is_not_disclosed() -> None:
    # blind V2 shanghai-changning-zhoujiaqiaojiedao-2023-mirror: 依申请公开2条,免于公开信息0条
    assert values("2023年,依申请公开2条,免于公开信息0条。", 2023) == {}
    assert values("2023年,本机关免于公开信息3条。", 2023) == {}
    # counter-case: the disclosed items beside it keep their count
    got = values("2023年,主动公开政府信息30条,依申请公开2条,免于公开信息0条。", 2023)
    assert got == {"proactive_items_total": 30}


# (b') a running total said up to now


def test_a_running_total_up_to_now_is_no_years_count() -> None:
    # train unknown-nanxunxiang-2014 labels nothing of 本单位到目前累计主动公开政府信息100条
    assert values("本单位到目前累计主动公开政府信息100条。", 2014) == {}
    assert values("目前,网站累计发布信息3万条。", 2024) == {}
    assert values("迄今共主动公开政府信息32000条。", 2024) == {}
    # counter-case: led by the year, the running total is the year's (train jiangsu-taizhou-2021
    # 全年累计发布各类政务信息1.9万余条 → 19000)
    got = values("2024年,目前累计主动公开政府信息3200条。", 2024)
    assert got == {"proactive_items_total": 3200}
