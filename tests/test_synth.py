"""govbench.synth: a reproducible synthetic corpus whose truth JSONs say what each report states."""

from __future__ import annotations

import re
from pathlib import Path

import cn2an
import docx
import pdfplumber
import pytest
from lxml import html as lxml_html

from govbench.synth import corpus as synth
from govbench.model import SYNTHETIC_MARK
from govbench.synth.figures import TABLE3_COLS, broken_identities, table3_rows
from govbench.synth.text import say_count


def generate_only(
    out: Path, rendering: str, reports: int, seed: int, monkeypatch: pytest.MonkeyPatch
) -> list[dict]:
    """A corpus in one rendering; returns its truths in report order."""
    monkeypatch.setattr(
        synth, "_RENDERING_WEIGHTS", tuple(int(r == rendering) for r in synth.RENDERINGS)
    )
    assert synth.generate(out, reports, seed) == reports
    return list(synth.iter_truths(out))


def standard(truths: list[dict]) -> list[dict]:
    return [t for t in truths if t["format"] != "legacy"]


def decoded(out: Path, truth: dict) -> str:
    return (out / truth["source"]).read_bytes().decode(truth["encoding"])


def test_generate_writes_each_report_with_its_truth_beside_it(tmp_path: Path) -> None:
    assert synth.generate(tmp_path, 25, seed=3) == 25
    truths = list(synth.iter_truths(tmp_path))
    assert len(truths) == 25
    for truth in truths:
        assert truth["synthetic"] is True
        assert (tmp_path / truth["source"]).is_file()
        stem = truth["source"].rsplit(".", 1)[0]
        assert (tmp_path / f"{stem}.truth.json").is_file()
        assert truth["format"] == synth.report_format(truth["year"])


def test_same_seed_gives_byte_identical_corpus_and_other_seed_differs(tmp_path: Path) -> None:
    first, again, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    synth.generate(first, 30, seed=11)
    synth.generate(again, 30, seed=11)
    synth.generate(other, 30, seed=12)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    assert {p.suffix for p in first.iterdir()} >= {".txt", ".html", ".json"}
    for name in names:
        assert (first / name).read_bytes() == (again / name).read_bytes(), name
    assert names != sorted(p.name for p in other.iterdir())


@pytest.mark.parametrize("rendering", ["docx", "pdf"])
def test_docx_and_pdf_are_byte_identical_for_the_same_seed(
    tmp_path: Path, rendering: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = generate_only(tmp_path / "a", rendering, 2, 5, monkeypatch)
    generate_only(tmp_path / "b", rendering, 2, 5, monkeypatch)
    for truth in first:
        assert (tmp_path / "a" / truth["source"]).read_bytes() == (
            tmp_path / "b" / truth["source"]
        ).read_bytes()


def test_a_larger_corpus_begins_with_the_smaller_one(tmp_path: Path) -> None:
    synth.generate(tmp_path / "small", 10, seed=4)
    synth.generate(tmp_path / "large", 20, seed=4)
    for path in (tmp_path / "small").iterdir():
        assert path.read_bytes() == (tmp_path / "large" / path.name).read_bytes()


def test_truth_tables_break_exactly_the_listed_identities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "DEFECT_SHARE", 0.3)
    truths = standard(generate_only(tmp_path, "txt", 300, 21, monkeypatch))
    previous: dict[tuple[str, int], dict] = {(t["body_id"], t["year"]): t for t in truths}
    defective = 0
    for truth in truths:
        before = previous.get((truth["body_id"], truth["year"] - 1))
        forward = before["tables"]["table3"]["carried_forward"] if before else None
        tables = truth["tables"]
        found = broken_identities(tables["table3"], tables["table4"], truth["format"], forward)
        assert found == truth["defects"], truth["source"]
        defective += bool(found)
    assert len(truths) > 100
    assert 0.15 * len(truths) < defective < 0.45 * len(truths)


