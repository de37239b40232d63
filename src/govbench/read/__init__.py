"""read: a report file -> Document (normalised simplified text plus table grids).

Dispatch is on the suffix (READABLE); any other suffix is sniffed from the content. Every
failure is an UnreadableError with a one-line reason.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from ..model import OCR_MODES, Document, NoTextLayer, UnreadableError
from .encoding import MIXED
from .layout import Layout

from .normalise import detect_script, normalise, rules

__all__ = [
    "read_document",
    "read_bytes",
    "read_file_bytes",
    "normalise",
    "detect_script",
    "MAX_FILE_BYTES",
    "UnreadableError",
    "READABLE",
    "NOT_READ",
    "REPORT_SUFFIXES",
    "OCR_MODES",
]

# Annual reports are tens of KB (a PDF a few MB); anything beyond this is not one.
MAX_FILE_BYTES = 50 * 1024 * 1024

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The one list of report file suffixes, suffix -> reader: `parse`, a folder ingest and the
# app's uploader all take these. .doc/.wps/.rtf go through LibreOffice (office.py), page images
# and scanned PDFs through Tesseract (ocr.py); both are optional programs, named when missing.
READABLE = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "wps",
    ".rtf": "rtf",
    ".ofd": "ofd",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
# Formats reports are published in that govbench cannot read, with what to do about it. A folder
# ingest takes them too, so each is recorded with this reason instead of silently left out.
_COMPRESSED = "a compressed file ({}): unpack it and ingest what it holds"
NOT_READ = {s: _COMPRESSED.format(s) for s in (".gz", ".tgz", ".zip", ".rar", ".7z")}
# Refused by name whatever they hold: read as text they gave reports of compressed bytes.
_REFUSED_BY_NAME = frozenset(NOT_READ)
# What a word-processor suffix holds when its content is not sniffed as HTML, PDF or DOCX.
_OFFICE = {"doc": "old Word .doc", "wps": "WPS Office .wps", "rtf": "RTF"}
REPORT_SUFFIXES = (*READABLE, *NOT_READ)


def read_document(path: str | Path, ocr: str = "auto") -> Document:
    given = str(path)  # the source as given: Path() would drop a leading "./"
    path = Path(path)
    try:
        data = read_file_bytes(path)
    except FileNotFoundError:
        raise UnreadableError("file not found") from None
    except OSError as exc:
        raise UnreadableError(f"cannot open file ({exc.strerror})") from None
    return read_bytes(data, source=given, suffix=path.suffix.lower(), ocr=ocr)


_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file, read once: whoever hashes them parses the same bytes.

    Opening never blocks (a named pipe without a writer would wait for ever) and only a regular
    file is read (/dev/zero never ends). OSError when it cannot be opened at all."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableError("a directory, not a file")
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
        raise UnreadableError(f"not a regular file ({kind}): only files are read")
    with os.fdopen(fd, "rb") as fh:
        if st.st_size > MAX_FILE_BYTES:
            raise UnreadableError(
                f"file too large ({st.st_size // 2**20} MB; "
                f"the limit is {MAX_FILE_BYTES // 2**20} MB)"
            )
        try:
            # its size and one byte more (reading the limit would allocate it up front);
            # a file that grew meanwhile is read on, up to the limit and one byte
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
        except OSError as exc:
            raise UnreadableError(f"cannot read file ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableError(f"file too large (the limit is {MAX_FILE_BYTES // 2**20} MB)")
    return data


def read_bytes(data: bytes, source: str, suffix: str = "", ocr: str = "auto") -> Document:
    """The same as read_document, for content already in memory."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableError(f"file too large (the limit is {MAX_FILE_BYTES // 2**20} MB)")
    if not data.strip() or data.strip() in _BOMS:
        raise UnreadableError("empty file")
    media = _media(data, suffix)
    read_by = "ocr" if media == "image" or (media == "pdf" and ocr == "always") else "text"
    try:
        layout, encoding = _layout(media, data, ocr)
    except NoTextLayer:
        if ocr == "never":
            raise
        layout, encoding, read_by = _ocr_layout("pdf", data), None, "ocr"
    text, grids = layout.build()
    if not text.strip():
        raise UnreadableError(
            "empty file"
            if media in ("txt", "md")
            else "no text found by OCR"
            if read_by == "ocr"
            else "no text found"
        )
    if is_error_page(layout.title or text.lstrip().split("\n", 1)[0], text):
        raise UnreadableError("not a report: looks like an error page")
    warnings = _encoding_warnings(text, encoding)
    if read_by == "ocr":
        warnings.append(
            "read by OCR (Tesseract) from page images: figures are marked "
            "method ocr with a confidence; check them against the original"
        )
    return Document(
        source=source,
        text=text,
        script=detect_script(_raw_text(layout)),
        media="txt" if media == "md" else media,
        encoding=encoding,
        grids=grids,
        warnings=warnings,
        read_by=read_by,
        ocr_scores=layout.scores,
    )


def _media(data: bytes, suffix: str) -> str:
    """The reader for these bytes: the content's own kind where it tells one (an old Word
    file named .docx, a web page saved as .doc), else the suffix's."""
    if data.startswith(_OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UnreadableError("encrypted DOCX (needs a password)")
        return "wps" if suffix == ".wps" else "doc"  # WPS files are compound files too
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if suffix in _REFUSED_BY_NAME:
        raise UnreadableError(NOT_READ[suffix])
    named = READABLE.get(suffix)
    sniffed = sniff(data)
    if named == "image":
        if sniffed != "image":
            raise UnreadableError("not an image file")
        return named
    if named in _OFFICE:
        if sniffed == "txt":  # neither Word, RTF, HTML, PDF nor DOCX
            raise UnreadableError(f"no Word or RTF content in this {_OFFICE[named]} file")
        return sniffed  # a web page, PDF or DOCX under an old name
    if named == "ofd":
        if sniffed == "txt":
            raise UnreadableError("not an OFD file")
        return "ofd" if sniffed == "docx" else sniffed  # a zip: the OFD reader checks it
    if sniffed == "image":  # a page image under a text name stays refused
        sniffed = "txt"
    media = named or sniffed
    if media in ("txt", "md") and sniffed == "html":
        media = "html"  # a saved web page named .txt
    return media


# Microsoft's old compound-file container: a Word 97-2003 .doc, or an encrypted .docx
# (Office stores a password-protected package inside one).
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_error_page(title: str, text: str) -> bool:
    """A web server's error page saved in place of the report: its title (or first line)
    says 404 / 页面不存在 and nothing in it is about information disclosure. A report that
    merely mentions an error keeps its markers, so it is never refused by this."""
    error_page = rules()["error_page"]
    return re.search(error_page["title"], normalise(title), re.IGNORECASE) is not None and not any(
        marker in text for marker in error_page["report_markers"]
    )


def _encoding_warnings(text: str, encoding: str | None) -> list[str]:
    warnings = []
    if encoding == MIXED:
        warnings.append(
            "encoding: some lines are UTF-8 and others GBK/GB18030; each line was read in its own"
        )
    undecodable = text.count("\ufffd")
    if undecodable:
        warnings.append(
            f"encoding: {undecodable} characters could not be decoded ({encoding}) "
            "and read as \ufffd"
        )
    return warnings


def sniff(data: bytes) -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered:
        return "html"
    return "txt"


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def _layout(media: str, data: bytes, ocr: str = "auto") -> tuple[Layout, str | None]:
    # readers are imported on demand: pdfplumber and python-docx are slow to load
    if media in _OFFICE:
        from .office import read_office

        return read_office(data, media), None
    if media == "ofd":
        from .ofd import read_ofd

        return read_ofd(data), None
    if media == "image" or (media == "pdf" and ocr == "always"):
        if ocr == "never":
            raise UnreadableError("a page image: read only by OCR, which --ocr never turns off")
        return _ocr_layout(media, data), None
    if media == "html":
        from .html import read_html

        return read_html(data)
    if media == "pdf":
        from .pdf import read_pdf

        if not data.lstrip().startswith(b"%PDF"):
            raise UnreadableError("not a PDF file")
        return read_pdf(data), None
    if media == "docx":
        from .docx import read_docx

        return read_docx(data), None
    from .text import read_text

    return read_text(data, markdown=media == "md")


def _ocr_layout(media: str, data: bytes) -> Layout:
    from .ocr import read_image, read_scanned_pdf

    return read_image(data) if media == "image" else read_scanned_pdf(data)


def _raw_text(layout: Layout) -> str:
    """The source's paragraphs before t2s, to tell what script it was written in
    (tables repeat merged labels, which would weigh them twice)."""
    paragraphs = "\n".join(b for b in layout.blocks if isinstance(b, str))
    if paragraphs.strip():
        return paragraphs
    return "\n".join("\t".join(row) for b in layout.blocks if isinstance(b, list) for row in b)
