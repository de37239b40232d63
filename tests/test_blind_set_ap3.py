"""Kinds of text the parser misread on blind set AP3 (a second batch of 浙江 bodies of every level,
2021–2025), each with its counter-case from train or a labelled set. Minimal texts of the kind."""

from __future__ import annotations

from pathlib import Path

from snippets import values

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmark" / "blind"


def _lines(path: Path, needle: str) -> str:
    """The paragraph of a labelled text that holds `needle`, under a heading of its own."""
    para = next(line for line in path.read_text(encoding="utf-8").splitlines() if needle in line)
    return "一、总体情况\n" + para


def test_the_weibo_and_wechat_said_as_one_are_new_media() -> None:
    # 杭州市经信局 2023 (trad): "局“雙微”平台共計發布信息1542條。其中,微信平台發布信息628條": the accounts'
    # total, not the items disclosed, and not its 微信 part (it was read new_media 628; alone, items 1542)
    got = values(
        "一、总体情况\n2023年,局门户网站主动公开政府信息336条。局“双微”平台共计发布信息1542条。"
        "其中,微信平台发布信息628条;微博平台发布信息914条。",
        2023,
    )
    assert got.get("new_media_posts") == 1542
    assert got.get("proactive_items_total") == 336
    alone = values("一、总体情况\n2023年,局双微平台共计发布信息1542条。", 2023)
    assert alone.get("proactive_items_total") != 1542
    assert alone.get("new_media_posts") == 1542


def test_one_account_named_is_still_its_posts() -> None:
    # counter-case: blind AC yunnan-kunming-wuhua-kejichanyeyuan-2022, “双微平台” said in a clause of its
    # own before the year's counts: the 微信公众号's 278 is still the label
    para = _lines(
        BLIND / "AC" / "yunnan-kunming-wuhua-kejichanyeyuan-2022.txt", "园区微信公众号发布信息278条"
    )
    got = values(para, 2022)
    assert got.get("new_media_posts") == 278


def test_a_bare_answered_count_after_a_count_said_done_is_its_part() -> None:
    # 瓜沥镇 2024: "共收到37件,其中33件已办结,答复27件,主动撤回6件": 33 done (27 answered, 6 withdrawn);
    # the bare 答复27件 is a part, not the requests done (it was read completed 27)
    got = values(
        "一、总体情况\n2024年,我镇依申请公开政府信息共收到37件,其中33件已办结,答复27件,主动撤回6件。",
        2024,
    )
    assert got.get("requests_received") == 37
    assert got.get("requests_completed") != 27


def test_a_bare_answered_count_right_after_the_received_one_is_still_read() -> None:
    # counter-case: train jiangsu-huaian-bgs-2022 "共受理政府信息公开申请109件,答复108件" → completed 108,
    # and a channel part between (…其中网上申请33件,答复37件) is no done count
    got = values(
        "一、总体情况\n2022年,市政府办公室代表市政府共受理政府信息公开申请109件,答复108件(含上年度结转申请2件,"
        "另有3件顺延到下年度答复),均在法定期限内予以答复。",
        2022,
    )
    assert got.get("requests_completed") == 108
    parts = values(
        "一、总体情况\n2024年,我镇共收到政府信息公开申请37件,其中网上申请33件,答复37件。", 2024
    )
    assert parts.get("requests_completed") == 37


def test_the_website_s_disclosure_as_a_lead_names_no_field() -> None:
    # 嘉兴市经信局 2022: "一是推进网站信息公开,2022年,通过…门户网站公开信息533条": the website is the carrier,
    # not a field whose items the count would be (it was read nothing)
    got = values(
        "一、总体情况\n(一)主动公开情况。一是推进网站信息公开,2022年,通过本局门户网站公开信息533条。",
        2022,
    )
    assert got.get("proactive_items_total") == 533


def test_one_field_s_disclosure_as_a_lead_still_keeps_its_count_out() -> None:
    # counter-case: grammar.toml's weak_veto, a field's disclosure leading the sentence (推进精准扶贫信息公开,
    # …等信息4篇) makes the count that field's, not the items disclosed
    got = values(
        "一、总体情况\n(一)主动公开情况。2022年,推进精准扶贫信息公开,公开扶贫项目、资金等信息4篇。",
        2022,
    )
    assert got.get("proactive_items_total") != 4


def test_outcome_parts_in_xiang_worded_bufen_yuyi_gongkai_before_all_answered() -> None:
    # 吴兴区统计局 2024: "5件,其中予以公开3项,部分予以公开1项,本部门不掌握信息1项,全部事项均在规定时限答复
    # 办结": the outcomes sum to the count, all answered → completed 5 (it was missed)
    got = values(
        "一、总体情况\n(二)依申请公开\n2024年,共收到政府信息公开申请5件,其中予以公开3项,部分予以公开1项,"
        "本部门不掌握信息1项,全部事项均在规定时限答复办结。",
        2024,
    )
    assert got.get("requests_completed") == 5


def test_outcome_parts_that_do_not_sum_to_the_count_still_say_nothing() -> None:
    # counter-case: parts short of the count (3+1 of 6) leave the all-answered unread, as for parts in 件
    got = values(
        "一、总体情况\n(二)依申请公开\n2024年,共收到政府信息公开申请6件,其中予以公开3项,部分予以公开1项,"
        "全部事项均在规定时限答复办结。",
        2024,
    )
    assert got.get("requests_completed") is None
