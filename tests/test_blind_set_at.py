"""Kinds of text the parser misread on blind set AT (province-level bodies outside 江苏 and 浙江:
provincial departments and 办公厅, 2011–2023), each with its labelled counter-cases. Minimal texts
of the kind; sentences quoted from a set name their report."""

from __future__ import annotations

from snippets import values


def test_a_normative_part_of_the_items_a_site_published_is_no_count_made() -> None:
    # blind AT sichuan-wenlvting-2022-spam: "通过官网发布信息3374条,其中,发布规范性文件5件、政策宣传解读16件、
    # 其他文件35件" was read normative_docs_made 5: a kind among the site's items, as train
    # guangdong-bgt-2023-mirror leaves 其中规章11条、行政规范性文件8条 out
    got = values(
        "一、总体情况\n2022年围绕全省文化和旅游领域重点工作,通过官网发布信息3374条,其中,发布规范性文件5件、"
        "政策宣传解读16件、其他文件35件,发布文旅要闻384条。",
        2022,
    )
    assert got.get("normative_docs_made") is None
    assert got.get("policy_documents") is None
    assert got["proactive_items_total"] == 3374
    assert got["interpretations"] == 16


def test_documents_published_for_themselves_are_still_made() -> None:
    # counter-cases: train guangdong-qingyuan-qingxin-bgs-2022 labels 共发布规范性文件9条 both ways; blind AT
    # hunan-yingjiting-2023 2023年我厅共发布规范性文件8件 both; train guangdong-guangzhou-huadu-2023 labels
    # 主动公开文件55件(其中政府规范性文件8件) normative_docs_made 8 (a part of documents, not of items)
    got = values(
        "一、总体情况\n一是做好规范性文件公开工作。2023年我厅共发布规范性文件8件,废止规范性文件2件,"
        "现行有效规范性文件16件。",
        2023,
    )
    assert got["normative_docs_made"] == 8
    assert got["policy_documents"] == 8
    got = values(
        "一、总体情况\n2023年,政府门户网站主动公开信息10582条。以区政府和区政府办公室名义制发的主动公开文件55件"
        "(其中政府规范性文件8件),均在规定时限内公开。",
        2023,
    )
    assert got["normative_docs_made"] == 8


def test_no_cases_drawn_by_handling_requests_is_no_nil_of_requests() -> None:
    # blind AT sichuan-wenlvting-2022-spam: "未发生因政府信息公开申请办理导致行政复议、提起行政诉讼案件" was read
    # requests_received 0: the cases the requests' handling drew are nil, not the requests
    got = values(
        "一、总体情况\n(二)依申请公开情况\n进一步健全政府信息公开申请机制,依法妥善处理公开申请。"
        "未发生因政府信息公开申请办理导致行政复议、提起行政诉讼案件。",
        2022,
    )
    assert got.get("requests_received") is None
    assert got["admin_reconsideration"] == 0
    assert got["admin_litigation"] == 0


def test_no_requests_said_plainly_is_still_nil() -> None:
    # counter-case: blind AT guangdong-canshishi-2022 labels 未收到政府信息公开申请 received 0
    got = values(
        "一、总体情况\n(二)依申请公开\n2022年,我室(馆)未收到政府信息公开申请,未收到针对本单位有关政府信息公开"
        "事务的行政复议,未发生与我室(馆)信息公开有关的提起行政诉讼案件。",
        2022,
    )
    assert got["requests_received"] == 0
    assert got["admin_reconsideration"] == 0
    assert got["admin_litigation"] == 0


def test_an_accounts_tweets_are_its_posts() -> None:
    # blind AT guangdong-zhengshuju-2024: "“广东政数”微信公众号…,粉丝量124.8万,全年共发布364篇推文" was missed;
    # the labelled sets read 推文 as posts (AO2 jiangxi-yichun-bgs-2022-spam …方面推文1241篇, AP2
    # jiangsu-nanjing-gaochun-weijianwei-2022 原创推文235篇)
    got = values(
        "一、总体情况\n“广东政数”微信公众号及时发布全国及全省数字政府建设工作最新政策、资讯与成果,粉丝量124.8万,"
        "全年共发布364篇推文,总阅读量96.6万。",
        2024,
    )
    assert got["new_media_posts"] == 364
    got = values("一、总体情况\n2022年共编辑发布涉及政治、经济、文化、生活等方面推文1241篇。", 2022)
    assert got["new_media_posts"] == 1241
    got = values(
        "一、总体情况\n通过“健康高淳”微信公众号媒体平台推出原创推文235篇,对接人民网、人民日报等新媒体平台。",
        2022,
    )
    assert got["new_media_posts"] == 235


def test_tweets_that_passed_a_number_of_reads_are_no_count_of_posts() -> None:
    # counter-case, the same report: 其中100万+推文4篇,10万+推文57篇 are the posts read that often, a share
    got = values(
        "一、总体情况\n“粤省事”微信公众号粉丝量超3800万,总阅读量突破2937万。其中100万+推文4篇,10万+推文57篇。",
        2024,
    )
    assert got.get("new_media_posts") is None
    got = values(
        "一、总体情况\n“粤省事”微信公众号紧盯民生热点,持续推送高质量民生资讯,粉丝量超3800万,全年共发布223篇推文,"
        "总阅读量突破2937万。其中100万+推文4篇,10万+推文57篇。",
        2024,
    )
    assert got["new_media_posts"] == 223
