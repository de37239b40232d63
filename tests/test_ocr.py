"""Page images and scanned PDFs read by Tesseract: scanned renderings of real reports (pages
rendered by pdfium, kept as images only) give the year, place and table cells of the text
layer, every figure marked as OCR's with a confidence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from govbench.ingest import parse_file
from govbench.model import UnreadableError
from govbench.parse import parse_document
from govbench.read import ocr, read_document, ruled

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT / "data" / "reports" / "full"
HONGZE = FULL / "hongze_district_2023.pdf"


def _pages(pdf: Path, dpi: int = 150) -> list:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for i in range(len(document))
        ]
    finally:
        document.close()


def _scanned(pdf: Path, out: Path, dpi: int = 150) -> Path:
    """An image-only PDF of `pdf`'s pages, as a scanner makes one."""
    pages = _pages(pdf, dpi)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)
    return out


def _cells(report) -> dict:
    return {
        (t, r, c): cell.value
        for t, rows in report.tables.items()
        for r, cols in rows.items()
        for c, cell in cols.items()
    }


def test_a_page_image_of_table_three_reads_its_cells(tmp_path):
    image = tmp_path / "page3.png"
    _pages(HONGZE)[2].save(image)
    doc = read_document(image)
    assert doc.read_by == "ocr" and doc.media == "image"
    rows = {row[-8]: row[-7:] for grid in doc.grids for row in grid.rows if len(row) >= 8}
    assert rows["一、本年新收政府信息公开申请数量"] == ["21", "0", "0", "0", "0", "0", "21"]
    assert rows["1.本机关不掌握相关政府信息"] == ["10", "0", "0", "0", "0", "0", "10"]
    # a lone 1, which Chinese recognition alone reads as 工
    assert rows["7.属于行政执法案卷"] == ["1", "0", "0", "0", "0", "0", "1"]
    assert all(0 <= score <= 1 for _, _, score in doc.ocr_scores)
    # every figure says it was read by OCR; those of rows that add up are sure
    facts = {f.metric: f for f in parse_document(doc).facts}
    assert {f.method for f in facts.values()} == {"ocr"}
    assert facts["requests_received"].value == 21
    assert facts["requests_received"].confidence >= ocr.SUM_CONFIDENCE
    assert facts["requests_denied"].value == 3  # 1 + 1 + 1 over 不予公开's rows


def test_the_seed_reports_first_page_as_an_image_gives_its_year_and_place(tmp_path):
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
    image = tmp_path / "page1.jpg"
    _pages(tmp_path / "qinhuangdao.pdf", dpi=200)[0].save(image, quality=90)
    report = parse_file(image)
    assert (report.year, report.region.code, report.level) == (2016, "130300", "city")
    assert any("read by OCR" in w for w in report.warnings)


@pytest.mark.slow
def test_a_scanned_standard_report_gives_the_text_layers_cells(tmp_path):
    scan = _scanned(HONGZE, tmp_path / "scan.pdf")
    with pytest.raises(UnreadableError, match="no text layer"):
        read_document(scan, ocr="never")
    original, read = parse_file(HONGZE), parse_file(scan)
    assert (read.year, read.region.code, read.format) == (2023, "320813", "standard_2021")
    truth, found = _cells(original), _cells(read)
    right = sum(1 for key, value in found.items() if truth.get(key) == value)
    assert right / len(found) >= 0.98  # precision
    assert right / len(truth) >= 0.90  # recall
    facts = {f.metric: f for f in read.facts}
    assert facts["requests_received"].value == 21
    assert all(
        f.method == "ocr" and f.confidence is not None and 0 <= f.confidence <= 1
        for f in read.facts
    )


def test_ocr_always_reads_a_pdf_with_a_text_layer_from_its_images(tmp_path):
    one_page = tmp_path / "one.pdf"
    pdf = pdfium.PdfDocument(HONGZE)
    out = pdfium.PdfDocument.new()
    out.import_pages(pdf, [0])
    out.save(one_page)
    pdf.close()
    out.close()
    assert read_document(one_page).read_by == "text"
    doc = read_document(one_page, ocr="always")
    assert doc.read_by == "ocr" and "2023" in doc.text


