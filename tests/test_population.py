"""The user's population CSV: what is accepted, and how bad input is refused (naming the line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govbench.population import load_population, read_population

ROOT = Path(__file__).resolve().parents[1]
HEADER = "region_code,name,year,population\n"


def read(text: str):
    return read_population(text.encode("utf-8"), "people.csv")


def test_reads_codes_years_and_people_skipping_comments():
    table = read(
        "# source: the user's statistical yearbook\n"
        + HEADER
        + "330101,甲县,2022,512345\n\n330102,乙县,,80000\n"
    )
    assert list(table["region_code"]) == ["330101", "330102"]
    assert table["year"].tolist()[0] == 2022 and table["year"].isna().tolist() == [False, True]
    assert list(table["population"]) == [512345, 80000]


def test_reads_excel_gb18030_with_the_columns_in_any_order():
    text = "population,region_code\n1200,330101\n"
    table = read_population(text.encode("gb18030"))
    assert table.loc[0, "population"] == 1200 and table["year"].isna().all()


@pytest.mark.parametrize(
    "row, message",
    [
        ("33010,甲县,2022,100", "line 3: region_code '33010' is not a 6-digit code"),
        ("330101,甲县,22,100", "line 3: year '22'"),
        ("330101,甲县,2022,0", "line 3: population '0' is not a positive whole number"),
        ("330101,甲县,2022,1.5万", "line 3: population '1.5万'"),
        ("330101,甲县,2022,-4", "line 3: population '-4'"),
        ("330101,甲县,2022,", "line 3: population ''"),
    ],
)
def test_bad_rows_are_refused_naming_the_line(row, message):
    with pytest.raises(ValueError, match=message):
        read("# comment\n" + HEADER + row + "\n")


def test_the_same_region_and_year_twice_is_refused():
    with pytest.raises(ValueError, match="line 3: region 330101 year 2022 already given on line 2"):
        read(HEADER + "330101,甲县,2022,100\n330101,甲县,2022,200\n")


def test_a_header_without_population_is_refused():
    with pytest.raises(ValueError, match="line 1: header lacks population"):
        read("region_code,name,year,people\n330101,甲县,2022,100\n")


def test_an_empty_file_is_refused():
    with pytest.raises(ValueError, match="no header line"):
        read("# nothing but a comment\n")


def test_the_shipped_template_documents_the_layout_but_its_examples_must_be_replaced():
    template = ROOT / "data" / "population_template.csv"
    lines = template.read_text("utf-8").splitlines()
    assert HEADER.strip() in lines and lines[0].startswith("#")
    with pytest.raises(ValueError, match="line 7: example row '示例"):
        load_population(template)
    # with the examples replaced, the layout loads as it is
    own = [line for line in lines if "示例" not in line] + ["330101,甲县,2022,100"]
    assert len(read("\n".join(own))) == 1


def test_a_missing_file_is_a_value_error():
    with pytest.raises(ValueError, match="no such file"):
        load_population("/nonexistent/people.csv")
