"""The wording of a synthetic report: sections, sentences with figures, and the
standard tables laid out as grids (for html/docx/pdf) and as label+number lines (for text).

A report is a list of blocks (kind, payload): "title", "mark", "meta", "h" (heading),
"p" (paragraph) and "table" (a TableSpec).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable

import cn2an

from govbench.model import SYNTHETIC_MARK
from govbench.rules import load as load_rules
from govbench.synth.figures import TABLE3_COLS, TABLE4_COLS, TABLE4_ROWS, Table, table3_rows

Block = tuple[str, Any]
Cell = tuple[str, int, int]  # text, rowspan, colspan (HTML-style: covered cells left out)

PROBLEM_CATEGORIES = (
    "staffing",
    "coverage",
    "timeliness",
    "depth",
    "interpretation",
    "platform",
    "requests",
    "supervision",
    "other",
)

_RESULTS = "三、本年度办理结果"
_DENIED = "（三）不予公开"
_CANNOT = "（四）无法提供"
_NOT_PROCESSED = "（五）不予处理"
_OTHER_2021 = "（六）其他处理"
# row key -> (group, subgroup, label) as printed in 表三 (国办公开办函〔2019〕60号 / 〔2021〕30号)
TABLE3_LABELS: dict[str, tuple[str, str, str]] = {
    "new": ("", "", "一、本年新收政府信息公开申请数量"),
    "carried_over": ("", "", "二、上年结转政府信息公开申请数量"),
    "granted": (_RESULTS, "", "（一）予以公开"),
    "partial": (_RESULTS, "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    "d1": (_RESULTS, _DENIED, "1.属于国家秘密"),
    "d2": (_RESULTS, _DENIED, "2.其他法律行政法规禁止公开"),
    "d3": (_RESULTS, _DENIED, "3.危及“三安全一稳定”"),
    "d4": (_RESULTS, _DENIED, "4.保护第三方合法权益"),
    "d5": (_RESULTS, _DENIED, "5.属于三类内部事务信息"),
    "d6": (_RESULTS, _DENIED, "6.属于四类过程性信息"),
    "d7": (_RESULTS, _DENIED, "7.属于行政执法案卷"),
    "d8": (_RESULTS, _DENIED, "8.属于行政查询事项"),
    "c1": (_RESULTS, _CANNOT, "1.本机关不掌握相关政府信息"),
    "c2": (_RESULTS, _CANNOT, "2.没有现成信息需要另行制作"),
    "c3": (_RESULTS, _CANNOT, "3.补正后申请内容仍不明确"),
    "n1": (_RESULTS, _NOT_PROCESSED, "1.信访举报投诉类申请"),
    "n2": (_RESULTS, _NOT_PROCESSED, "2.重复申请"),
    "n3": (_RESULTS, _NOT_PROCESSED, "3.要求提供公开出版物"),
    "n4": (_RESULTS, _NOT_PROCESSED, "4.无正当理由大量反复申请"),
    "n5": (_RESULTS, _NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
    "other": (_RESULTS, "", "（六）其他处理"),
    "o1": (
        _RESULTS,
        _OTHER_2021,
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    "o2": (
        _RESULTS,
        _OTHER_2021,
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    "o3": (_RESULTS, _OTHER_2021, "3.其他"),
    "total": (_RESULTS, "", "（七）总计"),
    "carried_forward": ("", "", "四、结转下年度继续办理"),
}
TABLE3_BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
ORG_LABELS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
TABLE4_LEAVES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

# 表二 blocks: (article, [(row key, row label)], [(col key, col header)])
TABLE2_BLOCKS = {
    "standard_2019": (
        (
            "第二十条第（一）项",
            (("regulations", "规章"), ("normative_docs", "规范性文件")),
            (
                ("made", "本年新制作数量"),
                ("published", "本年新公开数量"),
                ("total_published", "对外公开总数量"),
            ),
        ),
        (
            "第二十条第（五）项",
            (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")),
            (
                ("prev_count", "上一年项目数量"),
                ("change", "本年增/减"),
                ("decisions", "处理决定数量"),
            ),
        ),
        (
            "第二十条第（六）项",
            (("penalty", "行政处罚"), ("coercion", "行政强制")),
            (
                ("prev_count", "上一年项目数量"),
                ("change", "本年增/减"),
                ("decisions", "处理决定数量"),
            ),
        ),
        (
            "第二十条第（八）项",
            (("admin_fees", "行政事业性收费"),),
            (("prev_count", "上一年项目数量"), ("change", "本年增/减")),
        ),
        (
            "第二十条第（九）项",
            (("procurement", "政府集中采购"),),
            (("count", "采购项目数量"), ("amount", "采购总金额")),
        ),
    ),
    "standard_2021": (
        (
            "第二十条第（一）项",
            (("regulations", "规章"), ("normative_docs", "行政规范性文件")),
            (("made", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")),
        ),
        ("第二十条第（五）项", (("licensing", "行政许可"),), (("decisions", "本年处理决定数量"),)),
        (
            "第二十条第（六）项",
            (("penalty", "行政处罚"), ("coercion", "行政强制")),
            (("decisions", "本年处理决定数量"),),
        ),
        (
            "第二十条第（八）项",
            (("admin_fees", "行政事业性收费"),),
            (("amount_wanyuan", "本年收费金额（单位：万元）"),),
        ),
    ),
}


@dataclass
class Body:
    """A fictional issuing body placed in a real region."""

    body_id: str
    issuer: str
    region: dict[str, str | None]
    level: str
    body_kind: str
    department: str | None
    self_name: str  # how the report names its own body: 我市, 本局 ...
    scale: float  # typical yearly requests, sets every other figure
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class TableSpec:
    name: str
    grid: list[list[Cell]]  # for html / docx / pdf
    header: list[str]  # text view: header lines
    rows: list[tuple[str, list[str]]]  # text view: (label, printed numbers)

    def map_text(self, convert: Callable[[str], str]) -> None:
        self.grid = [[(convert(t), rs, cs) for t, rs, cs in row] for row in self.grid]
        self.header = [convert(h) for h in self.header]
        self.rows = [(convert(label), nums) for label, nums in self.rows]


@cache
def phrases() -> dict[str, Any]:
    return load_rules("synth")


def number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


# ---------------------------------------------------------------- tables


def table2_spec(table: Table, fmt: str) -> TableSpec:
    width = 4
    grid: list[list[Cell]] = []
    header: list[str] = ["二、主动公开政府信息情况"]
    rows: list[tuple[str, list[str]]] = []
    for article, row_defs, col_defs in TABLE2_BLOCKS[fmt]:
        grid.append([(article, 1, width)])
        heads = [h for _, h in col_defs]
        grid.append(_padded(["信息内容", *heads], width))
        rows.append((article, []))
        rows.append(("信息内容 " + " ".join(heads), []))
        for key, label in row_defs:
            values = [number(table[key][c]) for c, _ in col_defs]
            grid.append(_padded([label, *values], width))
            rows.append((label, values))
    return TableSpec("table2", grid, header, rows)


def _padded(texts: list[str], width: int) -> list[Cell]:
    """Row of cells; the last cell spans what is left of the table width."""
    cells: list[Cell] = [(t, 1, 1) for t in texts]
    text, _, _ = cells[-1]
    cells[-1] = (text, 1, width - len(texts) + 1)
    return cells


def table3_spec(table: Table, fmt: str) -> TableSpec:
    keys = table3_rows(fmt)
    grid: list[list[Cell]] = [
        [(TABLE3_BALANCE_NOTE, 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(label, 1, 1) for label in ORG_LABELS],
    ]
    group_size: dict[str, int] = {}
    for key in keys:
        group, sub, _ = TABLE3_LABELS[key]
        group_size[group] = group_size.get(group, 0) + 1
        if sub:
            group_size[group + sub] = group_size.get(group + sub, 0) + 1
    seen: set[str] = set()
    rows: list[tuple[str, list[str]]] = []
    for key in keys:
        group, sub, label = TABLE3_LABELS[key]
        cells: list[Cell] = []
        if group and group not in seen:
            seen.add(group)
            cells.append((group, group_size[group], 1))
        if sub and group + sub not in seen:
            seen.add(group + sub)
            cells.append((sub, group_size[group + sub], 1))
        cells.append((label, 1, 3 if not group else (2 if not sub else 1)))
        values = [number(table[key][c]) for c in TABLE3_COLS]
        cells.extend((v, 1, 1) for v in values)
        grid.append(cells)
        first_of_sub = sub and key[-1] == "1"
        rows.append(((sub + label) if first_of_sub else label, values))
    header = [
        "三、收到和处理政府信息公开申请情况",
        TABLE3_BALANCE_NOTE,
        "申请人情况",
        "自然人 法人或其他组织 总计",
        " ".join(ORG_LABELS),
    ]
    return TableSpec("table3", grid, header, rows)


def table4_spec(table: Table) -> TableSpec:
    values = [number(table[r][c]) for r in TABLE4_ROWS for c in TABLE4_COLS]
    grid: list[list[Cell]] = [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [
            *((leaf, 2, 1) for leaf in TABLE4_LEAVES),
            ("未经复议直接起诉", 1, 5),
            ("复议后起诉", 1, 5),
        ],
        [(leaf, 1, 1) for leaf in TABLE4_LEAVES * 2],
        [(v, 1, 1) for v in values],
    ]
    header = [
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 行政诉讼",
        "未经复议直接起诉 复议后起诉",
        " ".join(TABLE4_LEAVES * 3),
    ]
    return TableSpec("table4", grid, header, [("", values)])


# ---------------------------------------------------------------- narrative figures


def say_count(rng: random.Random, value: int, unit: str) -> tuple[str, int, bool]:
    """How a report writes a count: plain, 余/多/近, 万 units, Chinese numerals.
    Returns (text, value the text states, approx)."""
    roll = rng.random()
    if 20000 <= value < 100000 and roll < 0.08:
        tens = value // 10000
        return f"{cn2an.an2cn(tens)}万{rng.choice('多余')}{unit}", tens * 10000, True
    if value >= 10000 and roll < 0.2:
        stated = round(value, -2)
        return f"{stated / 10000:g}万{unit}", stated, False
    if value >= 20 and roll < 0.35:
        step = 10 ** (len(str(value)) - 2)
        if rng.random() < 0.7:
            stated = value // step * step
            return f"{stated}{rng.choice(('余', '多'))}{unit}", stated, True
        stated = (value // step + 1) * step
        return f"近{stated}{unit}", stated, True
    if 0 < value < 100 and roll < 0.5:
        return f"{cn2an.an2cn(value)}{unit}", value, False
    return f"{value}{unit}", value, False


class Narrative:
    """Collects sentences and the facts they state."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.facts: list[dict[str, Any]] = []

    def count(self, metric: str | None, value: int, unit: str) -> str:
        text, stated, approx = say_count(self.rng, value, unit)
        if metric:
            self.fact(metric, stated, approx)
        return text

    def fact(self, metric: str, value: int | float, approx: bool = False) -> None:
        self.facts.append(
            {"metric": metric, "value": value, "approx": approx, "method": "narrative"}
        )


