"""Report metadata: title, issuer, year, format, level, body kind, department, region.

Where the body says who and where it is, most trusted first: the title line and the
issuer it names, then the page's opening lines, then the rest of the text. The
year combines the title, the statistics period and the body text, and says in a
warning when they disagree. Vocabulary (body endings, zone words, title wording)
lives in rules/bodies.toml; the gazetteer in region.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from ..model import SYNTHETIC_MARK, Document, Region
from ..read.normalise import SPAM_RUN, SPAM_STRONG, alternation
from ..rules import load as load_rules
from ..vocabulary import format_of_year
from . import hints as hn, literals
from . import region as gz

# The opening: the title, page furniture and the first paragraph live here.
HEAD_CHARS = 1500
# How far into the text the rest is searched for places (long reports repeat themselves).
REST_CHARS = 20000
FIRST_YEAR, LAST_YEAR = 2007, 2040


@dataclass
class Metadata:
    title: str | None = None
    issuer: str | None = None
    year: int | None = None
    format: str | None = None  # legacy | standard_2019 | standard_2021
    level: str | None = None  # province | city | county | township
    body_kind: str | None = None  # government | department | development_zone
    department: str | None = None
    region: Region = field(default_factory=Region)
    synthetic: bool = False
    warnings: list[str] = field(default_factory=list)
    scope: str | None = None  # whole_area | own_body
    published: str | None = None  # YYYY-MM-DD
    # field -> {"source": text|title|header|filename|manifest, "confidence": 0..1}
    provenance: dict[str, dict] = field(default_factory=dict)


@cache
def _rules() -> dict:
    return load_rules("bodies")


# A short alias in brackets inside a body's name: 宁波国家高新区(新材料科技城)管委会,
# 常州工商行政管理局高新区(新北)分局.
_ALIAS = r"\([\u4e00-\u9fff]{1,6}\)"


# A second name of the same body in brackets after its first (自治区民委(宗教事务局)).
_SECOND_NAME = r"\([^()]{2,20}\)"
_ALIAS_AFTER = re.compile(_SECOND_NAME + "$")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = _rules()
    endings = alternation(r["issuer"]["body_endings"])
    fields = alternation(r["issuer"]["fields"])
    subjects = alternation(r["title"]["subjects"])
    announce = alternation(r["issuer"]["announce"])
    zones = alternation(r["zone"]["words"])
    # a body opening its sentence: a name of 2..n characters ending in a body's word or a zone's,
    # then the verb of its work (…管委会认真贯彻…)
    body = r"(?:[^\s,。、()\"“]|" + _ALIAS + r"){2,%d}?(?:" + endings + "|" + zones + r")"
    works = r"(?=坚持|认真|严格|进一步|继续|深入|全面|按照|紧紧|扎实|不断|高度|始终|积极|切实|持续|着力|贯彻)"
    return {
        # A title run into a sentence starts after its verb: "现公布|由…编制的" + title.
        "inline_lead": re.compile(
            r"^.*(?:" + alternation(r["issuer"]["announce"] + r["issuer"]["lead_ins"]) + ")"
        ),
        "announce_year": re.compile(
            r"(?:"
            + alternation(r["issuer"]["announce"] + r["issuer"]["lead_ins"])
            + r")[^。]{0,40}?"
            r"(20\d\d)\s*年(?!\d*\s*月)度?[^。]{0,12}?(?:" + subjects + ")"
        ),
        "title_in_quotes": re.compile(
            r"《([^《》]{4,60}?(?:" + subjects + r")[^《》]{0,20}?报告)》"
        ),
        # (the value may stand in a table's next cell: 发布单位: | 市市场监督管理局 | — blind AY)
        "field": re.compile(r"(?:" + fields + r")\s*[:：]\s*(?:\|\s*)?([^\s|:：]{2,40})"),
        # a department named by a county-level unit's name (屈原管理区自然资源局)
        "county_department": re.compile(
            r"([\u4e00-\u9fff]{2,6}?(?:" + alternation(r["level"]["county_name_units"]) + r"))"
            r"[\u4e00-\u9fff]{1,12}?(?:"
            + alternation(r["level"]["county_department_endings"])
            + r")$"
        ),
        # an area under a city named by a unit word that may stand under a county too (桃花源旅游管理区)
        "area_below_city": re.compile(
            r"(?:(?![局委办厅处室所站])[\u4e00-\u9fff]){2,8}?(?:"
            + alternation(r["township"]["below_a_county"])
            + r")"
        ),
        # before 街道: streets in general (各街道, 镇街道), not one body's name
        "township_subject_not": re.compile(r["township"]["subject_not"]),
        # (the subject may stand before the year: 现公开来凤经济开发区信息公开2018年度报告)
        "announce": re.compile(
            r"(?:" + announce + r")《?([^《》,。;]{2,40}?)(?:\(以下简称[^)]*\))?"
            r"(?:关于)?\s*(?:(?:20\d\d)\s*年度?(?:"
            + subjects
            + ")|(?:"
            + subjects
            + r")\s*(?:20\d\d)\s*年度?(?:工作)?报告)"
        ),
        # "郑州高新区沟赵办事处向社会公布2021年度本级政府信息公开年度报告": the body opens the
        # sentence, the verb after it.
        "announce_after": re.compile(
            r"(?:^|\n|。)[\s?？\ufffd]*((?:[^\s,。、()《》\"“]|"
            + _ALIAS
            + r"){2,40}?(?:"
            + endings
            + r"))(?:特|现)?(?:"
            + alternation(r["issuer"]["announce_after"])
            + r")\s*20\d\d\s*年"
        ),
        # "特向社会公布2010年度吉林市市直机关事务管理局信息公开年度报告": year before the body.
        "announce_year_first": re.compile(
            r"(?:"
            + announce
            # (年度 whole: 公布2012年度我街道信息公开…报告 names no body, not a body 度我街道)
            + r")\s*20\d\d\s*(?:年度|年(?!度))\s*([^《》,。;:\d\s]{2,40}?(?:"
            + endings
            + r"))"
            r"(?:关于)?(?:" + subjects + ")"
        ),
        "compiled_by": re.compile(
            r"由([^,。;由]{2,30}?(?:" + endings + r"))(?:\(以下简称[^)]*\))?"
            # (another name of the same office in brackets: …领导小组办公室(高新区信息研究中心))
            r"(?:\([^()]{2,20}\))?(?:具体|负责)?"
            r"(?:根据|依据|综合|编制|负责|汇总|牵头|结合)"
        ),
        # "大营镇党政办公室编制了《2023年度政府信息公开工作报告》": a town's office compiled the
        # town's report (blind/X7 guizhou-dayingzhen-2023).
        "town_office_compiled": re.compile(
            r"(?:^|\n|。|要求)\s*([^\s,。;、《》()]{2,12}?(?:镇|乡|街道))"
            r"(?:党政综合办公室|党政办公室|党政办|综合办公室|办公室)编制(?:了)?《"
        ),
        # "本报告的电子版可在江苏省盐南高新…管理委员会门户网站…下载": the body's own site.
        "own_site": re.compile(
            r"电子版可(?:在|从|以从|以在)\s*([^\s,。;()《》]{2,40}?"
            r"(?:" + endings + "|" + zones + r"))(?:门户网站|政府网站|网站|政务网)"
        ),
        # "如对本报告有任何疑问,请与宣武区政府大栅栏街道办事处信息公开办公室联系".
        "contact": re.compile(
            r"请(?:与|联系)[:]?\s*((?:[^\s,。;()《》:]|" + _ALIAS + r"){2,40}?)"
            r"(?:联系|\((?!" + _ALIAS[2:] + r"[^\s,。;()《》:])|,|;)"
        ),
        # (pages that lost their indent characters show "??" before the line)
        "lead": re.compile(
            r"(?:^|\n|。)[\s?？\ufffd]*(?:20\d\d)年度?(?:以来)?,\s*((?:[^\s,。、()\"“]|"
            + _ALIAS
            + r"){2,20}?(?:"
            + endings
            + "|"
            + zones
            + r"))"
            r"(?=坚持|认真|严格|进一步|继续|深入|全面|按照|在|以|紧紧|紧扣|扎实|不断|高度|始终|"
            r"围绕|积极|切实|根据|依据|持续|着力|严|贯彻|共|主动|政务公开工作|政府信息公开工作)"
        ),
        # A page that lost its line breaks runs the first heading into the sentence, whose
        # comma may go too: "。一、总体情况2022年界坑乡严格按照…".
        "lead_heading": re.compile(
            r"[一1][、.]\s*(?:总体情况|概述|基本情况)\s*(?:20\d\d)年度?,?\s*("
            + body % 12
            + ")"
            + works
        ),
        # "2012年,在市委、市政府的坚强领导和…指导下,雅安工业园区管委会认真贯彻…": the body
        # after the clause of whom it works under (kept only when it names a place or zone).
        "lead_guided": re.compile(
            r"(?:^|\n|。)[\s?？\ufffd]*(?:20\d\d年度?(?:以来)?,+\s*)?在[^。\n]{2,60}?"
            r"(?:领导|指导|部署|支持|关心)下,+\s*(" + body % 20 + ")" + works
        ),
        # (a place may stand between the year and the subject: 2024年丽水市政府信息公开…报告)
        "inline_title": re.compile(
            r"20\d\d\s*年度?\s?(?:[^\s,。《》\d]{2,8}?(?="
            + subjects
            + r"))?(?:"
            + subjects
            + r")[^\s,。《》]{0,10}?(?:"
            + alternation(r["title"]["endings"])
            + ")"
        ),
        # (a second name of the same body may follow in brackets: 自治区民委(宗教事务局) — blind BH)
        "body_ending": re.compile(r"(?:" + endings + r")(?:" + _SECOND_NAME + r")?$"),
        # its counties' figures reported as the body's parts (各县(市、区)公开信息15170条)
        "own_counties": re.compile(r["level"]["own_counties"]),
    }


# ---------------------------------------------------------------- title


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _unspaced(line: str) -> str:
    """A line spaced letter by letter ("南 京 市 鼓 楼 区") read as its words."""
    if " " not in line and "\u3000" not in line:
        return line  # most lines: nothing to look for
    if (
        len(_SPACED.findall(line)) >= 3
        and len(_SPACED.findall(line)) * 2 >= len(line.replace(" ", "")) - 2
    ):
        return _SPACED.sub("", line)
    return line


def _head_lines(text: str) -> list[str]:
    """The first 20 lines of the opening that hold something, each read as its words."""
    lines: list[str] = []
    for ln in text[:HEAD_CHARS].splitlines():
        if ln.strip():
            lines.append(_unspaced(ln.strip()))
            if len(lines) == 20:
                break
    return lines


def _without_spam(text: str) -> str:
    """The text without the casino spam runs a mirror site wrote into it (read/normalise
    SPAM_RUN: the reader drops them, a text given directly may still hold them), exactly the
    runs: the words beside a run stay (a place right after it). Metadata keeps no offsets."""
    if SPAM_STRONG.search(text) is None:
        return text
    return SPAM_RUN.sub("", text)


def _is_title(line: str) -> bool:
    t = _rules()["title"]
    return (
        len(line) <= t["max_chars"]
        and any(s in line for s in t["subjects"])
        and any(line.endswith(e) for e in t["endings"])
        and ">" not in line
        and "。" not in line
        and not line.startswith(("根据", "依据", "本报告", "本年度"))
    )


def _names_a_body(line: str) -> bool:
    """A line that is only a body's name (the first half of a two-line title)."""
    return not re.search(r"[:>|。,]", line) and _looks_like_body(line)


