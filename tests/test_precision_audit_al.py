"""Kinds of figure a precision audit of fresh township and street report openings
(benchmark/blind/AL-audit.md) found the parser reading where train's labellers would not, each with
its labelled counter-cases. Texts are minimal texts of the kind (normalised as the reader leaves
them: simplified, ASCII , ; : ( )) or sentences of the audit's and train's reports, named so."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_bracketed_count_of_accounts_does_not_hide_the_carrier() -> None:
    # AL-audit liaoning-haicheng-xiliuzhen-2023-spam: 微博账号(1个)发布信息149条 is the account's posts;
    # the (1个) aside cut the subject off its carrier and the figure was read as the items total
    text = (
        "2023年,西柳镇人民政府微信公众账号(1个)发布信息149条;微博账号(1个)发布信息149条;"
        "抖音短视频账号(1个)发布信息46条;快手短视频账号(1个)发布信息46条。"
    )
    assert values(text, 2023) == {"new_media_posts": 149}
    text = "2023年,西柳镇微信公众号发布信息150条,微博账号(1个)发布信息120条。"
    assert values(text, 2023) == {"new_media_posts": 150}


def test_an_items_total_before_a_bracketed_account_count_is_kept() -> None:
    # counter-case: the items total stays; the account's count after it is the new media's
    text = "2023年,西柳镇主动公开政府信息300条,微博账号(1个)发布信息149条。"
    assert values(text, 2023) == {"proactive_items_total": 300, "new_media_posts": 149}
    # a site with a bracketed count stays the site's (the items)
    assert values("2023年,通过政府网站(1个)发布信息50条。", 2023) == {"proactive_items_total": 50}


def test_a_video_platform_account_is_new_media_not_the_items() -> None:
    # 快手/视频号/短视频 accounts, as 抖音: their posts are no items total (AL-audit xiliuzhen)
    got = values("2023年,镇政府微信公众号发布信息150条,快手账号发布信息46条。", 2023)
    assert got.get("proactive_items_total") is None
    got = values("2023年,镇政府视频号发布信息30条。", 2023)
    assert got.get("proactive_items_total") is None


def test_no_request_received_gives_no_count_answered() -> None:
    # AL-audit hunan-mayang-huangsangxiang-2025: 受理…0件,无其他需按规定公开或回复的政务信息 read as
    # completed 0; the labels give no completed where no request came (train
    # sichuan-luzhou-hejiang-fawangsizhen-2023 受理…0件 → received 0 only)
    text = "全年我乡共受理依申请公开政府信息0件,无其他需按规定公开或回复的政务信息。"
    assert values(text, 2025) == {"requests_received": 0}
    assert values("2024年共受理依申请公开0件,均已按时答复。", 2024) == {"requests_received": 0}


def test_requests_answered_and_a_stated_zero_done_are_kept() -> None:
    # counter-cases: a count said all answered is completed too (README); a stated 办结0件 stays
    # (blind V jiangsu-changzhou-zhonglou-nandajie-2024 办结公开申请0件, V2 当年办结0件)
    got = values("2024年共受理依申请公开3件,均已按时答复。", 2024)
    assert got == {"requests_received": 3, "requests_completed": 3}
    got = values("2024年共受理依申请公开0件,办结0件。", 2024)
    assert got == {"requests_received": 0, "requests_completed": 0}


def test_a_townships_own_share_of_the_countys_total_is_its_figure() -> None:
    # beside the audit (the task's kind: a township report mixes the county's site with its own
    # figures): …全县共主动公开政府信息12000条,其中我镇公开56条 — the town's own share, as 其中我办…
    # (own_part) already reads an office's; 我镇/我乡/我街道 were no body words of it
    got = values("2023年,全县共主动公开政府信息12000条,其中我镇公开56条。", 2023)
    assert got == {"proactive_items_total": 56}
    got = values("2023年,全区共收到政府信息公开申请200件,其中我街道收到5件。", 2023)
    assert got == {"requests_received": 5}


def test_a_townships_own_total_before_a_part_is_kept() -> None:
    # counter-cases: the town's own total with a part of it after 其中 stays the total; an office's
    # own share (the rule's first use) is unchanged
    got = values("2023年,我镇共主动公开政府信息120条,其中我镇网站公开56条。", 2023)
    assert got == {"proactive_items_total": 120}
    got = values("2023年,县政府门户网站共发布信息2.5万条,其中我办发布1200条。", 2023)
    assert got == {"proactive_items_total": 1200}


def test_a_streets_disclosure_office_is_the_street_at_township_level() -> None:
    # AL-audit fujian-fuan-chengbeijiedao-2011: 由城北街道信息公开工作办公室编制完成本报告 was read as a
    # county department; a township's own office is the township's (blind AA 大涌镇人民政府办公室)
    meta = meta_of(
        "根据《条例》要求,由城北街道信息公开工作办公室编制完成本报告。本报告在福安市城北街道网站公布。\n"
        "一、概述\n2011年,我街认真对照《条例》规定的范围公开政府信息。"
    )
    assert (meta.issuer, meta.level, meta.body_kind) == (
        "城北街道信息公开工作办公室",
        "township",
        "government",
    )
    # counter-case: a county's bureau's office stays a department of the county
    meta = meta_of(
        "根据《条例》要求,由福安市教育局办公室编制完成本报告。\n一、概述\n2011年,我局认真公开政府信息。"
    )
    assert (meta.level, meta.body_kind) == ("county", "department")


def test_a_body_that_calls_itself_we_after_the_year_is_not_named() -> None:
    # AL-audit jilin-huadian-xinhuajiedao-2012: 现特向社会公布2012年度我街道信息公开工作年度报告 gave the
    # issuer 度我街道 (年 taken without its 度); 我街道 names no body, so no issuer
    meta = meta_of(
        "对照相关要求,现特向社会公布2012年度我街道信息公开工作年度报告。本报告中所列数据的统计期限"
        "自2012年1月1日起至2012年12月31日止。\n一、主动公开政府信息情况\n我街道在2012年及时公开。"
    )
    assert meta.issuer is None
    assert meta.level == "township"
    # counter-case: a body named after 年度 is the issuer
    meta = meta_of(
        "现特向社会公布2012年度新华街道办事处信息公开工作年度报告。\n一、概述\n我街道及时公开。"
    )
    assert meta.issuer == "新华街道办事处"
