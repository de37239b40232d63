"""Report metadata: title, issuer, year, format, level, body kind, department, region.

Where the body says who and where it is, most trusted first: the title line and the
issuer it names, then the page's opening lines, then the rest of the text. The
year combines the title, the statistics period and the body text, and says in a
warning when they disagree. Vocabulary (body endings, zone words, title wording)
lives in rules/bodies.toml; the gazetteer in region.py.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..model import SYNTHETIC_MARK, Document, Region
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
    format: str | None = None          # legacy | standard_2019 | standard_2021
    level: str | None = None           # province | city | county | township
    body_kind: str | None = None       # government | department | development_zone
    department: str | None = None
    region: Region = field(default_factory=Region)
    synthetic: bool = False
    warnings: list[str] = field(default_factory=list)


@cache
def _rules() -> dict:
    text = resources.files("govbench.rules").joinpath("bodies.toml").read_text("utf-8")
    return tomllib.loads(text)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = _rules()
    endings = _alternation(r["issuer"]["body_endings"])
    fields = _alternation(r["issuer"]["fields"])
    subjects = _alternation(r["title"]["subjects"])
    announce = _alternation(r["issuer"]["announce"])
    return {
        # A title run into a sentence starts after its verb: "现公布|由…编制的" + title.
        "inline_lead": re.compile(r"^.*(?:" + _alternation(r["issuer"]["announce"] + r["issuer"]["lead_ins"]) + ")"),
        "announce_year": re.compile(
            r"(?:" + _alternation(r["issuer"]["announce"] + r["issuer"]["lead_ins"]) + r")[^。]{0,40}?"
            r"(20\d\d)\s*年(?!\d*\s*月)度?[^。]{0,12}?(?:" + subjects + ")"),
        "title_in_quotes": re.compile(r"《([^《》]{4,60}?(?:" + subjects + r")[^《》]{0,20}?报告)》"),
        "field": re.compile(r"(?:" + fields + r")\s*[:：]\s*([^\s|:：]{2,40})"),
        "announce": re.compile(
            r"(?:" + announce + r")《?([^《》,。;]{2,40}?)(?:\(以下简称[^)]*\))?"
            r"(?:关于)?\s*(?:20\d\d)\s*年度?(?:" + subjects + ")"),
        "compiled_by": re.compile(r"由([^,。;由]{2,30}?(?:" + endings + r"))(?:\(以下简称[^)]*\))?"
                                  r"(?:根据|依据|综合|编制|负责|汇总|牵头)"),
        "lead": re.compile(r"(?:^|\n|。)\s*(?:20\d\d)年度?(?:以来)?,\s*([^\s,。、()\"“]{2,20}?(?:" + endings + r"))"
                           r"(?=坚持|认真|严格|进一步|继续|深入|全面|按照|在|以|紧紧|紧扣|扎实|不断|高度|始终|"
                           r"围绕|积极|切实|根据|依据|持续|着力|严|贯彻|共|主动)"),
        "inline_title": re.compile(
            r"20\d\d\s*年度?\s?(?:" + subjects + r")[^\s,。《》]{0,10}?(?:"
            + _alternation(r["title"]["endings"]) + ")"),
        "body_ending": re.compile(r"(?:" + endings + r")$"),
    }


# ---------------------------------------------------------------- title


def _head_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text[:HEAD_CHARS].splitlines() if ln.strip()][:20]


def _is_title(line: str) -> bool:
    t = _rules()["title"]
    return (len(line) <= t["max_chars"] and any(s in line for s in t["subjects"])
            and any(line.endswith(e) for e in t["endings"]) and ">" not in line
            and "。" not in line and not line.startswith(("根据", "依据", "本报告", "本年度")))


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
            if prev and len(prev) <= 40 and not _is_title(prev) and (
                    re.search(r"20\d\d\s*年度?$", prev)
                    or (re.match(r"20\d\d", line) and _names_a_body(prev))):
                out.append(prev + line)
            out.append(line)
        elif nxt and any(nxt.startswith(e) for e in _rules()["title"]["continued_by"]) \
                and _is_title(line + nxt):
            out.append(line + nxt)
    head = _QUOTED_TITLE.sub(" ", text[:HEAD_CHARS])
    out += [_inline_title(head, m) for m in _patterns()["inline_title"].finditer(head)]
    out += [m.group(1) for m in _patterns()["title_in_quotes"].finditer(text[:HEAD_CHARS])]
    return [t for t in out if t]


def _inline_title(head: str, m: re.Match[str]) -> str:
    """A title run into a line: the year-and-subject anchor plus the body's name before it
    (back to the previous separator, and after any announcing verb)."""
    before = head[max(0, m.start() - 40):m.start()]
    cut = max(before.rfind(c) for c in _INLINE_STOPS)
    name = before[cut + 1:].rstrip()
    return (_patterns()["inline_lead"].sub("", name) + m.group(0)).strip()


def find_title(text: str) -> str | None:
    """The report's title: the first candidate that names its body, else the first."""
    candidates = _title_candidates(text)
    for title in candidates:
        if _issuer_from_title(title):
            return title
    if not candidates:
        return None
    title = candidates[0]
    m = _YEAR_IN_TITLE.search(title)
    if m and m.start() and _clean_body(title[:m.start()]) is None:
        return title[m.start():].strip()  # mirror-site junk where the body's name was
    return title


