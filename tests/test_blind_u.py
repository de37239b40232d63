"""Kinds of figure met in blind set U (government bodies of the north and north-west): minimal
texts of each kind, normalised as the reader leaves them (simplified, ASCII , ; : ( )), with the
neighbour each must not disturb."""

from __future__ import annotations

from snippets import meta_of, values


def test_a_province_counts_its_own_papers_not_its_cities_sum() -> None:
    # liaoning-2009-trad (U), as a converter leaves it: 文件 -> 档案, the office's papers included
    text = (
        "通过辽宁省政府门户网站、《辽宁省人民政府公报》等渠道公开省政府及省政府办公厅档案197件。"
        "省政府各部门主动公开规范性档案2154件,各市政府总计主动公开规范性档案1763件。"
    )
    assert values(text, 2009)["policy_documents"] == 197
    # the cities' sum stays a fallback where the body states none of its own
    assert values("2009年,各市政府总计主动公开规范性文件1763件。", 2009)["policy_documents"] == 1763


def test_items_of_many_kinds_called_files_are_no_policy_documents() -> None:
    # ningxia-yinchuan-jingkaiqu-2021 (U): 17 kinds of items, mostly news, loosely called 文件
    got = values(
        "全年共发布17类文件共1528条,其中,政务动态信息更新1380条,公开财政预决算及政府集中采购领域信息5条,"
        "政策解读3条。",
        2021,
    )
    assert "policy_documents" not in got
    assert got["interpretations"] == 3
    # documents counted as such keep their count
    assert values("2021年,共发布文件17件。", 2021)["policy_documents"] == 17


def test_new_requests_said_without_their_noun_after_the_carry_over() -> None:
    # tianjin-hebei-2024 (U): the noun said once, of last year's carry-over; 新收 is the year's new
    got = values(
        "(二)依申请公开情况\n上年结转政府信息公开申请21件,本年新收434件,办理434件,剩余21件结转下一年度处理。",
        2024,
    )
    assert got["requests_received"] == 434
    assert "requests_completed" not in got  # 办理 alone says handled, not answered
    # the answered requests after a count keep their bare verb in the shared topic
    assert values("全年收到政府信息公开申请12件,办结12件。", 2024) == {
        "requests_received": 12,
        "requests_completed": 12,
    }
    # outside the requests' topic a bare 新收 is no request (信访 has its own noun, and no topic here)
    assert "requests_received" not in values("全年新收30件。", 2024)


def test_a_zone_named_only_in_quotes_is_no_evidence_of_the_body_or_its_level() -> None:
    # qinghai-xining-jingkaiqu-2022 (U): the body says only 开发区; 西宁开发区 is its WeChat account's
    # name and 西宁经济技术开发区 the title of a guide it revised. The city stands as weak evidence,
    # the level unknown: a zone is county level, and no city body speaks.
    text = (
        "2022年,开发区认真贯彻落实《中华人民共和国政府信息公开条例》。\n一、总体情况\n"
        "2022年,开发区门户网站发布信息1330条。同时通过微信公众号平台“西宁开发区”,全年发布信息392条。"
        "修订完善《西宁经济技术开发区政府信息公开指南》。"
    )
    meta = meta_of(text)
    assert meta.level is None
    assert any("weak evidence" in w for w in meta.warnings)
    # named as the body itself, the zone places it (郑州高新区沟赵办事处向社会公布…: blind W)
    named = meta_of("西宁开发区管委会2022年政府信息公开工作年度报告\n正文。")
    assert named.region is not None and named.region.city == "西宁市"
