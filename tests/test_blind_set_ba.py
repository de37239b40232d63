"""Kinds of figure and place blind set BA (benchmark/blind/BA: city governments and their 市政府办公室
outside 江苏/浙江/广东/湖南, 2019–2025) found the parser reading where the labellers would not, each
with its labelled counter-cases. Texts are minimal texts of the kind or sentences of the set's, train's
and the blind sets' reports, named so."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_coastal_word_does_not_start_a_place_name() -> None:
    # BA fujian-zhangzhou-2024: 海城市 (辽宁 鞍山) inside 建设现代化滨海城市 placed a 漳州 report in 辽宁,
    # county level; 滨海/沿海 end in the name's first character as 完成 does before 成县
    text = (
        "本报告有关情况及所列数据统计期限自2024年1月1日至2024年12月31日。\n一、总体情况\n"
        "2024年,我市全面贯彻落实《漳州市人民政府公报》的部署,为推动我市加快建设现代化滨海城市贡献力量。"
    )
    region = meta_of(text).region
    assert region is not None and region.county is None and region.province == "福建省"
    text = "2023年,全市推进沿海城市建设,我市各级政府门户网站主动公开政府信息16472条。"
    region = meta_of("鄂州市人民政府办公室2023年政府信息公开工作年度报告\n" + text).region
    assert region is not None and region.county is None and region.city == "鄂州市"


def test_the_coastal_city_itself_is_still_a_place() -> None:
    # counter-case: 海城市 named as the body, and after its city (鞍山市海城市)
    text = (
        "海城市人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
        "2025年,海城市人民政府办公室紧紧围绕市委、市政府中心工作。"
    )
    region = meta_of(text).region
    assert region is not None and region.county == "海城市" and region.city == "鞍山市"
    region = meta_of("2025年,辽宁省鞍山市海城市人民政府主动公开政府信息2284件次。").region
    assert region is not None and region.county == "海城市"


def test_no_request_of_major_impact_is_no_nil_of_requests() -> None:
    # BA shaanxi-xianyang-2023: 未发生有可能产生重大影响的信息公开申请案例 read requests_received 0 in a
    # report that counts its requests (共收到申请1302件)
    text = (
        "共办理政府信息公开行政复议89件、行政诉讼71件,未发生有可能产生重大影响的信息公开申请案例。"
    )
    assert "requests_received" not in values(text, 2023)
    assert "requests_received" not in values("全年未发生造成重大社会影响的政府信息公开申请。", 2023)


def test_a_plain_nil_of_requests_stays_zero() -> None:
    # counter-cases, train sichuan-chengdu-shuangliu-qixiangju-2023 and jiangsu-wuxi-huishan-shangwuju-2025
    got = values(
        "2023年,我局未收到政府信息公开申请件,没有因政府信息公开申请引起行政复议和行政诉讼等情况。",
        2023,
    )
    assert got["requests_received"] == 0
    got = values("2025年,我局未收到依申请公开事项,未收取涉及政府信息公开申请的任何费用。", 2025)
    assert got["requests_received"] == 0


def test_a_site_s_name_in_quotes_before_an_account_names_the_account() -> None:
    # BA shaanxi-xianyang-2022: the weibo account “中国咸阳门户网站” read as the website, its posts as the
    # items disclosed (labelled proactive 9.3万 and new_media_posts 1600)
    text = "通过“中国咸阳门户网站”新浪微博发布各类政务信息1600余条。"
    assert values(text, 2022) == {"new_media_posts": 1600}
    assert values("“某某市政府门户网”微信公众号推送信息268条。", 2022) == {"new_media_posts": 268}


def test_sites_beside_accounts_and_a_quoted_site_alone_stay_the_items() -> None:
    # counter-cases: the quoted site with no account after it; a site listed with the accounts
    # (grammar.toml's own examples); an account named after the short site name (blind AC6 云县)
    assert values("通过“中国咸阳门户网站”发布各类政务信息9146条。", 2022) == {
        "proactive_items_total": 9146
    }
    assert values("通过政府门户网站、微信公众号等平台公开信息800条。", 2022) == {
        "proactive_items_total": 800
    }
    text = (
        "通过“南昌市人民政府”门户网站、“南昌发布”微信公众号等平台载体,累计主动公开政府信息3819条。"
    )
    assert values(text, 2024) == {"proactive_items_total": 3819}
    assert values("“云县人民政府网”微信平台发布信息56条。", 2022) == {"new_media_posts": 56}


def test_documents_read_give_way_to_the_readings_counted() -> None:
    # BA shandong-linyi-2024: 解读市政府政策文件24件 (the documents read) was taken over 发布解读材料62件;
    # X6 guizhou-liupanshui-bgs-2020-spam labels 政策解读19次, not 解读重大民生政策文件10份
    text = "运用数字人、动漫、政策公开讲等形式解读市政府政策文件24件,发布解读材料62件,政策解读比例达100%。"
    assert values(text, 2024) == {"interpretations": 62}
    text = "全年市本级共进行政策解读19次,解读重大民生政策文件10份。"
    assert values(text, 2020) == {"interpretations": 19}


def test_documents_read_alone_are_the_readings() -> None:
    # counter-cases: with no reading counted as such, the documents read are labelled (blind AC
    # hebei-sjz-changan-2025 4, W guangxi-guigang-2021 369, AO yunnan-zhaotong-2022-spam 56)
    got = values("全年通过区政府网站发布各类政策文件1290件,解读政策文件4件。", 2025)
    assert got == {"policy_documents": 1290, "interpretations": 4}
    text = "各级各部门利用动漫、图解、音频等生动方式,高质量解读政策文件369个。"
    assert values(text, 2021) == {"interpretations": 369}
    text = "全市政府系统召开新闻发布会33场次,解读政策文件56个,开展1次“政府开放周”活动。"
    assert values(text, 2022) == {"press_conferences": 33, "interpretations": 56}


def test_a_stock_with_its_own_figure_does_not_hold_back_the_later_clauses() -> None:
    # BA fujian-zhangzhou-2024 (recall): 现行有效行政规范性文件2051件 is one clause of the list, with its
    # own figure; the stock veto dropped the sentence's later 发布政策解读532条 as well
    text = (
        "2024年,我市各级政府门户网站主动公开政府信息16472条,现行有效行政规范性文件2051件,"
        "发布政策解读532条,编制《政府公报》6期。"
    )
    assert values(text, 2024) == {"proactive_items_total": 16472, "interpretations": 532}


def test_a_stock_still_holds_back_its_own_list_and_the_clause_it_leads() -> None:
    # counter-cases: the stock's list joined by 、 (BA liaoning-anshan-2023 labels neither 56 nor 158),
    # and a stock with no figure of its own before the count (grammar.py's 清理现行有效…文件 example)
    text = "在信息公开专栏中已公开现行有效政府规章56件、行政规范性文件158件。"
    assert "policy_documents" not in values(text, 2023)
    assert values("清理现行有效规范性文件,共发布规范性文件500余份。", 2024) == {}
    # the stock's list said on after a comma, no verb of its own (blind AO2 henan-zhumadian-2024)
    text = "通过市、县、区政府、各部门网站专栏集中公开现行有效政府规章5件,行政规范性文件1848件。"
    assert "policy_documents" not in values(text, 2024)
    # its own parts (blind AB: 到2017年底累计…401条,其中公文类信息150条)
    text = "本局到2017年底累计主动公开政府信息401条,其中公文类信息150条,全文电子化率达100%。"
    assert values(text, 2017) == {}
