"""Uploaded report files: checked by extension AND content, saved under sanitised names.

An upload is untrusted: its name may carry a path ("../../x") or odd characters, and its
extension may lie. Only the shapes the readers accept get through.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..read import READABLE

ACCEPTED = tuple(suffix.lstrip(".") for suffix in READABLE)  # for st.file_uploader(type=)
# every st.file_uploader's key: Streamlit refuses a value set for them through the state
UPLOADER_KEYS = frozenset(
    {
        "import_files",
        "import_manifest",
        "compliance_upload",
        "population_file",
        "preset_file",
        "preset_other",
    }
)
TAG = re.compile(rb"<\s*[a-zA-Z!/]")
UNSAFE = re.compile(r"[^\w.\-]+")  # \w keeps Chinese names readable
# A file name may be 255 bytes; a Chinese character takes 3 in UTF-8, so a cap in characters
# let an 83-character name fail with "File name too long". Stems are cut by bytes.
MAX_NAME_BYTES = 200


def rejection(name: str, content: bytes, max_bytes: int) -> str | None:
    """Why the upload is refused ("type", "size", "empty"), None when it is accepted."""
    if not content:
        return "empty"
    if len(content) > max_bytes:
        return "size"
    media = READABLE.get(Path(name).suffix.lower())
    if media is None or not _content_matches(media, content):
        return "type"
    return None


def _content_matches(media: str, content: bytes) -> bool:
    if media == "pdf":
        return content.startswith(b"%PDF-")
    if media == "docx":
        return _is_docx(content)
    if media == "image":  # PNG, JPEG or TIFF
        return content.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*"))
    if media == "ofd":
        return _is_zip_with(content, "OFD.xml")
    if media in ("doc", "wps", "rtf"):  # an old Word (compound) file or RTF
        return content.startswith((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf"))
    if b"\x00" in content or not _decodes(content):
        return False
    return media in ("txt", "md") or bool(TAG.search(content[:65536]))


def _is_docx(content: bytes) -> bool:
    return _is_zip_with(content, "word/document.xml")


def _is_zip_with(content: bytes, part: str) -> bool:
    if not content.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return part in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _decodes(content: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            content.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def safe_name(name: str, index: int) -> str:
    """A file name with no directory part or unsafe characters, unique by its index prefix."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    stem = UNSAFE.sub("_", stem).strip("._") or "report"
    stem = stem.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", errors="ignore")
    return f"{index:03d}_{stem}{UNSAFE.sub('', suffix)[:16]}"