def _change(rng: random.Random, unit: str) -> str:
    """A trap: last year's comparison next to this year's count."""
    delta = rng.randint(1, 30)
    return rng.choice(
        (
            f"，比去年增加{delta}{unit}",
            f"，比上年减少{delta}{unit}",
            f"，同比增长{delta}%",
            "，与去年同期持平",
        )
    )


def _problems(rng: random.Random) -> list[dict[str, str]]:
    bank = phrases()["problems"]
    cats = rng.sample(PROBLEM_CATEGORIES, rng.randint(2, 4))
    return [{"text": rng.choice(bank[c]), "category": c} for c in cats]


def _ordinal_list(items: list[str]) -> str:
    ordinals = "一二三四五六七八九"
    return "；".join(f"{ordinals[i]}是{t}" for i, t in enumerate(items)) + "。"


def _problem_blocks(
    rng: random.Random, problems: list[dict[str, str]], heading: str
) -> list[Block]:
    measures = rng.sample(phrases()["measures"]["list"], rng.randint(2, 4))
    stated = _ordinal_list([p["text"] for p in problems])
    if rng.random() < 0.5:
        return [
            ("h", heading),
            ("p", "（一）主要问题"),
            ("p", "主要表现在：" + stated),
            ("p", "（二）改进措施"),
            ("p", _ordinal_list(measures)),
        ]
    return [
        ("h", heading),
        (
            "p",
            f"工作中仍存在一些不足：{stated}下一步，将着力抓好以下工作：" + _ordinal_list(measures),
        ),
    ]


