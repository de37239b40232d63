"""The same report in another dress says the same (govbench.synth.dress; benchmark/robustness.py
measures it on every labelled and blind set): a text converted to traditional script (OpenCC s2t,
s2twp with Taiwan phrases, s2hk), with pinyin readings, full-width or blank-padded figures,
thousands separators, or hard-wrapped at a page's width as a PDF's text is, gives the year,
place, level, issuer, facts and problems the plain text gives.

Over the shipped reports (data/reports, the labelled fixtures among them) in four dresses of
several traps each; then each kind fixed, on minimal texts of our own; then a property over
drawn figures, page widths and dresses."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.model import Report
from govbench.parse import parse_document
from govbench.read import read_bytes, read_document
from govbench.synth import dress

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


def parsed(text: str, source: str = "report.txt") -> Report:
    return parse_document(read_bytes(text.encode("utf-8"), source, ".txt"))


def what_it_says(report: Report) -> tuple:
    """What an overseer reads off a report."""
    region = report.region
    return (
        report.year,
        (region.province, region.city, region.county),
        report.level,
        report.issuer,
        sorted((f.metric, f.value) for f in report.facts),
        [p.category for p in report.problems],
    )


@cache
def shipped() -> list[tuple[str, str, tuple]]:
    """Each shipped report's text (a PDF's or a page's: the text read from it), its name, and
    what it says as written."""
    out = []
    for path in sorted(REPORTS.rglob("*")):
        if path.suffix not in (".txt", ".html", ".pdf"):
            continue
        text = (
            path.read_bytes().decode("utf-8-sig")
            if path.suffix == ".txt"
            else read_document(path).text
        )
        name = str(path.with_suffix(".txt"))  # the file name's hints count alike
        out.append((text, name, what_it_says(parsed(text, name))))
    return out


@pytest.mark.parametrize("name", sorted(dress.DRESSES))
def test_each_shipped_report_says_the_same_in_each_dress(name: str) -> None:
    transform = dress.DRESSES[name]
    changed = [
        Path(source).relative_to(REPORTS).as_posix()
        for text, source, plain in shipped()
        if what_it_says(parsed(transform(text), source)) != plain
    ]
    assert len(shipped()) >= 240
    assert changed == []


# --- each kind, on minimal texts -------------------------------------------------------------


def lines_of(text: str) -> list[str]:
    return read_bytes(text.encode("utf-8"), "r.txt", ".txt").text.split("\n")


def sentences(paragraphs: list[str]) -> list[str]:
    return [s + "。" for p in paragraphs for s in p.split("。") if s]


def whole(paragraphs: list[str], text: str) -> list[str]:
    """The sentences of the paragraphs that no line of the text, as read, holds whole."""
    lines = lines_of(text)
    return [s for s in sentences(paragraphs) if not any(s in line for line in lines)]


PARAGRAPHS = [
    "2023年,我区坚持以公开为常态、不公开为例外,通过区政府门户网站主动公开政府文件、项目审批、"
    "通知公告等各类政府信息3625条,其中行政规范性文件12件,发布政策解读46篇,较好地保障了人民群众的"
    "知情权、参与权和监督权。",
    "全年共收到政府信息公开申请86件,均在法定期限内予以答复,未因政府信息公开工作被申请行政复议或"
    "提起行政诉讼。区政府门户网站和政务新媒体严格执行信息发布审核制度,全年通过“某区发布”微信公众号"
    "发布信息1280条,做到了及时、准确、规范。",
    # a figure the cut pushes to the next line (…信息 / 3.5万余条) is no list item "3."; a
    # line cut at a colon (其中:) goes on, and one cut before a contact's colon (联系(地址:)
    # is no crawler's header
    "本报告所列数据的统计期限为2024年1月1日至12月31日。夯实政府门户网站作为信息公开主平台作用,"
    "累计公开各类政府信息3.5万余条,制作并公开政府公报12期,累计发放政府公报22800册。",
    "2024年,通过政府门户网站信息公开平台共发布政府信息79603条,其中:会议信息220条,政策文件3302件,"
    "意见征集799件。如对本报告有任何疑问,请与湖州市人民政府办公室联系(地址:湖州市吴兴区仁皇山路"
    "666号)。",
]
TITLE = "某区人民政府2023年政府信息公开工作年度报告"


@pytest.mark.parametrize("width", range(24, 45))
def test_no_sentence_stays_cut_whatever_the_page_width(width: int) -> None:
    # the cut moves before a figure or an address, punctuation hangs, a full stop at the
    # margin does not end the paragraph
    text = dress.hard_wrapped(width)("\n".join([TITLE, *PARAGRAPHS]))
    assert text.count("\n") > len(PARAGRAPHS) + 4  # wrapped indeed
    assert whole(PARAGRAPHS, text) == []


def test_page_numbers_between_wrapped_lines_are_dropped() -> None:
    text = dress.page_numbers(3)(dress.hard_wrapped(30)("\n".join([TITLE, *PARAGRAPHS])))
    assert "- 2 -" in text
    assert whole(PARAGRAPHS, text) == []
    assert not any(line.startswith("- ") for line in lines_of(text))


def test_a_title_as_wide_as_the_page_does_not_run_into_the_next_line() -> None:
    title = "重庆市大足区海棠新城开发区管理委员会2021年政府信息公开工作年度报告"
    text = dress.hard_wrapped(len(title))("\n".join([title, "重庆市大足区人民政府", *PARAGRAPHS]))
    assert lines_of(text)[:2] == [title, "重庆市大足区人民政府"]


def test_a_tab_row_of_a_table_is_not_prose_to_join() -> None:
    rows = [
        "第二十条第(五)项\t第二十条第(五)项\t第二十条第(五)项",
        "信息内容\t本年处理决定数量\t本年处理决定数量",
    ]
    width = len(rows[0])
    text = dress.hard_wrapped(width)("\n".join([TITLE, *PARAGRAPHS, *rows, "行政许可\t550\t550"]))
    assert whole(PARAGRAPHS, text) == []
    assert rows[0].split("\t")[0] + "\t" in "\n".join(lines_of(text))
    assert not any("项信息内容" in line for line in lines_of(text))


CONTACT = """2014年度政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》要求编制本报告。本报告的电子版可在县政府门户网站查看。如对本报告有任何疑问,请与鹿城区财政局办公室联系(电话:0577-88377166)。
2014年,我局通过政府门户网站主动公开政府信息150条。本局还设立档案查阅室,接受群众申请3965件。全年共收到政府信息公开申请12件,均已办结。
"""


def test_taiwan_phrasing_keeps_the_contact_issuer_and_the_archives_guard() -> None:
    # s2twp: 联系 -> 聯絡 (the issuer's contact phrase), 档案查阅室 stays archives (its
    # requests are no disclosure requests) though 档案 is 文件 elsewhere in a converted text
    plain = what_it_says(parsed(CONTACT))
    assert plain[3] == "鹿城区财政局"
    assert ("requests_received", 12) in plain[4] and ("requests_received", 3965) not in plain[4]
    assert what_it_says(parsed(dress.s2twp(CONTACT))) == plain


def test_hong_kong_variants_give_the_body_its_name() -> None:
    text = "绵阳市卫生健康委2020年政府信息公开工作年度报告\n2020年,我委主动公开政府信息45条。\n"
    assert parsed(dress.s2hk(text)).issuer == parsed(text).issuer == "绵阳市卫生健康委"


def test_a_lone_reading_with_a_tone_mark_is_dropped() -> None:
    # an already traditional text gets a reading only where s2t still changed a character
    text = "新華路街道2021年政府信息公開工作年度報告\n2021年,新華路街道主動公開政府信息62條,其中規範(fàn)性文件3件,公布(bù)政策解讀5篇。\n"
    plain = text.replace("(fàn)", "").replace("(bù)", "")
    assert what_it_says(parsed(text)) == what_it_says(parsed(plain))
    assert "规范性文件" in parsed(text).text


def test_a_count_with_thousands_separators_after_its_issues() -> None:
    text = "周至县人民政府办公室2021年政府信息公开工作年度报告\n2021年,“周至政务”公众号共发布信息294期{}条。\n"
    facts = {(f.metric, f.value) for f in parsed(text.format("1,014")).facts}
    assert ("new_media_posts", 1014) in facts
    assert facts == {(f.metric, f.value) for f in parsed(text.format("1014")).facts}


# --- a property over figures, widths and dresses ---------------------------------------------

REPORT = """宿州市人民政府{year}年政府信息公开工作年度报告
一、总体情况
{year}年,宿州市人民政府坚持以公开为常态、不公开为例外,通过市政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息{items}条,其中规范性文件{docs}件,较好地保障了人民群众的知情权、参与权和监督权。
全年共收到政府信息公开申请{requests}件,均在法定期限内按时办结。全年召开新闻发布会{press}场,通过政务微信公众号发布信息{posts}条,做到了及时、准确、规范。
二、存在的主要问题
政策解读的形式还不够丰富,解读材料与政策文件同步发布落实不到位;依申请公开答复的规范性有待加强。
三、改进措施
进一步加强政府信息公开工作队伍建设,定期组织业务培训,不断提高工作人员的业务能力和服务水平,推动政府信息公开工作规范化、标准化。
进一步拓宽公开渠道,充分发挥政府门户网站第一平台作用,用好政务新媒体,及时回应社会关切,切实提升政府信息公开的质量和实效。
宿州市人民政府办公室
{next_year}年1月20日
"""

SCRIPTS = {"none": lambda t: t, "s2t": dress.s2t, "s2twp": dress.s2twp, "s2hk": dress.s2hk}
SCRIPTS["pinyin"] = dress.s2t_with_pinyin
figures = st.integers(min_value=2, max_value=99_999)


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(min_value=2010, max_value=2025),
    items=figures,
    docs=st.integers(min_value=2, max_value=999),
    requests=figures,
    press=st.integers(min_value=2, max_value=99),
    posts=figures,
    width=st.integers(min_value=26, max_value=44),
    script=st.sampled_from(sorted(SCRIPTS)),
    layout=st.lists(
        st.sampled_from(["thousands", "spaces", "full_width"]), unique=True, max_size=3
    ),
)
def test_a_report_in_any_dress_says_what_it_says_plain(
    year: int,
    items: int,
    docs: int,
    requests: int,
    press: int,
    posts: int,
    width: int,
    script: str,
    layout: list[str],
) -> None:
    plain = REPORT.format(
        year=year,
        next_year=year + 1,
        items=items,
        docs=docs,
        requests=requests,
        press=press,
        posts=posts,
    )
    steps = {
        "thousands": dress.thousands_separators,
        "spaces": dress.spaces_around_figures,
        "full_width": dress.full_width_digits,
    }
    text = plain
    for name in ("thousands", "spaces", "full_width"):  # the page's layout, then its script
        if name in layout:
            text = steps[name](text)
    text = dress.hard_wrapped(width)(SCRIPTS[script](text))
    said = what_it_says(parsed(text))
    assert said == what_it_says(parsed(plain))
    assert ("requests_received", requests) in said[4]