def test_a_page_image_with_ocr_never_is_one_line(tmp_path):
    image = tmp_path / "page.png"
    _pages(HONGZE, dpi=50)[0].save(image)
    with pytest.raises(UnreadableError, match="^a page image: read only by OCR"):
        read_document(image, ocr="never")


def test_without_tesseract_the_error_says_what_to_install(tmp_path, monkeypatch):
    image = tmp_path / "page.png"
    _pages(HONGZE, dpi=50)[0].save(image)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(UnreadableError) as caught:
        read_document(image)
    assert str(caught.value) == (
        "needs OCR, and Tesseract is not installed: apt-get install "
        "tesseract-ocr tesseract-ocr-chi-sim"
    )


def _row(label: str, readings: list) -> ruled.Ruled:
    """One table row: a label cell, then a cell per reading (text, confidence[, other])."""
    cells = [ruled.Cell((0, 0, 10, 10), [(0, 0)], label, 0.9)]
    for j, (text, confidence, *other) in enumerate(readings, start=1):
        cells.append(
            ruled.Cell(
                (10 * j, 0, 10 * j + 10, 10),
                [(0, j)],
                text,
                confidence,
                other[0] if other else None,
            )
        )
    return ruled.Ruled(cells, 1, len(cells))


def _texts(table: ruled.Ruled) -> list[str]:
    return [c.text for c in table.cells[1:]]


def test_table_three_row_sum_picks_the_reading_that_adds_up():
    # 自然人 read 8 by Chinese recognition, 3 by the digits pass: 总计 5 settles it
    table = _row(
        "1.本机关不掌握相关政府信息",
        [
            ("8", 0.6, ("3", 0.5)),
            ("1", 0.9),
            ("0", 0.9),
            ("0", 0.9),
            ("1", 0.9),
            ("0", 0.9),
            ("5", 0.9),
        ],
    )
    ocr.settle_by_sums(table)
    assert _texts(table) == ["3", "1", "0", "0", "1", "0", "5"]
    assert all(c.confidence >= ocr.SUM_CONFIDENCE for c in table.cells[1:])


def test_a_row_that_adds_up_is_sure_and_one_that_cannot_is_left_as_read():
    sure = _row(
        "一、本年新收政府信息公开申请数量",
        [("21", 0.6), ("0", 0.9), ("0", 0.9), ("0", 0.9), ("0", 0.9), ("0", 0.9), ("21", 0.7)],
    )
    ocr.settle_by_sums(sure)
    assert [c.confidence for c in sure.cells[1:]] == [ocr.SUM_CONFIDENCE] * 7
    # two cells whose other reading would each make it add up: nothing to choose by
    open_ = _row(
        "表四", [("8", 0.6, ("3", 0.5)), ("6", 0.6, ("1", 0.5)), ("0", 0.9), ("0", 0.9), ("9", 0.9)]
    )
    ocr.settle_by_sums(open_)
    assert _texts(open_) == ["8", "6", "0", "0", "9"]
    assert open_.cells[1].confidence == 0.6


def test_a_folder_ingest_reads_scans_in_its_workers_and_never_leaves_them_out(tmp_path):
    import duckdb

    from govbench.ingest import ingest

    folder = tmp_path / "scans"
    folder.mkdir()
    pages = _pages(HONGZE)
    pages[0].save(folder / "hongze-p1.png")
    pages[0].save(
        folder / "hongze-p1-3.pdf", save_all=True, append_images=pages[1:3], resolution=150
    )
    db = tmp_path / "ocr.duckdb"
    counts = ingest([folder], db, workers=1)  # read in a worker process
    assert (counts.added, counts.failed) == (2, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        years = con.execute("SELECT DISTINCT year FROM reports").fetchall()
        methods = con.execute("SELECT DISTINCT method FROM facts").fetchall()
        licensing = con.execute(
            "SELECT value FROM facts WHERE metric = 'licensing_decisions'"
        ).fetchall()
    assert years == [(2023,)] and methods == [("ocr",)]
    assert licensing == [(550,)]  # 表二 on page 2 of the PDF
    never = ingest([folder], tmp_path / "never.duckdb", workers=1, ocr="never")
    assert (never.added, never.failed) == (0, 2)
