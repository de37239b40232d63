"""Kinds of text the parser misread on blind set CE (province governments and their 办公厅), each
with its counter-case. Minimal texts of the kind."""

from __future__ import annotations

import snippets

from govbench.read.normalise import normalise


def meta_of(text: str):
    # as a report is read: normalised (t2s and the variants t2s leaves) first
    return snippets.meta_of(normalise(text))


def test_the_variant_of_shaan_a_converter_writes_names_shaanxi() -> None:
    # blind CE shaanxi-bgt-2022-trad: "陜西省人民政府辦公廳2022年政府信息公開工作年度報告" left province and
    # level unknown: 陜 (a variant of 陝) is left as it is by OpenCC t2s
    meta = meta_of(
        "陜西省人民政府辦公廳2022年政府信息公開工作年度報告\n一、總體情況\n2022年,省政府辦公廳…"
    )
    assert meta.region.province == "陕西省"
    assert meta.level == "province"


def test_shaanxi_written_in_either_script_is_still_read() -> None:
    # counter-cases: the simplified 陕 and the standard traditional 陝 (OpenCC's own)
    for title in (
        "陕西省人民政府办公厅2019年政府信息公开工作年度报告",
        "陝西省人民政府辦公廳2019年政府信息公開工作年度報告",
    ):
        meta = meta_of(title + "\n一、总体情况\n2019年,省政府办公厅…")
        assert meta.region.province == "陕西省"
        assert meta.level == "province"