def _opening(body: Body, year: int, meta_date: str) -> list[Block]:
    title = f"{body.issuer}{year}年政府信息公开工作年度报告"
    return [
        ("title", title),
        ("mark", SYNTHETIC_MARK),
        ("meta", f"发布时间：{meta_date}    发布机构：{body.issuer}"),
        (
            "p",
            f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
            f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
            f"如对本报告有疑问，请与{body.issuer}办公室联系。",
        ),
    ]


# ---------------------------------------------------------------- reports


def legacy_report(
    rng: random.Random,
    body: Body,
    year: int,
    requests: int,
) -> tuple[list[Block], list[dict[str, Any]], list[dict[str, str]]]:
    """Free text of a report before 2019: figures in sentences, with traps."""
    say = Narrative(rng)
    fill = phrases()["filler"]
    me = body.self_name
    blocks = _opening(body, year, f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}")
    overview = [f"{year}年，{me}" + rng.choice(fill["overview_legacy"])]
    if rng.random() < 0.4:
        funding = rng.randint(2, 400) * 1000
        text, stated, approx = say_count(rng, funding, "元")
        overview.append(f"全年投入经费{text}用于政府信息公开工作。")
        say.fact("funding_yuan", stated, approx)
    blocks += [("h", "一、概述"), ("p", "".join(overview))]

    items = int(rng.lognormvariate(0, 0.8) * body.scale * 40) + 10
    proactive = [
        f"{year}年，{me}主动公开政府信息"
        f"{say.count('proactive_items_total', items, '条')}{_change(rng, '条')}。"
    ]
    if (
        body.body_kind == "government"
        and body.level in ("province", "city", "county")
        and rng.random() < 0.5
    ):
        proactive.append(f"各县区、各部门平台公开信息{rng.choice('两三四五')}万多条。")
    if rng.random() < 0.4:
        proactive.append(f"自《条例》实施以来，累计主动公开政府信息{items * rng.randint(3, 8)}条。")
    if rng.random() < 0.6:
        proactive.append(
            f"召开新闻发布会{say.count('press_conferences', rng.randint(1, 60), '场')}，"
            f"发布政策解读{say.count('interpretations', rng.randint(1, 120), '篇')}。"
        )
    if rng.random() < 0.4:
        posts = rng.randint(100, 20000)
        proactive.append(
            f"通过政务微博、微信公众号发布信息{say.count('new_media_posts', posts, '条')}。"
        )
    if rng.random() < 0.2:
        calls = rng.randint(1000, 300000)
        proactive.append(
            f"12345政务服务热线共接听群众电话{say.count('hotline_calls', calls, '次')}。"
        )
    blocks += [("h", "二、主动公开政府信息情况"), ("p", "".join(proactive))]

    handled = [
        f"{year}年，{me}共收到政府信息公开申请"
        f"{say.count('requests_received', requests, '件')}{_change(rng, '件')}。"
    ]
    if rng.random() < 0.5:
        handled.append(
            f"已答复{say.count('requests_completed', requests, '件')}，全部在法定期限内规范答复。"
        )
    blocks += [("h", "三、依申请公开政府信息情况"), ("p", "".join(handled))]

    if rng.random() < 0.7:
        say.fact("fees_yuan", 0)
        fees = "本年度未收取任何政府信息公开相关费用，也无减免情况。"
    else:
        amount = rng.randint(10, 2000)
        say.fact("fees_yuan", amount)
        fees = f"本年度收取检索、复制、邮寄费用共计{amount}元。"
    blocks += [("h", "四、政府信息公开的收费及减免情况"), ("p", fees)]

    reconsideration = rng.randint(0, 6) if rng.random() < 0.4 else 0
    litigation = rng.randint(0, 4) if rng.random() < 0.3 else 0
    if reconsideration == litigation == 0:
        say.fact("admin_reconsideration", 0)
        say.fact("admin_litigation", 0)
        appeals = "本年度未发生因政府信息公开申请引起的行政复议和行政诉讼。"
    else:
        appeals = (
            f"本年度因政府信息公开申请引发行政复议"
            f"{say.count('admin_reconsideration', reconsideration, '件')}、行政诉讼"
            f"{say.count('admin_litigation', litigation, '件')}。"
        )
    blocks += [("h", "五、因政府信息公开申请行政复议、提起行政诉讼的情况"), ("p", appeals)]

    problems = _problems(rng)
    blocks += _problem_blocks(rng, problems, "六、存在的主要问题及改进措施")
    return blocks, say.facts, problems


