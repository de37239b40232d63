"""Bytes -> str for the encodings government sites use: UTF-8 (BOM or not), UTF-16
with BOM, GB18030/GBK/GB2312 and Big5."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..model import UnreadableError

# GB2312 and GBK are subsets of GB18030; pages that declare them often use
# characters beyond, so decode with the superset.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of files that are not text whatever their extension says.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"%PDF",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\xd0\xcf\x11\xe0",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF",
    b"\x7fELF",
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_SAMPLE = 64 * 1024  # charset detection on a sample keeps big files fast


def canonical(name: str) -> str | None:
    """The codec of a declared charset; None for a name that is not a text encoding (a page
    declaring charset=hex, zlib or rot13 names Python codecs that do not decode bytes to text)."""
    name = name.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def declared_charset(data: bytes) -> str | None:
    """The <meta charset> / http-equiv Content-Type charset of an HTML page, if any."""
    match = _META_CHARSET.search(data[:4096])
    return canonical(match.group(1).decode("ascii")) if match else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). A BOM wins, then the declaration, then detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(name, errors="replace").lstrip("\ufeff")
            if not _plausible(text):
                shown = name.upper().removesuffix("-SIG")
                raise UnreadableError(
                    f"binary content after a {shown} byte-order mark (not text in that encoding)"
                )
            return text, name
    check_not_binary(data)
    if declared:
        name = canonical(declared)
        if name:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = [(line, _line_kind(line)) for line in data.splitlines(keepends=True)]
    utf8 = sum(1 for _, kind in lines if kind == "utf-8")
    legacy = sum(1 for _, kind in lines if kind == "legacy")
    # A GBK line can pass for UTF-8 by chance, so a few such lines do not make a file UTF-8.
    if utf8 >= max(legacy, 1):
        return _by_line(lines)
    try:
        name = _detect(data)
    except UnreadableError:
        if utf8:
            return _by_line(lines)
        raise
    return data.decode(name, errors="replace"), name


def _plausible(text: str) -> bool:
    """Whether decoded text reads as a report: mostly ASCII, Chinese characters and their
    punctuation. Binary bytes behind a BOM decode as UTF-16 to characters from all over the
    Unicode plane (a third CJK by chance, the rest Hangul, private use, surrogates …)."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    usual = sum(
        1
        for c in sample
        if c.isascii()
        and (c.isprintable() or c in "\t\n\r")
        or "\u4e00" <= c <= "\u9fff"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
        or "\u2000" <= c <= "\u206f"
        or "\u00a0" <= c <= "\u00ff"
    )
    return usual >= 0.8 * len(sample)


# The encoding reported for a file whose lines are in more than one encoding.
MIXED = "utf-8+gb18030"
_ASCII = bytes(range(128))


def _line_kind(line: bytes) -> str:
    """ "ascii", "utf-8" or "legacy". A UTF-8 line with a corrupt byte keeps most of its
    characters valid; a GBK line read as UTF-8 is mostly replacement characters."""
    if line.isascii():
        return "ascii"
    as_utf8 = line.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    ascii_bytes = len(line) - len(line.translate(None, _ASCII))
    good = len(as_utf8) - bad - ascii_bytes
    return "utf-8" if bad <= good else "legacy"


def _by_line(lines: list[tuple[bytes, str]]) -> tuple[str, str]:
    """Pages pasted together from a GBK and a UTF-8 source, or a UTF-8 file with a few
    corrupt bytes: each line in the encoding it fits, bad bytes as U+FFFD. GB18030
    decodes nearly any byte pairs, so it is never tried before UTF-8."""
    text = "".join(
        line.decode("gb18030" if kind == "legacy" else "utf-8", errors="replace")
        for line, kind in lines
    )
    return text, MIXED if any(kind == "legacy" for _, kind in lines) else "utf-8"


def _detect(data: bytes) -> str:
    sample = data[:_SAMPLE]
    # cut the sample at a line end so a multibyte character is not split
    cut = sample.rfind(b"\n")
    if 0 < cut < len(sample) and len(data) > _SAMPLE:
        sample = sample[:cut]
    best = from_bytes(sample, cp_isolation=None).best()
    if best is None:
        raise UnreadableError("binary content (no text encoding fits)")
    return canonical(best.encoding) or best.encoding


def check_not_binary(data: bytes) -> None:
    head = data[:8]
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        raise UnreadableError("binary content (an image or archive, not text)")
    if b"\x00" in data[:_SAMPLE]:
        raise UnreadableError("binary content (NUL bytes)")