# ---------------------------------------------------------------- issuer

_QUOTED_TITLE = re.compile(r"《[^《》]*》")
_INLINE_STOPS = " \t\n,。:>》《;"
_YEAR_IN_TITLE = re.compile(r"(?:关于)?\s*(20\d\d)\s*年度?")


def _clean_body(name: str) -> str | None:
    name = re.sub(r"\(以下简称[^)]*\)", "", name).strip(" 《》\"“”:")
    name = re.sub(r"^关于", "", name)
    name = re.sub(r"\s+", "", name)
    if len(name) < 2 or any(w in name for w in _rules()["issuer"]["not_bodies"]):
        return None
    return name


def _issuer_from_title(title: str) -> str | None:
    m = _YEAR_IN_TITLE.search(title)
    if not m:
        return None
    before = _clean_body(title[: m.start()])
    if before:
        return before
    # "2014年芜湖市政府信息公开工作年度报告": the body stands between year and subject.
    after = title[m.end():]
    cuts = [k for k in (after.find(s) for s in _rules()["title"]["subjects"]) if k > 0]
    if cuts:
        name = _clean_body(after[:min(cuts)])
        if name and gz.find_places(name):
            return name
    return None


def _looks_like_body(name: str) -> bool:
    return bool(_patterns()["body_ending"].search(name)) or bool(gz.find_places(name))


def find_issuer(text: str, title: str | None) -> str | None:
    """The body as the report names it."""
    named = _issuer_from_title(title) if title else None
    others = _issuers_in_opening(text[:HEAD_CHARS])
    if named and not _patterns()["body_ending"].search(named):
        # The title names only the place (保定市2018年…): a fuller name of the same body
        # in the opening ("由保定市人民政府办公室综合…") is the issuer.
        fuller = next((o for o in others if o.startswith(named) and o != named), None)
        if fuller:
            return fuller
        # "发布机构:市政府办公厅" under "秦皇岛市2016年…": the place's own government issued it.
        if any(re.match(r"[省市区县旗州]?(?:人民)?政府", o) for o in others):
            return named + "人民政府"
        return named
    if named:
        return named
    return others[0] if others else None


def _issuers_in_opening(head: str) -> list[str]:
    p = _patterns()
    out: list[str] = []
    for key in ("announce", "compiled_by"):
        for m in p[key].finditer(head):
            name = _clean_body(m.group(1))
            if name and _looks_like_body(name):
                out.append(name)
    for m in p["field"].finditer(head):
        name = _clean_body(m.group(1))
        if name and p["body_ending"].search(name):
            out.append(name)
    m = p["lead"].search(head)
    if m:
        name = _clean_body(m.group(1))
        if name and not name.startswith(("我", "本")):
            out.append(name)
    return out


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
            base = name[m.end:]
    return (base == "" or base.startswith(tuple(_rules()["government"]["starts"]))
            or any(name.endswith(e) for e in _rules()["government"]["endings"]))


def _is_township(name: str) -> bool:
    base = re.sub(r"(人民政府|政府)(办公室)?$", "", name)
    return any(base.endswith(e) for e in _rules()["township"]["endings"])


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

_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年(?!\d*\s*月)(度)?")
_PERIOD = re.compile(
    r"(20\d\d)\s*年?\s*0?1\s*月?\s*0?1\s*日\s*(?:起)?\s*(?:至|到|-|—|~)\s*(?:(20\d\d)\s*年?)?\s*12\s*月?\s*31\s*日")
