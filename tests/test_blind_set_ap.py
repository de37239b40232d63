"""Kinds of text the parser misread on blind set AP (江苏 and 浙江 bodies of every level, 2021–2025),
each with its counter-case from train or a labelled set. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_carry_over_said_zhuanjie_in_qi_is_taken_out_of_the_total() -> None:
    # 冶金工业园(锦丰镇) 2024: "受理办结…20起(含上年度转结1起)": 转结 is 结转 with its characters swapped,
    # 起 a unit of requests; the year's new ones are 19 (it was read 20)
    got = values(
        "一、总体情况\n全年共受理办结政府信息依申请公开20起(含上年度转结1起),办结19起,结转下年1起。",
        2024,
    )
    assert got.get("requests_received") == 19


def test_a_carry_over_said_jiezhuan_keeps_working() -> None:
    # counter-case: the 结转 wording in 件 (openings2 README: 共受理X件(含上年结转Y件) → X−Y)
    got = values("一、总体情况\n全年共受理政府信息公开申请20件(含上年结转1件),均已办结。", 2024)
    assert got.get("requests_received") == 19


def test_a_civil_suit_is_no_administrative_litigation() -> None:
    # 太仓高新区 2022: "处理民事诉讼2件,无行政诉讼和行政复议案件": the body's civil suits, not suits over
    # disclosure; the zeros stand (it was read litigation 2)
    got = values(
        "一、总体情况\n(三)政府信息公开行政复议、行政诉讼情况\n2022年我区处理民事诉讼2件,无行政诉讼和行政复议案件。",
        2022,
    )
    assert got.get("admin_litigation") in (0, None)
    assert got.get("admin_litigation") != 2


def test_a_bare_suit_count_in_the_disclosure_topic_is_still_read() -> None:
    # counter-case: 诉讼 alone after 复议 (…行政复议1件、诉讼2件) is the body's disclosure suits
    got = values("一、总体情况\n因政府信息公开引起的行政复议1件、诉讼2件。", 2023)
    assert got.get("admin_litigation") == 2


def test_a_count_clause_after_a_clause_naming_an_account_is_the_accounts_posts() -> None:
    # 太仓高新区 2022 (a character lost after 部门文件3): "依托太仓高新区发布微信公众号平台,全年发布信息894条":
    # the clause before names the account, the count clause no carrier of its own (it was read items 894)
    got = values(
        "一、总体情况\n2022年,我区依托太仓市政府信息公开平台共主动公开区镇动态34条,部门文件3依托太仓高新区发布"
        "微信公众号平台,全年发布信息894条。",
        2022,
    )
    assert got.get("proactive_items_total") != 894
    assert got.get("new_media_posts") == 894


def test_a_count_clause_after_a_clause_naming_the_website_stays_the_items() -> None:
    # counter-case: the website named in the clause before (a carrier, the redirect's unless), and the
    # report's own term in the count clause
    got = values("一、总体情况\n2022年,我局依托门户网站和微信公众号,全年发布信息120条。", 2022)
    assert got.get("proactive_items_total") == 120
    got = values(
        "一、总体情况\n2022年,我局依托“某某发布”微信公众号,全年主动公开政府信息120条。", 2022
    )
    assert got.get("proactive_items_total") == 120


def test_a_zone_dual_named_with_a_township_is_at_township_level() -> None:
    # 冶金工业园(锦丰镇) 2024: a park run together with a town is at the town's level (openings2 README's
    # dual-name rule, a 镇 in the brackets; it was read county)
    meta = meta_of(
        "冶金工业园(锦丰镇)2024年政府信息公开工作年度报告\n来源:张家港市冶金工业园(锦丰镇)\n"
        "一、总体情况\n园(镇)的政府信息公开工作严格按照《条例》和上级部门的总体要求。"
    )
    assert meta.level == "township"
    assert meta.body_kind == "development_zone"


def test_a_zone_dual_named_with_a_district_stays_at_county_level() -> None:
    # counter-case: train jiangsu-suzhou-gaoxinqu-2021, 苏州高新区管委会(虎丘区人民政府) → county, development_zone
    meta = meta_of(
        "现公布苏州高新区管委会(虎丘区人民政府)2021年度政府信息公开工作年度报告。\n一、总体情况\n"
        "2021年,苏州高新区管委会(虎丘区人民政府)坚持以习近平新时代中国特色社会主义思想为指导。"
    )
    assert meta.level == "county"
    assert meta.body_kind == "development_zone"


def test_an_answered_verb_where_the_text_is_cut_says_nothing() -> None:
    # 萧山发改 2022, an opening cut right after the verb: "共收到依申请公开42件,均为自然人提交,已答复" — the
    # count answered may follow (it was read completed 42)
    got = values(
        "一、总体情况\n(二)依申请公开情况\n2022年,我局共收到依申请公开42件,均为自然人提交,已答复\n",
        2022,
    )
    assert got.get("requests_received") == 42
    assert "requests_completed" not in got


def test_an_answered_verb_ending_the_sentence_still_gives_completed() -> None:
    # counter-case: openings2 README's single-figure rule, the sentence closed after the verb
    got = values("一、总体情况\n2022年,我局共收到依申请公开42件,均为自然人提交,已答复。\n", 2022)
    assert got.get("requests_completed") == 42


def test_all_answered_by_a_named_law_gives_completed() -> None:
    # 杭州市林水局 2022: "…申请件14件,均严格按照《中华人民共和国政府信息公开条例》等有关规定进行办理和答复":
    # the law's title between 均 and the verb is one word (single-figure rule: completed 14)
    got = values(
        "一、总体情况\n2022年市林水局共受理政府信息公开申请件14件,均严格按照《中华人民共和国政府信息公开条例》"
        "等有关规定进行办理和答复。",
        2022,
    )
    assert got.get("requests_completed") == 14


def test_a_year_glued_after_the_answered_verb_is_no_count() -> None:
    # 余杭卫健 2024 (full stop lost): "…19条,无上年度结转,均按规定在法定期限内予以答复2024年因…行政复议1件"
    got = values(
        "一、总体情况\n本年度我局受理依申请公开政府信息19条,无上年度结转,均按规定在法定期限内予以答复2024年"
        "因政府信息公开引起的行政复议1件,无行政诉讼案件。",
        2024,
    )
    assert got.get("requests_completed") == 19


def test_a_count_after_the_answered_verb_is_still_its_own() -> None:
    # counter-case: …,已答复12件 states the answered count (not the received one)
    got = values("一、总体情况\n2022年共收到政府信息公开申请14件,已答复12件,2件正在办理。", 2022)
    assert got.get("requests_completed") == 12


def test_answers_to_requests_are_no_items_disclosed() -> None:
    # 梁溪区城管局 2025: "作出政府信息公开答复6件" — answers made to requests, never the items disclosed
    got = values("一、总体情况\n2025年,全局共作出政府信息公开答复6件。", 2025)
    assert "proactive_items_total" not in got


def test_items_disclosed_in_the_disclosure_column_stay_items() -> None:
    # counter-case: 信息公开 as the column's name before the items' count
    got = values("一、总体情况\n2025年,我局在政府信息公开专栏主动公开政府信息52条。", 2025)
    assert got.get("proactive_items_total") == 52


def test_the_request_forms_title_names_the_requests() -> None:
    # 城南办事处 2024: "收到《政府信息公开申请书》共计10件,均已按时答复申请人" — the form named in title
    # marks counts the requests (it was read nothing)
    got = values(
        "一、总体情况\n2.依申请公开情况。\n2024年以来,城南办事处、城南园区收到《政府信息公开申请书》共计10件,"
        "均已按时答复申请人。",
        2024,
    )
    assert got.get("requests_received") == 10
    assert got.get("requests_completed") == 10


def test_a_law_in_title_marks_is_no_request_form() -> None:
    # counter-case: a law's title with 申请 inside is not the requests' noun
    got = values(
        "一、总体情况\n2024年,我办学习《政府信息公开申请办理指引》共计3次。",
        2024,
    )
    assert "requests_received" not in got


def test_a_street_named_short_again_and_again_is_the_body() -> None:
    # 良渚街道 2023 (a page with no title): "良渚街道认真贯彻…", its address "…余杭区良渚街道莫干山路…",
    # "掌握良渚街道信息公开工作…": the street said short is the township body (it was read county)
    meta = meta_of(
        "一、总体情况\n良渚街道认真贯彻落实《中华人民共和国政府信息公开条例》的要求,不断建立健全信息公开制度。"
        "如对本报告有任何疑问,请与党政综合办公室联系(地址:杭州市余杭区良渚街道莫干山路2666号)。\n"
        "(一)主动公开\n2023年累计主动公开各类政府信息1851条。进一步掌握良渚街道信息公开工作职责。"
    )
    assert meta.level == "township"


def test_streets_in_general_are_no_body() -> None:
    # counter-case: a district's opening that speaks of its streets (各街道) again and again
    meta = meta_of(
        "一、总体情况\n督促各街道按照栏目更新维护频次要求,定期做好各类信息发布栏目信息的清理。"
        "各街道、部门按要求公开机构职能。\n(一)主动公开\n2023年,全区主动公开政府信息2000条,各街道公开300条。"
    )
    assert meta.level != "township"


def test_the_disclosure_column_in_quotes_carries_the_items() -> None:
    # 新街街道 2023: "全年在萧山区政府“政务公开”栏目发布政务信息73条" — the disclosure column named in quotes
    # is the items' carrier, as a bare 信息公开栏目 is (it was read nothing)
    got = values(
        "一、总体情况\n(一)主动公开\n全年在萧山区政府“政务公开”栏目发布政务信息73条。", 2023
    )
    assert got.get("proactive_items_total") == 73


def test_a_topic_column_in_quotes_is_still_no_items_count() -> None:
    # counter-case: a topic's column (“疫情防控”栏目) counts that topic's posts only
    got = values("一、总体情况\n(一)主动公开\n全年在“疫情防控”栏目发布信息73条。", 2023)
    assert "proactive_items_total" not in got


def test_requests_done_counted_in_qi() -> None:
    # 冶金工业园(锦丰镇) 2024: "…20起(含上年度转结1起),办结19起" — 起 is a unit of requests done as of
    # requests received (it was read no completed)
    got = values(
        "一、总体情况\n全年共受理办结政府信息依申请公开20起(含上年度转结1起),办结19起,结转下年1起。",
        2024,
    )
    assert got.get("requests_completed") == 19


def test_other_cases_done_in_qi_are_not_requests() -> None:
    # counter-case: petitions done (信访事项) after the requests' count are not requests done
    got = values("一、总体情况\n全年共受理政府信息依申请公开20件,办结信访事项19起。", 2024)
    assert "requests_completed" not in got


def test_issued_papers_disclosed_are_documents() -> None:
    # 冶金工业园(锦丰镇) 2024: "…信息70条,共计公开发文11件" — the papers it issued, disclosed (policy_documents)
    got = values(
        "一、总体情况\n(一)主动公开情况\n政府门户网站主动公开重大事项信息70条,共计公开发文11件。",
        2024,
    )
    assert got.get("policy_documents") == 11


def test_papers_issued_without_disclosure_are_no_documents_disclosed() -> None:
    # counter-case: 发文 with no verb of disclosure before it is the body's paperwork
    got = values("一、总体情况\n(一)主动公开情况\n全年共发文120件。", 2024)
    assert "policy_documents" not in got


def test_a_wechat_platforms_articles_after_the_figure_are_its_posts() -> None:
    # 舟山卫健委 2024: "“健康舟山”微信平台累计发布365篇稿件" — 平台 of a WeChat account is the account, not a
    # platform of no metric (it was read nothing)
    got = values("一、总体情况\n2024年,“健康舟山”微信平台累计发布365篇稿件。", 2024)
    assert got.get("new_media_posts") == 365


def test_another_platforms_articles_stay_unread() -> None:
    # counter-case: a service platform (政务服务平台) is no account: its articles are no metric's
    got = values("一、总体情况\n2024年,通过政务服务平台发布365篇稿件。", 2024)
    assert got == {}


def test_answers_made_after_a_received_count_are_the_completed() -> None:
    # 梁溪区城管局 2025: "共收到政府信息公开申请8件,作出政府信息公开答复6件,…结转下年度继续办理2件" (it was read
    # no completed: the 收到 before it in the sentence held it off)
    got = values(
        "一、总体情况\n2025年,我局共收到政府信息公开申请8件,作出政府信息公开答复6件,在期限内结转下年度继续办理2件。",
        2025,
    )
    assert got.get("requests_received") == 8
    assert got.get("requests_completed") == 6


def test_answer_papers_are_no_completed_count() -> None:
    # counter-case: the answer papers made (答复书) are paperwork, not requests done
    got = values(
        "一、总体情况\n2025年,我局共收到政府信息公开申请8件,制作政府信息公开答复书6份。", 2025
    )
    assert "requests_completed" not in got


def test_a_township_dual_named_with_a_zone_is_at_township_level() -> None:
    # 靖江市城南办事处(城南园区) 2024: the street office named first, its park in brackets — the township's level
    meta = meta_of(
        "根据《中华人民共和国政府信息公开条例》规定,现公布靖江市城南办事处(城南园区)2024年政府信息公开工作年度报告。"
        "\n一、总体情况\n2024年,城南办事处收到申请10件。"
    )
    assert meta.level == "township"


def test_readings_named_by_their_forms_are_interpretations() -> None:
    # 舟山卫健委 2024: "制作相关解读文字和图片4个" — readings in text and pictures (it was read nothing: 图片 claimed it)
    got = values(
        "一、总体情况\n(三)政府信息管理。2024年度新发布的行政规范性文件2件,制作相关解读文字和图片4个。",
        2024,
    )
    assert got.get("interpretations") == 4


def test_pictures_that_read_nothing_are_no_interpretations() -> None:
    # counter-case: publicity pictures (宣传图片) are no readings
    got = values(
        "一、总体情况\n(三)政府信息管理。2024年度新发布的行政规范性文件2件,制作宣传图片4个。", 2024
    )
    assert "interpretations" not in got
