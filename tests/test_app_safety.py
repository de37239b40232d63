"""Issue #20 item 11: whatever a report, a file name or a URL carries is shown as text.

Every page is walked in-process (AppTest) on a database whose names, places, titles, sources,
problems and check results are Markdown and HTML attacks, with a hostile ?cells= on 报告 and
hostile upload names on 导入; no Markdown body may hold anything that renders as a link, an
image or HTML. tests/test_browser.py does the same in Chromium and watches the requests.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from app_walk import PAGES, linkable, open_page, seen, shown
from conftest import EVIL, HOSTILE_CELLS, HOSTILE_NAMES, build_db, make_report

from govbench.ui.safe import WORD_JOINER, as_text

ATTACKS = [
    "![t](//evil.example/x.png)人民政府",
    "[点此](https://evil.example/a)",
    "<img src=//evil.example/y.png>",
    "见 https://evil.example/b 与 WWW.evil.example 及 a@evil.example",
    "<https://evil.example/c>",
    "[ref]: https://evil.example/d",
    "# 标题\n\n- 列表 `代码` **粗体** $x^2$ :red[红] ~~删~~ | 表 |",
    "\\![t](//evil.example/x.png)",  # an escape of its own
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_as_text_leaves_nothing_that_renders_as_a_link_or_image(attack):
    escaped = as_text(attack)
    assert linkable(escaped) == []
    # and the reader sees the text itself (line breaks become spaces in a one-line label)
    undone = re.sub(r"\\(.)", r"\1", escaped).replace(WORD_JOINER, "")
    assert undone == re.sub(r"\s*\n+\s*", " ", attack)


def test_as_text_shows_missing_values_as_nothing_rather_than_none():
    assert as_text(None) == "" and as_text(float("nan")) == ""


def test_the_walker_sees_links_in_unescaped_markdown():
    # the check itself must be able to fail
    for attack in ATTACKS[:6]:
        assert linkable(attack), attack


def report_query(db) -> dict[str, str]:
    """?report= a hostile body's 2022 report, &cells= cell keys and attacks."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        ((report_id,),) = con.execute(
            "SELECT report_id FROM reports WHERE year = 2022 ORDER BY region_code LIMIT 1"
        ).fetchall()
    finally:
        con.close()
    return {"report": report_id, "cells": HOSTILE_CELLS}


# what the card's HTML is made of (oversight/render.py): no link, image, frame or script
CARD_TAGS = {"style", "div", "h", "p", "table", "thead", "tbody", "tr", "th", "td", "span"}


def hostile_texts(at) -> list[tuple[str, str, bool]]:
    return [item for item in shown(at) if EVIL in seen(item[1])]


@pytest.mark.parametrize("english", [False, True])
@pytest.mark.parametrize("page", PAGES)
def test_no_page_renders_a_hostile_name_as_markdown(monkeypatch, hostile_db, page, english):
    query = report_query(hostile_db) if page == "report" else {}
    at = open_page(monkeypatch, hostile_db, page, english=english, **query)
    for kind, text, markdown in shown(at):
        if kind == "html":
            tags = set(re.findall(r"<\s*/?\s*([a-zA-Z]+)", text))
            if "govbench-report-text" in text:  # the report text: escaped, <mark> only
                assert tags <= {"div", "mark"}, text
            else:  # the report card: our own layout, the names in it escaped
                assert tags <= CARD_TAGS, tags - CARD_TAGS
        elif markdown:
            assert linkable(text) == [], (kind, text)
    # the hostile names are on the page (the walk looked at them), shown as text
    assert hostile_texts(at), page
    if page in ("overview", "report", "ranking", "compare"):  # where the issue saw <img>
        assert any(markdown for _, _, markdown in hostile_texts(at)), page


def test_the_pages_show_the_hostile_names_where_a_reader_looks(monkeypatch, hostile_db):
    at = open_page(monkeypatch, hostile_db, "ranking")
    leaders = next(m.value for m in at.markdown if m.value.startswith("前三名"))
    assert as_text(HOSTILE_NAMES[0][0]) in leaders and "![t]" not in leaders
    at = open_page(monkeypatch, hostile_db, "report", **report_query(hostile_db))
    # only the cell the templates know is flagged; what else the URL carried is not shown
    assert [w.value for w in at.warning] == ["已标出检查未通过的单元格：表三 · （七）总计 · 总计"]
    caption = at.caption[0].value
    assert "/srv/" not in caption and "C:" not in caption  # the file's name, not its path
    at = open_page(monkeypatch, hostile_db, "compare")
    names = [m.value for m in at.markdown if m.value.startswith("**")]
    assert names and all(linkable(n) == [] for n in names)


def test_an_upload_with_a_hostile_name_is_reported_as_text(monkeypatch, tmp_path):
    db = build_db(tmp_path / "import.duckdb")
    at = open_page(monkeypatch, db, "import")
    text = "某县人民政府2022年政府信息公开工作年度报告\n本年度主动公开政府信息1200条。\n".encode()
    at.file_uploader(key="import_files").set_value(
        [
            (f"![u](//{EVIL}/u.png)[点此](https://{EVIL}/a).txt", text, "text/plain"),
            (f"[r](https://{EVIL}/r).pdf", b"no pdf", "application/pdf"),
        ]
    ).run()
    at.button(key="import_go").click().run()
    assert not at.exception
    everything = list(shown(at))
    # each file is listed by its own name, as text (a table shows no Markdown)
    listed = [text for kind, text, _ in everything if kind.startswith("dataframe") and EVIL in text]
    assert len(listed) == 2
    bodies = [text for _, text, markdown in everything if markdown]
    assert all(linkable(b) == [] for b in bodies), [b for b in bodies if linkable(b)]


def test_rank_csv_neutralises_formula_cells_from_the_command_line(tmp_path, capsys):
    """`govbench rank --format csv` goes through the app's export: issuer names a spreadsheet
    would run are prefixed with a quote."""
    from govbench import store
    from govbench.cli import main

    from conftest import BODIES

    formulas = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2+3", "@SUM(A1)"]
    path = tmp_path / "formulas.duckdb"
    con = store.Database.writer(path)
    try:
        con.store_batch(
            [(f"f{i}", make_report(name, *BODIES[i][1:])) for i, name in enumerate(formulas)]
        )
    finally:
        con.close()
    assert main(["rank", "--db", str(path), "--format", "csv"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")]
    issuers = {row["issuer"] for row in csv.DictReader(io.StringIO("\n".join(lines)))}
    assert issuers == {"'" + f for f in formulas}