_SPAN = re.compile(r"自\s*(20\d\d)\s*年\s*(?:起)?\s*至\s*(20\d\d)\s*年")
# Places a year does not date the report: titles of documents and document numbers.
_QUOTED = re.compile(r"《[^《》]{0,80}》|〔\s*20\d\d\s*〕|\[\s*20\d\d\s*\]|\(\s*20\d\d\s*\)\s*\d+\s*号")
_LEADS = "。,;:!?、\n \t"


def _title_stands_alone(title: str, text: str) -> bool:
    head = text[:HEAD_CHARS]
    k = head.find(title)
    if k < 0:
        return True  # joined from two lines
    before = head[k - 1] if k else "\n"
    return before in "\n: 《" or head[max(0, k - 3):k] == "标题:"


def _valid(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def find_year(text: str, title: str | None) -> tuple[int | None, list[str]]:
    """The year the statistics cover, by a weighted vote of the sources."""
    votes: Counter[int] = Counter()
    said: dict[str, int] = {}
    if title:
        m = _YEAR.search(title)
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
    m = _patterns()["announce_year"].search(masked[:HEAD_CHARS])
    if m and _valid(int(m.group(1))):
        said["opening sentence"] = int(m.group(1))
        votes[said["opening sentence"]] += 1.5
    body: Counter[int] = Counter()
    for m in _YEAR.finditer(masked):
        year = int(m.group(1))
        if _valid(year) and (m.start() == 0 or masked[m.start() - 1] in _LEADS):
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
        f"(title 5, statistics period 4, opening sentence 1.5, body mentions 1 each up to 4)"
        for source, value in said.items() if value != year and source != "body text"
    ]
    return year, warnings


def format_for(year: int | None, text: str) -> str | None:
    if year is not None:
        return "legacy" if year <= 2018 else "standard_2019" if year <= 2020 else "standard_2021"
    if "本年制发件数" in text or re.search(r"\(六\)其他处理\s*1\.", text) or "逾期不补正" in text:
        return "standard_2021"
    if "本年新制作数量" in text or "本年新公开数量" in text:
        return "standard_2019"
    return None


# ---------------------------------------------------------------- place


@dataclass
class _Located:
    place: gz.Place | None = None
    name_end: int = 0          # where the place ends inside the issuer (for the department)
    source: str | None = None
    ambiguous: bool = False


def _locate(issuer: str | None, title: str | None, text: str) -> tuple[_Located, list[gz.Mention]]:
    """The body's unit: from its name first, then the opening, then the rest."""
    rest_cache: list[list[gz.Mention]] = []

    def context() -> list[gz.Mention]:
        if not rest_cache:
            rest_cache.append(gz.find_places(text, 0, REST_CHARS))
        return rest_cache[0]

    # Law and policy names in the opening (《河北省实施〈条例〉办法》) name other bodies.
    opening = _QUOTED_TITLE.sub(lambda q: " " * len(q.group(0)), text[:HEAD_CHARS])
    zones = [("issuer", issuer), ("title", title), ("opening", opening)]
    for source, zone in zones:
        if not zone:
            continue
        mentions = gz.find_places(zone)
        if not mentions:
            continue
        run = _from_first_run(mentions) if source != "opening" else _body_run(mentions, zone)
        hyps = gz.chain(run, zone)
        place, ambiguous = gz.pick(hyps, context() if len(hyps) > 1 else [])
        if place is not None:
            end = run[-1].end if source == "issuer" else 0
            located = _Located(place, end, source, ambiguous)
            if source == "issuer" and place.level in ("province", "city"):
                # 石家庄市栾诚区人民政府: the city is exact, its district misspelt.
                finer = _fuzzy_locate(zone)
                if finer is not None and finer.place.within(place):
                    located = finer
            return located, rest_cache[0] if rest_cache else []
    if issuer:
        fuzzy = _fuzzy_locate(issuer)
        if fuzzy is not None:
            return fuzzy, rest_cache[0] if rest_cache else []
    mentions = context()
    if mentions:
        # The place the text names most (addresses, "全区", other bodies of the same place).
        name = Counter(m.name for m in mentions).most_common(1)[0][0]
        hyps = list(next(m.places for m in mentions if m.name == name))
        place, ambiguous = gz.pick(hyps, mentions)
        return _Located(place, 0, "text", ambiguous), mentions
    return _Located(), mentions


_UNIT_IN_NAME = re.compile(r"^(.{2,8}?[区县市旗])(?=人民政府|政府|[^区县市旗]{1,12}(?:局|委|办|中心)$)")


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