def test_identity_check_flags_a_wrong_total() -> None:
    rows = table3_rows("standard_2021")
    table3 = {r: {c: 0 for c in TABLE3_COLS} for r in rows}
    for row, value in (("new", 5), ("granted", 4), ("total", 4), ("carried_forward", 1)):
        table3[row].update(natural_person=value, total=value)
    table4 = {
        r: {"maintained": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}
        for r in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
    }
    assert broken_identities(table3, table4, "standard_2021") == []
    table3["total"]["total"] = 5
    table4["litigation_direct"]["total"] = 0
    assert broken_identities(table3, table4, "standard_2021") == [
        "results_breakdown_sum",
        "row_sums_applicant_cols_eq_total_col",
        "balance_new_plus_carried_eq_results_plus_forward",
        "t4_litigation_direct_sum",
    ]


def test_carry_over_follows_last_years_carry_forward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truths = standard(generate_only(tmp_path, "txt", 200, 8, monkeypatch))
    by_year = {(t["body_id"], t["year"]): t for t in truths}
    pairs = 0
    for truth in truths:
        before = by_year.get((truth["body_id"], truth["year"] - 1))
        if before and "continuity_carried_over" not in truth["defects"]:
            pairs += 1
            assert (
                truth["tables"]["table3"]["carried_over"]
                == before["tables"]["table3"]["carried_forward"]
            )
    assert pairs > 20


def test_table_facts_are_the_printed_totals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "TRADITIONAL_SHARE", 0.0)
    for truth in standard(generate_only(tmp_path, "txt", 60, 2, monkeypatch)):
        facts = {f["metric"]: f for f in truth["facts"]}
        t3, t4 = truth["tables"]["table3"], truth["tables"]["table4"]
        assert facts["requests_received"]["value"] == t3["new"]["total"]
        assert facts["requests_completed"]["value"] == t3["total"]["total"]
        assert facts["requests_denied"]["value"] == sum(t3[f"d{i}"]["total"] for i in range(1, 9))
        assert (
            facts["admin_litigation"]["value"]
            == t4["litigation_direct"]["total"] + t4["litigation_after_reconsideration"]["total"]
        )
        assert facts["requests_received"]["method"] == "table"
        text = decoded(tmp_path, truth)
        line = next(l for l in text.splitlines() if l.startswith("（七）总计"))
        assert line.split()[-1] == str(t3["total"]["total"])


def test_every_text_carries_the_mark_near_the_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "TRADITIONAL_SHARE", 0.5)
    truths = generate_only(tmp_path / "t", "txt_flat", 40, 6, monkeypatch)
    truths += generate_only(tmp_path / "h", "html", 40, 6, monkeypatch)
    assert {t["script"] for t in truths} == {"simplified", "traditional"}
    for truth in truths:
        folder = tmp_path / ("t" if truth["rendering"] == "txt_flat" else "h")
        assert SYNTHETIC_MARK in decoded(folder, truth)[:600]
    traditional = next(t for t in truths if t["script"] == "traditional")
    text = decoded(tmp_path / ("t" if traditional["rendering"] == "txt_flat" else "h"), traditional)
    assert "報告" in text and "政府信息公開" in text


def test_gbk_files_decode_as_gbk_and_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "GBK_SHARE", 1.0)
    for truth in generate_only(tmp_path, "html", 10, 9, monkeypatch):
        data = (tmp_path / truth["source"]).read_bytes()
        assert truth["encoding"] == "gbk"
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        text = data.decode("gbk")
        assert '<meta charset="gbk">' in text and SYNTHETIC_MARK in text


def test_html_tables_are_real_tables_with_spans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "BLANK_ZERO_SHARE", 1.0)
    truths = standard(generate_only(tmp_path, "html", 20, 14, monkeypatch))
    assert truths
    for truth in truths:
        page = lxml_html.fromstring((tmp_path / truth["source"]).read_bytes())
        tables = page.findall(".//table")
        assert len(tables) == 3
        table3 = tables[1]
        assert table3.xpath(".//td[@rowspan]") and table3.xpath(".//td[@colspan]")
        new_row = next(
            tr for tr in table3.findall(".//tr") if tr.text_content().startswith("一、本年新收")
        )
        cells = [td.text_content().strip() for td in new_row.findall("td")][1:]
        expected = truth["tables"]["table3"]["new"]
        assert cells == ["" if expected[c] is None else str(expected[c]) for c in TABLE3_COLS]