def _title_candidates(text: str) -> list[str]:
    """Title lines of the opening, best first: the page's title field, short lines naming
    政府信息公开…报告 (joined when the page cut them in two), titles run into a line."""
    out: list[str] = []
    lines = _head_lines(text)
    for i, line in enumerate(lines):
        if line.startswith("标题:"):
            out.append(line[3:].split("|")[0].strip())
            continue
        prev = lines[i - 1] if i else ""
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _is_title(line):
            if (
                prev
                and len(prev) <= 40
                and not _is_title(prev)
                and (
                    re.search(r"20\d\d\s*年度?$", prev)
                    or (re.match(r"20\d\d", line) and _names_a_body(prev))
                    # "2019年西街街道" over "政府信息公开工作年度报告"
                    or _names_a_body(re.sub(r"^20\d\d\s*年度?", "", prev) or ">")
                    and bool(re.match(r"20\d\d", prev))
                )
            ):
                out.append(prev + line)
            out.append(line)
        elif (
            nxt
            and any(nxt.startswith(e) for e in _rules()["title"]["continued_by"])
            and _is_title(line + nxt)
        ):
            out.append(line + nxt)
    head = _QUOTED_TITLE.sub(" ", text[:HEAD_CHARS])
    out += [
        _inline_title(head, m)
        for m in _patterns()["inline_title"].finditer(head)
        if not _NOTICE_AFTER.match(head, m.end())
    ]
    out += [m.group(1) for m in _patterns()["title_in_quotes"].finditer(text[:HEAD_CHARS])]
    return [t for t in out if t]


# An anchor followed by these names a notice about the reports (…关于认真做好2011年度政府信息公开
# 工作年度报告的通知): the name before it is the office that sent the notice, not the report's body.
_NOTICE_AFTER = re.compile(r"\s*(?:的|工作的|编制工作的|有关事项的|等有关事项的)?(?:通知|有关事项)")


def _inline_title(head: str, m: re.Match[str]) -> str:
    """A title run into a line: the year-and-subject anchor plus the body's name before it
    (back to the previous separator, and after any announcing verb)."""
    before = head[max(0, m.start() - 40) : m.start()]
    cut = max(before.rfind(c) for c in _INLINE_STOPS)
    name = before[cut + 1 :].rstrip()
    return (_patterns()["inline_lead"].sub("", name) + m.group(0)).strip()


def find_title(text: str) -> str | None:
    """The report's title: the first candidate that names its body, else the first."""
    candidates = _title_candidates(text)
    named = [t for t in candidates if _issuer_from_title(t)]
    if named:
        first = _issuer_from_title(named[0]) or ""
        if _is_township(first) and not gz.find_places(first):
            # a title that places the township (武江区龙归镇人民政府…) beats one that only
            # names it (2016年龙归镇…报告)
            placed = [t for t in named if gz.find_places(_issuer_from_title(t) or "")]
            return (placed or named)[0]
        return named[0]
    if not candidates:
        return None
    title = candidates[0]
    m = _YEAR_IN_TITLE.search(title)
    if m and m.start() and _clean_body(title[: m.start()]) is None:
        return title[m.start() :].strip()  # mirror-site junk where the body's name was
    return title


# ---------------------------------------------------------------- issuer

_QUOTED_TITLE = re.compile(r"《[^《》]*》")
_INLINE_STOPS = " \t\n,。:>》《;"
_YEAR_IN_TITLE = re.compile(r"(?:关于)?\s*(20\d\d)\s*年度?")


# The pinyin a traditional page writes after the characters it converted: (duì)
_PINYIN = re.compile(r"\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]{1,6}\)")
# Page furniture before a name ("标题:", "名称:", a catalogue page's "信息名称:", an encyclopedia
# page's "• 中文名:") and a breadcrumb ending in the name. (信息名称:甘肃省教育厅2019年…工作年度报告 was read
# as the issuer 信息名称:甘肃省教育厅 — blind CP gansu-jiaoyuting-2019, AP2 jiangsu-changzhou-weijianwei-2025,
# AW jiangsu-changzhou-liyang-2023.)
_LABEL_PREFIX = re.compile(r"^[•·・]?(?:标题|(?:信息)?名称|中文名|发布机构|来源)[:]?")
# A joint issuer: a government and a zone's committee side by side
# ("广州市黄埔区人民政府 广州开发区管委会"): the space between them is kept.
_JOINT_GAP = re.compile(r"(?<=人民政府)\s+(?=[^\s\d]{2,}(?:管委会|管理委员会))")


def _clean_body(name: str) -> str | None:
    name = re.sub(r"\(以下简称[^)]*\)", "", name).strip(' 《》"“”:')
    name = re.sub(r"^关于", "", name)
    name = _JOINT_GAP.sub("\x00", name)
    # Names spaced letter by letter ("宿 迁 市") are one name.
    name = re.sub(r"\s+", "", name).replace("\x00", " ")
    name = _LABEL_PREFIX.sub("", name)
    # Converters that add pinyin after each character (生態(tài)文旅區(qū)).
    name = _PINYIN.sub("", name)
    if "首页" in name or ">" in name:
        # A breadcrumb run into the name: the body is the last place named and what follows.
        starts = [m.start for m in gz.find_places(name)]
        name = name[starts[-1] :] if starts else ""
    # A list or a figure run into the name ("…信息3条、吐鲁番市高昌区住建局"): the name is the
    # last item.
    name = re.split(r"[、\d]", name)[-1]
    # A doubled unit word ("伊宁县县人民政府") is a typing slip, not a second unit.
    name = re.sub(r"([省市县区旗])\1(?=人民政府|政府)", r"\1", name)
    if len(name) < 2 or any(w in name for w in _rules()["issuer"]["not_bodies"]):
        return None
    if name.startswith(("我", "本")):
        return None  # 我委, 本机关: the body does not name itself
    return name


def _issuer_from_title(title: str) -> str | None:
    m = _YEAR_IN_TITLE.search(title)
    if not m:
        return None
    before = _clean_body(title[: m.start()])
    if before:
        return before
    # "2014年芜湖市政府信息公开工作年度报告": the body stands between year and subject.
    after = title[m.end() :]
    cuts = [k for k in (after.find(s) for s in _rules()["title"]["subjects"]) if k > 0]
    if cuts:
        name = _clean_body(after[: min(cuts)])
        if name and name.endswith("人民"):
            name += "政府"  # 2012年泾县人民政府信息公开…: the subject took 政府 from 人民政府
        # (a township's name is seldom a gazetteer place: 2018年建新镇政府信息公开…报告)
        if name and (gz.find_places(name) or _is_township(name)):
            return name
    return None


def _looks_like_body(name: str) -> bool:
    return bool(_patterns()["body_ending"].search(name)) or bool(gz.find_places(name))


def find_issuer(text: str, title: str | None) -> str | None:
    """The body as the report names it."""
    return _find_issuer(text, title)[0]


def _find_issuer(text: str, title: str | None) -> tuple[str | None, str | None]:
    """The issuer and how it was found: "title" (named in the title), "phrase" (a phrase of
    the text that introduces the body: 由X编制, 现公布X…报告, 2023年,X坚持…), "field" (a page
    field such as 发布机构:), "weak" (its own website or contact office only)."""
    named = _issuer_from_title(title) if title else None
    if (
        named
        and not _patterns()["body_ending"].search(named)
        and not gz.find_places(named)
        and not _zone_word(named)
        and (
            named.endswith("名")
            or not _HAN_ONLY.fullmatch(named)
            or any(w in named for w in _rules()["issuer"]["title_verbs"])
        )
    ):
        # A field line taken for the title ("• 中文名:2010年…报告" of a reference page) or a
        # phrase run into it ("向社会公开2016年度镇政府…"): what stands before its year names
        # neither a body nor a place, so no issuer. (城东管理区2025年…: a name, kept.)
        named = None
    if named and _nameless_government(named):
        # 杭州市365ba_365bet…体育人民政府办公室: what is left of a government's name that a spam
        # run (or a figure) cut names no place, so it is no body's name; the title stays the
        # title (blind BE zhejiang-hangzhou-xihu-bgs-2021-spam, the district's name replaced)
        named = None
    others = _issuers_in_opening(text[:HEAD_CHARS])
    # the body's own site or contact office is only a last resort, never a fuller name
    names = [name for name, how in others if how != "weak"]
    if named and not _patterns()["body_ending"].search(named):
        # The title names only the place (保定市2018年…): a fuller name of the same body
        # in the opening ("由保定市人民政府办公室综合…") is the issuer.
        fuller = next((o for o in names if o.startswith(named) and o != named), None)
        if fuller:
            return fuller, "title"
        # "发布机构:市政府办公厅" under "秦皇岛市2016年…": the place's own government issued it.
        if any(re.match(r"[省市区县旗州]?(?:人民)?政府", o) for o in names):
            return named + "人民政府", "title"
        return named, "title"
    if named:
        # A joint issuer the title line cut at its space: the opening's fuller name.
        joint = next((o for o in names if " " in o and o.endswith(named)), None)
        return (joint or named), "title"
    strong = [o for o in others if o[1] != "weak"]
    if strong:
        return strong[0]
    byline = _byline(text, title) if title else None
    if byline:
        return byline, "field"
    if not others:
        return None, None
    if _speaks_as_bureau(text):
        # A bureau (我局, 本局) whose report names a site or office of its area (常州高新区网站):
        # that name is not the bureau's.
        endings = tuple(_rules()["department"]["endings"])
        others = [
            o
            for o in others
            if o[0].endswith(endings) and not (_is_government(o[0]) or _is_township(o[0]))
        ]
    return others[0] if others else (None, None)


# A line that is a body's name alone: Han characters (and a bracketed second name), 2 to 24 of them.
_BODY_LINE = re.compile(r"[\u4e00-\u9fff()]{2,24}")


def _byline(text: str, title: str) -> str | None:
    """The body named alone on the line under a title that names none (2025年政府信息公开工作年度报告 /
    区数据局 — blind BP jiangsu-nantong-chongchuan-shujuju-2025): the page's byline."""
    lines = [line.strip() for line in text[:HEAD_CHARS].splitlines()]
    at = next((i for i, line in enumerate(lines[:12]) if line and title.endswith(line)), None)
    if at is None:
        return None
    below = next((line for line in lines[at + 1 : at + 3] if line), "")
    name = _clean_body(below) if _BODY_LINE.fullmatch(below) else None
    if not name or not _patterns()["body_ending"].search(name):
        return None
    return name


@cache
def _needs() -> dict[str, literals.Needs]:
    """The words each of _patterns() cannot match without (literals.needs)."""
    return {key: literals.needs(pattern) for key, pattern in _patterns().items()}


def _finditer(key: str, text: str) -> Iterator[re.Match[str]]:
    """_patterns()[key].finditer(text), tried only when `text` holds the words it needs: an `in`
    each, where the pattern is tried at every place of the text (the same matches)."""
    if not literals.holds(_needs()[key], text):
        return iter(())
    return _patterns()[key].finditer(text)


