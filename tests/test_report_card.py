"""The report card (成绩单): what `govbench report-card` writes, read back as a user would
(the PDF's text with pdfplumber, the DOCX with python-docx), peer benchmarks, movers and
the card of a body with missing figures and failed checks."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pdfplumber
import pytest
from docx import Document

from govbench.cli import main
from govbench.store import Database
from govbench.oversight import CardBook, card_html, figures_against_peers, peer_benchmarks
from govbench.oversight.movers import movers, verdicts
from govbench.oversight.rules import oversight_rules
from govbench.rank import load_frame, rank_reports

from conftest import add_check_run, build_db


@pytest.fixture(scope="module")
def card_db(tmp_path_factory):
    """Four counties over 2021-2022; the latest check fails 甲县 on a table identity (with
    cells) and 丁县, which states no reconsideration figure, on a warning."""
    path = build_db(tmp_path_factory.mktemp("cards") / "cards.duckdb", years=(2021, 2022))
    add_check_run(
        path,
        "run1",
        str(datetime.now(UTC).replace(tzinfo=None)),
        [
            (
                "甲县人民政府",
                2022,
                "table3_balance",
                "error",
                ["table3.total.total", "table3.new.total"],
            ),
            ("丁县人民政府", 2022, "problems_stated", "warning", None),
        ],
    )
    return path


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def embedded_fonts(path) -> list[str]:
    """The fonts whose programs the PDF carries (FontFile/FontFile2/FontFile3)."""
    from pdfminer.pdftypes import resolve1

    names = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for font in resolve1(page.page_obj.resources["Font"]).values():
                font = resolve1(font)
                inner = (
                    resolve1(resolve1(font["DescendantFonts"])[0])
                    if "DescendantFonts" in font
                    else font
                )
                descriptor = resolve1(inner.get("FontDescriptor"))
                if descriptor and any(str(k).startswith("FontFile") for k in descriptor):
                    names.append(str(font["BaseFont"]))
    return names


def expected_rank(db, issuer: str, year: int) -> pd.Series:
    """The body's row in the ranking the card promises: default weighting, peers of the
    same year and level (rank.rank_reports, the path `govbench rank` takes)."""
    ranked = rank_reports(load_frame(db, year=year), peer_by=list(oversight_rules().rank_peer_by))
    return ranked[ranked["issuer"] == issuer].iloc[0]


def test_pdf_card_holds_the_body_its_rank_and_figures_in_an_embedded_cjk_font(card_db, tmp_path):
    out = tmp_path / "甲县.pdf"
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "甲县人民政府",
                "--year",
                "2022",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = pdf_text(out)
    row = expected_rank(card_db, "甲县人民政府", 2022)
    assert "甲县人民政府" in text
    assert f"排第 {row['rank']} 名（区间 {row['rank_low']}–{row['rank_high']}）" in text
    assert "主动公开信息总数" in text and "5,000" in text
    # the peer median of proactive_items_total among the four counties of 2022
    assert "2,500" in text
    # change against 2021 (the same figures): no change
    assert "上年（2021年）" in text
    fonts = embedded_fonts(out)
    assert any("CJK" in name or "Hei" in name or "Song" in name for name in fonts), fonts


def test_docx_card_holds_the_body_its_rank_and_figures(card_db, tmp_path):
    out = tmp_path / "乙县.docx"
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "乙县人民政府",
                "--year",
                "2022",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    doc = Document(out)
    text = "\n".join(
        [p.text for p in doc.paragraphs]
        + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    )
    row = expected_rank(card_db, "乙县人民政府", 2022)
    assert "乙县人民政府" in text
    assert f"排第 {row['rank']} 名" in text
    assert "本年新收申请数" in text and "50" in text
    assert "信息更新不及时" in text  # a problem the report admits


def test_a_body_with_missing_figures_shows_them_missing_and_its_failed_checks(card_db):
    book = CardBook(card_db, 2022)
    card = book.card(book.find("丁县人民政府"))
    figures = {f.metric: f for f in card.figures}
    # 丁县 states no reconsideration figure: missing, never 0
    assert figures["reconsideration_per_100"].value is None
    html = card_html(card)
    row = html.split("每百件申请行政复议数", 1)[1].split("</tr>", 1)[0]
    assert "缺失" in row and ">0<" not in row
    assert [c.rule for c in card.checks] == ["problems_stated"]
    assert "第五部分" in card.checks[0].wording  # the rule in plain Chinese
    jia = book.card(book.find("甲县人民政府"))
    cells = " ".join(c for check in jia.checks for c in check.cells)
    assert "table3.total.total" in cells
    assert "表三" in card_html(jia) and "总计" in card_html(jia)


def test_the_card_words_a_body_and_its_ranking_settings_as_the_app_does(card_db):
    from govbench import rules
    from govbench.ui.labels import in_language, option
    from govbench.vocabulary import VALUE_WORDS

    card = CardBook(card_db, 2022).card(CardBook(card_db, 2022).find("甲县人民政府"))
    html = card_html(card)
    with in_language("zh"):
        for prefix, value in [
            ("level", card.level),
            ("scope", card.scope),
            ("format", card.format),
            ("normalisation", card.normalisation),
            ("missing", card.missing),
        ]:
            assert value is not None and option(prefix, value) in html, prefix
    # the card keeps no wording of its own for a value the app words
    assert not set(rules.load("oversight")["card"]) & set(VALUE_WORDS)


def test_what_a_failed_check_observed_is_said_in_words_not_keys(tmp_path):
    path = build_db(tmp_path / "observed.duckdb", years=(2022,))
    add_check_run(
        path,
        "run1",
        str(datetime.now(UTC).replace(tzinfo=None)),
        [("甲县人民政府", 2022, "narrative_agrees_with_table", "warning", None)],
    )
    con = Database.writer(path)
    try:  # what `govbench check` records for this rule (seen on the shipped sample)
        con.execute(
            "UPDATE quality_results SET observed = 'narrative_vs_table: requests_received is "
            "34 in the text (at 1039: ''共受理公开申请34件'') but 32 in the table (at 1776)' "
            "WHERE expectation = 'narrative_agrees_with_table'"
        )
    finally:
        con.close()
    book = CardBook(path, 2022)
    card = book.card(book.find("甲县人民政府"))
    (check,) = card.checks
    assert (
        check.observed
        == "正文与表格不一致：本年新收申请数正文为 34（“共受理公开申请34件”），表格为 32"
    )
    html = card_html(card)
    assert "requests_received" not in html and "narrative_vs_table" not in html


def test_a_database_never_checked_says_so_instead_of_passing(tmp_path):
    db = build_db(tmp_path / "unchecked.duckdb", years=(2022,))
    book = CardBook(db, 2022)
    card = book.card(book.find("甲县人民政府"))
    assert card.checks is None
    assert "尚未检查" in card_html(card)
    assert card.previous is None and card.verdict == "unranked"


def test_a_report_ingested_after_the_last_check_is_not_checked_not_passed(tmp_path):
    db = build_db(tmp_path / "late.duckdb", years=(2022,))
    add_check_run(
        db,
        "early",
        "2000-01-01 00:00:00",
        [("甲县人民政府", 2022, "table3_balance", "error", ["table3.total.total"])],
    )
    book = CardBook(db, 2022)
    assert book.card(book.find("乙县人民政府")).checks is None  # not seen by the run
    assert [c.rule for c in book.card(book.find("甲县人民政府")).checks] == ["table3_balance"]


def test_unknown_body_is_refused_in_one_line_naming_near_ones(card_db, tmp_path, capsys):
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "甲县",
                "--year",
                "2022",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "甲县人民政府" in err
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "甲县人民政府",
                "--year",
                "2022",
                "--out",
                str(tmp_path / "x.txt"),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "甲县人民政府",
                "--year",
                "1999",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "2021, 2022" in capsys.readouterr().err


def test_all_writes_one_card_per_body_of_the_province(card_db, tmp_path):
    out = tmp_path / "cards"
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--year",
                "2022",
                "--all",
                "--province",
                "浙江省",
                "--format",
                "html",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(f"2022-{c}县人民政府.html" for c in "甲乙丙丁")
    assert "丙县人民政府" in (out / "2022-丙县人民政府.html").read_text("utf-8")


def test_peer_quartiles_are_taken_within_year_level_and_scope():
    frame = pd.DataFrame(
        {
            "report_id": list("abcdefg"),
            "issuer": list("abcdefg"),
            "year": 2022,
            "level": ["county"] * 5 + ["city"] * 2,
            "scope": ["own_body"] * 5 + [None] * 2,
            "proactive_items_total": [10.0, 20.0, 30.0, 40.0, 1000.0, 7.0, None],
        }
    )
    bench = peer_benchmarks(frame, ["proactive_items_total"])
    county = bench[bench["level"] == "county"].iloc[0]
    assert (county["peers"], county["p25"], county["p50"], county["p75"]) == (5, 20, 30, 40)
    city = bench[bench["level"] == "city"].iloc[0]
    assert city["peers"] == 1 and pd.isna(city["p50"])  # one body is no distribution
    rows = figures_against_peers(frame, "e", bench, ["proactive_items_total"]).iloc[0]
    assert rows["position"] == "above" and rows["outlier"]
    rows = figures_against_peers(frame, "b", bench, ["proactive_items_total"]).iloc[0]
    assert rows["position"] == "middle" and not rows["outlier"]
    rows = figures_against_peers(frame, "g", bench, ["proactive_items_total"]).iloc[0]
    assert rows["position"] == "unknown"  # not stated


def test_a_move_inside_the_rank_intervals_is_indistinguishable():
    rows = pd.DataFrame(
        {
            "rank": [1, 5, 3, None],
            "rank_low": [1, 4, 2, None],
            "rank_high": [2, 6, 5, None],
            "rank_before": [6, 1, 4, 2],
            "rank_low_before": [4, 1, 3, 1],
            "rank_high_before": [8, 3, 6, 3],
        }
    )
    assert verdicts(rows).tolist() == ["improved", "worse", "indistinguishable", "unranked"]


def test_movers_pairs_each_body_with_its_rank_the_year_before(card_db):
    now = rank_reports(load_frame(card_db, year=2022), peer_by=["year", "level"])
    before = rank_reports(load_frame(card_db, year=2021), peer_by=["year", "level"])
    moved = movers(now, before)
    assert len(moved) == 4
    # the same figures both years: the same ranks, so nobody moved
    assert (moved["rank_change"].fillna(0) == 0).all()
    assert set(moved["verdict"]) <= {"indistinguishable", "unranked"}


def test_without_a_chinese_font_the_pdf_is_refused_not_drawn_in_boxes(
    card_db, tmp_path, monkeypatch, capsys
):
    from govbench.oversight import render

    monkeypatch.setattr(render, "chinese_font_installed", lambda: False)
    out = tmp_path / "x.pdf"
    assert (
        main(
            [
                "report-card",
                "--db",
                str(card_db),
                "--issuer",
                "甲县人民政府",
                "--year",
                "2022",
                "--out",
                str(out),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "fonts-noto-cjk" in err
    assert not out.exists()


def test_report_text_in_the_card_is_shown_as_text_never_run(card_db):
    from conftest import HOSTILE
    from govbench.oversight.card import CardProblem

    book = CardBook(card_db, 2022)
    card = book.card(book.find("乙县人民政府"))
    card.problems.append(CardProblem("other", HOSTILE, None))
    html = card_html(card)
    assert HOSTILE not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
