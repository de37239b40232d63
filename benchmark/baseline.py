"""The unavoidable part of reading a report, the baseline that parse throughput is set against:
bytes -> encoding detection + decode -> the format library's plain text -> OpenCC t2s.

It keeps nothing of the layout (no table grids, no reading order, no footers dropped), so
parse / baseline says what extraction costs on top of getting the characters at all.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def decode(data: bytes) -> str:
    """Strict UTF-8 first (most files), else charset detection on a sample, as any reader must."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        name = best.encoding if best else "gb18030"
        if name.lower() in ("gb2312", "gbk", "cp936"):
            name = "gb18030"
        return data.decode(name, errors="replace")


def html_text(data: bytes) -> str:
    import lxml.html

    return lxml.html.document_fromstring(
        decode(data).encode("utf-8"), parser=_utf8_parser()
    ).text_content()


@cache
def _utf8_parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")


def pdf_text(data: bytes) -> str:
    """pdfium's text of each page, the engine govbench reads PDF pages with."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for number in range(len(document)):
            page = document[number]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()


def docx_text(data: bytes) -> str:
    """The document part's paragraphs, and each table cell's paragraphs once (merges left as
    printed), through python-docx's element classes: no other part of the package."""
    import zipfile

    from docx.oxml import parse_xml
    from docx.oxml.table import CT_Tbl

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = parse_xml(archive.read("word/document.xml")).body
    parts: list[str] = []
    for block in body.inner_content_elements:
        if isinstance(block, CT_Tbl):
            parts.extend(p.text for tr in block.tr_lst for tc in tr.tc_lst for p in tc.p_lst)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def read_plain(path: Path) -> str:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = pdf_text(data)
    elif suffix == ".docx":
        text = docx_text(data)
    elif suffix in (".html", ".htm"):
        text = html_text(data)
    else:
        text = decode(data)
    return _t2s().convert(text)
