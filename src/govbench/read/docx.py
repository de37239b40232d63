"""DOCX -> paragraphs and grids in body order (python-docx's XML element classes)."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from ..model import UnreadableError
from .layout import Layout

# A report's parts inflate to a few MB; more than this is a zip bomb, refused from
# the sizes the archive declares, before anything is inflated.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
_MAX_RATIO = 1000
DOCUMENT_PART = "word/document.xml"
# A report's tables are tens of columns wide and a few hundred cells; a tiny file can declare
# a cell spanning millions of columns (w:gridSpan), each of which table_rows would build.
MAX_TABLE_COLUMNS = 1000
MAX_TABLE_CELLS = 1_000_000  # over all the document's tables

# python-docx's paragraph and run text (CT_P.text, CT_R.text) with the XPath compiled once:
# python-docx compiles it anew for every paragraph and run, a fifth of reading a DOCX.
_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_RUN_TAG = "{%s}r" % _W["w"]
_PARAGRAPH_PARTS = etree.XPath("w:r | w:hyperlink", namespaces=_W)
_HYPERLINK_RUNS = etree.XPath("w:r", namespaces=_W)
# each of these is a python-docx element class whose str() is its text ("\t" for a tab)
_RUN_PARTS = etree.XPath("w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab", namespaces=_W)


def read_docx(data: bytes) -> Layout:
    body_xml = _checked_document_xml(data)
    # python-docx's element classes on the document part alone: docx.Document() would also
    # load and parse every other part (styles, numbering, settings, theme, fonts), half the
    # time of reading a report, none of it needed for the text
    from docx.oxml import parse_xml
    from docx.oxml.table import CT_Tbl

    try:
        body = parse_xml(body_xml).body
    except Exception as exc:  # lxml and python-docx raise many kinds on broken XML
        raise UnreadableError(f"corrupt DOCX ({type(exc).__name__})") from exc
    if body is None:
        raise UnreadableError("corrupt DOCX (no document body)")
    layout = Layout()
    cells = 0
    for block in body.inner_content_elements:  # w:p and w:tbl, in body order
        if isinstance(block, CT_Tbl):
            rows = table_rows(block)
            cells += sum(map(len, rows))
            if cells > MAX_TABLE_CELLS:
                raise UnreadableError(
                    f"DOCX tables hold more than {MAX_TABLE_CELLS:,} cells: "
                    "refused (a report's hold a few thousand)"
                )
            layout.add_table(rows)
        else:
            layout.add_text(paragraph_text(block))
    return layout


def paragraph_text(p) -> str:
    """A w:p element's text, as python-docx's CT_P.text gives it."""
    return "".join(
        _run_text(part) if part.tag == _RUN_TAG else "".join(map(_run_text, _HYPERLINK_RUNS(part)))
        for part in _PARAGRAPH_PARTS(p)
    )


def _run_text(r) -> str:
    return "".join(map(str, _RUN_PARTS(r)))


def table_rows(tbl) -> list[list[str]]:
    """Each row's text of a w:tbl element by grid column, as python-docx's row.cells gives
    it: a cell spanning columns repeats in each, and a vertically merged cell repeats down
    its rows.

    Read row by row, keeping the previous row's cells by grid column, because row.cells
    looks each merged cell's top up anew through XPath (most of a DOCX's reading time,
    benchmark/NOTES.md)."""
    rows = []
    above: dict[int, str] = {}  # grid column -> text of the cell starting there
    for tr in tbl.tr_lst:
        row: list[str] = []
        starts: dict[int, str] = {}
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue" and column in above:
                text = above[column]
            else:
                text = "\n".join(map(paragraph_text, tc.p_lst))
            starts[column] = text
            span = tc.grid_span
            if column + span > MAX_TABLE_COLUMNS:  # checked before the cells are made
                raise UnreadableError(
                    f"DOCX table row spans {column + span:,} columns: "
                    f"refused (a report's table has at most "
                    f"{MAX_TABLE_COLUMNS})"
                )
            row += [text] * span
            column += span
        rows.append(row)
        above = starts
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _checked_document_xml(data: bytes) -> bytes:
    """The document part (word/document.xml) of a DOCX archive, once every part was found
    to inflate to what it declares and the whole to a report's size, not a zip bomb's."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        # a zip's first bytes with no readable directory at its end: cut short in transfer
        reason = (
            "corrupt DOCX (a damaged or truncated zip)"
            if data.startswith(b"PK\x03\x04")
            else "not a DOCX file"
        )
        raise UnreadableError(reason) from exc
    with archive:
        infos = archive.infolist()
        if not any(info.filename == DOCUMENT_PART for info in infos):
            raise UnreadableError(f"not a DOCX file (no {DOCUMENT_PART})")
        declared = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos)
        if declared > MAX_DOCX_UNCOMPRESSED or declared > _MAX_RATIO * max(packed, 1) + 10**6:
            raise UnreadableError(
                f"DOCX inflates to {declared // 2**20} MB: refused as a likely zip bomb"
            )
        document = b""
        for info in infos:
            inflated = _inflated(archive, info, keep=info.filename == DOCUMENT_PART)
            if info.filename == DOCUMENT_PART:
                document = inflated
        return document


def _inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool) -> bytes:
    """Inflate one part as a stream, a chunk at a time, so memory stays small whatever it
    holds (the chunks are kept only when `keep`). zipfile stops at the declared size and
    then checks the CRC, so a part that inflates to more than it declares (a forged header)
    fails here."""
    chunks: list[bytes] = []
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                if keep:
                    chunks.append(chunk)
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        OSError,
        EOFError,
        RuntimeError,
        ValueError,
    ) as exc:
        reason = (str(exc) or type(exc).__name__).splitlines()[0][:80]
        raise UnreadableError(f"corrupt DOCX ({info.filename}: {reason})") from exc
    return b"".join(chunks)


_CHUNK = 1 << 20
