"""Kinds of text the parser misread on blind set CJ (city-level bodies of 2014–2019, prefectures our
labelled sets lacked), each with its counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values


def test_count_said_again_before_all_answered_is_completed() -> None:
    # 襄阳市行政审批局 2019: "共收到依申请公开政府信息7件,7件均已按时办结" gave received 7 and no completed:
    # the same figure said again before 均已办结 is all of them answered, as "…7件,均已办结"
    got = values("一、总体情况\n2019年我局共收到依申请公开政府信息7件,7件均已按时办结。", 2019)
    assert got.get("requests_received") == 7
    assert got.get("requests_completed") == 7


def test_a_different_figure_before_answered_is_no_restatement() -> None:
    # counter-case: a smaller figure before 均已办结 is a part done, not all (no completed from the hook)
    got = values("一、总体情况\n2019年我局共收到依申请公开政府信息10件,8件均已按时办结。", 2019)
    assert got.get("requests_received") == 10
    assert got.get("requests_completed") != 10


def test_all_answered_without_restatement_still_read() -> None:
    # counter-case: train jiangsu-huaian-shengtaiwenlvqu-2021-trad labels received and completed 9 from
    # "全年共收到依申請公開9件,均已辦結"
    got = values("一、总体情况\n2021年,全年共收到依申请公开9件,均已办结。", 2021)
    assert got.get("requests_received") == 9
    assert got.get("requests_completed") == 9


def test_a_verbless_count_of_the_requests_said_all_answered_is_received_and_completed() -> None:
    # CJ fujian-xiamen-2016 and CI jiangxi-xinyu-gongxinju-2023 label both: the noun of the requests with no verb
    # of receiving, the answered words right after the count
    got = values("2016年,全市主动公开政府信息39129条,依申请公开1465条,办结率达100%。", 2016)
    assert (got["requests_received"], got["requests_completed"]) == (1465, 1465)
    got = values("2023年依申请公开4条,已全部按期办理完毕。", 2023)
    assert (got["requests_received"], got["requests_completed"]) == (4, 4)


def test_a_verbless_count_without_the_answered_words_or_with_a_verb_of_its_own_is_not_received() -> (
    None
):
    # counter-cases: blind AP5 zhejiang-lishui-songyang-dadongbazhen (documents counted by how they are disclosed,
    # no request labelled); blind BS zhejiang-quzhou-kaihua-bgs-2022 (答复…53件 labelled completed only)
    got = values("2023年,我镇共发文96件,其中主动公开文件0件,不公开文件96件,依申请公开0件。", 2023)
    assert "requests_received" not in got
    got = values("2022年,开化县政府办公室共计答复依申请公开53件,全部规范答复。", 2022)
    assert got == {"requests_completed": 53}
