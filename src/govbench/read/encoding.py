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
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312": "gb18030", "cp936": "gb18030",
    "x-gbk": "gb18030", "euc-cn": "gb18030", "big5-hkscs": "big5hkscs", "utf8": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of files that are not text whatever their extension says.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"Rar!",
    b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"BM", b"II*\x00", b"MM\x00*", b"RIFF", b"\x7fELF",
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_SAMPLE = 64 * 1024     # charset detection on a sample keeps big files fast


def canonical(name: str) -> str | None:
    name = name.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The <meta charset> / http-equiv Content-Type charset of an HTML page, if any."""
    match = _META_CHARSET.search(data[:4096])
    return canonical(match.group(1).decode("ascii")) if match else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). A BOM wins, then the declaration, then detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace").lstrip("\ufeff"), name
    check_not_binary(data)
    if declared:
        name = canonical(declared)
        if name:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass      # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    name = _detect(data)
    return data.decode(name, errors="replace"), name


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