def standard_report(
    rng: random.Random,
    body: Body,
    year: int,
    fmt: str,
    specs: list[TableSpec],
    requests: int,
) -> tuple[list[Block], list[dict[str, Any]], list[dict[str, str]]]:
    """The six sections of the 2019/2021 templates with 表二..表四."""
    say = Narrative(rng)
    fill = phrases()["filler"]
    me = body.self_name
    table2, table3, table4 = specs
    blocks = _opening(body, year, f"{year + 1}-01-{rng.randint(10, 31)}")
    items = int(rng.lognormvariate(0, 0.8) * body.scale * 40) + 10
    blocks += [
        ("h", "一、总体情况"),
        ("p", f"{year}年，{me}" + rng.choice(fill["overview"])),
        (
            "p",
            f"（一）主动公开情况。{year}年，{me}主动公开政府信息"
            f"{say.count('proactive_items_total', items, '条')}。",
        ),
        (
            "p",
            f"（二）依申请公开情况。{year}年，{me}共受理政府信息公开申请{requests}件，"
            "均在法定期限内答复。",
        ),
        ("p", "（三）政府信息管理情况。" + rng.choice(fill["management"])),
        ("p", "（四）政府信息公开平台建设情况。" + rng.choice(fill["platform"])),
        ("p", "（五）监督保障情况。" + rng.choice(fill["supervision"])),
        ("h", "二、主动公开政府信息情况"),
        ("table", table2),
        ("h", "三、收到和处理政府信息公开申请情况"),
        ("table", table3),
        ("h", "四、政府信息公开行政复议、行政诉讼情况"),
        ("table", table4),
    ]
    problems = _problems(rng)
    blocks += _problem_blocks(rng, problems, "五、存在的主要问题及改进情况")
    if rng.random() < 0.75 and fmt == "standard_2019":
        other = "无。"  # states no fee figure
    elif rng.random() < 0.75:
        say.fact("fees_yuan", 0)
        other = "本年度未收取信息处理费。"
    else:
        fee = rng.randint(1, 50) * 10
        say.fact("fees_yuan", fee)
        other = f"本年度共收取信息处理费{fee}元。"
    blocks += [("h", "六、其他需要报告的事项"), ("p", other)]
    return blocks, say.facts, problems
