"""Kinds of figure a precision audit of fresh county and development-zone report openings
(benchmark/blind/AK-audit.md) found the parser reading where train's labellers would not, each with
its labelled counter-cases. Texts are minimal texts of the kind (normalised as the reader leaves
them: simplified, ASCII , ; : ( )) or sentences of the audit's and train's reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_handled_count_among_a_sites_tasks_yields_to_the_done_count() -> None:
    # AK-audit neimenggu-zhalaiteqi-bgs-2025: 指导和办理依申请公开9件 (handled, in the site's paragraph)
    # is no count of requests done; the requests' paragraph says 共办结8件
    text = (
        "扎赉特旗人民政府门户网站共发布信息3817条。其中,政务动态栏目发布信息569条,"
        "指导和办理依申请公开9件,受理和办结网民留言17件。\n- 依申请公开情况\n"
        "2025年全年共收到政府信息公开申请9件,共办结8件,2025年结转至2026年继续办理1件。"
    )
    got = values(text, 2025)
    assert got["requests_received"] == 9
    assert got["requests_completed"] == 8


def test_a_handled_count_alone_is_still_the_completed_one() -> None:
    # counter-case, train jiangsu-nanjing-jiangning-bgs-2023: 124 received, 122 completed (办理)
    text = (
        "在依申请公开方面,除上年度结转的1件政府信息公开申请,共收到依申请公开124件,其中,"
        "全年共办理依申请公开122件,结转下年度继续办理3件。"
    )
    assert values(text, 2023) == {"requests_received": 124, "requests_completed": 122}


def test_a_handled_count_alone_without_a_received_one_stays_received() -> None:
    # counter-case: 办理X件 alone reads as the requests received, not both
    assert values("全年共办理依申请公开122件。", 2025) == {"requests_received": 122}


def test_online_and_offline_requests_without_a_total_are_no_total() -> None:
    # AK-audit jiangxi-jinxian-2024-spam: two channels' parts (65 online, 9 offline), no total stated;
    # neither part nor the online part's 办结62件 is the year's count
    text = (
        "2024年,全县受理线上信息公开申请65件,依法办结62件,结转下年度办理3件,"
        "受理线下信息公开申请9件,已全部依法办结。"
    )
    got = values(text, 2024)
    assert "requests_received" not in got
    assert "requests_completed" not in got


def test_online_and_offline_parts_after_a_total_keep_the_total() -> None:
    # counter-case: the parts after the total sum to it, all answered (integ read the last part's
    # 线下申请9件,均已按时办结 as 9 completed: 线上/线下 were no channel words of the parts)
    text = "2024年,全县共收到政府信息公开申请74件,其中线上申请65件,线下申请9件,均已按时办结。"
    assert values(text, 2024) == {"requests_received": 74, "requests_completed": 74}


def test_one_online_channel_alone_is_the_total() -> None:
    # counter-case: a single channel's count with no other part is the body's count
    got = values("2024年,受理线上信息公开申请65件,已全部办结。", 2024)
    assert got == {"requests_received": 65, "requests_completed": 65}


def test_channel_parts_after_a_total_do_not_stop_its_done_count() -> None:
    # counter-case, AK-audit gansu-heshui-2024: the parts (网站申请9件, 邮寄纸质版申请2件) have no verb
    # of their own; 按时办结11件 continues the total
    text = (
        "2024年,全县共收到政府信息公开申请11件,其中通过政府网站申请9件、向县政府办公室邮寄纸质版"
        "申请2件,全部属自然人申请件,按时办结11件,截至2024年底,已经全部办结,结转下年度办理0件。"
    )
    assert values(text, 2024) == {"requests_received": 11, "requests_completed": 11}


def test_the_government_site_said_short_in_a_list_of_channels_keeps_the_items_total() -> None:
    # 政府网/政务网 is the government's website said short, as 官网 is (AG-audit K1): a count over it and
    # the accounts (等) is the items disclosed over every channel, not the accounts' posts
    got = values("2023年,通过政府网、微信公众号等平台公开信息800条。", 2023)
    assert got == {"proactive_items_total": 800}
    got = values("2023年,通过县政务网、微博等渠道主动公开政府信息800条。", 2023)
    assert got == {"proactive_items_total": 800}
    got = values(
        "2023年,通过县政府网、政务微信、政务微博等平台共发布信息3200条,其中政务微信发布1200条。",
        2023,
    )
    assert got == {"proactive_items_total": 3200, "new_media_posts": 1200}


def test_an_account_named_after_the_government_site_still_counts_its_posts() -> None:
    # counter-cases, the kind AG-audit left for them: an account named after the site, in quotes
    # (blind AC6 “云县人民政府网”微信平台, X “乌鲁木齐政府网”微信) or glued to it, posts new media
    got = values("2023年,通过“云县人民政府网”微信平台发布信息56条。", 2023)
    assert got == {"new_media_posts": 56}
    got = values("2023年,“乌鲁木齐政府网”微信推送信息268条。", 2023)
    assert got == {"new_media_posts": 268}
    assert values("2023年,县政府网微信公众号发布信息268条。", 2023) == {"new_media_posts": 268}
    # AK-audit jiangxi-fengxin-bgs-2022-trad, as the reader leaves it
    assert values("“奉新县政府网”微信公众号422条。", 2022) == {"new_media_posts": 422}


def test_the_rows_a_period_line_names_are_no_documents() -> None:
    # AK-audit sichuan-yibin-cuiping-bgs-2021: a 四川 template of the period line counts the table rows it
    # excepts (两个项目), read as policy_documents 2
    text = (
        "本报告除规章对外公开总数量、规范性文件对外公开总数量两个项目外,"
        "其他项目统计时限均为2021年1月1日—12月31日。"
    )
    assert values(text, 2021) == {}


def test_documents_counted_in_ge_are_still_documents() -> None:
    # counter-case: 个 itself stays a unit of documents; only 项目 after it is another thing counted
    assert values("全年公开政策文件5个。", 2021) == {"policy_documents": 5}
    assert values("2021年公开规范性文件2个,项目信息15条。", 2021) == {"policy_documents": 2}


def test_text_messages_as_one_channel_of_many_keep_the_years_items() -> None:
    # AK-audit gansu-tianshui-qingshui-2019, judged right at 8769: 短信平台 is one of the channels listed,
    # not text messages sent; excluding the clause left only the running total to the year's end
    got = values(
        "2019年,通过政府门户网站、政务公开栏、档案查询点、广播、电视、短信平台、电子屏、社会活动日、"
        "新媒体平台等形式主动公开政府信息8769条。截至2019年底,累计主动公开政府信息64627条。",
        2019,
    )
    assert got.get("proactive_items_total") == 8769


def test_text_messages_as_the_one_channel_are_still_no_items() -> None:
    # counter-cases: the para2 audit's send-outs (train zhejiang-wenzhou-bgs-2024 labels none)
    for sent in (
        "2024年,通过短信向群众推送政务信息3万条。",
        "2024年,发送汽车消费、适老化改造等各类补助政策短信共计497万条。",
    ):
        assert values(sent, 2024).get("proactive_items_total") is None
