"""Kinds of text the parser misread on blind set AP2 (a second batch of 江苏 bodies of every level,
2022–2025), each with its counter-case from train or a labelled set. Minimal texts of the kind."""

from __future__ import annotations

from snippets import meta_of, values


def test_letters_to_a_radio_hotline_are_no_calls() -> None:
    # 如东县交通运输局 2025: "回应江苏政风热线信件2件、县长信箱信件7件、12345政府服务热线1448件": the letters
    # sent to a radio line are no calls; the 12345 line's count is (it was read 2)
    got = values(
        "一、总体情况\n2025年,高效回应江苏政风热线信件2件、县长信箱信件7件、12345政府服务热线1448件,"
        "及时解决群众反映的问题。",
        2025,
    )
    assert got.get("hotline_calls") == 1448


def test_a_hotline_count_with_its_tickets_is_still_read() -> None:
    # counter-case: train sichuan-mianyang-fagaiwei-2023 "12345市长热线交办件78件" → 78
    got = values("一、总体情况\n领导信箱办件71件,办结71件;12345市长热线交办件78件,办结78件。", 2023)
    assert got.get("hotline_calls") == 78


def test_tickets_of_12345_taken_with_the_verb_before_the_number() -> None:
    # 五接镇 2023: "镇域治理指挥中心平台共受理12345工单1449条" (it was missed)
    got = values("一、总体情况\n镇域治理指挥中心平台共受理12345工单1449条,按时办结率97%。", 2023)
    assert got.get("hotline_calls") == 1449


def test_requests_answered_where_the_text_is_cut_after_the_verb_are_unknown() -> None:
    # 常州经开区 2024: "共收到各类政府信息公开申请82件,已依法依规答复各类政府" where the excerpt ends: the
    # count answered was cut off (it was read completed 82)
    got = values("一、总体情况\n2024年,共收到各类政府信息公开申请82件,已依法依规答复各类政府", 2024)
    assert got.get("requests_received") == 82
    assert "requests_completed" not in got


def test_requests_all_answered_still_read_when_the_sentence_ends() -> None:
    # counter-case: the single-figure rule (openings2 README: 受理答复…X件,均已办结 → both)
    got = values("一、总体情况\n2024年,共收到政府信息公开申请82件,均已依法依规答复。", 2024)
    assert got.get("requests_completed") == 82


def test_proposals_led_before_those_assisted_without_a_total_are_unknown() -> None:
    # 金坛区发改局 2024: "统筹主办人大建议和政协提案14件,协办13件": one role's part (it was read 14)
    got = values("一、总体情况\n2024年,统筹主办人大建议和政协提案14件,协办13件。", 2024)
    assert got.get("proposals_answered") != 14


def test_proposals_by_kind_are_still_read() -> None:
    # counter-case: blind X5 chongqing-tongliang-2023 "办理人大代表建议337件、政协提案293件" labels both
    got = values("一、总体情况\n办理人大代表建议337件、政协提案293件,满意率100%。", 2023)
    assert got.get("proposals_answered") in (337, 293)


def test_one_channels_part_of_a_total_over_channels_is_its_posts() -> None:
    # 凤凰镇 2023: "通过…官方网站、“江南美凤凰”微信公众号、…宣传栏等多种渠道主动公开各类信息1186条,其中政务微信
    # 公开信息数923条": the items over every channel, and the WeChat account's part its posts — blind AC5 and W
    # label a channel's part so, and tests/test_precision_audit_ak.py holds the kind
    got = values(
        "一、总体情况\n年内我镇通过市人民政府官方网站、“江南美凤凰”微信公众号、市政府镇宣传栏等多种渠道"
        "主动公开各类信息1186条,其中政务微信公开信息数923条,实现线上、线下同步公开。",
        2023,
    )
    assert got.get("proactive_items_total") == 1186
    assert got.get("new_media_posts") == 923


def test_an_account_beside_a_website_total_is_still_its_posts() -> None:
    # counter-case: train jiangsu-suzhou-gaoxinqu-2021 "全年门户网站主动公开各类信息6512条,其中重点领域政务
    # 信息公开436条,“苏州高新区发布”微信公众号推送信息1248条" → 1248 (the total is the website's alone)
    got = values(
        "一、总体情况\n全年门户网站主动公开各类信息6512条,其中重点领域政务信息公开436条,"
        "“苏州高新区发布”微信公众号推送信息1248条,阅读量突破1400万人次。",
        2021,
    )
    assert got.get("new_media_posts") == 1248


