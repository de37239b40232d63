"""Kinds met in blind set AC (openings of 2021–2025 reports): one test per kind, with its counter-case."""

from __future__ import annotations

from snippets import values


def test_requests_all_answered_after_a_change_said_on_last_year() -> None:
    # blind/AC shandong-jining-zoucheng-taiping-2024: the change on 去年 is an aside, as on 上年
    got = values(
        "2024年度,我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请2件,比去年增加1件,"
        "专人处理,依法公开,均按时完成答复。",
        2024,
    )
    assert got == {"requests_received": 2, "requests_completed": 2}


def test_a_count_of_its_own_after_the_change_stays_the_completed_one() -> None:
    # counter-case: a completed count stated after the aside is that count, not the received one
    got = values("2024年度,我镇共收到政府信息公开申请3件,比去年增加1件,办结2件。", 2024)
    assert got == {"requests_received": 3, "requests_completed": 2}
    # and no 均…答复 at all: nothing completed
    got = values("2024年度,我镇共收到政府信息公开申请3件,比去年增加1件。", 2024)
    assert got == {"requests_received": 3}


def test_documents_sent_to_an_archive_are_no_policy_documents() -> None:
    # blind/AC2 fujian-fuzhou-minhou-bgs-2023: 公开 in the papers' name does not make them published
    got = values(
        "本年度我办主动公开政府信息135条;“闽侯发布”政务微博累计发布信息318条;"
        "向县档案馆累计报送政府信息主动公开文件135件。",
        2023,
    )
    assert got == {"proactive_items_total": 135, "new_media_posts": 318}


def test_documents_published_and_then_archived_keep_their_count() -> None:
    # counter-case: the archive named after the figure's clause, and 报送 to a superior with 公开
    assert values("2023年,主动公开政策文件12件,并向市档案馆报送。", 2023)["policy_documents"] == 12
    assert values("2023年,向市政府报送并公开政策文件12件。", 2023)["policy_documents"] == 12


def test_no_normative_documents_made_said_with_the_laws_and_rules_before_them() -> None:
    # blind/AC2 fujian-fuzhou-waiban-2023 and -2025
    got = values("本年度本部门无新增的行政法规、规章和规范性文件。", 2023)
    assert got == {"normative_docs_made": 0}
    got = values("本年度未制定新的行政法规、规章及规范性文件。", 2025)
    assert got == {"normative_docs_made": 0}


def test_none_disclosed_or_none_held_is_still_no_figure() -> None:
    # counter-cases: a verb of disclosing, or a bare 无, says nothing of documents made
    assert values("本年度未公开规章和规范性文件。", 2023) == {}
    assert values("本年度无规章和规范性文件。", 2023) == {}
    assert values("本年度未制定规章,制发规范性文件3件。", 2023) == {"normative_docs_made": 3}


def test_documents_items_disclosed_are_policy_documents_not_the_total() -> None:
    # blind/AC4 neimenggu-ordos-wushen-xinfangju-2024: 公开文件信息5条 names documents, not all items
    got = values(
        "全年通过乌审旗人民政府门户网站公开文件信息5条,通过信息报送平台报送工作动态类信息57条,"
        "“乌审信访”官方微信公众号发布信息235条。",
        2024,
    )
    assert got == {"policy_documents": 5, "new_media_posts": 235}


def test_a_total_of_items_with_a_documents_part_keeps_both() -> None:
    # counter-case: the items' total stands beside its 政策文件信息 part
    got = values(
        "2024年,乡通过政府门户网站主动公开信息138条。其中:概况3条,政策文件信息31条。", 2024
    )
    assert got == {"proactive_items_total": 138, "policy_documents": 31}


def test_the_made_column_of_table_two_said_as_a_sentence() -> None:
    # blind/AC5 hainan-shengtaihuanjingting-2022: 制发件数 is the figure, not the repealed or in-force ones
    got = values("本年出台行政规范性文件:制发件数2件,废止件数1件,现行有效件数22件。", 2022)
    assert got == {"normative_docs_made": 2}


def test_the_in_force_column_alone_is_no_figure_made() -> None:
    # counter-case: a stock of documents in force, or rules (规章) made, are not normative documents made
    assert values("行政规范性文件:现行有效件数22件。", 2022) == {}
    assert values("规章:制发件数1件。", 2022) == {}
