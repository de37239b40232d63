"""Kinds met in a blind set of departments' openings (benchmark/blind/Y: 局/委/厅 at province,
city and county level, 2008–2025). Each test is a minimal text of the kind, written for it (not
copied from a report), with its counter-case."""

from __future__ import annotations

from govbench.model import Document
from snippets import meta_of, values


def test_no_costs_of_cases_is_no_count_of_cases() -> None:
    # the legacy line on the costs of litigation: money not spent, not cases that did not happen
    got = values(
        "2016年,本局办公所需费用全部列支。未产生与诉讼(行政复议、行政申诉)有关的费用支出。", 2016
    )
    assert "admin_reconsideration" not in got and "admin_litigation" not in got
    got = values("2010年,本局未产生与行政复议、行政诉讼相关的经费支出。", 2010)
    assert "admin_reconsideration" not in got and "admin_litigation" not in got
    # counter-case: no cases said plainly stay 0 for each kind
    got = values("2016年,本局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。", 2016)
    assert got["admin_reconsideration"] == 0 and got["admin_litigation"] == 0


def test_a_verb_inside_a_documents_title_is_not_the_clauses_verb() -> None:
    # 主动公开《…关于印发〈…〉的通知》…等N件规范性文件 publishes documents; the 印发 of the titles
    # is the named papers' own verb, so the documents are not counted as made this year
    text = (
        "2025年,本厅主动公开《某省人力资源和社会保障厅某某处关于印发〈某省事业单位公开招聘人员办法〉"
        "的通知》《某省人力资源和社会保障厅关于印发〈某省职称评审专家管理暂行办法〉的通知》"
        "等32件规范性文件。"
    )
    got = values(text, 2025)
    assert got.get("policy_documents") == 32
    assert "normative_docs_made" not in got
    # counter-case: the verb said outside a title keeps its reading
    got = values("2025年,本厅印发《某省职称评审专家管理暂行办法》等3件规范性文件。", 2025)
    assert got.get("normative_docs_made") == 3


def test_requests_received_and_all_done_are_also_the_completed() -> None:
    # 办理完成 says done as 办理完毕 does
    got = values("2021年度,我委收到7件政府信息公开申请,并已办理完成。", 2021)
    assert got["requests_received"] == 7 and got["requests_completed"] == 7
    text = "(二)依申请公开政府信息情况\n2021年度,我委收到7条依申请公开政府信息的申请,并已办理完成。"
    got = values(text, 2021)
    assert got["requests_received"] == 7 and got["requests_completed"] == 7
    # counter-case: being handled is not done
    got = values("2021年度,我委收到7件政府信息公开申请,正在办理中。", 2021)
    assert got["requests_received"] == 7 and "requests_completed" not in got


def test_a_county_bureau_placed_by_its_municipality_is_a_county_body() -> None:
    # 县统计局 whose text names only 重庆市 (a province-level city): a county's bureau, not the
    # municipality's
    text = (
        "2020年,县统计局认真落实党中央、国务院、重庆市、县委、县政府关于政府信息公开工作的安排部署,"
        "通过网站主动公开信息92条。\n"
    )
    meta = meta_of(text)
    assert meta.issuer == "县统计局"
    assert meta.level == "county"
    # counter-case: the municipality's own bureau stays at its level
    other = meta_of("2020年,重庆市统计局认真落实党中央、国务院关于政府信息公开工作的安排部署。\n")
    assert other.level == "province"


def test_the_end_of_december_is_the_years_end() -> None:
    # 截至2012年12月底: the year's end said by the month's end, as 12月31日 is
    got = values("截至2012年12月底共主动公开政府信息300条。", 2012)
    assert got["proactive_items_total"] == 300
    # counter-case: the end of November is part of the year only
    assert "proactive_items_total" not in values("截至2012年11月底共主动公开政府信息300条。", 2012)


