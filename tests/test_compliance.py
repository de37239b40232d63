"""报送情况: expected bodies against reports received, the publication deadline of the 条例,
and the national template's sections and tables."""

from __future__ import annotations


import duckdb
import pytest

from govbench.oversight.compliance import ExpectedListError, compliance, read_expected

from conftest import build_db


@pytest.fixture(scope="module")
def compliance_db(tmp_path_factory):
    """2021 and 2022 reports of four counties; in 2022 丁县 did not report, 甲县 published on
    the last day, 乙县 a week late, 丙县 states no date."""
    path = build_db(tmp_path_factory.mktemp("compliance") / "c.duckdb", years=(2021, 2022))
    con = duckdb.connect(str(path))
    try:
        con.execute("DELETE FROM reports WHERE issuer = '丁县人民政府' AND year = 2022")
        con.execute(
            "UPDATE reports SET published = DATE '2023-01-31' "
            "WHERE issuer = '甲县人民政府' AND year = 2022"
        )
        con.execute(
            "UPDATE reports SET published = DATE '2023-02-07' "
            "WHERE issuer = '乙县人民政府' AND year = 2022"
        )
    finally:
        con.close()
    return path


def by_issuer(rows):
    return {r["issuer"]: r for r in rows.to_dict("records")}


def test_each_expected_body_is_on_time_late_undated_or_missing(compliance_db):
    rows = by_issuer(compliance(compliance_db, 2022))
    assert rows["甲县人民政府"]["timeliness"] == "on_time"  # on 1月31日 itself
    assert rows["乙县人民政府"]["timeliness"] == "late"
    assert rows["乙县人民政府"]["days_late"] == 7
    assert rows["丙县人民政府"]["timeliness"] == "no_date"  # unknown, never on time
    assert rows["丁县人民政府"]["timeliness"] == "missing"  # reported 2021, not 2022
    assert not rows["丁县人民政府"]["received"]
    assert {r["expected_from"] for r in rows.values()} == {"earlier"}


def test_the_old_regulation_gave_until_31_march():
    from govbench.oversight.rules import oversight_rules

    rules = oversight_rules()
    assert str(rules.deadline(2018).date_for(2018)) == "2019-03-31"
    assert str(rules.deadline(2019).date_for(2019)) == "2020-01-31"


def test_a_list_names_bodies_never_seen_and_marks_those_not_on_it(compliance_db):
    expected = read_expected(
        "issuer,level,note\n甲县人民政府,county,\n戊县人民政府,county,新设\n".encode("utf-8")
    )
    rows = by_issuer(compliance(compliance_db, 2022, expected=expected))
    assert rows["戊县人民政府"]["timeliness"] == "missing"
    assert rows["戊县人民政府"]["expected_from"] == "list"
    assert rows["乙县人民政府"]["expected_from"] == "not_expected"  # received, not on the list
    assert rows["甲县人民政府"]["expected_from"] == "list"


def test_template_sections_and_tables_not_found_are_listed(compliance_db):
    rows = by_issuer(compliance(compliance_db, 2022))
    jia = rows["甲县人民政府"]
    assert list(jia["missing_tables"]) == ["table2"]  # 表三 and 表四 are there
    assert "problems" in list(jia["missing_sections"])  # the text has no headings
    assert rows["丁县人民政府"]["missing_tables"] is None  # nothing received


def test_a_bad_expected_list_is_refused_in_one_line(tmp_path):
    with pytest.raises(ExpectedListError, match="issuer"):
        read_expected(b"name,level\nx,county\n")
    with pytest.raises(ExpectedListError, match="no body"):
        read_expected(b"issuer\n\n")
    path = tmp_path / "gbk.csv"
    path.write_bytes("issuer\n甲县人民政府\n".encode("gb18030"))
    assert read_expected(path)["issuer"].tolist() == ["甲县人民政府"]


def test_the_shipped_template_reads():
    from govbench.resources import shipped

    assert len(read_expected(shipped("data/expected_bodies_template.csv"))) == 3
