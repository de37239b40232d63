"""Issue #15 "polish seen in use": every page of the app, in Chinese and in English, on the
shipped sample (ingested and checked as `govbench demo` does), shows no "None"/"nan", no raw
metric, cell or category key, and in Chinese no English sentence."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import duckdb
import pytest
from app_walk import PAGES, open_page, shown

from govbench.rank import derived_keys, rules
from govbench.vocabulary import METRIC_KEYS

MISSING_WORDS = re.compile(r"(?<![\w.])(None|nan|NaN|NaT|<NA>|null)(?![\w.])")
CELL_KEY = re.compile(r"\btable[234]\.[a-z0-9_]+\.[a-z0-9_]+\b")
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){3,}")
SNAKE = re.compile(r"(?<![\w/.\\])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.\\])")


def raw_keys() -> set[str]:
    categories = tomllib.loads(
        resources.files("govbench.rules").joinpath("problems.toml").read_text("utf-8")
    )["categories"]
    codes = {"whole_area", "own_body", "standard_2019", "standard_2021", "development_zone"}
    return (
        set(METRIC_KEYS)
        | set(derived_keys())
        | set(rules().metrics)
        | codes
        | {"problems_admitted", "problems_repeated"}
        | {c for c in categories if "_" in c}
    )


def findings(at, english: bool) -> list[str]:
    keys = raw_keys()
    found = []
    for kind, text, markdown in shown(at):
        # the report's own text; the method table's 代码 column names each metric's key on
        # purpose (what `govbench rank --weights` takes), as the report page's 提取规则 column
        # names each figure's rule id (what to cite when a figure is misread)
        on_purpose = (
            "dataframe:代码",
            "dataframe:Key",
            "dataframe:提取规则",
            "dataframe:Read by rule",
        )
        if kind == "html" or kind in on_purpose:
            continue
        problems = []
        if MISSING_WORDS.search(text):
            problems.append("missing value shown as a word")
        if CELL_KEY.search(text):
            problems.append("cell key")
        if keys & set(SNAKE.findall(text)):
            problems.append("raw key")
        if not english and markdown and ENGLISH_SENTENCE.search(text):
            problems.append("English in Chinese mode")
        if problems:
            found.append(f"{kind}: {problems}: {text[:100]!r}")
    return found


def standard_report(db) -> str:
    """A 2021-format report with table figures and parser warnings: the fullest 报告 page."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT r.report_id FROM reports r JOIN facts f USING (report_id) "
            "WHERE r.format = 'standard_2021' AND f.method = 'table' AND len(r.warnings) > 0 "
            "GROUP BY r.report_id ORDER BY count(*) DESC, r.report_id LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("english", [False, True], ids=["zh", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_none_nan_raw_keys_or_the_wrong_language(monkeypatch, demo_db, page, english):
    query = {"report": standard_report(demo_db)} if page == "report" else {}
    at = open_page(monkeypatch, demo_db, page, english=english, **query)
    assert findings(at, english) == []


def test_the_walk_finds_what_it_looks_for():
    assert MISSING_WORDS.search("得分 None") and MISSING_WORDS.search("nan")
    assert not MISSING_WORDS.search("Nanjing")
    assert CELL_KEY.search("table4.litigation_after_reconsideration.total")
    assert {"requests_received"} & set(SNAKE.findall("requests_received: 4 → 21"))
    assert not SNAKE.findall("shanghai_gov_office_2019.html 的 data/population_template.csv")
    assert ENGLISH_SENTENCE.search("year: the opening sentence says 2023")


def test_the_language_switch_knows_every_uploader():
    """The language toggle pins each widget's choice through the state, which Streamlit refuses
    for an uploader: every uploader's key must be in ui.uploads.UPLOADER_KEYS."""
    from pathlib import Path

    from govbench.ui.uploads import UPLOADER_KEYS

    source = "\n".join(path.read_text("utf-8") for path in Path("src/govbench/ui").rglob("*.py"))
    # each call's own key: the first key= after "file_uploader(" (every uploader names one)
    keys = {
        re.search(r'key="([a-z_]+)"', source[m.end() :]).group(1)
        for m in re.finditer(r"file_uploader\((?!type=\))", source)  # not the comment
    }
    assert len(keys) >= 6 and keys <= UPLOADER_KEYS