def _search(key: str, text: str) -> re.Match[str] | None:
    """_patterns()[key].search(text), tried only when `text` holds the words it needs."""
    return next(_finditer(key, text), None)


def _issuers_in_opening(head: str) -> list[tuple[str, str]]:
    p = _patterns()
    out: list[tuple[str, str]] = []
    for key in ("announce", "announce_year_first", "compiled_by", "announce_after"):
        for m in _finditer(key, head):
            name = _clean_body(m.group(1))
            # (a zone names itself by its zone word alone: 现公开来凤经济开发区信息公开2018年度报告)
            zone = _zone_word(name) if name else None
            if name and (_looks_like_body(name) or (zone and name.endswith(zone))):
                out.append((name, "phrase"))
    for m in p["field"].finditer(head):
        name = _clean_body(m.group(1))
        if name and p["body_ending"].search(name):
            out.append((name, "field"))
    m = p["lead"].search(head)
    if m:
        name = _clean_body(m.group(1))
        if name:
            out.append((name, "phrase"))
    m = _search("town_office_compiled", head)
    if m and _is_township(m.group(1)):
        out.append((m.group(1), "phrase"))
    m = p["lead_heading"].search(head)
    if m and not any(how == "phrase" for _, how in out):
        name = _clean_body(m.group(1))
        if name and (gz.find_places(name) or _zone_word(name) or _is_township(name)):
            out.append((name, "phrase"))
    m = _search("lead_guided", head)
    if m:
        name = _clean_body(m.group(1))
        if name and (gz.find_places(name) or _zone_word(name)):
            out.append((name, "phrase"))
    strong_end = list(out)
    sites = []
    for m in _finditer("own_site", head):
        name = _clean_body(m.group(1))
        if name and _looks_like_body(name) and gz.find_places(name):
            out.append((name, "weak"))
            sites.append(name)
    for m in p["contact"].finditer(head):
        name = _contact_body(m.group(1))
        if name:
            out.append((name, "weak"))
    repeated = _repeated_township(head)
    if repeated:
        out.append((repeated, "weak"))
    if sites and any(how == "weak" and _is_township(name) for name, how in out[len(strong_end) :]):
        # a township body the opening names (黄岛街道办事处…, its contact) is the issuer before the
        # portal its report is downloaded from (电子版可在“青岛西海岸新区政务网”下载: the host area's)
        weak = out[len(strong_end) :]
        out = (
            strong_end
            + [w for w in weak if _is_township(w[0])]
            + [w for w in weak if not _is_township(w[0])]
        )
    return out


def _speaks_as_bureau(text: str) -> bool:
    """The body calls itself 我局/本委… (not 我办, which a government's office says too)
    more often than it speaks for its area."""
    words = _rules()["self_reference"]
    opening = text[:REST_CHARS]
    bureau = sum(opening.count(w) for w in words["bureau"])
    return bureau > 0 and bureau > sum(opening.count(w) for w in words["government"])


def _repeated_township(head: str) -> str | None:
    """A township body the opening names as its subject again and again without a title or
    an issuer phrase ("2025年和平街道办事处通过…", "和平街道办事处未收到…"): the name
    (a few characters before a township ending) the opening repeats most, the longest of
    equally frequent ones; at least twice."""
    best: tuple[int, int, str] | None = None
    for ending in _rules()["township"]["subject_endings"]:
        for m in re.finditer(re.escape(ending), head):
            for size in range(2, 5):
                start = m.start() - size
                if start < 0:
                    break
                name = head[start : m.end()]
                if not _HAN_ONLY.fullmatch(name):
                    break
                if ending == "街道" and _patterns()["township_subject_not"].search(
                    name[: -len(ending)]
                ):
                    break  # 各街道, 镇街道: streets in general, not one body's name
                count = head.count(name)
                if count >= 2 and (best is None or (count, size) > best[:2]):
                    best = (count, size, name)
    return best[2] if best else None


def _contact_body(office: str) -> str | None:
    """The body whose office is the report's contact ("宣武区政府大栅栏街道办事处信息公开
    办公室" -> "宣武区政府大栅栏街道办事处"); only when a place and a body's name remain."""
    name = _clean_body(office)
    if not name:
        return None
    for suffix in sorted(_rules()["issuer"]["contact_offices"], key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
            break
    if not (_patterns()["body_ending"].search(name) and gz.find_places(name)):
        return None
    return name


# ---------------------------------------------------------------- body kind


def _zone_word(name: str) -> str | None:
    for word in sorted(_rules()["zone"]["words"], key=len, reverse=True):
        if word in name:
            return word
    return None


def _strip_management(name: str) -> str:
    for word in sorted(_rules()["zone"]["management"], key=len, reverse=True):
        if name.endswith(word):
            return name[: -len(word)]
    return name


def _is_government(name: str) -> bool:
    """The government itself or its general office (人民政府办公室, 人民政府政务公开办公室)."""
    base = name
    for m in gz.find_places(name)[:3]:
        if m.start == len(name) - len(base):
            base = name[m.end :]
    return (
        base == ""
        or base.startswith(tuple(_rules()["government"]["starts"]))
        or any(name.endswith(e) for e in _rules()["government"]["endings"])
    )


def _nameless_government(name: str) -> bool:
    """A government or its office whose name before 人民政府/政府 holds no place, ends in no
    unit (省/市/县/区…: 某县, 屈原管理区 are names the gazetteer may lack) and is no township's
    (体育人民政府办公室): what is left of a name something cut."""
    m = re.match(r"(.*?)(?:人民政府|政府)", name)
    return (
        m is not None
        and _is_government(name)
        and m.group(1) != ""
        and not m.group(1).endswith(tuple(_rules()["government"]["name_units"]))
        and not gz.find_places(m.group(1))
        and not _is_township(m.group(1))
        and not any(w in m.group(1) for w in _rules()["zone"]["words"])
    )


def _title_cut(title: str | None) -> bool:
    """A title whose government's name something cut (杭州市365ba…体育人民政府办公室2021年度…报告:
    what stands before 人民政府 after the cut names no place)."""
    named = _issuer_from_title(title) if title else None
    return bool(named and _nameless_government(named))


def _is_township(name: str) -> bool:
    rules = _rules()["township"]
    base = name
    for office in sorted(rules["offices"], key=len, reverse=True):
        if base.endswith(office):
            base = base[: -len(office)]
            break
    base = re.sub(r"(人民政府|政府)$", "", base)
    return any(base.endswith(e) for e in rules["endings"])


def _township_in_parens(name: str) -> bool:
    """A zone dual-named with a township (冶金工业园(锦丰镇), 南通外向型农业综合开发区(苴镇街道), 城南办事处(城南园区)): the
    zone is run at the township's level, as 苏州高新区管委会(虎丘区人民政府) is at its district's."""
    m = re.search(r"[((]([^()()]+)[))]\s*$", name)
    # …or the other way round, the township named first (靖江市城南办事处(城南园区) — blind/AP
    # jiangsu-taizhou-jingjiang-chengnan-2024)
    return m is not None and (_is_township(m.group(1)) or _is_township(name[: m.start()]))


def _department_name(issuer: str, place_end: int) -> str | None:
    rest = issuer[place_end:]
    if place_end == 0:
        rest = re.sub(r"^[省市区县旗]", "", rest)
    rest = rest.strip()
    if not rest or _is_government(rest):
        return None
    abbreviations = _rules()["department"]["abbreviations"]
    return abbreviations.get(rest, rest)


# ---------------------------------------------------------------- year

# (?<!\d)20.. written as 2(?<!\d2)0..: the same matches, but starting with a literal the
# engine jumps from one "2" to the next instead of trying every position (20,000 chars a report)
_YEAR = re.compile(r"(2(?<!\d2)0\d\d)\s*年(?!\d*\s*月)(度)?")
_PERIOD = re.compile(
    r"(20\d\d)\s*年?\s*0?1\s*月?\s*0?1\s*日\s*(?:起)?[^至到。\d]{0,15}?(?:至|到|-|—|~)\s*(?:(20\d\d)\s*年?)?\s*12\s*月?\s*31\s*日"
)
_YEAR_END = re.compile(r"(?:截止|截至|截止到|至)\s*(20\d\d)\s*年\s*12\s*月\s*31\s*日")
_SPAN = re.compile(r"自\s*(20\d\d)\s*年\s*(?:起)?\s*至\s*(20\d\d)\s*年")
# Places a year does not date the report: titles of documents and document numbers.
_QUOTED = re.compile(
    r"《[^《》]{0,80}》|〔\s*20\d\d\s*〕|\[\s*20\d\d\s*\]|\(\s*20\d\d\s*\)\s*\d+\s*号"
)
_LEADS = "。,;:!?、\n \t"
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# A title's year with no 年 after it, run straight into the report's subject (浙江省经济和信息化厅2022政府信息公开
# 工作年度报告 — blind/AS zhejiang-jingxinting-2022-spam): the title's year, in the title only.
_TITLE_BARE_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=\s*(?:政府信息公开|政务公开|信息公开))")
# The first section's heading a page run into its first sentence (…日止 一、总体情况2024年市政府办公室坚持…, the
# reader joins the space between Han characters — blind/AP2 jiangsu-changzhou-bgs-2024-spam): the year opens
# that sentence as after a full stop.
_GLUED_HEADINGS = ("总体情况", "概述", "总体概况")


def _title_stands_alone(title: str, text: str) -> bool:
    head = text[:HEAD_CHARS]
    k = head.find(title)
    if k < 0:
        return True  # joined from two lines
    before = head[k - 1] if k else "\n"
    return before in "\n: 《" or head[max(0, k - 3) : k] == "标题:"


