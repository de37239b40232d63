"""OFD (GB/T 33190) read with lxml: an OFD made from a report gives the report its original
gives (fixtures written by tests/ofd_writer.py from the real PDF, and from a PDF LibreOffice
made of the seed report)."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from ofd_writer import pdf_to_ofd

from govbench.ingest import parse_file
from govbench.model import UnreadableError
from govbench.read import read_bytes, read_document
from govbench.read.ofd import _deltas

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT / "data" / "reports" / "full"


def _cells(report) -> dict:
    return {
        (t, r, c): cell.value
        for t, rows in report.tables.items()
        for r, cols in rows.items()
        for c, cell in cols.items()
    }


def _facts(report) -> dict[str, float]:
    return {f.metric: f.value for f in report.facts}


def test_a_standard_report_as_ofd_gives_the_pdfs_year_place_facts_and_cells(tmp_path):
    pdf = FULL / "hongze_district_2023.pdf"
    ofd = tmp_path / "hongze.ofd"
    ofd.write_bytes(pdf_to_ofd(pdf))
    original, read = parse_file(pdf), parse_file(ofd)
    assert (read.year, read.issuer, read.region.code, read.format) == (
        2023,
        "洪泽区人民政府",
        "320813",
        "standard_2021",
    )
    assert _facts(read) == _facts(original)
    assert _cells(read) == _cells(original)
    assert len(_cells(read)) > 150
    assert read_document(ofd).media == "ofd"


def test_the_seed_report_as_ofd_gives_the_same_year_place_and_facts(tmp_path):
    # the seed's text laid out on A4 pages by LibreOffice, then written as OFD
    source = tmp_path / "qinhuangdao.txt"
    source.write_bytes((FULL / "hebei-qinhuangdao-2016.txt").read_bytes())
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    ofd = tmp_path / "qinhuangdao.ofd"
    ofd.write_bytes(pdf_to_ofd(tmp_path / "qinhuangdao.pdf"))
    original, read = parse_file(FULL / "hebei-qinhuangdao-2016.txt"), parse_file(ofd)
    assert (read.year, read.region.code, read.issuer) == (2016, "130300", "秦皇岛市人民政府")
    assert _facts(read) == _facts(original)
    assert _facts(read)["proactive_items_total"] == 16836


def test_delta_x_repeats_are_expanded():
    assert _deltas("g 3 2.5 1.25 g 2 3") == [2.5, 2.5, 2.5, 1.25, 3.0, 3.0]
    assert _deltas("") == []


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


@pytest.mark.parametrize(
    "parts, message",
    [
        ({"Doc_0/Document.xml": "<x/>"}, "not an OFD file (no OFD.xml)"),
        (
            {
                "OFD.xml": f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                "</ofd:DocBody></ofd:OFD>"
            },
            "corrupt OFD (missing part Doc_0/Document.xml)",
        ),
        ({"OFD.xml": "<ofd:OFD"}, "corrupt OFD (OFD.xml: "),
        ({"OFD.xml": f"<ofd:OFD {NS}/>"}, "no text found in the OFD"),
    ],
    ids=["no-ofd-xml", "missing-document", "broken-xml", "no-pages"],
)
def test_a_broken_ofd_is_one_line(parts, message):
    with pytest.raises(UnreadableError) as caught:
        read_bytes(_package(parts), source="x.ofd", suffix=".ofd")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_an_ofd_never_expands_entities():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "报告报告报告报告报告">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    page = (
        f'{laughs}<ofd:Page {NS}><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 100 10" '
        'Size="4"><ofd:TextCode X="0" Y="4">&c;政府信息公开</ofd:TextCode></ofd:TextObject>'
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    data = _package(
        {
            "OFD.xml": f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>D/Document.xml</ofd:DocRoot>"
            "</ofd:DocBody></ofd:OFD>",
            "D/Document.xml": f'<ofd:Document {NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="P/Content.xml"/>'
            "</ofd:Pages></ofd:Document>",
            "D/P/Content.xml": page,
        }
    )
    doc = read_bytes(data, source="x.ofd", suffix=".ofd")
    assert "报告报告" not in doc.text and doc.text.endswith("政府信息公开")