_BODY_AFTER_PLACE = re.compile(r"(?:人民政府|政府|管委会|管理委员会|[^\s,。、;:()]{0,12}?(?:局|委|厅|办公室|中心))")


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
        if _BODY_AFTER_PLACE.match(text, run[-1].end):
            return run
    return runs[0]


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


def _level_cue(text: str) -> str | None:
    opening = text[:HEAD_CHARS]
    return "county" if any(c in opening for c in _rules()["level"]["county"]) else None


# ---------------------------------------------------------------- all together


def parse_metadata(doc: Document) -> Metadata:
    text = doc.text
    meta = Metadata(synthetic=SYNTHETIC_MARK in text)
    meta.title = find_title(text)
    meta.issuer = find_issuer(text, meta.title)
    meta.year, year_warnings = find_year(text, meta.title)
    meta.warnings += year_warnings
    meta.format = format_for(meta.year, text)
    _describe_body(meta, text)
    return meta


def _describe_body(meta: Metadata, text: str) -> None:
    issuer = meta.issuer
    located, context = _locate(issuer, meta.title, text)
    place = located.place
    if located.ambiguous and place is not None:
        meta.warnings.append(f"region: {place.name} names several units; took {place.province}"
                             f"{place.city or ''} (the rest of the text did not decide)")
    if place is None:
        place = _municipality_cue(issuer, text)
        if place is not None:
            meta.warnings.append(f"region: no place named; {place.name} inferred from the body "
                                 f"{issuer} and the text's wording")
    named_zone = place is not None and place.level == "zone" and located.source in ("issuer", "title")
    zone = named_zone or bool(issuer and _zone_outside_places(issuer))
    kind = "development_zone" if zone else _body_kind(issuer, text)
    meta.body_kind = kind
    if kind == "department" and issuer:
        meta.department = _department_name(issuer, located.name_end if located.source == "issuer" else 0)

    township = bool(issuer) and _is_township(issuer)
    if place is not None and place.level in ("province", "city") and located.source != "text":
        # A district's bureau ("区财政局", or one serving "区委、区政府") whose name gives only
        # the city: its district is the one the text names.
        district_body = kind == "department" and (
            _level_cue(text) == "county" or bool(issuer and issuer[0] in "区县旗"))
        wants_county = township or district_body
        if wants_county:
            child = gz.dominant_child(place, context or gz.find_places(text, 0, REST_CHARS))
            if child is not None:
                place = child
    region = gz.region_of(place)
    if place is not None and place.level == "zone":
        region.county = (place.county or place.name) if named_zone else None
    elif zone and place is not None and place.level != "county" and issuer:
        # The zone is its own county-level unit unless its name is a county's (合川工业园区).
        region.county = _zone_name(issuer, place)
    meta.region = region
    meta.level = _level(place, kind, township, issuer)


def _zone_outside_places(issuer: str) -> str | None:
    """A zone word in the body's name that is not part of a place's own name (浦东新区,
    平潭综合实验区 are places; 合川工业园区 is a zone of 合川)."""
    masked = issuer
    for m in gz.find_places(issuer):
        masked = masked[:m.start] + " " * (m.end - m.start) + masked[m.end:]
    return _zone_word(masked)


def _zone_name(issuer: str, host: gz.Place) -> str:
    name = _strip_management(issuer)
    # A province prefix is not part of the zone's name (内蒙古呼和浩特经济技术开发区).
    mentions = gz.find_places(name)
    if mentions and mentions[0].start == 0 and all(
            p.level == "province" and not p.municipality for p in mentions[0].places):
        name = name[mentions[0].end:]
    return name or host.name


def _body_kind(issuer: str | None, text: str) -> str | None:
    if issuer:
        if _is_government(issuer) or _is_township(issuer):
            return "government"
        if any(issuer.endswith(e) for e in _rules()["department"]["endings"]):
            return "department"
    # No usable name: how the body speaks of itself (我局 / 我市).
    opening = text[:REST_CHARS]
    words = _rules()["self_reference"]
    own_office = sum(opening.count(w) for w in words["department"])
    own_place = sum(opening.count(w) for w in words["government"])
    if own_office or own_place:
        return "department" if own_office > own_place else "government"
    return None


def _level(place: gz.Place | None, kind: str | None, township: bool, issuer: str | None) -> str | None:
    if township:
        return "township"
    if kind == "development_zone":
        return "county"
    if place is None:
        only_municipal = issuer in _rules()["municipality"]["only_bodies"]
        return "province" if only_municipal else None
    if place.level == "zone":
        return "city"
    if place.municipality and place.level == "province":
        return "province"
    return place.level