def _valid(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def find_year(text: str, title: str | None) -> tuple[int | None, list[str]]:
    """The year the statistics cover, by a weighted vote of the sources."""
    votes: Counter[int] = Counter()
    said: dict[str, int] = {}
    if title:
        m = _YEAR.search(title) or _TITLE_BARE_YEAR.search(title)
        if m and _valid(int(m.group(1))):
            said["title"] = int(m.group(1))
            # A title standing on its own line is the report's; one run into a sentence
            # ("…编制的2024年度…报告") is that sentence, which votes below.
            if _title_stands_alone(title, text):
                votes[said["title"]] += 5
    m = _PERIOD.search(text) or _SPAN.search(text)
    if m:
        year = int(m.group(2) or m.group(1))
        if _valid(year):
            said["statistics period"] = year
            votes[year] += 4
    masked = _QUOTED.sub(lambda q: " " * len(q.group(0)), text[:REST_CHARS])
    m = _YEAR_END.search(masked[:HEAD_CHARS])
    if m and _valid(int(m.group(1))):
        # "截止2023年12月31日我局…发布信息34条": the figures run to the end of that year
        said["year-end date"] = int(m.group(1))
        votes[said["year-end date"]] += 1
    m = _patterns()["announce_year"].search(masked[:HEAD_CHARS])
    if m and _valid(int(m.group(1))):
        said["opening sentence"] = int(m.group(1))
        votes[said["opening sentence"]] += 1.5
    body: Counter[int] = Counter()
    for m in _YEAR.finditer(masked):
        year = int(m.group(1))
        if _valid(year) and (
            m.start() == 0
            or masked[m.start() - 1] in _LEADS
            or masked.endswith(_GLUED_HEADINGS, 0, m.start())
        ):
            body[year] += 1
    for year, n in body.items():
        votes[year] += min(n, 4)
    if not votes:
        return None, []
    year = max(votes, key=lambda y: (votes[y], y))
    if body:
        said["body text"] = body.most_common(1)[0][0]
    warnings = [
        f"year: the {source} says {value} but {year} was chosen "
        f"(title 5, statistics period 4, opening sentence 1.5, year-end date 1, body mentions 1 "
        f"each up to 4)"
        for source, value in said.items()
        if value != year and source != "body text"
    ]
    return year, warnings


def format_for(year: int | None, text: str) -> str | None:
    if year is not None:
        return format_of_year(year)
    if "本年制发件数" in text or re.search(r"\(六\)其他处理\s*1\.", text) or "逾期不补正" in text:
        return "standard_2021"
    if "本年新制作数量" in text or "本年新公开数量" in text:
        return "standard_2019"
    return None


# ---------------------------------------------------------------- place


@dataclass
class _Located:
    place: gz.Place | None = None
    name_end: int = 0  # where the place ends inside the issuer (for the department)
    source: str | None = (
        None  # issuer | title | opening | text | portal | code | doc_prefix | cited
    )
    ambiguous: bool = False
    # When same-named units could not be told apart: all of them (place is then what they
    # share, or None), so the level they share can still be given.
    tied: tuple[gz.Place, ...] = ()


def _settle(hyps: list[gz.Place], context: list[gz.Mention], end: int, source: str) -> _Located:
    """Hypotheses -> one place, or (when the context leaves several) only what they share:
    a place is never answered from one ambiguous name."""
    left, ambiguous = gz.decide(hyps, context)
    if not ambiguous:
        return _Located(left[0] if left else None, end, source)
    return _Located(gz.common_ancestor(left), end, source, True, tuple(left))


def _locate(issuer: str | None, title: str | None, text: str) -> tuple[_Located, list[gz.Mention]]:
    """The body's unit by the weight of its evidence: its name first (issuer, title), then
    the opening, then the rest of the text, then a code or document-number prefix. A
    government portal the report publishes on (昭化门户网) places a body that its name does
    not, or only by a unit the portal lies in (广元市 from another site's name)."""
    located, mentions = _locate_by_names(issuer, title, text)
    if located.source in ("issuer", "title") and located.place is not None:
        return located, mentions
    if located.ambiguous:
        return _tie_broken(located, text), mentions
    portal = _portal_place(text, mentions)
    if portal is None:
        return located, mentions
    place = located.place
    if place is None or (portal.depth > place.depth and portal.within(place)):
        return _Located(portal, 0, "portal"), mentions
    return located, mentions


def _portal_place(text: str, context: list[gz.Mention]) -> gz.Place | None:
    """The one place whose government portal the opening names (the deepest of nested
    ones); None when portals of different places, or an ambiguous one, are named."""
    pattern = _portal_pattern()
    places: list[gz.Place] = []
    for run in gz.gazetteer().portal_runs(text[:HEAD_CHARS], pattern):
        left, ambiguous = gz.decide(gz.chain(run), context)
        if ambiguous or not left:
            return None
        places.append(left[0])
    if not places:
        return None
    deepest = max(places, key=lambda p: p.depth)
    return deepest if all(deepest.within(p) for p in places) else None


@cache
def _portal_pattern() -> re.Pattern[str]:
    return re.compile(_rules()["gazetteer"]["portal"])


def _tie_broken(located: _Located, text: str) -> _Located:
    """Same-named units the text did not tell apart: an index number's division code
    (索引号 11410402…) that is one of them decides; anything else leaves the tie."""
    coded = _coded_place(text)
    if coded is None or coded.place is None:
        return located
    match = [p for p in located.tied if p.code == coded.place.code]
    if len(match) != 1:
        return located
    return _Located(match[0], located.name_end, located.source)


def _locate_by_names(
    issuer: str | None, title: str | None, text: str
) -> tuple[_Located, list[gz.Mention]]:
    rest_cache: list[list[gz.Mention]] = []
    text = text[:REST_CHARS]

    def context() -> list[gz.Mention]:
        if not rest_cache:
            rest_cache.append(gz.find_places(text, 0, REST_CHARS))
        return rest_cache[0]

    # Law and policy names in the opening (《河北省实施〈条例〉办法》) name other bodies.
    # The title's closing 》 stays: what follows it is read as after a title (《条例》和县政府:
    # "the 条例 and the county government", no 和县).
    opening = _QUOTED_TITLE.sub(lambda q: " " * (len(q.group(0)) - 1) + "》", text[:HEAD_CHARS])
    # A title whose opening 《 the page lost (按照广东省政府信息公开规定》以及…) names another
    # body too: blanked back to its clause's start.
    if _TITLE_LOST_END.search(opening):  # (the end of every match: one scan, not 40 per place)
        opening = _TITLE_LOST_OPENING.sub(lambda q: " " * (len(q.group(0)) - 1) + "》", opening)
    zones = [("issuer", issuer), ("title", title), ("opening", opening)]
    for source, zone in zones:
        if not zone:
            continue
        mentions = gz.find_places(zone)
        if not mentions:
            continue
        run = _from_first_run(mentions) if source != "opening" else _body_run(mentions, zone)
        if not run:
            continue
        if source == "issuer" and _name_ends_in_a_unit(zone, run):
            # 银湖湾滨海新区: another body's name that ends in a unit's (天津's 滨海新区) after words that
            # name no place is no evidence of that unit; the text's bare 滨海新区 is the body's own
            # short name then, so the place is left unknown (blind AV guangdong-jiangmen-xinhui-yinhuwan-2022)
            return _Located(None, 0, "issuer"), rest_cache[0] if rest_cache else []
        if source != "opening" and len(run) == 1:
            # a body named by a short name alone (朝阳区政府's 朝阳) may be a county's
            run = [gz.gazetteer().with_county_namesakes(run[0])]
        hyps = gz.chain(run, zone)
        end = run[-1].end if source == "issuer" else 0
        located = _settle(hyps, context() if len(hyps) > 1 else [], end, source)
        if located.place is None and not located.tied:
            continue
        place = located.place
        if source == "issuer" and place is not None and place.level in ("province", "city"):
            # 石家庄市栾诚区人民政府: the city is exact, its district misspelt.
            finer = _fuzzy_locate(zone)
            if finer is not None and finer.place.within(place):
                located = finer
            elif place.level == "province" and not _is_township(zone):
                # 四川蓬安工业园区管理委员会: a zone named by its province, then its host county's
                # short name (blind/X sichuan-nanchong-pengan-gongyeyuanqu-2025); not a town of a zone
                # (重庆市万盛经济技术开发区丛林镇: the town's, and the zone is no county).
                host = _zone_host_county(zone[run[-1].end :])
                if host is not None and host.within(place):
                    located = _Located(host, 0, "issuer")
        if source == "opening" and place is not None:
            # 我市站前区承担了…试点工作: a unit named right after the voice of the unit above it is a part
            # of the speaker's place, not the body (blind CH liaoning-yingkou-2018-trad, the city's report)
            located = _speakers_part(located, zone, run[0].start)
            place = located.place
        if source == "opening" and place is not None and place.level == "county":
            # A county named first in running text, in a text that names its city and other
            # counties of the city as much: the report is the city's (市、县、镇四级…).
            located = _city_over_counties(located, context())
            located = _city_by_its_counties(located, text)
        if source == "opening" and place is not None and place.level == "city":
            located = _province_over_cities(located, context(), text)
        return located, rest_cache[0] if rest_cache else []
    if issuer and len(issuer) >= 3 and issuer[0] not in "省市区县州旗":
        # The body's full name written once with its place before it ("(连云港徐圩新区)" in
        # 徐圩新区's report): the place run on into the body's own name is the body's.
        prefixed = [m for m in context() if text.startswith(issuer, m.end)]
        if prefixed:
            hyps = list(prefixed[0].places)
            located = _settle(hyps, context() if len(hyps) > 1 else [], 0, "issuer")
            if located.place is not None or located.tied:
                return located, context()
    if issuer:
        fuzzy = _fuzzy_locate(issuer)
        if fuzzy is not None:
            return fuzzy, rest_cache[0] if rest_cache else []
        host = _zone_host_county(issuer)
        if host is not None and (
            _zone_word(_strip_management(issuer)) not in _rules()["zone"]["feature_named"]
            or any(host.within(p) for m in context() for p in m.places if p.level != "zone")
        ):
            # (a 新区 only when the text names that county, its city or province somewhere:
            # 南湖新区 of 岳阳 is no zone of 嘉兴's 南湖区 because the two short names agree)
            return _Located(host, 0, "issuer"), rest_cache[0] if rest_cache else []
    mentions = context()
    # Places named only inside the titles of cited documents (《安徽省…通知》) are other
    # bodies' names: weak evidence, kept for last.
    own = [m for m in mentions if not _inside_quotes(text, m.start)]
    named = Counter(m.name for m in own)
    own = [m for m in own if not _short_only(m) or named[m.name] >= 2]
    if own:
        # The place the text names most (addresses, "全区", other bodies of the same place).
        name = Counter(m.name for m in own).most_common(1)[0][0]
        hyps = list(next(m.places for m in own if m.name == name))
        located = _settle(hyps, mentions, 0, "text")
        if located.place is not None and located.place.level == "county":
            located = _city_over_counties(located, own)
        if located.place is not None and located.place.level == "city":
            located = _province_over_cities(located, own, text)
        return located, mentions
    weak = _coded_place(text) or _prefixed_province(text)
    quoted = [
        m
        for m in mentions
        if _inside_quotes(text, m.start)
        and (not _short_only(m) or sum(1 for o in mentions if o.name == m.name) >= 2)
    ]
    # A cited title that names the body's own town right after its county
    # (《关于成立长汀县馆前镇…小组的通知》 in 馆前镇's report): that county is the town's.
    town = re.match(r"[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)", issuer or "")
    ties = {
        m.places[0]
        for m in quoted
        if town
        and len(m.places) == 1
        and m.places[0].level == "county"
        and text.startswith(town.group(0), m.end)
    }
    if weak is None and len(ties) == 1:
        weak = _Located(ties.pop(), 0, "cited")
    # Titles of one chain (《四川省…通知》, 《甘孜州人民政府办公室…》, or a 川办 number beside the city's
    # title): the province's and one of its cities' documents, read by a body inside that city
    # (blind/X sichuan-ganzi-seweizhen-2021).
    cited = {p for m in quoted for p in m.places}
    deepest = [p for p in cited if all(gz.common_ancestor([p, q]) == q for q in cited)]
    if (
        len(deepest) == 1
        and deepest[0].level == "city"
        and (
            weak is None
            or (
                weak.place is not None
                and gz.common_ancestor([weak.place, deepest[0]]) == weak.place
            )
        )
    ):
        weak = _Located(deepest[0], 0, "cited")
    if weak is None and quoted:
        place = gz.common_ancestor(list(cited))
        weak = _Located(place, 0, "cited") if place is not None else None
    return weak or _Located(), mentions


_TITLE_LOST_CHAR = r"[^\s《》。;,,、\n((]"
_TITLE_LOST_OPENING = re.compile(_TITLE_LOST_CHAR + "{1,40}》")
_TITLE_LOST_END = re.compile(f"》(?<={_TITLE_LOST_CHAR}》)")  # (from 》 to 》, not char by char)


def _inside_quotes(text: str, pos: int) -> bool:
    opened = text.rfind("《", max(0, pos - 80), pos)
    if opened >= 0 and text.rfind("》", opened, pos) < 0:
        return True
    # a title whose opening 《 the page lost (按照广东省政府信息公开规定》以及…): the name runs
    # on to a closing 》 with no other title and no sentence break between
    closed = text.find("》", pos, pos + 40)
    return closed >= 0 and not re.search(r"[《。;\n]", text[pos:closed])


def _city_over_counties(located: _Located, mentions: list[gz.Mention]) -> _Located:
    place = located.place
    assert place is not None
    counts: Counter[gz.Place] = Counter()
    for m in mentions:
        if len(m.places) == 1:
            counts[m.places[0]] += 1
    siblings = [p for p in counts if p.level == "county" and p.city == place.city and p != place]
    city = next((p for p in counts if p.level == "city" and p.city == place.city), None)
    if city is not None and len(siblings) >= 2 and counts[place] <= counts[city]:
        return _Located(city, 0, located.source)
    return located


def _city_by_its_counties(located: _Located, text: str) -> _Located:
    """A county named in running text (告知申请人…渠道为叶县政府) of a text that reports its
    counties' figures as its own parts (各县(市、区)公开信息15170条): the report is the county's
    city's, the county another body it names."""
    place = located.place
    if place is None or place.level != "county" or place.municipality or place.city is None:
        return located
    counties = _patterns()["own_counties"]
    if not any(not _inside_quotes(text, m.start()) for m in counties.finditer(text)):
        return located
    city = gz.unit(place.province, place.city)
    return _Located(city, 0, located.source) if city is not None else located


def _province_over_cities(located: _Located, mentions: list[gz.Mention], text: str) -> _Located:
    """A city named in running text (南京图书馆, 南京45件,无锡33件,…) of a text that speaks as its
    province (全省共受理…, 省级行政机关) and names two more cities of the province: the report
    is the province's, its cities a breakdown."""
    place = located.place
    assert place is not None
    if place.municipality or not any(c in text for c in _rules()["level"]["province"]):
        return located
    siblings = {
        m.places[0]
        for m in mentions
        if len(m.places) == 1
        and m.places[0].level == "city"
        and m.places[0].province == place.province
        and m.places[0] != place
    }
    province = gz.unit(place.province)
    if len(siblings) >= 2 and province is not None:
        return _Located(province, 0, located.source)
    return located


# A unified social credit code (in an index number 索引号) carries its body's division code:
# 11330800002618015K -> 330800 (衢州市).
_CREDIT_CODE = re.compile(r"索引号[:|\s]*[0-9A-HJ-NPQRTUWXY]{2}(\d{6})[0-9A-HJ-NPQRTUWXY]{9,10}\b")


def _coded_place(text: str) -> _Located | None:
    m = _CREDIT_CODE.search(text[:HEAD_CHARS])
    if not m:
        return None
    place = gz.place_by_code(m.group(1))
    return _Located(place, 0, "code") if place is not None else None


def _prefixed_province(text: str) -> _Located | None:
    """The province whose document numbers (皖政办〔…〕) the text cites, when all agree."""
    rules = _rules()["doc_prefix"]
    found = {
        rules["provinces"][m.group(1)] for m in re.finditer(rules["pattern"], text[:REST_CHARS])
    }
    if len(found) != 1:
        return None
    place = gz.unit(found.pop())
    return _Located(place, 0, "doc_prefix") if place is not None else None


_UNIT_IN_NAME = re.compile(
    r"^(.{2,8}?[区县市旗])(?=人民政府|政府|[^区县市旗]{1,12}(?:局|委|办|中心)$)"
)


def _fuzzy_locate(issuer: str) -> _Located | None:
    """The body's place when its name misspells it: the unit word before 人民政府 or the
    bureau, matched loosely, inside the city the name gives if it gives one."""
    mentions = gz.find_places(issuer)
    within, offset = None, 0
    if mentions and mentions[0].start == 0:
        hyps = gz.chain(_from_first_run(mentions))
        within = hyps[0] if len(hyps) == 1 and hyps[0].level in ("province", "city") else None
        offset = _from_first_run(mentions)[-1].end
    m = _UNIT_IN_NAME.match(issuer[offset:])
    if not m:
        return None
    place = gz.fuzzy_place(m.group(1), within)
    if place is None:
        return None
    return _Located(place, offset + m.end(1), "issuer")


_BODY_AFTER_PLACE = re.compile(
    r"(?:人民政府|政府|管委会|管理委员会|[^\s,。、;:()]{0,12}?(?:局|委|厅|办公室|中心))"
)


@cache
def _zone_after_place() -> re.Pattern[str]:
    """A zone named by its host's name (郑州高新区沟赵办事处, 郑州高新技术产业开发区双桥办事处): the
    zone is a body of that place, whatever body of it follows. Not the zone words a lake or an
    area names (新区, 示范区: feature_named)."""
    zone = _rules()["zone"]
    words = [w for w in zone["words"] if w not in zone["feature_named"] and "园" not in w]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _speakers_part(located: _Located, text: str, start: int) -> _Located:
    """A county named right after 我市/本市 (我市站前区), or a city right after 我省/本省: a part of the
    speaker's own unit, which is the place then (the county's city, the city's province)."""
    place = located.place
    voice = _rules()["self_reference"]
    if place is None or place.municipality:
        return located

    def after(words: list[str]) -> bool:
        return any(text.endswith(w, 0, start) for w in words)

    if place.level == "county" and after(voice["city"]) and place.city:
        whole = gz.unit(place.province, place.city)
    elif place.level in ("city", "county") and after(voice["province"]):
        whole = gz.unit(place.province)
    else:
        return located
    return located if whole is None else _Located(whole, 0, located.source)


def _body_run(mentions: list[gz.Mention], text: str) -> list[gz.Mention]:
    """In running text, the first place named as a body (宿州市人民政府, 南京市溧水区财政局),
    else the first place named at all."""
    runs: list[list[gz.Mention]] = []
    for m in mentions:
        if runs and m.start - runs[-1][-1].end <= 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if _BODY_AFTER_PLACE.match(text, run[-1].end) or (
            # (not a name in quotes: 《西宁经济技术开发区政府信息公开指南》 names a guide, 公众号平台
            # “西宁开发区” an account — blind/U qinghai-xining-jingkaiqu-2022)
            _zone_after_place().match(text, run[-1].end)
            and not _inside_quotes(text, run[0].start)
            and not (run[0].start > 0 and text[run[0].start - 1] in "“「\"'")
        ):
            return run
    # No body named: the first place named in full (宿州市, not 中山 of 孙中山) or a short
    # name the text repeats; a lone short name inside a word is no evidence.
    counts = Counter(m.name for m in mentions)
    for run in runs:
        if any(not _short_only(m) or counts[m.name] >= 2 for m in run):
            return run
    return []


def _short_only(m: gz.Mention) -> bool:
    """A mention by a short name only (中山 for 中山市), never a unit's full name.

    An autonomous prefecture's 州 form (甘孜州, 黔西南州) is its usual name, as specific as the full
    one (blind/X sichuan-ganzi-seweizhen-2021 cites 《甘孜州人民政府办公室办文通知》)."""
    if (
        m.name.endswith("州")
        and len(m.name) >= 3
        and any(p.name.endswith("自治州") for p in m.places)
    ):
        return False
    return all(p.name != m.name for p in m.places)


def _name_ends_in_a_unit(name: str, run: list[gz.Mention]) -> bool:
    """A name that is a county-level unit's name run on after two or more characters naming no
    place (银湖湾滨海新区): another body's own name, not that unit's."""
    head = name[: run[0].start]
    return (
        run[-1].end == len(name)
        and len(head) >= 2
        and _HAN_ONLY.fullmatch(head) is not None
        and all(p.level == "county" for p in run[-1].places)
    )


def _from_first_run(mentions: list[gz.Mention]) -> list[gz.Mention]:
    """The first run of adjacent mentions (石家庄市 长安区): one body's place name."""
    run = [mentions[0]]
    for m in mentions[1:]:
        if m.start - run[-1].end > 1:
            break
        run.append(m)
    return run


def _municipality_cue(issuer: str | None, text: str) -> gz.Place | None:
    rules = _rules()["municipality"]
    if not issuer or issuer not in rules["only_bodies"]:
        return None
    for cue, name in rules["cues"].items():
        if cue in text[:REST_CHARS]:
            places = gz.gazetteer().names.get(name, [])
            return next((p for p in places if p.level == "province"), None)
    return None


def _unknown_county_prefix(issuer: str) -> bool:
    """The issuer opens with a name of a county-level unit (XX管理区, XX县) that is no known
    place and no development zone: a county's department whatever the text places it by."""
    r = _rules()["level"]
    m = _patterns()["county_department"].match(issuer)
    if m is None:
        return False
    prefix = m.group(1)
    if prefix.endswith(tuple(r["county_name_not"])):
        return False
    if any(w in prefix for w in _rules()["zone"]["words"]):
        return False
    return not any(match.start == 0 for match in gz.find_places(prefix, 0, len(prefix)))


def _county_after_bare_province(name: str, province: gz.Place) -> gz.Place | None:
    """The county whose short name follows the province's name said bare at the start of the
    body's name (湖南衡山… → 衡山县), when the province has one county of that short name."""
    run = gz.find_places(name, 0, len(name))
    if len(run) != 1 or run[0].start != 0 or province not in run[0].places:
        return None
    said = run[0].name
    if len(said) >= len(province.name):
        return None  # 湖南省…, 西藏自治區…: the province named in full
    for size in (2, 3):
        short = name[len(said) : len(said) + size]
        counties = [p for p in gz.gazetteer().counties_by_short_name(short) if p.within(province)]
        if len(counties) == 1:
            return counties[0]
    return None


def _unknown_area_after_city(name: str) -> bool:
    """After the places it opens with, the body's name opens with an area of a kind that is a
    county-level unit under a city (XX管理区), no place the gazetteer knows."""
    run = gz.find_places(name, 0, len(name))
    if not run or run[0].start != 0:
        return False
    return _patterns()["area_below_city"].match(name, _from_first_run(run)[-1].end) is not None


def _county_department(text: str) -> bool:
    opening = text[:HEAD_CHARS]
    if _level_cue(opening) == "county":
        return True
    return bool(_name_patterns()["county_department"].search(opening))


def _province_department(text: str) -> bool:
    """The opening calls the body a 厅 (我厅, 厅党组) and speaks of its province's government, never of a
    city's or a county's (rules/bodies.toml [level] province_department_*)."""
    opening = text[:HEAD_CHARS]
    r = _rules()["level"]
    return (
        any(w in opening for w in r["province_department_self"])
        and any(w in opening for w in r["province_department_voice"])
        and not any(w in opening for w in r["province_department_not"])
        and _level_cue(opening) is None
    )


@cache
def _name_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of a body's name built from the rules' word lists: once per process, where
    each call built and looked up its pattern anew."""
    r = _rules()
    units = "".join(r["level"]["county_units"])
    runs = alternation(r["zone"]["functional_district"])
    return {
        "county_department": re.compile(
            r"(?:^|[,。;\n]|年)\s*["
            + units
            + r"][\u4e00-\u9fff]{1,8}?(?:"
            + alternation(r["level"]["county_department_endings"])
            + ")(?=[\u4e00-\u9fff])"
        ),
        "branch": re.compile(
            r"(?:"
            + alternation(r["department"]["endings"])
            + r")(.{1,14}?)(?:"
            + alternation(r["department"]["branch_endings"])
            + r")$"
        ),
        "zone_short_name": re.compile(
            r"([\u4e00-\u9fff]{2,4}?)(?:"
            + alternation(sorted(r["zone"]["words"], key=len, reverse=True))
            + ")"
        ),
        "run_district": re.compile(r"[\u4e00-\u9fff]{2,}区(?:" + runs + ")$"),
        "run_zone": re.compile(r"(" + alternation(r["zone"]["words"]) + r")(?:" + runs + ")$"),
    }


def _level_cue(text: str) -> str | None:
    opening = text[:HEAD_CHARS]
    if any(c in opening for c in _rules()["level"]["county"]):
        return "county"
    return "city" if any(c in opening for c in _rules()["level"]["city"]) else None


# ---------------------------------------------------------------- all together


def parse_metadata(doc: Document, manifest: hn.Manifest | None = None) -> Metadata:
    # spam runs out, letter-spaced place names (常 州 市) together: metadata keeps no offsets
    text = gz.joined_spaced_names(_without_spam(doc.text))
    conf = _rules()["confidence"]
    meta = Metadata(synthetic=SYNTHETIC_MARK in text)
    header = hn.header(text)
    meta.title = find_title(text)
    title_source = "title"
    if meta.title and header.get("标题") and _clean_title(header["标题"]) == meta.title:
        title_source = "header"
    if meta.title is None:
        # A file named after its report ("2023年XX区人民政府政府信息公开工作年度报告.pdf").
        stem = hn.filename_title(doc.source)
        if stem and _is_title(stem) and _YEAR_IN_TITLE.search(stem):
            meta.title, title_source = stem, "filename"
    meta.issuer, how = _find_issuer(text, meta.title)
    if meta.issuer and "\ufffd" in meta.issuer:
        # a name with characters the page lost (嘉兴市人民政�� of a mojibake title): unknown
        meta.warnings.append(f"issuer unknown: the name lost characters ({meta.issuer})")
        meta.issuer, how = None, None
    elif meta.issuer and how not in ("title", "header") and "\ufffd" in text:
        # a page that lost characters may have lost the phrase that names its body: a name
        # read from its other sentences (各乡镇人民政府…) is no evidence of the issuer
        meta.warnings.append(f"issuer unknown: the page lost characters ({meta.issuer}?)")
        meta.issuer, how = None, None
    if meta.issuer is None and header.get("发布机构"):
        name = _clean_body(header["发布机构"])
        if name and _patterns()["body_ending"].search(name):
            meta.issuer, how = name, "header"
    issuer_source = {"title": title_source, "header": "header"}.get(how or "", "text")
    issuer_conf = {
        "title": conf[title_source],
        "header": conf["header"],
        "phrase": conf["issuer_phrase"],
        "field": conf["opening"],
        "weak": conf["body_text"],
    }.get(how or "", 0.0)
    if meta.issuer:
        meta.provenance["issuer"] = _prov(issuer_source, issuer_conf)
    meta.year, year_warnings = find_year(text, meta.title)
    meta.warnings += year_warnings
    if meta.year is not None:
        by_title = bool(
            meta.title
            and _YEAR.search(meta.title)
            and int(_YEAR.search(meta.title).group(1)) == meta.year
        )
        period = _PERIOD.search(text) or _SPAN.search(text)
        meta.provenance["year"] = _prov(
            title_source if by_title else "text",
            (conf[title_source] if by_title else 0.9 if period else 0.6)
            - (0.2 if year_warnings else 0),
        )
    meta.format = format_for(meta.year, text)
    _describe_body(meta, text, (issuer_source, issuer_conf), title_source)
    meta.scope, scope_prov, scope_warnings = find_scope(text, meta)
    meta.warnings += scope_warnings
    if meta.scope:
        meta.provenance["scope"] = scope_prov
    meta.published = find_published(text, header)
    if manifest is not None:
        apply_hints(meta, manifest.lookup(doc.source, header.get("原文链接")))
    return meta


def _prov(source: str, confidence: float) -> dict:
    return {"source": source, "confidence": round(max(0.05, min(confidence, 1.0)), 2)}


def _clean_title(title: str) -> str:
    return title.split("|")[0].strip()


def _describe_body(
    meta: Metadata,
    text: str,
    issuer_evidence: tuple[str, float] = ("text", 0.5),
    title_source: str = "title",
) -> None:
    issuer = meta.issuer
    joint = issuer.split(" ") if issuer and " " in issuer else None
    # A joint issuer (区人民政府 + 开发区管委会) is placed and typed by its government.
    body_name = joint[0] if joint else issuer
    located, context = _locate(body_name, meta.title, text)
    place = _placed(meta, located, issuer, text)
    named_zone = (
        place is not None and place.level == "zone" and located.source in ("issuer", "title")
    )
    branch = _branch_county(body_name, place) if body_name else None
    zone = (
        not joint
        and not branch
        and not (body_name and _is_township(body_name))  # 万盛经开区关坝镇: the township's own
        and (named_zone or bool(body_name and _zone_outside_places(body_name)))
    )
    kind = "development_zone" if zone else _body_kind(body_name, text)
    meta.body_kind = kind
    if branch is not None and branch is not True:
        place = branch  # 常州工商行政管理局高新区(新北)分局: the branch of 新北区
    if kind == "department" and issuer:
        meta.department = _department_name(
            issuer, located.name_end if located.source == "issuer" else 0
        )

    township = bool(body_name) and (
        _is_township(body_name) or (kind == "development_zone" and _township_in_parens(body_name))
    )
    district_body = False
    if (
        place is not None
        and place.level in ("province", "city")
        and located.source in ("issuer", "title")
    ):
        # A district's bureau ("区财政局", or one serving "区委、区政府") whose name gives only
        # the city: its district is the one the text names.
        district_body = kind == "department" and (
            _level_cue(text) == "county" or bool(issuer and issuer[0] in "区县旗")
        )
        wants_county = township or district_body
        if wants_county:
            child = gz.dominant_child(place, context or gz.find_places(text, 0, REST_CHARS))
            if child is not None:
                place = child
    region = gz.region_of(place)
    if zone and place is not None:
        region = _zone_region(
            place, body_name or "", named_zone, context or gz.find_places(text, 0, REST_CHARS), text
        )
    meta.region = region
    # A province known only from the documents a report cites says nothing of its level.
    level_place = place
    # (…unless the body is that municipality's own government: 由市政府辦公廳綜合各區(縣)人民政府…编制 in a
    # text citing only 《上海市…规定》 is 上海's report, province level — blind/X shanghai-2012-trad.)
    own_municipality = bool(
        place is not None
        and place.municipality
        and place.level == "province"
        and re.fullmatch(r"市(?:人民)?政府(?:办公厅)?", issuer or "")
    )
    if located.source == "doc_prefix" or (
        located.source == "cited"
        and not (place is not None and place.level == "city" and _level_cue(text) == "city")
        and not own_municipality
    ):
        level_place = None  # a body cites its province's or city's documents whatever its level
    if place is not None and located.source == "title" and not issuer and _title_cut(meta.title):
        # 杭州市365ba_365bet…体育人民政府办公室…报告: the place before the cut stands, but whether the
        # body is that city's or one of its districts' went with the cut (blind BE
        # zhejiang-hangzhou-xihu-bgs-2021-spam, a district's office): its level is unknown.
        level_place = None
        meta.warnings.append(
            f"level: the title's name of the body was cut after {place.name}: "
            "the city's own body or one of its units', unknown"
        )
    meta.level = _level(level_place, kind, township, issuer, located.tied)
    # "区财政局", "县教育局": a body that names itself by the county-level unit word.
    district_body = (
        district_body
        or bool(issuer and issuer[0] in "区县旗" and kind == "department")
        or branch is not None
    )
    if district_body and meta.level in ("city", "province"):
        # a district's bureau whose district the text does not name (县统计局 …重庆市、县委、县政府:
        # placed by its municipality, a county's bureau all the same)
        meta.level = "county"
    if body_name:
        _correct_named_level(meta, body_name, kind, place, located, text)
    elif body_name is None:
        _correct_unnamed_level(meta, kind, place, located, text)
    if not meta.level and meta.body_kind == "department" and _county_department(text):
        # A bureau placed nowhere (or only by the documents it cites) that serves 区委、区政府
        # or calls itself 县水务局: a county's department, wherever that county is.
        meta.level = "county"
    if (
        not meta.level
        and meta.body_kind == "department"
        and region.province
        and _province_department(text)
    ):
        # A 厅 placed only by the documents it cites that speaks of 省委、省政府: a province's department.
        meta.level = "province"

    _body_provenance(meta, located, place, region, issuer_evidence, title_source)


def _placed(meta: Metadata, located: _Located, issuer: str | None, text: str) -> gz.Place | None:
    """The place a body was located at, or the municipality its wording implies when none was
    named; a warning for each weak or ambiguous reading."""
    place = located.place
    if located.ambiguous:
        names = "、".join(f"{p.province}{p.city or ''}{p.name}" for p in located.tied)
        meta.warnings.append(
            f"region: {located.tied[0].name} names several units ({names}) and the "
            f"text does not say which; left "
            + (f"at {place.name}" if place is not None else "unknown")
        )
    if place is None and not located.tied:
        place = _municipality_cue(issuer, text)
        if place is not None:
            located.source = "text"
            meta.warnings.append(
                f"region: no place named; {place.name} inferred from the body "
                f"{issuer} and the text's wording"
            )
    if located.source in ("code", "doc_prefix", "cited"):
        meta.warnings.append(
            f"region: no place named in the text; {place.name} only from "
            + {
                "code": "an index number's division code",
                "doc_prefix": "the document numbers it cites (weak evidence)",
                "cited": "the titles of documents it cites (weak evidence)",
            }[located.source]
        )
    return place


def _body_provenance(
    meta: Metadata,
    located: _Located,
    place: gz.Place | None,
    region: Region,
    issuer_evidence: tuple[str, float],
    title_source: str,
) -> None:
    """Where the region (as the body was placed), body kind and level came from, and how sure
    each is."""
    conf = _rules()["confidence"]
    issuer = meta.issuer
    # a field read from the body's name is as good as the name's source
    source, confidence = {
        "issuer": issuer_evidence,
        "title": (title_source, conf[title_source]),
        "opening": ("text", conf["opening"]),
        "text": ("text", conf["body_text"]),
        "code": ("text", conf["code"]),
        "doc_prefix": ("text", conf["doc_prefix"]),
        "cited": ("text", conf["doc_prefix"]),
        "portal": ("text", conf["body_text"]),
    }.get(located.source or "", ("text", conf["body_text"]))
    if located.ambiguous:
        confidence *= 0.6
    if region.province:
        meta.provenance["region"] = _prov(source, confidence)
    by_name = issuer_evidence if issuer else (source, confidence * 0.8)
    if meta.body_kind:
        meta.provenance["body_kind"] = _prov(by_name[0], by_name[1] * 0.95)
    if meta.level:
        meta.provenance["level"] = _prov(
            by_name[0],
            min(by_name[1], confidence) * 0.95 if place is not None else by_name[1] * 0.8,
        )


def _correct_named_level(
    meta: Metadata,
    body_name: str,
    kind: str | None,
    place: gz.Place | None,
    located: _Located,
    text: str,
) -> None:
    """The level of a body that names itself, where its name says more than the place it was
    placed by: an area or a county the gazetteer does not know, a province said bare."""
    issuer = meta.issuer or ""  # (a body that names itself has its issuer)
    if (
        meta.level in ("city", "province")
        and kind == "department"
        and located.source not in ("issuer", "title")
        and _unknown_county_prefix(issuer)
    ):
        # 屈原管理区自然资源局, placed only by 湖南省互联网+政务服务一体化平台: a bureau whose own name
        # opens with a county-level unit the gazetteer does not know is that unit's, not the
        # province's or city's its text names elsewhere (blind BB quyuan-ziranziyuanju-2022)
        meta.level = "county"
    county = (
        _county_after_bare_province(body_name, place)
        if meta.level == "province"
        and located.source in ("issuer", "title")
        and place is not None
        and not place.municipality
        else None
    )
    if county is not None:
        # 湖南衡山萱洲国家湿地公园管理处: a province's body names it in full (湖南省…厅, or 黑龙江质量技术监督局
        # straight on to its function); the province's bare name followed by one of its counties' short
        # names is a body of that county (blind BT hunan-hengyang-hengshan-xuanzhoushidi-2020, read
        # province level before; train's 广东从化…, 四川蓬安… zones are their counties' too)
        meta.level = "county"
        meta.region = gz.region_of(county)
        meta.warnings.append(
            f"region: {body_name} names {place.name} by its bare name and then {county.name}'s "
            f"short name: {county.name}'s body, county level"
        )
    if (
        meta.level == "city"
        and located.source in ("issuer", "title")
        and place is not None
        and place.level == "city"
        and _unknown_area_after_city(body_name)
    ):
        # 常德市桃花源旅游管理区, 常德市西洞庭管理区行政审批局: after its city the name opens with a
        # county-level area the gazetteer does not know (blind BT hunan-changde-taohuayuan-2022,
        # -xidongting-2022, read city level before): that area's body, its county unknown
        meta.level = "county"
        meta.warnings.append(
            f"level: {body_name} names an area under {place.name} that the gazetteer does not "
            "know: county level, the county unknown"
        )
    if (
        not meta.level
        and meta.body_kind in (None, "government")
        and issuer.endswith(tuple(_rules()["township"]["below_a_county"]))
        and _level_cue(text) == "county"
    ):
        # 城东管理区 …按照县委、县政府关于政府信息公开的要求: an area under a county
        meta.level = "township"
        meta.body_kind = "government"


def _correct_unnamed_level(
    meta: Metadata,
    kind: str | None,
    place: gz.Place | None,
    located: _Located,
    text: str,
) -> None:
    """The level of a body that never names itself, placed by the text around it, where the
    text's voice says otherwise (我县, 我街道, 全市, the province's government) or cannot tell."""
    if (
        meta.level == "city"
        and kind == "department"
        and located.source not in ("issuer", "title")
        and _level_cue(text) == "county"
    ):
        # 我局…按照上级要求和区政府统一部署, placed only by its city (杭州高新区(滨江)…网站): a
        # district's bureau, not the city's
        meta.level = "county"
    if (
        meta.level == "city"
        and kind == "department"
        and located.source not in ("issuer", "title")
        and place is not None
        and place.level == "city"
        and _level_cue(text) != "city"
        and not re.search(r"全市|各区|各县", text[:HEAD_CHARS])
    ):
        # A bureau that never names itself, placed by its city, whose opening names one district
        # of that city and no other (厦门市…平台, 湖里区企业年报公示率…): the city's bureau speaking
        # of a district, or the district's own; the text does not say which, so the level is
        # unknown (not the city's level with confidence, nor the district guessed from one word).
        inside = {
            p.name
            for m in gz.find_places(text, 0, HEAD_CHARS)
            for p in m.places
            if p.level == "county" and p.within(place)
        }
        if len(inside) == 1:
            meta.level = None
            meta.warnings.append(
                f"level: a bureau placed by {place.name} that names only {next(iter(inside))}"
                " of its districts and never itself: the city's or the district's, unknown"
            )
    if (
        meta.level == "city"
        and located.source in ("opening", "text")
        and place is not None
        and _speaks_of_province(text)
    ):
        # 《江苏省人民政府公报》…省档案馆和南京图书馆为省级行政机关…查阅点: a province's report
        # whose running text names one city most; the body's level and city are unknown.
        meta.warnings.append(
            f"level: a body that never names itself, placed only by {place.name} of its text, "
            "speaks of the province's government: level and city unknown"
        )
        meta.level = None
        province = gz.place_by_code(place.code[:2] + "0000")
        meta.region = gz.region_of(province) if province is not None else Region()
    if (
        meta.level in ("county", "city")
        and located.source not in ("issuer", "title")
        and _self_level(text) == "township"
    ):
        # 本报告在鼓楼区人民政府门户网站公布 … 我街道…: a township placed by its county's site
        # (通过吉林市政务公开网…向社会公开 … 本街道…: or by its city's)
        meta.level = "township"
        meta.body_kind = meta.body_kind or "government"
    if (
        meta.level == "city"
        and located.source not in ("issuer", "title")
        and _speaks_as_county(text, under_a_city=place is not None and place.level == "city")
    ):
        # 根据我县实际 … 及怀化市有关信息公开工作要求: a county placed by the city it follows
        # (…自治区人民政府、呼和浩特市人民政府有关规定的要求,由我区政府政务公开工作领导小组办公室负责编写: one of
        # the city's districts — blind BW neimenggu-huhehaote-saihan-2022, read city level)
        meta.level = "county"
    if (
        meta.level == "province"
        and located.source not in ("issuer", "title")
        and place is not None
        and place.level == "province"
        and not place.municipality
        and _speaks_as_city(text)
    ):
        # 依据…和江苏省、[spam]有关政府信息公开工作要求编制 … 全市各级行政机关: a body whose name the
        # page lost, placed only by the province whose rules it follows, that speaks as a city
        # (全市, 我市) and never as the province: not the province's report; a city's or a
        # county-level city's (both say 全市), unknown (blind BJ jiangsu-changzhou-2022-spam).
        meta.warnings.append(
            f"level: a body that never names itself, placed only by {place.name}, "
            "speaks as a city and not as the province: level unknown"
        )
        meta.level = None
    if not meta.level:
        meta.level = _self_level(text)
        if meta.level:
            meta.body_kind = meta.body_kind or "government"


def _branch_county(name: str, place: gz.Place | None) -> gz.Place | bool | None:
    """A city bureau's branch for one of its counties (XX局YY分局; 常州工商行政管理局高新区
    (新北)分局): a county-level department. Its county when the branch's own name (between
    the bureau and 分局) names one of the city's counties, True when it names none; None for a
    body that is no branch."""
    m = _name_patterns()["branch"].search(name)
    if not m:
        return None
    if place is None or place.level != "city":
        return True
    branch = m.group(1)
    for mention in gz.find_places(branch):
        inside = [p for p in mention.places if p.level == "county" and p.within(place)]
        if len(inside) == 1:
            return inside[0]
    for pos in range(len(branch) - 1):
        child = gz.gazetteer().child_after(place, branch, pos)
        if child is not None:
            return child
    return True


def _site_county(host: gz.Place, text: str) -> gz.Place | None:
    sites = (
        m for pattern in _rules()["zone"]["site"] for m in re.finditer(pattern, text[:HEAD_CHARS])
    )
    for m in sites:
        short = gz.gazetteer().child_after(host, m.group(1), 0)  # 临海门户网站
        if short is not None:
            return short
        for mention in gz.find_places(m.group(1)):
            inside = [p for p in mention.places if p.level == "county" and p.within(host)]
            if len(inside) == 1:
                return inside[0]
    return None


def _zone_region(
    host: gz.Place, name: str, named_zone: bool, context: list[gz.Mention], text: str
) -> Region:
    """A development zone's region: its host city, and as county the division the zone is
    (虎丘区 in 苏州高新区管委会(虎丘区人民政府)) or the one whose portal publishes its report
    (电子版可从临海门户网站…); else the zone's own name, a county-level unit of its own. An
    address is not enough: zones straddle counties, and their offices sit in one of them."""
    if host.level == "province" and not host.municipality:
        # 江苏省盐南高新区: the city is the one of the province the text names most.
        city = gz.dominant_child(host, context, level="city")
        host = city or host
    if host.level == "county" and host.county:
        return gz.region_of(host)
    region = gz.region_of(host)
    if host.level == "province" and not host.municipality:
        return region
    named = [
        m for m in gz.find_places(name) for p in m.places if p.level == "county" and p.within(host)
    ]
    county = named[0].places[0] if named and len(named[0].places) == 1 else None
    if county is None and host.level == "city" and not host.municipality and not named_zone:
        county = _site_county(host, text)
    if county is not None and county.level == "county":
        return gz.region_of(county)
    if host.level == "zone":
        region.county = host.county or host.name
    elif host.municipality and _zone_word(_strip_management(name)) is None:
        # 重庆解放碑中央商务区管理委员会: a functional district of a municipality (no zone word)
        # sits inside one of its districts; its own name is no county-level unit: unknown
        region.county = None
    else:
        zone_name = _zone_name(name, host)
        # a bare zone word (高新区管委会 of a text that names its city only elsewhere) names no
        # county-level unit: unknown
        region.county = None if zone_name in _rules()["zone"]["words"] else zone_name
    return region


def _zone_host_county(issuer: str) -> gz.Place | None:
    """A zone named by its county's short name (番禺经济技术开发区, 海门经济技术开发区): that county,
    when the short name is one county's only nationwide; else None."""
    m = _name_patterns()["zone_short_name"].match(issuer)
    if m is None:
        return None
    short = m.group(1)
    if any(p.level != "county" for x in gz.find_places(short) for p in x.places):
        return None  # 长沙高新区: named after its city (长沙县 is another unit)
    places = gz.gazetteer().counties_by_short_name(short)
    return places[0] if len(places) == 1 else None