def test_a_year_opening_the_sentence_glued_to_the_first_heading_dates_the_report() -> None:
    # 常州市政府办 2024 (spam mirror): "统计期限?024??日起?024?2?1日止 一、总体情况2024年市政府办公室坚持…" — the
    # period lost its digits, the reader joined the heading to the sentence (the year was unknown)
    meta = meta_of(
        "本年报中所列数据的统计期限?024??日起?024?2?1日止 一、总体情况2024年市政府办公室坚持以人民为中心,"
        "健全政务公开制度。"
    )
    assert meta.year == 2024


def test_the_statistics_period_still_outweighs_a_year_after_the_heading() -> None:
    # counter-case: the period (weight 4) dates the report, a year glued after the heading is one mention
    meta = meta_of(
        "本年报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。一、总体情况2022年以来,"
        "我区持续推进政务公开。"
    )
    assert meta.year == 2023


def test_an_accounts_posts_by_kind_without_a_total_are_unknown() -> None:
    # 沿江街道 2025: "依托园区微信公众号“创在滨江”主动发布工作动态447条,推送招聘、安全提示等信息90条": two
    # kinds of the account's posts, no total (it was read 447)
    got = values(
        "一、总体情况\n依托园区微信公众号“创在滨江”主动发布工作动态447条,推送招聘、安全提示等信息90条。",
        2025,
    )
    assert "new_media_posts" not in got


def test_an_accounts_posts_said_once_are_still_read() -> None:
    # counter-case: train jiangsu-nantong-jiaotongju-2025 "“南通交通运输”官方微信公众号全年发布稿件284条" → 284
    got = values(
        "一、总体情况\n“南通交通运输”官方微信公众号全年发布稿件284条,单篇最高阅读量达8154。", 2025
    )
    assert got.get("new_media_posts") == 284


def test_a_single_request_disclosed_on_time_is_also_completed() -> None:
    # 五接镇 2023: "共收到來自公民的政府信息依申請公開的1件,已按時公開" (completed was missed)
    got = values(
        "一、总体情况\n2023年,我镇共收到来自公民的政府信息依申请公开的1件,已按时公开。", 2023
    )
    assert got.get("requests_received") == 1
    assert got.get("requests_completed") == 1


def test_disclosed_on_time_with_its_own_count_is_no_single_figure() -> None:
    # counter-case: a count of its own after the verb is not the single-figure rule's
    got = values("一、总体情况\n2023年,我镇共收到政府信息公开申请3件,已按时公开2件。", 2023)
    assert got.get("requests_completed") != 3


def test_one_zero_after_both_kinds_of_case_is_each_kinds_zero() -> None:
    # 梁徐街道 2022: "答复行政复议、行政诉讼0件" (litigation 0 was missed; reconsideration 0 was read)
    got = values("一、总体情况\n2022年我街道答复行政复议、行政诉讼0件。", 2022)
    assert got.get("admin_reconsideration") == 0
    assert got.get("admin_litigation") == 0


def test_one_count_above_zero_after_both_kinds_is_neither() -> None:
    # counter-case: a figure other than 0 is not split between the kinds (joint_veto)
    got = values("一、总体情况\n2022年,本机关行政复议、行政诉讼3件。", 2022)
    assert got.get("admin_litigation") != 3
    assert got.get("admin_reconsideration") != 3


def test_policy_information_issued_in_the_governments_name_is_its_documents() -> None:
    # 常州市政府办 2024: "公开以市政府和市政府办公室名义发布的政策信息118条" (missed), as train's 淮安
    # "主动公开以市政府和市政府办公室名义制发的各类规章和文件44件" → policy_documents 44
    got = values(
        "一、总体情况\n2024年,通过政府公报、政府网站等渠道及时公开以市政府和市政府办公室名义发布的"
        "政策信息118条,有效引导发展预期。",
        2024,
    )
    assert got.get("policy_documents") == 118


def test_policy_information_alone_is_no_documents() -> None:
    # counter-case: 政策信息 without the name it was issued in is any posts about policy
    got = values("一、总体情况\n2024年,通过政府网站发布政策信息118条。", 2024)
    assert got.get("policy_documents") is None