def test_never_charged_said_with_guo_is_no_fees() -> None:
    got = values("在政府信息公开中,我局未收过任何费用。", 2009)
    assert got["fees_yuan"] == 0
    # counter-case: a charge of another kind is no disclosure fee
    assert "fees_yuan" not in values("2009年,我局未收过行政事业性收费。", 2009)


def _report(text: str):
    from govbench.parse import parse_document

    report = parse_document(Document(source="snippet.txt", text=text))
    return {f.metric: f.value for f in report.facts}


_TABLE3 = (
    # the layout of a standard 表三 as a web page's text keeps it: each cell on its line, the
    # blank cells of a row run together after its figures
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
    "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
    "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
    "一、本年新收政府信息公开申请数量 |\n{row} |\n|||||||\n"
    "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n|||||||\n"
    "三、本年度办理结果 |\n(一)予以公开 |\n{row} |\n||||||\n"
)


def test_a_table_total_added_from_a_row_that_lost_its_blank_cells_yields_to_the_text() -> None:
    # 一、本年新收… | 3 | 3 | (自然人 and 总计, the blank columns between lost): adding the
    # cells gives 6, a figure the report never states; the text's 3 is the figure
    head = "一、总体情况\n2019年我局主动公开信息25条。全年收到依申请公开信息3条,答复率100%。\n"
    got = _report(head + _TABLE3.format(row="3 |\n3"))
    assert got["requests_received"] == 3
    assert got["requests_completed"] == 3
    # counter-case: with no figure in the text, the table's reading stands (a warning says so)
    got = _report("一、总体情况\n2019年我局主动公开信息25条。\n" + _TABLE3.format(row="3 |\n3"))
    assert got.get("requests_received") == 6


def test_requests_counted_in_xiang_are_requests() -> None:
    got = values("我局2022年度收到依申请公开1项,并在规定时间内按程序及时办结。", 2022)
    assert got["requests_received"] == 1 and got["requests_completed"] == 1
    # counter-case: the steps of a guide to asking are no requests (a name in quotes)
    got = values("2017年,及时增设“申请获取政府信息10项指引”,方便公众申请。", 2017)
    assert "requests_received" not in got


def test_requests_all_done_after_their_parts_in_any_words() -> None:
    # parts joined by 、 that add up to the count, then all done: the count is the completed one
    text = (
        "2024年,我局累计收到政府信息公开申请8件,其中通过门户网站平台在线提交申请7件、"
        "线下来信或转办1件,均按时办结。"
    )
    got = values(text, 2024)
    assert got["requests_received"] == 8 and got["requests_completed"] == 8
    # counter-case: parts that do not add up to the count may be all of something else
    got = values(text.replace("申请7件", "申请5件"), 2024)
    assert got["requests_received"] == 8 and "requests_completed" not in got


def test_a_clause_that_only_dates_the_sentence_is_not_its_subject() -> None:
    # 4月份,我局开通了…微信公众号,…,全年共发布工作信息120余篇: the subject (the account) follows the date
    text = "4月份,我局开通了住建局微信公众号,主动公开部门动态、工作职能,全年共发布工作信息120余篇。"
    got = values(text, 2019)
    assert got.get("new_media_posts") == 120 and "proactive_items_total" not in got
    # counter-case: a website named after the date keeps the figure the site's
    got = values("2019年,住建局网站改版,全年共发布信息120条。", 2019)
    assert got.get("proactive_items_total") == 120 and "new_media_posts" not in got


def test_a_count_whose_noun_follows_a_de_modifier_counts_that_noun() -> None:
    # 主动公开三份与公众密切相关的文件: documents published, not the year's items
    got = values("2020年,主动公开三份与公众密切相关的文件,分别是《甲》《乙》《丙》。", 2020)
    assert got == {"policy_documents": 3}
    got = values("2022年,我局收到5件涉及征地拆迁的政府信息公开申请。", 2022)
    assert got["requests_received"] == 5
    # counter-case: a bare 主动公开N条 with no noun after it stays the items disclosed
    assert values("2020年,我局主动公开907条。", 2020) == {"proactive_items_total": 907}
