"""Ranking exports: formulas neutralised, settings written in, workbook readable."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import openpyxl
import pandas as pd
import pytest

from govbench import export

SETTINGS = {
    "权重": "volume=1, requests=2",
    "标准化方法": "minmax",
    "比较范围": "2022 · 浙江省",
    "最低覆盖率": 0.5,
    "数据日期": "2024-05-01",
}


def ranking() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "名次": [1, 2, 3],
            "发布机关": ['=HYPERLINK("http://x","点我")', "乙县人民政府", "@SUM(A1)"],
            "得分": [0.9, -0.25, 0.1],
            "备注": ["+1", "-2 件", "正常"],
        }
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("=1+1", "'=1+1"),
        ("+86 123", "'+86 123"),
        ("-3", "'-3"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("甲县人民政府", "甲县人民政府"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_text_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(text, expected):
    assert export.neutralise(text) == expected


def test_numbers_are_left_as_numbers_even_when_negative():
    out = export.neutralise_frame(ranking())
    assert list(out["得分"]) == [0.9, -0.25, 0.1]
    assert list(out["发布机关"]) == ['\'=HYPERLINK("http://x","点我")', "乙县人民政府", "'@SUM(A1)"]
    assert list(out["备注"]) == ["'+1", "'-2 件", "正常"]


def test_csv_starts_with_the_settings_and_keeps_no_live_formula():
    text = export.ranking_csv(ranking(), SETTINGS).decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[:5] == [
        "# 权重: volume=1, requests=2",
        "# 标准化方法: minmax",
        "# 比较范围: 2022 · 浙江省",
        "# 最低覆盖率: 0.5",
        "# 数据日期: 2024-05-01",
    ]
    table = pd.read_csv(io.StringIO(text), comment="#")
    assert list(table["发布机关"]) == [
        '\'=HYPERLINK("http://x","点我")',
        "乙县人民政府",
        "'@SUM(A1)",
    ]
    assert list(table["得分"]) == [0.9, -0.25, 0.1]


def test_xlsx_has_the_ranking_and_a_settings_sheet():
    book = openpyxl.load_workbook(io.BytesIO(export.ranking_xlsx(ranking(), SETTINGS)))
    assert book.sheetnames == ["排名", "设置"]
    rows = list(book["排名"].values)
    assert rows[0] == ("名次", "发布机关", "得分", "备注")
    assert rows[1][1] == '\'=HYPERLINK("http://x","点我")' and rows[2][2] == -0.25
    # openpyxl reads a cell starting with "=" back as a formula; none may be there
    assert not any(isinstance(v, str) and v.startswith("=") for row in rows for v in row)
    assert dict(list(book["设置"].values)[1:]) == {k: str(v) for k, v in SETTINGS.items()}


def test_settings_from_outside_are_neutralised_too():
    text = export.ranking_csv(ranking(), {"比较范围": "=cmd|' /C calc'!A0"}).decode("utf-8-sig")
    assert text.splitlines()[0] == "# 比较范围: '=cmd|' /C calc'!A0"


def test_the_ranking_chart_exports_as_png_and_svg_with_its_chinese_labels():
    import altair as alt

    chart = (
        alt.Chart(pd.DataFrame({"body": ["<b>甲县</b>", "乙县"], "score": [0.8, 0.4]}))
        .mark_bar()
        .encode(x="score:Q", y="body:N")
    )
    png = export.chart_image(chart.to_json(), "png")
    assert png.startswith(b"\x89PNG")
    svg = export.chart_image(chart.to_json(), "svg").decode("utf-8")
    root = ET.fromstring(svg)  # well-formed: the label is escaped
    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "<b>甲县</b>" in texts and "乙县" in texts
