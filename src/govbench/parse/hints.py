"""Hints from outside the report's own words: crawler header lines, the file name, a manifest.

A crawler's page copy often starts with `标题:`, `发布机构:`, `原文链接:` lines; a file is often
named after its report (`2023年XX区人民政府政府信息公开工作年度报告.pdf`); an overseer usually
knows where each file came from and can say so in a manifest CSV (data/manifest_template.csv).
parse/meta.py uses these to fill what the text leaves unknown, records them as the field's
source, and warns (never silently overrides) when one contradicts strong evidence in the text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from ..model import BODY_KINDS, LEVELS, REPORT_SCOPES

# Crawler header lines: "key: value" (or a table row "| key: | value |") at the very top.
HEADER_LINES = 15
_HEADER_KEYS = (
    "标题",
    "发布机构",
    "原文链接",
    "发布时间",
    "发布日期",
    "成文日期",
    "文号",
    "来源",
    "信息来源",
    "发文机关",
    "索引号",
)
_HEADER_LINE = re.compile(r"^\|?\s*(" + "|".join(_HEADER_KEYS) + r")\s*[:：]\s*\|?\s*(.*)$")
# The crawler's marker between its header and the page text.
_BODY_MARK = re.compile(r"^=+\s*正文\s*=+$")

MANIFEST_FIELDS = ("issuer", "region_code", "year", "level", "body_kind", "scope")
_CHOICES = {"level": LEVELS, "body_kind": BODY_KINDS, "scope": REPORT_SCOPES}


def header(text: str) -> dict[str, str]:
    """The crawler header's fields (first value of each key), empty values left out.
    Only a header that stands at the top counts: the first lines, up to the 正文 marker."""
    out: dict[str, str] = {}
    for line in text.splitlines()[:HEADER_LINES]:
        line = line.strip()
        if _BODY_MARK.match(line):
            break
        m = _HEADER_LINE.match(line)
        if m:
            value = m.group(2).split("|")[0].strip()
            if value and m.group(1) not in out:
                out[m.group(1)] = value
    return out


def filename_title(source: str) -> str | None:
    """The file's name without folder and extension, when it reads like a report title
    (meta decides whether it is one); crawler ids before an underscore are dropped."""
    stem = PurePath(source).name
    for _ in range(2):  # .pdf, .txt.gz
        stem = PurePath(stem).stem if "." in stem else stem
    stem = stem.rsplit("_", 1)[-1].strip()
    return stem or None


class ManifestError(ValueError):
    """A manifest that cannot be used; the message is one line for the user."""


@dataclass
class Manifest:
    """Rows of a manifest CSV keyed by file name (as given, and its base name) and by URL."""

    by_file: dict[str, dict[str, str]] = field(default_factory=dict)
    by_url: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        path = Path(path)
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                rows = list(reader)
                columns = set(reader.fieldnames or ())
        except OSError as exc:
            raise ManifestError(f"{path}: cannot open: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ManifestError(f"{path}: not a UTF-8 CSV file: {exc}") from None
        if not ({"file", "url"} & columns):
            raise ManifestError(f"{path}: needs a 'file' or 'url' column")
        out = cls()
        for n, row in enumerate(rows, start=2):
            hint = {k: (row.get(k) or "").strip() for k in MANIFEST_FIELDS}
            hint = {k: v for k, v in hint.items() if v}
            for key, choices in _CHOICES.items():
                if key in hint and hint[key] not in choices:
                    raise ManifestError(
                        f"{path}, line {n}: {key} {hint[key]!r} is not one of "
                        f"{', '.join(sorted(choices))}"
                    )
            if "year" in hint and not re.fullmatch(r"20\d\d", hint["year"]):
                raise ManifestError(f"{path}, line {n}: year {hint['year']!r} is not a year")
            if "region_code" in hint and not re.fullmatch(r"\d{6}", hint["region_code"]):
                raise ManifestError(
                    f"{path}, line {n}: region_code {hint['region_code']!r} is not a 6-digit code"
                )
            file = (row.get("file") or "").strip()
            if file:
                out.by_file[file] = hint
                out.by_file.setdefault(PurePath(file).name, hint)
            url = (row.get("url") or "").strip()
            if url:
                out.by_url[url] = hint
        return out

    def lookup(self, source: str, url: str | None = None) -> dict[str, str]:
        """The hint for a file: by its path as given, its base name, or its page URL."""
        for key in (source, PurePath(source).name):
            if key in self.by_file:
                return self.by_file[key]
        if url and url in self.by_url:
            return self.by_url[url]
        return {}
