"""Real standard reports with 表三/表四 rendered as a PDF-to-Markdown converter leaves them when
the label column comes apart from the numbers: every row label (and group heading) on its own
line, then the numbers as pipe rows below, possibly broken by a page. The cells are the
hand-checked values of data/labels/full (copied from the project's labelled corpus); the text
around the tables is the real report's own."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "data" / "labels" / "full"
REPORTS = ROOT / "data" / "reports" / "full"

T3_HEADER = [
    "三、收到和处理政府信息公开申请情况",
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
]
# (row key or None for a group heading, the label as the template prints it)
T3_ROWS = [
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    (None, "三、本年度办理结果"),
    ("granted", "(一)予以公开"),
    ("partial", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
    (None, "(三)不予公开"),
    ("d1", "1.属于国家秘密"),
    ("d2", "2.其他法律行政法规禁止公开"),
    ("d3", "3.危及“三安全一稳定”"),
    ("d4", "4.保护第三方合法权益"),
    ("d5", "5.属于三类内部事务信息"),
    ("d6", "6.属于四类过程性信息"),
    ("d7", "7.属于行政执法案卷"),
    ("d8", "8.属于行政查询事项"),
    (None, "(四)无法提供"),
    ("c1", "1.本机关不掌握相关政府信息"),
    ("c2", "2.没有现成信息需要另行制作"),
    ("c3", "3.补正后申请内容仍不明确"),
    (None, "(五)不予处理"),
    ("n1", "1.信访举报投诉类申请"),
    ("n2", "2.重复申请"),
    ("n3", "3.要求提供公开出版物"),
    ("n4", "4.无正当理由大量反复申请"),
    ("n5", "5.要求行政机关确认或重新出具已获取信息"),
]
T3_OTHER_2019 = [("other", "(六)其他处理")]
T3_OTHER_2021 = [
    (None, "(六)其他处理"),
    ("o1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("o2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("o3", "3.其他"),
]
T3_END = [("total", "(七)总计"), ("carried_forward", "四、结转下年度继续办理")]
T4_HEADER = [
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议",
    "行政诉讼",
    "未经复议直接起诉",
    "复议后起诉",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "总计",
]
T4_BLOCKS = ["reconsideration", "litigation_direct", "litigation_after_reconsideration"]
T4_COLUMNS = ["maintained", "corrected", "other", "pending", "total"]


def label(report: str) -> dict:
    return json.loads((LABELS / f"{report}.json").read_text(encoding="utf-8"))


def table3_rows(report: str) -> list[tuple[str | None, str]]:
    lab = label(report)
    other = T3_OTHER_2021 if lab["format"] == "standard_2021" else T3_OTHER_2019
    return T3_ROWS + other + T3_END


def _pipe(values) -> str:
    return "| " + " | ".join("" if v is None else str(v) for v in values) + " |"


def _wrapped(text: str, width: int | None) -> list[str]:
    if width is None:
        return [text]
    return [text[i : i + width] for i in range(0, len(text), width)]


def render(
    report: str,
    page_break_after: int | None = None,
    wrap: int | None = None,
    label_column: bool = False,
    heading_rows: bool = False,
    heading_cells: bool = False,
) -> str:
    """The report's text with 表三 and 表四 as labels-then-pipe-rows Markdown. With
    `page_break_after`, 表三 breaks after that many data rows: the labels and numbers of
    the next page follow, after a page footer. `wrap`: labels broken into lines of that
    many characters, as in the PDF's narrow first column. `label_column`: the pipe rows
    keep the (now empty) label column. `heading_rows`: group headings get an empty pipe row.
    `heading_cells`: the label column holds only the group headings (merged cells), each in
    the first row under it."""
    lab = label(report)
    text = (REPORTS / f"{report}.txt").read_text(encoding="utf-8")
    start = text.index("三、收到和处理政府信息公开申请情况")
    end = text.index("五、存在的主要问题")
    rows = table3_rows(report)
    pages: list[list[tuple[str | None, str]]] = [rows]
    if page_break_after is not None:
        data_seen, cut = 0, len(rows)
        for i, (key, _) in enumerate(rows):
            data_seen += key is not None
            if data_seen == page_break_after:
                cut = i + 1
                break
        pages = [rows[:cut], rows[cut:]]
    out = ["", *T3_HEADER, ""]
    for n, page in enumerate(pages):
        if n:
            out += ["", "- 3 -", ""]
        out += [line for _, text_label in page for line in _wrapped(text_label, wrap)]
        out.append("")
        lead = [""] if label_column or heading_cells else []
        numbers, heading = [], ""
        for key, text_label in page:
            if key is None and not heading_rows:
                heading = text_label
                continue
            first = [heading] if heading_cells else lead
            numbers.append(_pipe(first + (lab["table3"][key] if key else [None] * 7)))
            heading = ""
        out += [numbers[0], "|" + "---|" * len(lead + [0] * 7), *numbers[1:]]
    t4 = [lab["table4"][b][c] for b in T4_BLOCKS for c in T4_COLUMNS]
    out += ["", *T4_HEADER, "", _pipe(t4), "|" + "---|" * 15, ""]
    return text[:start] + "\n".join(out) + "\n" + text[end:]
