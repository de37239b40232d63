"""DOCX -> paragraphs and grids in body order (python-docx)."""
from __future__ import annotations

import io
import zipfile
import zlib

from ..model import UnreadableError
from .layout import Layout

# A report's parts inflate to a few MB; more than this is a zip bomb, refused from
# the sizes the archive declares, before anything is inflated.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
_MAX_RATIO = 1000


def read_docx(data: bytes) -> Layout:
    _check_archive(data)
    import docx                      # python-docx; only loaded when a DOCX comes along
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:        # python-docx raises many kinds on a broken package
        raise UnreadableError(f"corrupt DOCX ({type(exc).__name__})") from exc
    layout = Layout()
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            layout.add_table(table_rows(block))
        else:
            layout.add_text(block.text)
    return layout


def table_rows(table) -> list[list[str]]:
    """Each row's text by grid column, as python-docx's row.cells gives it: a cell spanning
    columns repeats in each, and a vertically merged cell repeats down its rows.

    Read from the table's XML row by row, keeping the previous row's cells by grid column,
    because row.cells looks each merged cell's top up anew through XPath (most of a DOCX's
    reading time, benchmark/RESULTS.md)."""
    rows = []
    above: dict[int, str] = {}          # grid column -> text of the cell starting there
    for tr in table._tbl.tr_lst:
        row: list[str] = []
        starts: dict[int, str] = {}
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue" and column in above:
                text = above[column]
            else:
                text = "\n".join(p.text for p in tc.p_lst)
            starts[column] = text
            span = tc.grid_span
            row += [text] * span
            column += span
        rows.append(row)
        above = starts
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        # a zip's first bytes with no readable directory at its end: cut short in transfer
        reason = "corrupt DOCX (a damaged or truncated zip)" if data.startswith(b"PK\x03\x04") \
            else "not a DOCX file"
        raise UnreadableError(reason) from exc
    with archive:
        infos = archive.infolist()
        if not any(info.filename == "word/document.xml" for info in infos):
            raise UnreadableError("not a DOCX file (no word/document.xml)")
        declared = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos)
        if declared > MAX_DOCX_UNCOMPRESSED or declared > _MAX_RATIO * max(packed, 1) + 10**6:
            raise UnreadableError(
                f"DOCX inflates to {declared // 2**20} MB: refused as a likely zip bomb")
        for info in infos:
            _check_part(archive, info)


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Inflate one part as a stream, a chunk at a time, so memory stays small whatever it
    holds. zipfile stops at the declared size and then checks the CRC, so a part that
    inflates to more than it declares (a forged header) fails here instead of in
    python-docx."""
    try:
        with archive.open(info) as part:
            while part.read(_CHUNK):
                pass
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError,
            RuntimeError, ValueError) as exc:
        reason = (str(exc) or type(exc).__name__).splitlines()[0][:80]
        raise UnreadableError(f"corrupt DOCX ({info.filename}: {reason})") from exc


_CHUNK = 1 << 20