def _zone_outside_places(issuer: str) -> str | None:
    """A zone word in the body's name that is not part of a place's own name (浦东新区,
    平潭综合实验区 are places; 合川工业园区 is a zone of 合川)."""
    masked = issuer
    for m in gz.find_places(issuer):
        masked = masked[: m.start] + " " * (m.end - m.start) + masked[m.end :]
    word = _zone_word(masked)
    if word is None:
        # 淮安生态文旅区综合管理部: a 区 that is no division, run by a zone's management.
        m = _name_patterns()["run_district"].search(masked)
        word = m.group(0) if m else None
    if word is None:
        # 绍兴滨海新区管委会: a name that is also a division's (天津's 滨海新区) but ends in a zone
        # word and is run by a zone's management; a division's government is its 人民政府.
        m = _name_patterns()["run_zone"].search(issuer)
        word = m.group(1) if m else None
    return word


def _zone_name(issuer: str, host: gz.Place) -> str:
    name = _strip_management(issuer)
    # A province prefix is not part of the zone's name (内蒙古呼和浩特经济技术开发区).
    mentions = gz.find_places(name)
    if (
        mentions
        and mentions[0].start == 0
        and all(p.level == "province" and not p.municipality for p in mentions[0].places)
    ):
        name = name[mentions[0].end :]
    return name or host.name


