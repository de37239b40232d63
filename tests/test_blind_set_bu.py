"""Blind set BU (山东, 河南, 河北, 安徽, 湖北, 江西 bodies 2021–2025): the kinds its first sight found.

Each test quotes the set's sentence of the kind and its labelled counter-cases (named in comments)."""

from __future__ import annotations

from snippets import values


def test_a_count_naming_the_cause_of_no_cases_gives_zeros() -> None:
    # BU shandong-yantai-fushan-gongxinju-2021: "没有因以上3件依申请公开事项产生行政复议和行政诉讼案件" was read
    # reconsideration 3; the labels: reconsideration 0, litigation 0
    got = values(
        "一、总体情况\n2021年,我局共收到政府信息公开申请3件,均已按时答复。没有因以上3件依申请公开事项产生行政复议和"
        "行政诉讼案件。",
        2021,
    )
    assert got.get("admin_reconsideration") == 0
    assert got.get("admin_litigation") == 0


def test_cases_counted_after_a_negated_cause_are_still_counted() -> None:
    # counter-case: the negation reaches no clause that counts its cases (blind AV
    # zhejiang-shaoxing-binhaixinqu-2019 labels 共发生1起行政诉讼 → 1)
    got = values("一、总体情况\n2021年,未因政府信息公开引起行政复议,共发生行政诉讼1起。", 2021)
    assert got.get("admin_reconsideration") == 0
    assert got.get("admin_litigation") == 1


def test_the_normative_kind_of_the_items_published_is_no_document() -> None:
    # BU jiangxi-ganzhou-huichang-wenguangju-2023: "通过政府信息公开平台发布的信息中规范性文件1条,其他文件0条,…" was
    # read policy_documents 1 and normative_docs_made 1; the labels give neither (a kind of the items)
    got = values(
        "一、总体情况\n通过政府信息公开平台发布的信息中规范性文件1条,其他文件0条,政务动态320条,公告公示23条,"
        "文体活动信息50条,政务信息公开年报2条,行政执法1条。",
        2023,
    )
    assert got.get("policy_documents") is None
    assert got.get("normative_docs_made") is None
    # counter-case: documents made, said so (train hunan-hengyang-shangwuju-2025's 表二 3; blind AQ's 制发)
    assert (
        values("一、总体情况\n2023年,本单位制发规范性文件1条。", 2023).get("normative_docs_made")
        == 1
    )


def test_a_mayors_hotline_not_said_to_be_12345_is_no_hotline_count() -> None:
    # BU shandong-weifang-qixiangju-2022 "受理市长热线5件" and BB jiangsu-taizhou-jingjiang-jiaoyuju-2025
    # "共收到1781条市长热线" are unlabelled: the labels count 12345 or disclosure hotlines only
    assert (
        values("一、总体情况\n受理市长热线5件,回复率均达100%。", 2022).get("hotline_calls") is None
    )
    # counter-cases naming the number: blind Y2 hubei-xiangyang-baokang-nongyenongcunju-2021 labels 84, train
    # sichuan-mianyang-fagaiwei-2023 labels 78
    got = values(
        "一、总体情况\n受理“12345”市长热线84个,已全部按时核查并在网上回复完毕,办结率为100%。", 2021
    )
    assert got.get("hotline_calls") == 84
    got = values("一、总体情况\n12345市长热线交办件78件,办结78件。", 2023)
    assert got.get("hotline_calls") == 78
