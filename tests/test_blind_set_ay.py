"""Kinds of text the parser misread on blind set AY (江苏 and 浙江 city departments, 2019–2025), each with
its labelled counter-cases. Minimal texts of the kind; sentences quoted from the blind sets name their
report (simplified, as the reader leaves a traditional page)."""

from __future__ import annotations

from snippets import meta_of, values


def test_an_accounts_count_after_its_subscriber_count_is_its_posts() -> None:
    # blind/AY jiangsu-nanjing-touzicujinju-2021-trad: 1047 was read as the items disclosed; the clause
    # opens with its verb after the account's subscriber count, and the account is its carrier
    got = values(
        "一是持续加大主动公开。全年,局官方网站共发布或更新各类动态信息259条,其中概况类信息1条;"
        "发布解读信息2条。2021年度,微信公众号共有订阅10069个,全年发布信息189条;"
        "投资南京今日头条号订阅7508个,全年发布信息1047条。",
        2021,
    )
    assert got["proactive_items_total"] == 259
    assert got["new_media_posts"] == 189


def test_a_count_clause_after_a_channel_clause_with_no_subscriber_count_reads_as_before() -> None:
    # counter-case, blind/AP jiangsu-suzhou-taicang-gaoxinqu-2022: the channel clause right before
    got = values("2022年,依托太仓高新区发布微信公众号平台,全年发布信息894条。", 2022)
    assert got == {"new_media_posts": 894}
    # and a count after a website's figure (visits, not followers) stays the items
    got = values("2021年,门户网站访问量7508次;全年,局网站全年发布信息1047条。", 2021)
    assert got.get("new_media_posts") is None


def test_a_table2_row_named_by_a_converters_dangan_is_the_normative_documents() -> None:
    from govbench.model import Document
    from govbench.parse.tables import extract_tables

    def facts(text: str) -> dict:
        result = extract_tables(Document(source="snippet", text=text, grids=[]), 2021, None)
        return {f.metric: f.value for f in result.facts}

    # blind/AY jiangsu-nanjing-touzicujinju-2021-trad: 行政規範性檔案 0 0 0 (檔案, the converter's 文件)
    text = (
        "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | 0 | 0 | 0 |\n行政规范性档案 | 0 | 0 | 0 |\n第二十条第(五)项 |\n"
        "信息内容 | 本年处理决定数量 |\n行政许可 | 0 |\n"
    )
    assert facts(text)["normative_docs_made"] == 0
    # counter-case: the row said 文件 reads the same, and 规章 stays the regulations
    got = facts(text.replace("行政规范性档案 | 0", "行政规范性文件 | 2"))
    assert got["normative_docs_made"] == 2 and got["regulations_made"] == 0


def test_a_bare_city_department_in_a_publishers_cell_is_city_level() -> None:
    # blind/AY unknown-shichangjianguan-2021-spam: 发布单位: | 市市场监督管理局 | and no place named
    meta = meta_of(
        "索引号: | 002489778/2022-00487 | 公开方式: | 主动公开 |\n"
        "发布单位: | 市市场监督管理局 | 主题分类: | 其他 |\n"
        "2021年以来,我局认真对照国务院、省政府政务公开工作要点,按照市政府部署要求,加大信息发布工作力度。\n"
        "一、总体情况\n(一)主动公开。全年召开新闻发布会9场。"
    )
    assert meta.issuer == "市市场监督管理局"
    assert meta.level == "city"


def test_a_bare_city_government_office_stays_unplaced() -> None:
    # counter-case: 市政府办公厅 may be a municipality's (blind X2 chongqing-2015 is province level),
    # so a government named by 市 alone gets no level from the word
    meta = meta_of(
        "发布机构: | 市政府办公厅 |\n"
        "2015年,市政府办公厅认真贯彻《条例》。\n一、总体情况\n全年主动公开政府信息1200条。"
    )
    assert meta.level != "city"


def test_no_requests_said_as_what_was_asked_for_is_a_zero() -> None:
    # blind/AY zhejiang-lishui-shangwuju-2021-spam
    got = values(
        "2021年公开信息共计879条。未收到自然人、公司、企业或社会团体要求公开政府信息的申请。", 2021
    )
    assert got["requests_received"] == 0


def test_requests_asked_for_and_counted_or_cases_they_drew_are_no_zero() -> None:
    # counter-cases: a count of such requests is the count; the cases such requests drew, said nil,
    # are no nil of the requests (as 未发生因政府信息公开申请提起的行政复议案件, blind W)
    assert values("2021年,收到自然人要求公开政府信息的申请3件。", 2021)["requests_received"] == 3
    got = values("2021年,未收到公民要求公开政府信息的申请引起的行政复议。", 2021)
    assert got.get("requests_received") is None


def test_a_part_that_names_its_own_account_is_the_accounts_posts() -> None:
    # blind/AY jiangsu-huaian-shangwuju-2022-trad-spam: 发布政务微信347条 after the site's part
    got = values(
        "(一)主动公开情况。2022年,我局通过市商务局门户网站、政务微信等平台,加大信息公开的力度,"
        "全年主动公开信息 931条,其中我局网站主动公开信息584条,发布政务微信347条。",
        2022,
    )
    assert got == {"proactive_items_total": 931, "new_media_posts": 347}


def test_the_next_kind_of_an_accounts_posts_said_with_its_verb_stays_unread() -> None:
    # counter-case, blind/AP2 gaogang-yanjiangjiedao-2025: the account's posts of one kind, another
    # kind after it with no account of its own and no total: unknown
    got = values(
        "依托园区微信公众号“创在滨江”主动发布工作动态447条,推送招聘、安全提示等信息90条。", 2025
    )
    assert got.get("new_media_posts") is None