def _body_kind(issuer: str | None, text: str) -> str | None:
    if issuer:
        if _is_government(issuer) or _is_township(issuer):
            return "government"
        own = _ALIAS_AFTER.sub("", issuer)  # 自治区民委(宗教事务局): the first name says the kind
        if any(own.endswith(e) for e in _rules()["department"]["endings"]):
            return "department"
    # No usable name: how the body speaks of itself (我局 / 我市).
    opening = text[:REST_CHARS]
    words = _rules()["self_reference"]
    own_office = sum(opening.count(w) for w in words["department"])
    own_place = sum(opening.count(w) for w in words["government"])
    if own_office or own_place:
        return "department" if own_office > own_place else "government"
    return None


def _level(
    place: gz.Place | None,
    kind: str | None,
    township: bool,
    issuer: str | None,
    tied: tuple[gz.Place, ...] = (),
) -> str | None:
    if township:
        return "township"
    if kind == "development_zone":
        return "county"
    if tied and place is None or (tied and place is not None and place.level != tied[0].level):
        # Same-named units of one level (两个和平区): the level is sure, the place is not.
        levels = {
            ("province" if p.municipality and p.level == "province" else p.level) for p in tied
        }
        return levels.pop() if len(levels) == 1 and "zone" not in levels else None
    if place is None:
        if issuer in _rules()["municipality"]["only_bodies"]:
            return "province"
        units = tuple(_rules()["level"]["county_units"])
        if issuer and issuer.startswith(units) and _is_government(issuer):
            return "county"  # 区政府办公室, 县人民政府: a county-level government, wherever
        if issuer and kind == "department":
            # 市商务局, 省商务厅, 自治区民委 placed nowhere: the department of a city, of a province
            for level in ("city", "province"):
                if issuer.startswith(tuple(_rules()["level"][f"{level}_units"])):
                    return level
        return None
    if place.level == "zone":
        return "city"
    if place.municipality and place.level == "province":
        return "province"
    return place.level


