"""Kinds met in blind set BD (county-level governments and their 办公室 of 北京 天津 重庆 河北 山西 内蒙古 江西 河南
湖北 广西 贵州 云南 陕西 甘肃, 2021–2024): one test per kind, with its counter-cases."""

from __future__ import annotations

from snippets import values


def test_a_news_column_leading_a_comma_list_of_columns_is_no_items_total() -> None:
    # blind/BD shanxi-jincheng-gaoping-bgs-2023: 政务动态类信息 (a fallback noun) leads a list of three columns
    # joined by commas, each with its count, and no total is stated (AW's kind, with , for 、)
    got = values(
        "2023年,在高平市人民政府门户网站政府信息公开专栏发布政务动态类信息133条,发布市政府及政府办文件及解读信息"
        "82条,常务会议图解信息15条。",
        2023,
    )
    assert "proactive_items_total" not in got


def test_a_news_column_with_one_clause_or_its_parts_after_it_keeps_its_count() -> None:
    # counter-cases (blind/AW's): one column after it, and the column's own parts after 其中
    got = values("2022年,我镇在政府网站更新政务动态信息73条,发布通知公告5条。", 2022)
    assert got["proactive_items_total"] == 73
    got = values("全年发布政务动态信息120条,其中工作动态80条、通知公告40条。", 2022)
    assert got["proactive_items_total"] == 120
    # and AW's list joined by 、 stays no total
    got = values(
        "全年通过政府门户网站、“诸暨发布”公众号、微博号等平台,发布政务动态信息1720条、政策文件及解读信息102条、"
        "重大决策预公开信息56条,回应关切396次,发布其余信息27342条。",
        2024,
    )
    assert "proactive_items_total" not in got


def test_requests_received_and_answered_in_one_verb_phrase_are_both() -> None:
    # blind/BD hubei-xianning-tongcheng-2024: 收到并按时办结16件…申请, one figure received and completed (the
    # openings2 README's single-figure rule, as train's 受理答复…X件,均已办结)
    got = values(
        "(二)依申请公开方面。严格按照《条例》规定,开展政府信息依申请公开工作,全年共收到并按时办结16件政府信息公开申请,"
        "保障了社会公众的知情权。",
        2024,
    )
    assert got["requests_received"] == 16
    assert got["requests_completed"] == 16


def test_requests_received_with_only_some_answered_keep_no_completed_count() -> None:
    # counter-cases: received alone (blind/BD hebei-chengde-kuancheng-bgs-2023), and a count received then
    # another answered (blind/BD henan-shangqiu-zhecheng-2024: 75 received, 72 answered, 3 carried over)
    got = values(
        "全年共收到依申请公开35件,均为自然人申请件,全部按《条例》和《实施办法》规定予以办理。", 2023
    )
    assert got["requests_received"] == 35
    assert "requests_completed" not in got
    got = values(
        "全年收到政府信息公开申请75件,按照《政府信息公开条例》法定时限和法定答复方式依法依规予以办理,"
        "答复政府信息依申请公开信件72件,结转下年度继续办理3件。",
        2024,
    )
    assert got["requests_received"] == 75
    assert got.get("requests_completed") != 75
