"""Hints from outside the text: crawler header, file name, manifest; provenance in the output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from govbench.ingest import ingest
from govbench.model import Document
from govbench.parse import parse_document
from govbench.parse.hints import Manifest, ManifestError, header
from govbench.parse.meta import apply_hints, parse_metadata

ROOT = Path(__file__).resolve().parents[1]
GOVBENCH = [sys.executable, "-m", "govbench.cli"]

# tianjin-heping-bgs-2023 (openings): the text names only 和平区, which 天津 and 沈阳 both have.
HEPING = (
    "和平区人民政府办公室2023年政府信息公开年度报告\n\n发布日期:2024-01-22    发布者:和平区人民政府办公室\n"
    "根据《中华人民共和国政府信息公开条例》编制本报告。本报告所列数据的统计期限自2023年1月1日起至"
    "2023年12月31日止。"
)
SUZHOU = (
    "宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n2017年3月\n"
    "本报告综合各县、区人民政府和市政府各部门、各直属机构的政府信息公开工作报告和有关统计数据而成。"
)


def _manifest(tmp_path: Path, rows: str) -> Manifest:
    path = tmp_path / "manifest.csv"
    path.write_text(
        "file,url,issuer,region_code,year,level,body_kind,scope\n" + rows, encoding="utf-8"
    )
    return Manifest.load(path)


def test_crawler_header_fields():
    text = (
        "标题: 平潭综合实验区公安局2022年度政府信息公开工作年度报告\n发布时间: 2023-01-09 10:00\n文号: \n"
        "发布机构: 平潭综合实验区公安局\n原文链接: https://www.pingtan.gov.cn/x.htm\n"
        "==================== 正文 ====================\n发布机构: 不是页头\n"
    )
    h = header(text)
    assert h["标题"].startswith("平潭综合实验区公安局2022年度")
    assert h["原文链接"] == "https://www.pingtan.gov.cn/x.htm"
    assert h["发布机构"] == "平潭综合实验区公安局"
    assert "文号" not in h  # empty values are no hints


def test_manifest_fills_what_the_text_leaves_unknown(tmp_path):
    manifest = _manifest(tmp_path, "reports/heping.txt,,,120101,,,,own_body\n")
    meta = parse_metadata(Document(source="/data/reports/heping.txt", text=HEPING), manifest)
    assert (meta.region.province, meta.region.county, meta.region.code) == (
        "天津市",
        "和平区",
        "120101",
    )
    assert meta.provenance["region"] == {"source": "manifest", "confidence": 0.95}
    assert meta.scope == "own_body" and meta.provenance["scope"]["source"] == "manifest"
    # the text's own fields keep their source
    assert meta.provenance["year"]["source"] == "title"


def test_manifest_matched_by_the_page_url_in_the_crawler_header(tmp_path):
    manifest = _manifest(tmp_path, ",https://example.gov.cn/a.htm,,120101,,,,\n")
    text = "标题: x\n原文链接: https://example.gov.cn/a.htm\n" + HEPING
    meta = parse_metadata(Document(source="a.txt", text=text), manifest)
    assert meta.region.code == "120101"


def test_a_hint_against_strong_text_is_a_warning_not_an_override(tmp_path):
    manifest = _manifest(tmp_path, "suzhou.txt,,,320500,2015,county,,\n")
    meta = parse_metadata(Document(source="suzhou.txt", text=SUZHOU), manifest)
    assert (meta.region.city, meta.year, meta.level) == ("宿州市", 2016, "city")
    assert meta.provenance["region"]["source"] == "title"
    for word in ("320500", "2015", "county"):
        assert any(w.startswith("manifest:") and word in w for w in meta.warnings), word


def test_a_hint_against_weak_text_replaces_it_with_a_warning():
    meta = parse_metadata(
        Document(
            source="x.txt",
            text=(
                "2016年政府信息公开工作年度报告\n按照皖政办秘〔2016〕18号要求编制。我市坚持公开为常态。"
            ),
        )
    )
    assert meta.region.province == "安徽省" and meta.provenance["region"]["confidence"] < 0.7
    apply_hints(meta, {"region_code": "320106"})  # 南京's 鼓楼区: another province
    assert (meta.region.province, meta.region.county) == ("江苏省", "鼓楼区")
    assert meta.provenance["region"]["source"] == "manifest"
    assert any("replaces" in w for w in meta.warnings)


def test_bad_manifests_are_refused_with_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,issuer\nx,y\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="'file' or 'url'"):
        Manifest.load(bad)
    bad.write_text("file,level\nx.txt,prefecture\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="line 2: level"):
        Manifest.load(bad)


@pytest.mark.parametrize(
    "column, value, choices",
    [
        ("level", "prefecture", "city, county, province, township"),
        ("body_kind", "bureau", "department, development_zone, government"),
        # `all` is how rank groups scopes, not a scope a report can have
        ("scope", "all", "own_body, whole_area"),
    ],
)
def test_a_manifest_value_outside_its_choices_is_refused_naming_them(
    tmp_path, column, value, choices
):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"file,{column}\nx.txt,{value}\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=f"is not one of {choices}$"):
        Manifest.load(bad)


@pytest.mark.parametrize(
    "column, value",
    [("level", "township"), ("body_kind", "development_zone"), ("scope", "own_body")],
)
def test_a_manifest_value_among_its_choices_is_taken(tmp_path, column, value):
    good = tmp_path / "good.csv"
    good.write_text(f"file,{column}\nx.txt,{value}\n", encoding="utf-8")
    assert Manifest.load(good).by_file["x.txt"] == {column: value}


def test_template_in_data_loads():
    manifest = Manifest.load(ROOT / "data" / "manifest_template.csv")
    assert (
        manifest.lookup("somewhere/2023年XX区人民政府政府信息公开工作年度报告.pdf")["level"]
        == "county"
    )


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*GOVBENCH, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def test_parse_prints_each_field_with_its_source_and_json_carries_them(tmp_path):
    report = tmp_path / "heping.txt"
    report.write_text(HEPING, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,region_code\nheping.txt,120101\n", encoding="utf-8")
    human = _run("parse", report, "--manifest", manifest)
    assert human.returncode == 0, human.stderr
    assert "  region: 天津市天津市和平区 (manifest, 0.95)" in human.stdout
    assert "  year: 2023 (title, 0.95)" in human.stdout
    assert "  scope: unknown" in human.stdout
    assert "  published: 2024-01-22" in human.stdout
    line = json.loads(_run("parse", report, "--json").stdout)
    assert line["region"]["province"] is None  # without the manifest: unknown, not a guess
    assert line["provenance"]["year"] == {"source": "title", "confidence": 0.95}
    assert line["published"] == "2024-01-22" and line["scope"] is None


def test_parse_with_a_missing_manifest_fails_with_one_line(tmp_path):
    result = _run("parse", tmp_path / "x.txt", "--manifest", tmp_path / "nope.csv")
    assert result.returncode == 2
    assert "nope.csv: cannot open" in result.stderr and len(result.stderr.splitlines()) == 1


def test_ingest_stores_what_the_manifest_says(tmp_path):
    report = tmp_path / "heping.txt"
    report.write_text(HEPING, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,region_code,scope\nheping.txt,120101,own_body\n", encoding="utf-8")
    db = tmp_path / "g.duckdb"
    ingest([report], db, workers=1, manifest=Manifest.load(manifest))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select province, county, scope, published from reports").fetchone()[:3] == (
        "天津市",
        "和平区",
        "own_body",
    )


def test_parse_document_without_hints_is_unchanged_by_the_manifest_argument():
    doc = Document(source="heping.txt", text=HEPING)
    assert parse_document(doc).to_json() == parse_document(doc, None).to_json()


def test_a_finer_place_inside_the_texts_is_taken_without_a_warning():
    # the text knows only the province (its cited document numbers); the manifest knows the district
    meta = parse_metadata(
        Document(
            source="x.txt",
            text=(
                "2016年政府信息公开工作年度报告\n按照苏政办发〔2016〕18号要求编制。我区坚持公开为常态。"
            ),
        )
    )
    assert (meta.region.province, meta.region.county) == ("江苏省", None)
    warnings = list(meta.warnings)
    apply_hints(meta, {"region_code": "320106"})
    assert (meta.region.city, meta.region.county) == ("南京市", "鼓楼区")
    assert meta.warnings == warnings