def _speaks_of_province(text: str) -> bool:
    """Outside the titles it cites (《广东省政府…规范》), the text speaks of the province's
    government at least twice, and more than of a city's."""
    opening = _QUOTED_TITLE.sub("", text[:REST_CHARS])
    words = _rules()["level"]
    province = sum(opening.count(w) for w in words["speaks_province"])
    city = sum(opening.count(w) for w in words["speaks_city"])
    return province >= 2 and province > city


def _speaks_as_county(text: str, under_a_city: bool = False) -> bool:
    """The opening speaks as a county (我县, 本县; 我区, 本区 too for a body placed by a city, whose
    区 is one of its districts or zones) and never as a city (我市, 本市)."""
    words = _rules()["self_reference"]
    county = words["county"] + (words["district_of_a_city"] if under_a_city else [])
    opening = text[:REST_CHARS]
    return any(w in opening for w in county) and not any(w in opening for w in words["city"])


def _speaks_as_city(text: str) -> bool:
    """The opening speaks as a city (全市, 我市, 本市) and never as a province (全省, 我省, 本省)."""
    words = _rules()["self_reference"]
    opening = text[:REST_CHARS]
    return any(w in opening for w in words["city_area"]) and not any(
        w in opening for w in words["province_area"]
    )


def _self_level(text: str) -> str | None:
    """A body that never names itself but speaks as a township (我乡, 我镇, 本街道)."""
    words = _rules()["self_reference"]
    opening = text[:REST_CHARS]
    township = sum(opening.count(w) for w in words["township"])
    others = sum(
        opening.count(w)
        for w in words["government"] + words["department"]
        if w not in words["township"]
    )
    return "township" if township > others else None


