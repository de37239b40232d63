"""Kinds of text the parser misread on blind sets CA and CD (city governments and their offices of
山东 河南 安徽 江西 福建, and of 广东 海南 浙江 上海 重庆, 2014–2024), each with its labelled
counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values

MAANSHAN = (
    "一、总体情况\n2019年,马鞍山市政府认真贯彻落实新修订的《中华人民共和国政府信息公开条例》,"
    "以推进“五公开”和重点领域信息公开,强化政策解读与回应关切,提升政务公开保障能力为重点,"
    "不断深化政务公开,全市全年公开政府信息18.6万余条,办结依申请公开298件。"
)


def test_the_whole_areas_items_are_read_past_a_field_named_in_the_lead() -> None:
    # CA anhui-maanshan-2019, labelled 186000: the whole city's year is the clause's subject
    assert values(MAANSHAN, 2019).get("proactive_items_total") == 186000


def test_a_field_lead_still_vetoes_a_weak_count_with_no_whole_area_subject() -> None:
    # counter-case: the lead names one field's disclosure and the count says nothing of the whole
    # (推进精准扶贫信息公开,…等信息4篇, the grammar's own)
    got = values("2019年,我局推进重点领域信息公开,全年公开政府信息186条。", 2019)
    assert got.get("proactive_items_total") is None


def test_the_whole_areas_items_outrank_a_fields_count_said_with_zhudong_gongkai() -> None:
    # CD chongqing-2021-spam, labelled 1600000: the field's 主动公开…等信息近300条 came first before
    got = values(
        "一、总体情况\n2021年,全市各级行政机关公开政府信息160万余条,其中,市本级公开67万余条,"
        "区县公开93万余条。\n(一)大力推动主动公开。一是切实做好经济社会发展规划信息公开。"
        "主动公开市、区县“十四五”规划纲要和重点专项规划等信息近300条。",
        2021,
    )
    assert got.get("proactive_items_total") == 1600000


def test_received_and_done_chained_by_a_pause_mark_are_both() -> None:
    # CA henan-nanyang-bgs-2019, labelled received 76 and completed 76
    got = values(
        "2019年,共受理、办结市政府、市政府办信息公开申请76件,被提起行政复议起数仅1件。", 2019
    )
    assert (got.get("requests_received"), got.get("requests_completed")) == (76, 76)
    alone = values("(二)依申请公开情况。2019年,共受理、办结信息公开申请76件。", 2019)
    assert (alone.get("requests_received"), alone.get("requests_completed")) == (76, 76)


def test_received_and_answered_chained_by_a_pause_mark_are_not_said_done() -> None:
    # counter-case: train jiangsu-nanjing-gulou-2022 labels neither figure of
    # 全年累计受理、答复依申请公开信息123件,其中上年结转2件
    got = values(
        "(二)依申请公开情况。全年累计受理、答复依申请公开信息123件,其中上年结转2件。", 2022
    )
    assert got.get("requests_completed") is None
    assert got.get("requests_received") is None


def test_a_list_of_columns_in_their_own_units_after_the_news_count_has_no_total() -> None:
    # CA henan-nanyang-bgs-2019: no total labelled; 13330 is the news items' column
    got = values(
        "(一)主动公开情况。全年,市政府办公室主动发布政府动态信息13330条、图片1224幅,"
        "公开市政府、市政府办规范性文件249件、发布公示公告272件,通过政务微博公开政府信息124条。",
        2019,
    )
    assert got.get("proactive_items_total") is None
    assert got.get("policy_documents") == 249


def test_the_news_count_alone_is_still_the_items() -> None:
    # counter-case: train xinjiang-turpan-gaochang-zhujianju-2025 labels 便民政务动态共16条; blind W
    # beipo 2022 更新政务动态信息73条
    got = values("(一)主动公开情况。2022年,我镇更新政务动态信息73条。", 2022)
    assert got.get("proactive_items_total") == 73


def test_a_year_compared_against_does_not_date_the_clauses_after_it() -> None:
    # CD shanghai-2023, labelled completed 34430: 较2022年 is the comparison's base
    got = values(
        "2023年,全市共收到政府信息公开申请34290件,申请数量较2022年上升29.3%;"
        "答复政府信息公开申请34430件(含上年度转结),均在法定期限内予以答复。",
        2023,
    )
    assert (got.get("requests_received"), got.get("requests_completed")) == (34290, 34430)


def test_a_year_that_names_the_time_still_dates_the_figure_after_it() -> None:
    # counter-case: a 2023 report quoting the year before's figure
    got = values("(一)主动公开情况。与去年相比有所增加,2022年,我局主动公开政府信息120条。", 2023)
    assert got.get("proactive_items_total") is None


def test_an_accounts_followers_then_a_count_are_the_accounts_posts() -> None:
    # CD guangdong-shanwei-2019, labelled new_media_posts 747: the account opened a sentence before
    got = values(
        "(一)主动公开政府信息情况。2019年市政府门户网站发布信息11776条。"
        "开通“汕尾市人民政府网站”微信公众号。累计关注人数为14370人,发布信息747条。",
        2019,
    )
    assert got.get("new_media_posts") == 747
    assert got.get("proactive_items_total") == 11776


def test_followers_then_a_count_after_no_account_are_not_posts() -> None:
    # counter-case: the sentence before names no account
    got = values(
        "(一)主动公开政府信息情况。2019年完成网站集约化改版。累计关注人数为14370人,发布信息747条。",
        2019,
    )
    assert got.get("new_media_posts") is None


def test_documents_counted_before_their_noun_and_published_at_the_clauses_end() -> None:
    # CD guangdong-guangzhou-2020, labelled policy_documents 535 (not documents made: published)
    got = values(
        "加强规范性文件管理,2020年全年共535件规范性文件通过“广州市行政规范性文件统一发布平台”"
        "向社会集中公开。",
        2020,
    )
    assert got.get("policy_documents") == 535
    assert got.get("normative_docs_made") is None