def test_flattened_text_runs_cells_together_or_numbers_in_a_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truths = standard(generate_only(tmp_path, "txt_flat", 60, 10, monkeypatch))
    layouts = set()
    for truth in truths:
        text = decoded(tmp_path, truth)
        t3 = truth["tables"]["table3"]
        digits = [str(t3[r][c]) for r in table3_rows(truth["format"]) for c in TABLE3_COLS]
        layouts.add(truth["layout"])
        if truth["layout"] == "run_together":
            assert len(text.splitlines()) == 4
            assert "二、上年结转政府信息公开申请数量" + "".join(digits[7:14]) in text
        elif truth["layout"] == "number_run":
            assert " ".join(digits) in text
        else:
            assert "- 1 -" in text
    assert layouts == set(synth.render.FLAT_LAYOUTS)


def test_docx_opens_with_merged_cells_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truths = generate_only(tmp_path, "docx", 6, 1, monkeypatch)
    truth = next(t for t in truths if t["format"] != "legacy")
    document = docx.Document(str(tmp_path / truth["source"]))
    assert SYNTHETIC_MARK in [p.text for p in document.paragraphs[:3]]
    assert len(document.tables) == 3
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    granted = next(r for r in rows if r[1] == "（一）予以公开")
    assert granted[0] == "三、本年度办理结果" and granted[2] == "（一）予以公开"
    t3 = truth["tables"]["table3"]
    assert granted[3:] == [str(t3["granted"][c]) for c in TABLE3_COLS]


def test_pdf_text_layer_shows_the_mark_tables_and_page_footers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truths = generate_only(tmp_path, "pdf", 6, 1, monkeypatch)
    truth = next(t for t in truths if t["format"] != "legacy")
    with pdfplumber.open(tmp_path / truth["source"]) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert SYNTHETIC_MARK in text and "- 1 -" in text
    t3 = truth["tables"]["table3"]
    expected = " ".join(str(t3["total"][c]) for c in TABLE3_COLS)
    assert f"（七）总计 {expected}" in text


def test_legacy_reports_state_their_facts_in_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "TRADITIONAL_SHARE", 0.0)
    truths = [
        t for t in generate_only(tmp_path, "txt", 80, 13, monkeypatch) if t["format"] == "legacy"
    ]
    assert truths
    for truth in truths:
        text = decoded(tmp_path, truth)
        facts = {f["metric"]: f for f in truth["facts"]}
        assert truth["tables"] == {} and facts["requests_received"]["method"] == "narrative"
        assert re.search("收到政府信息公开申请", text)
        assert "存在的主要问题" in text
        for problem in truth["problems"]:
            assert problem["text"] in text


@pytest.mark.parametrize("value", [0, 7, 36, 99, 140, 3647, 12900, 45210, 230000])
def test_a_written_count_states_the_value_in_the_truth(value: int) -> None:
    import random

    for seed in range(40):
        text, stated, approx = say_count(random.Random(seed), value, "条")
        assert approx == bool(re.search("[余多近]", text))
        number = text.rstrip("条").strip("近余多")
        if number.endswith("万"):
            assert stated == round(float(cn2an.cn2an(number[:-1], "smart")) * 10000)
        else:
            assert stated == cn2an.cn2an(number, "smart")
        if not approx:
            assert abs(stated - value) <= 50


def test_bodies_sit_in_real_regions(tmp_path: Path) -> None:
    synth.generate(tmp_path, 60, seed=17)
    codes = {p.code for level in synth.places().values() for p in level}
    kinds = set()
    for truth in synth.iter_truths(tmp_path):
        region = truth["region"]
        assert region["code"] in codes and len(region["code"]) == 6
        assert region["province"]
        named = region["county"] or region["city"] or region["province"]
        if truth["body_kind"] != "development_zone":
            assert named in truth["issuer"]
        kinds.add((truth["body_kind"], truth["level"]))
    assert {k for k, _ in kinds} == {"government", "department", "development_zone"}