# ---------------------------------------------------------------- scope


@cache
def _scope_patterns() -> dict[str, re.Pattern[str]]:
    r = _rules()["scope"]
    verbs, units = alternation(r["verbs"]), alternation(r["units"])
    return {
        "compiled": re.compile(alternation(r["compiled"])),
        # what reads like "compiled for the whole area" but is the office's guidance of it
        # (指导全市各级行政机关…): blanked before the cues are counted; never matches when empty
        "compiled_not": re.compile("|".join(r.get("compiled_not", [])) or r"(?!)"),
        "whole_area": re.compile(alternation(r["whole_area"])),
        "own_body": re.compile(alternation(r["own_body"])),
        # after the cue: a figure clause (a verb, then a number with its unit)
        "figure": re.compile(
            r"[^,。;\n\d]{0,12}?(?:" + verbs + r")[^。;\n]{0,40}?\d[\d,.]*\s*"
            r"(?:余|多)?\s*(?:" + units + ")"
        ),
        # before the cue: the clause's start, its year, or a short place name (2024年台州市
        # 政府办公室全年共新收…), never a list (市政府及市政府办公室文件)
        "subject": re.compile(r"(?:^|[,。;:\n]|年度?,?)\s*[^\s\d,。;:、及和与]{0,4}$"),
    }


def _figure_clauses(kind: str, body: str, cues: re.Pattern[str] | None = None) -> list:
    p = _scope_patterns()
    out = []
    for cue in (cues or p[kind]).finditer(body):
        if not p["subject"].search(body[max(0, cue.start() - 8) : cue.start()]) and cue.start() > 0:
            continue
        figure = p["figure"].match(body, cue.end())
        if figure:
            out.append(_Span(cue.start(), figure.end(), body))
    return out


@dataclass
class _Span:
    begin: int
    stop: int
    body: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.body[self.begin : self.stop]


def find_scope(text: str, meta: Metadata) -> tuple[str | None, dict, list[str]]:
    """Whose figures the report gives: "whole_area" (every body of the area, 全市各级行政机关…)
    or "own_body" (the issuing office's or department's own), from the clauses that state
    figures or say how they were compiled; None (unknown) without cues or with cues both ways."""
    p, r = _scope_patterns(), _rules()["scope"]
    body = text[:REST_CHARS]
    for phrase in r["own_body_not"]:
        body = body.replace(phrase, " " * len(phrase))
    body = p["compiled_not"].sub(lambda m: " " * len(m.group(0)), body)
    compiled = list(p["compiled"].finditer(body))
    whole = _figure_clauses("whole_area", body)
    own = _figure_clauses("own_body", body)
    if meta.body_kind == "department" and meta.issuer:
        # A bureau naming itself as the subject of a figure (市财政局共收到…申请5件).
        names = {meta.issuer, meta.department or meta.issuer}
        own += _figure_clauses("own_body", body, re.compile(alternation(sorted(names))))
    n_whole, n_own = len(compiled) * 2 + len(whole), len(own)
    if n_whole and n_own and not (n_whole >= 3 * n_own or n_own >= 3 * n_whole):
        first = (compiled or whole)[0]
        return (
            None,
            {},
            [
                f"scope: the figures are said to be both the area's "
                f"({first.group(0)[:30]!r}) and the body's own "
                f"({own[0].group(0)[:30]!r}); left unknown"
            ],
        )
    if n_whole > n_own:
        evidence = (compiled or whole)[0]
        confidence = 0.9 if compiled else min(0.5 + 0.1 * len(whole), 0.85)
        return "whole_area", _scope_prov(evidence, confidence), []
    if n_own:
        return "own_body", _scope_prov(own[0], min(0.5 + 0.1 * n_own, 0.85)), []
    return None, {}, []


def _scope_prov(m, confidence: float) -> dict:
    out = _prov("text", confidence)
    out["evidence"] = {"start": m.start(), "end": m.end(), "text": m.group(0)}
    return out


# ---------------------------------------------------------------- published

_DATE = r"(20\d\d)\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?"


_DATE_LINE = re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@cache
def _published_pattern() -> re.Pattern[str]:
    fields = alternation(_rules()["published"]["fields"])
    return re.compile(r"(?:" + fields + r")\s*[:：]?\s*\|?\s*" + _DATE)


def find_published(text: str, header: dict[str, str] | None = None) -> str | None:
    """The date the document states it was issued or published (成文日期, 发布日期, a page's
    发布时间), as YYYY-MM-DD; None when it states none."""
    m = _published_pattern().search(text[:HEAD_CHARS])
    if not m:
        # A date standing on its own line under the title or under the signature at the end
        # ("宿州市人民政府办公室\n2017年3月15日") is the document's date.
        lines = [ln.strip() for ln in text[:300].splitlines()[:8] + text[-300:].splitlines()[-4:]]
        m = next((d for d in (_DATE_LINE.fullmatch(ln) for ln in lines) if d), None)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    try:
        import datetime as dt

        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- hints


def _refines(region: Region, place: gz.Place) -> bool:
    """True when `place` lies inside (or is) the region the text gave, or the text gave none."""
    return all(
        mine is None or mine == theirs
        for mine, theirs in (
            (region.province, place.province),
            (region.city, place.city),
            (region.county, place.county),
        )
    )


def apply_hints(meta: Metadata, hint: dict[str, str], source: str = "manifest") -> None:
    """Fill what the text left unknown from a hint (a manifest row), recording it as the
    field's source; a hint that contradicts the text is a warning, and it replaces the
    text's value only when the text's evidence was weak."""
    if not hint:
        return
    conf = _rules()["confidence"]
    strong = conf["strong"]

    def settle(field_name: str, prov_key: str, have, want, set_value) -> None:
        if want is None or want == have:
            if want is not None and prov_key not in meta.provenance:
                meta.provenance[prov_key] = _prov(source, conf[source])
            return
        if have is None:
            set_value(want)
            meta.provenance[prov_key] = _prov(source, conf[source])
            return
        trusted = meta.provenance.get(prov_key, {}).get("confidence", 0.0)
        if trusted >= strong:
            meta.warnings.append(
                f"{source}: {field_name} {want!r} contradicts the text's "
                f"{have!r} (confidence {trusted}); kept the text's"
            )
        else:
            meta.warnings.append(
                f"{source}: {field_name} {want!r} replaces the text's weakly "
                f"supported {have!r} (confidence {trusted})"
            )
            set_value(want)
            meta.provenance[prov_key] = _prov(source, conf[source])

    settle(
        "issuer", "issuer", meta.issuer, hint.get("issuer"), lambda v: setattr(meta, "issuer", v)
    )
    if "year" in hint:

        def set_year(v: int) -> None:
            meta.year = v
            meta.format = format_for(v, "")

        settle("year", "year", meta.year, int(hint["year"]), set_year)
    if "region_code" in hint:
        place = gz.place_by_code(hint["region_code"])
        if place is None:
            meta.warnings.append(
                f"{source}: region_code {hint['region_code']} is not a known division"
            )
        elif _refines(meta.region, place):
            # a finer unit inside what the text says (江苏省 -> 鼓楼区 of 南京): no contradiction
            if meta.region.code != place.code:
                meta.region = gz.region_of(place)
                meta.provenance["region"] = _prov(source, conf[source])
        else:
            settle(
                "region_code",
                "region",
                meta.region.code,
                place.code,
                lambda v: setattr(meta, "region", gz.region_of(place)),
            )
    for key in ("level", "body_kind", "scope"):
        if key in hint:
            settle(key, key, getattr(meta, key), hint[key], lambda v, k=key: setattr(meta, k, v))
