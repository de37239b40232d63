"""Kinds met in blind set AW (county-level governments and their 办公室, 江苏 浙江 广东 湖南, 2020–2025):
one test per kind, with its counter-case."""

from __future__ import annotations

from snippets import values


def test_a_news_column_leading_a_list_of_columns_is_no_items_total() -> None:
    # blind/AW zhejiang-shaoxing-zhuji-2024: 政务动态信息 (a fallback noun of the items disclosed) leads a list
    # of columns joined by 、, each with its count, and no total is stated: one column of many, not labelled.
    got = values(
        "全年通过政府门户网站、“诸暨发布”公众号、微博号等平台,发布政务动态信息1720条、政策文件及解读信息102条、"
        "重大决策预公开信息56条,回应关切396次,发布其余信息27342条。",
        2024,
    )
    assert "proactive_items_total" not in got


def test_a_news_column_said_alone_keeps_its_count() -> None:
    # counter-cases: blind W2 jiaozhuang 2019, the column's count alone in its sentence (labelled); a column
    # followed by a clause of another kind (, not 、), as train's 便民政务动态共16条,其中:… is labelled
    # (xinjiang-turpan-gaochang-zhujianju-2025)
    assert values("2019年,我乡共发布动态信息23条。", 2019)["proactive_items_total"] == 23
    got = values("2022年,我镇在政府网站更新政务动态信息73条,发布通知公告5条。", 2022)
    assert got["proactive_items_total"] == 73
    got = values("全年发布政务动态信息120条,其中工作动态80条、通知公告40条。", 2022)
    assert got["proactive_items_total"] == 120


def test_a_carry_over_said_with_baohan_or_in_fen_is_taken_off() -> None:
    # blind/AW zhejiang-hangzhou-yuhang-2023-trad-spam: 包含 is 含 (received = 1717 − 76, the README's rule)
    got = values(
        "2023年全区共处理政府信息公开申请件1717件(包含上年结转76件),1646件已按规定在法定期限内予以答复,"
        "71件结转下年答复。",
        2023,
    )
    assert got["requests_received"] == 1641
    # blind/AW guangdong-jiangmen-taishan-2021-spam: 份, and the carried-over requests named in full
    got = values(
        "2021年,全市共处理政府信息公开申请67份,其中2020年结转的政府信息公开申请1份,均按时限按规范办结、答复,"
        "按时答复率100%。",
        2021,
    )
    assert got["requests_received"] == 66
    assert got["requests_completed"] == 67


def test_a_total_without_carry_over_keeps_its_count() -> None:
    # counter-cases: the plain 含 of the README's rule, and a total with no carry-over in it
    got = values("2022年,共受理政府信息公开申请60件(含上年结转3件),均已按时答复。", 2022)
    assert got["requests_received"] == 57
    got = values("2023年,全区共受理依申请公开1137件,已答复1136件(含上年度结转32件)。", 2023)
    assert got["requests_received"] == 1137


def test_a_conference_record_published_is_no_conference_held() -> None:
    # blind/AW jiangsu-changzhou-jintan-2023 (and its 办公室's report): 发布新闻发布会实录5场 puts transcripts
    # online; the conferences the body held are not stated
    got = values(
        "全年在政府门户网站主动公开规范性文件3件,其他政策性文件、通知、报告等1457件,指导部门同步配套政策解读34篇,"
        "发布新闻发布会实录5场,开展在线访谈12次。",
        2023,
    )
    assert "press_conferences" not in got
    assert got["interpretations"] == 34


def test_conferences_held_keep_their_count() -> None:
    # counter-cases: train jiangsu-huaian-2024 labels …等新闻发布会12场; held with 召开
    assert (
        values("组织召开了“春节前后服务企业用工”等新闻发布会12场。", 2024)["press_conferences"]
        == 12
    )
    assert values("2023年,区政府共召开新闻发布会5场。", 2023)["press_conferences"] == 5


def test_the_whole_web_count_after_a_column_lead_is_the_items_total() -> None:
    # blind/AW hunan-yueyang-linxiang-2024: the sentence opens with a column (开设专栏), but the figure's own
    # words count the whole web (全年全网发布信息6112条): the items the sites published, labelled
    got = values(
        "(一)主动公开内容丰富:通过市政府门户网站开设专栏,集中发布解读“两重”“两新”“八大行动”及发展六仗各方面"
        "工作进度,全年全网发布信息6112条,包括概况类信息、政务公开栏目信息及信息公开目录更新信息等。",
        2024,
    )
    assert got["proactive_items_total"] == 6112


def test_a_new_column_s_count_stays_out() -> None:
    # counter-case, paraphrase audit para1 of train hunan-yueyang-miluo-2023: the columns' own count is not labelled
    got = values(
        "新开设“打好发展六仗工作”,“湘易办超级服务端”等专题,共发布信息388条。",
        2023,
    )
    assert "proactive_items_total" not in got


def test_the_whole_area_s_accounts_outrank_one_account() -> None:
    # blind/AW zhejiang-hangzhou-yuhang-2023-trad-spam: one account's posts (余杭发布推送微信约2100条) and then the
    # whole district's accounts together (全区政务微博微信…1.86万余篇): the whole is labelled, the account's not
    got = values(
        "2023年通过政府网站主动公开各类政务信息7000余条。余杭发布推送微信约2100条,总阅读量近1600万;推送微博约3800条,"
        "阅读量近6000万。全区政务微博微信全年发布资讯1.86万余篇,总阅读量2035余万次。",
        2023,
    )
    assert got["new_media_posts"] == 18600


def test_one_account_s_posts_keep_their_count_with_no_whole_beside_them() -> None:
    # counter-cases: blind/AW guangdong-jiangmen-taishan-2021-spam, the site's channels side by side (微博 first,
    # both labelled); an account alone (train: 通过微信公众号发布及转发683条信息)
    got = values("政务微博发布信息1518条,政务微信公众号发布信息760条,发行政府公报4期。", 2021)
    assert got["new_media_posts"] == 1518
    assert values("2023年,通过微信公众号发布及转发683条信息。", 2023)["new_media_posts"] == 683


def test_the_whole_of_the_accounts_said_otherwise_outranks_one_account_in_either_order() -> None:
    # the AW kind by its other wordings (every account, N accounts, the matrix, the accounts at large summed):
    # sub-channel counts are not labelled when a total is given (openings2 README), whichever comes first
    account = "“余杭发布”推送微信约2100条。"
    for whole in (
        "各类政务新媒体全年发布信息1.86万余篇。",
        "全区36个政务新媒体账号共发布信息1.86万余篇。",
        "政务新媒体矩阵全年发布信息1.86万余篇。",
        "政务新媒体共发布信息1.86万余篇。",
    ):
        assert values(account + whole, 2023)["new_media_posts"] == 18600, whole
        assert values(whole + account, 2023)["new_media_posts"] == 18600, whole
    # the parts summed in the next sentence (900 + 1200): the sum, not the first part
    got = values("微信公众号发布信息900条,微博发布信息1200条。政务新媒体共发布信息2100条。", 2023)
    assert got["new_media_posts"] == 2100


def test_the_departments_accounts_summed_are_no_whole_of_the_body_s() -> None:
    # counter-case: the accounts of the district's departments summed (区级各部门政务新媒体共…) are sub-units'
    # figures (the scope guard), so the body's own account keeps its count in either order
    account = "“余杭发布”推送微信约2100条。"
    departments = "区级各部门政务新媒体共发布信息1.86万余篇。"
    assert values(account + departments, 2023)["new_media_posts"] == 2100
    assert values(departments + account, 2023)["new_media_posts"] == 2100
