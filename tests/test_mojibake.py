"""Pages a crawler read in the wrong encoding (UTF-8 taken for GBK or GB18030) and saved so,
the bytes it could not read replaced by U+FFFD: read back where the bytes allow
(read/normalise.unmojibake), and nothing guessed where the page lost characters — no figure
beside or in a sentence with a lost character, no sub-unit fallback, no issuer from a stray
phrase. A report as written is never touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snippets import meta_of, values

from govbench.model import Document
from govbench.parse import parse_document
from govbench.read.normalise import normalise, unmojibake

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
LABELS = ROOT / "data" / "labels" / "full"


def _crawled(text: str, encoding: str) -> str:
    """`text` as a crawler that decoded its UTF-8 bytes as `encoding` saved it."""
    return text.encode("utf-8").decode(encoding, errors="replace")


def test_a_mojibake_title_is_read_back() -> None:
    title = "嘉兴市人民政府2024年度政府信息公开工作年度报告"
    garbled = _crawled(title, "gb18030")
    assert "政府信息公开" not in garbled  # 鍢夊叴甯備汉姘戞斂搴?2024骞村害…
    # all but the character the first reading lost comes back
    assert unmojibake(garbled) == "嘉兴市人民政\ufffd\ufffd2024年度政府信息公开工作年度报告"


def test_a_report_as_written_is_never_taken_for_mojibake() -> None:
    texts = [p for p in REPORTS.rglob("*.txt")]
    assert len(texts) > 200
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert unmojibake(text) == text, path.name


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_crawled_complete_reports_give_no_wrong_figure_or_place(encoding: str) -> None:
    right = 0
    for label_path in sorted(LABELS.glob("*.json")):
        source = REPORTS / "full" / f"{label_path.stem}.txt"
        if not source.exists():
            continue  # the PDF and the HTML report: their bytes are no crawler's text
        label = json.loads(label_path.read_text(encoding="utf-8"))
        written = source.read_text(encoding="utf-8")
        crawled = parse_document(
            Document(source=source.name, text=normalise(_crawled(written, encoding)))
        )
        as_written = parse_document(Document(source=source.name, text=normalise(written)))
        labelled: dict[str, list[float]] = {}
        for fact in label["facts"]:
            labelled.setdefault(fact["metric"], []).append(float(fact["value"]))
        for fact in crawled.facts:
            if fact.metric in labelled:  # the labels list what they check ("listed")
                assert fact.value in labelled[fact.metric], (source.name, fact)
                right += 1
        assert crawled.year in (None, label["year"]), source.name
        assert crawled.region.province in (None, label["province"]), source.name
        assert crawled.issuer in (None, as_written.issuer), source.name
    assert right > 0  # figures in sentences the crawler left whole are still read


def test_a_figure_beside_a_lost_character_is_not_read() -> None:
    # 受理申请?2件: the lost character may have been a digit (12件, 22件…)
    assert values("2023年,共受理政府信息公开申请\ufffd2件。", 2023) == {}
    assert values("2023年,共受理政府信息公开申请12件。", 2023) == {"requests_received": 12}
    # a sentence that lost characters has lost its words and breaks too
    assert values("2023年,共受理政府\ufffd\ufffd公开申请12件。", 2023) == {}


def test_an_issuer_with_lost_characters_is_unknown() -> None:
    meta = meta_of(
        "嘉兴市人民政\ufffd\ufffd2024年度政府信息公开工作年度报告\n根据《条例》,编制本报告。"
    )
    assert meta.issuer is None
    assert any("lost characters" in w for w in meta.warnings)
