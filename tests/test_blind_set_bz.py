"""Kinds of figure blind set BZ (benchmark/blind/BZ: development zones and townships, 2020–2025, 13
provinces) found the parser reading where the labellers would not, each with its labelled
counter-cases. Texts are minimal texts of the kind or sentences of the set's, train's and the blind
sets' reports, named so."""

from __future__ import annotations

from snippets import values


def test_a_reading_in_a_named_form_joined_to_another_kind_is_no_count_of_readings() -> None:
    # BZ shandong-jinan-lixia-jianzhuxincunjiedao-2024: a category of the items disclosed, the annual
    # report and its written reading together, was read as interpretations 2 (labels: none); 年报及解读
    # was already two kinds counted together, the form word 文字 between 及 and 解读 hid the joint
    text = (
        "2024年,街道在历下区政府网站公开信息55条,其中财政预决算公开18条,街道会议及会议解读6条,"
        "部门政府信息公开年报及文字解读2条,年度总结计划2条。"
    )
    got = values(text, 2024)
    assert "interpretations" not in got
    assert got["proactive_items_total"] == 55
    assert "interpretations" not in values("公开政策文件及图文解读12条。", 2024)


def test_readings_in_two_forms_or_after_their_own_figure_keep_their_count() -> None:
    # counter-cases: blind BX chongqing-tongliang-shangwuwei-2022 (labelled 3), blind AV
    # tianjin-jingkaiqu-2022 (labelled 34), and a reading counted after a document's own figure
    assert values("发布文件通知8条、分别以文字解读和图片解读3条。", 2022)["interpretations"] == 3
    assert (
        values("2022年全年,发布政策24条,发布政策解读和图解政策34条。", 2022)["interpretations"]
        == 34
    )
    assert values("发布政策解读2条。", 2024)["interpretations"] == 2
    assert values("发布政策文件12件及文字解读8条。", 2024)["interpretations"] == 8


def test_no_handling_of_requests_is_no_request() -> None:
    # BZ yunnan-honghe-mile-pengpuzhen-2024: 无政府信息依申请公开办理情况 under 依申请公开情况, labelled
    # requests_received 0 (as the labelled 无依申请公开政务信息情况); the handling's own nil with something
    # after it (超期) is no count of requests
    text = "(二)依申请公开情况\n2024年朋普镇无政府信息依申请公开办理情况。\n"
    assert values(text, 2024)["requests_received"] == 0
    assert values("我局无依申请公开办理情况。", 2024)["requests_received"] == 0
    assert "requests_received" not in values("2024年朋普镇无政府信息依申请公开办理超期情况。", 2024)


def test_requests_received_and_answered_in_one_verb_phrase_are_completed_too() -> None:
    # BZ anhui-bozhou-gaoxinqu-2022-spam, labelled received and completed 19 (the README's single-figure
    # rule; blind V zhejiang-shaoxing-binhaixinqu-2025-spam labels 共收到并依法答复政府信息公开95件 completed
    # 95 the same way, and blind BD's 收到并按时办结16件政府信息公开申请 was read so already)
    text = "2022年度,亳州高新区管委会受理并按时回复政府信息依申请公开事项19项,全部为自然人申请。"
    got = values(text, 2022)
    assert got["requests_received"] == 19 and got["requests_completed"] == 19
    assert values("全年共受理并答复政府信息公开申请42件。", 2022)["requests_completed"] == 42


def test_requests_received_and_handled_or_still_open_are_not_completed() -> None:
    # counter-cases: 办理 says handled, not done (blind AP5 taizhou-tiantai-hongchouzhen, 接受并办理依申请公开件
    # 4件: received only), and a sentence that goes on to requests still open
    got = values("受理并办理政府信息公开申请4件。", 2022)
    assert got["requests_received"] == 4 and "requests_completed" not in got
    got = values("受理并答复政府信息公开申请42件,其中10件尚未办结。", 2022)
    assert "requests_completed" not in got
