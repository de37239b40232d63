"""normalise / detect_script: the one text normalisation every format goes through."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govbench.read.normalise import detect_script, is_page_footer, normalise


def test_full_width_ascii_becomes_ordinary():
    # 洪泽区 2023: the address line of the PDF
    assert (
        normalise("（国令第７１１号）（以下简称《条例》）：") == "(国令第711号)(以下简称《条例》):"
    )
    assert normalise("２０２３年，全区") == "2023年,全区"
    assert normalise("主动公开\u3000政府信息") == "主动公开 政府信息"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("各县区平台公开信息 2000 余条", "各县区平台公开信息2000余条"),
        ("共 23 件", "共23件"),
        ("行政复议 1 件", "行政复议1件"),
        ("统计期限自 2023 年 1 月 1 日起", "统计期限自2023年1月1日起"),
        ("健康发展 。", "健康发展。"),
    ],
)
def test_space_between_digit_and_cjk_is_dropped(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "row",
    [
        "0 0 00 0 0 0",  # a flattened 表三 row of the Pingtan crawler text
        "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0",
        "0517-87222589",
    ],
)
def test_space_between_two_digits_stays(row):
    assert normalise(row) == row


def test_table_row_label_joins_its_first_figure_but_figures_stay_apart():
    assert (
        normalise("一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21")
        == "一、本年新收政府信息公开申请数量21 0 0 0 0 0 21"
    )


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a PDF that spaced each glyph of the figure: the figure is 12, not a 1 and then 2件
        (
            "本年度共受理政府信息公开申请 1 2 件,均已答复",
            "本年度共受理政府信息公开申请12件,均已答复",
        ),
        ("主动公开信息 3 2 0 条", "主动公开信息320条"),
        # cells of a row keep their blanks: no unit follows them, or the unit stands before
        ("本年新收政府信息公开申请数量 2 1 0 0 0", "本年新收政府信息公开申请数量2 1 0 0 0"),
        ("件 0 0 1", "件0 0 1"),
    ],
)
def test_a_figure_set_digit_by_digit_before_its_unit_is_one_figure(raw, expected):
    assert normalise(raw) == expected


def test_entity_residue_and_stray_tags_in_text_files():
    assert normalise("规章&nbsp;13&nbsp;件") == "规章13件"
    assert normalise("申请&amp;答复") == "申请&答复"
    assert normalise("&#25919;&#x5E9C;信息") == "政府信息"
    assert normalise("<p>本年度报告<br/>根据</p>") == "本年度报告根据"
    assert normalise('<span style="x">公开</span>') == "公开"


def test_chinese_title_in_angle_brackets_is_not_a_tag():
    # 上海市政府办公厅 2019: 《上海市贯彻<长江三角洲区域一体化发展规划纲要>实施方案》
    text = "《上海市贯彻<长江三角洲区域一体化发展规划纲要>实施方案》"
    assert normalise(text) == text


def test_zero_width_and_control_characters_dropped():
    assert normalise("政\u200b府\ufeff信\x07息\u00ad公开") == "政府信息公开"


def test_blank_runs_collapse_and_lines_are_trimmed():
    assert (
        normalise("  信息内容 \t 本年制发件数   本年废止件数  ")
        == "信息内容 本年制发件数 本年废止件数"
    )


def test_line_breaks_are_kept_one_for_one():
    text = "第一行\r\n\n第三行\n"
    assert normalise(text).split("\n") == ["第一行", "", "第三行", ""]


def test_traditional_converted_to_simplified():
    # 北京市 2024 (traditional mirror)
    assert (
        normalise("依據《中華人民共和國政府信息公開條例》,按照政府信息公開工作年度報告有關格式要求")
        == "依据《中华人民共和国政府信息公开条例》,按照政府信息公开工作年度报告有关格式要求"
    )


# Openings of three of the traditional-character reports in corpus/openings/*-trad.txt
TRADITIONAL = [
    # beijing-2024-trad
    "2024年北京市“政府信息公開工作年度報告”集中公開專題頁面\n依據《中華人民共和國政府信息公開條例》,"
    "按照政府信息公開工作年度報告有關格式要求,編制本報告。\n一、總體情況",
    # guangdong-jiangmen-taishan-2015-trad
    "根據《中華人民共和國政府信息公開條例》的規定,現公布臺山市人民政府辦公室2015年政府信息公開工作年度報告。"
    "\n一、概述\n2015年,在市委市政府的正確領導下,市政府辦公室認真深入貫徹實施《中華人民共和國政府信息公開條例》,強化組織領導",
    # heilongjiang-harbin-2017-trad
    "本年度報告根據《中華人民共和國政府信息公開條例》(以下簡稱《條例》)有關規定,由哈爾濱市人民政府政務公開辦公室綜合市政府",
]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_traditional_reports_are_detected(text):
    assert detect_script(text) == "traditional"


def test_simplified_page_with_a_few_variant_characters_stays_simplified():
    # 洪泽区 2023 opening, with two traditional variants slipped in (資, 訊) as mirror
    # sites and copy-paste leave them
    text = (
        "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）"
        "（以下简称《条例》）要求编制此报告。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。"
        "主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府資訊。"
    )
    assert detect_script(text) == "simplified"
    # and 资讯 is read in the mainland's word, as the rules are written
    assert normalise(text).endswith("各类政府信息。")


def test_text_without_cjk_is_simplified():
    assert detect_script("0 0 0 1") == "simplified"


@pytest.mark.parametrize(
    "line, footer",
    [
        ("- 3 -", True),
        ("— 12 —", True),
        ("第 3 页", True),
        ("第3页 共5页", True),
        ("2 / 5", True),
        ("2023年全区受理政府信息公开申请21件", False),
        ("3.要求提供公开出版物", False),
    ],
)
def test_page_footers(line, footer):
    assert is_page_footer(line) is footer


def test_taiwan_phrasing_of_a_converter_is_read_in_mainland_words():
    # OpenCC s2twp writes 信息 as 資訊, 发布 as 釋出, 门户网站 as 入口網站 (openings2 README)
    assert (
        normalise("全年通過入口網站主動公開政府資訊1200條,釋出政策解讀36篇。")
        == "全年通过门户网站主动公开政府信息1200条,发布政策解读36篇。"
    )


def test_mainland_words_a_converter_also_writes_are_read_back_only_in_a_converted_text():
    # 檔案 is 文件 in a converted text (more 资讯 than 信息) ...
    assert (
        normalise("主動公開政府資訊120條,其中政府檔案12件。")
        == "主动公开政府信息120条,其中政府文件12件。"
    )
    # ... and stays 档案 (archives) in a mainland text, even one with a stray 资讯
    assert (
        normalise("向市檔案館報送政府信息公開資料,政府信息120條,政務資訊3條。")
        == "向市档案馆报送政府信息公开资料,政府信息120条,政务信息3条。"
    )


def test_pinyin_a_converter_writes_after_each_character_is_dropped():
    # jiangsu-huaian-shengtaiwenlvqu-2021-trad: 本報(bào)告由淮安生態(tài)文旅區(qū)…
    assert (
        normalise("本報(bào)告由淮安生態(tài)文旅區(qū)綜合管理部編制")
        == "本报告由淮安生态文旅区综合管理部编制"
    )
    # one Latin aside is the writer's, not a converter's
    assert normalise("通过政务服务平台(app)办理") == "通过政务服务平台(app)办理"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\ta二"))
def test_edge_blanks_are_those_of_each_line(text):
    # the scan is written to start at a space, for speed: it must drop exactly the spaces
    # at the start and end of each line, as ^ +| +$ does
    from govbench.read.normalise import _EDGE_BLANKS

    assert _EDGE_BLANKS.sub("", text) == re.sub(r"^ +| +$", "", text, flags=re.MULTILINE)


def test_the_script_class_holds_what_t2s_changes_and_not_what_it_keeps():
    from govbench.read.normalise import _converted_chars

    changed = _converted_chars()
    assert all(changed.fullmatch(ch) for ch in "報國際發佈資訊")
    assert not any(changed.fullmatch(ch) for ch in "报国际发布信息年度")
