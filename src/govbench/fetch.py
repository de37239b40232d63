"""fetch: collect report pages and their attachments from government sites, politely.

robots.txt is obeyed, requests to a host go one at a time with a delay between them, the
User-Agent names the tool, a failing request is retried with backoff, and every file and
every failure is a row of OUT/manifest.csv (url, final url, fetched at, content type,
sha256, page title, error), which `ingest --manifest` reads. A second run skips what is
already there (by URL, and a file whose bytes are already kept is not written twice).
An error page served with status 200 (a site template saying 页面不存在) is an error row,
not a report.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from .model import UnreadableError

USER_AGENT = (
    "govbench/0.1 (collects government information disclosure annual reports; "
    "obeys robots.txt; one request at a time)"
)
DELAY_SECONDS = 2.0  # between two requests to the same host
TIMEOUT_SECONDS = 30.0  # a whole response, not only its first byte
RETRIES = 2  # after the first try, on connection errors and 5xx
MAX_BYTES = 50 * 1024 * 1024  # as for a local file (read.MAX_FILE_BYTES)
MANIFEST = "manifest.csv"
# What a report page links to that is worth keeping: the report itself as a file.
ATTACHMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".ofd", ".rtf")
_MEDIA_SUFFIX = {
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/ofd": ".ofd",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
}
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass
class Fetched:
    """One row of the manifest: a file kept, or why a URL gave none."""

    file: str  # the file's name in OUT ("" when none was kept)
    url: str
    final_url: str = ""
    fetched_at: str = ""
    content_type: str = ""
    sha256: str = ""
    title: str = ""
    error: str = ""
    linked_from: str = ""  # the report page an attachment was linked from


class Fetcher:
    def __init__(
        self,
        out: str | Path,
        delay: float = DELAY_SECONDS,
        timeout: float = TIMEOUT_SECONDS,
        retries: int = RETRIES,
        max_bytes: int = MAX_BYTES,
        user_agent: str = USER_AGENT,
        on_row: Callable[[Fetched], None] | None = None,
    ) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.delay, self.timeout, self.retries = delay, timeout, retries
        self.max_bytes, self.user_agent, self.on_row = max_bytes, user_agent, on_row
        self.manifest = self.out / MANIFEST
        self.rows = _load(self.manifest)
        self.kept = {r.url: r for r in self.rows if r.file and not r.error}
        self.by_hash = {r.sha256: r.file for r in self.rows if r.file}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    # --- what to fetch ------------------------------------------------------------------

    def fetch(self, urls: Iterable[str], attachments: bool = True) -> list[Fetched]:
        """Each URL, and (for a report page) the report files it links to."""
        done = []
        for url in urls:
            row = self.fetch_one(url)
            done.append(row)
            if attachments and row.file.endswith(".html") and not row.error:
                page = (self.out / row.file).read_bytes()
                for link in links(page, row.final_url or url, suffixes=ATTACHMENT_SUFFIXES):
                    done.append(self.fetch_one(link, linked_from=url))
        return done

    def list_page(self, url: str, match: str) -> list[str]:
        """The links of a site's 年报 list page whose text (or title) holds `match`, one
        level: the page itself is not kept."""
        status, body, _, final = self._get(url)
        if isinstance(status, str):
            raise UnreadableError(f"{url}: {status}")
        return links(body, final, text_holds=match)

    # --- one URL ------------------------------------------------------------------------

    def fetch_one(self, url: str, linked_from: str = "") -> Fetched:
        if url in self.kept:
            return self.kept[url]
        row = Fetched(file="", url=url, linked_from=linked_from)
        status, body, content_type, final = self._get(url)
        row.fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        row.final_url, row.content_type = final, content_type
        if isinstance(status, str):
            row.error = status
            return self._record(row)
        row.sha256 = hashlib.sha256(body).hexdigest()
        suffix = _suffix(final, content_type, body)
        if suffix == ".html":
            row.title, error = _page_check(body)
            if error:
                row.error = error
                return self._record(row)
        if row.sha256 in self.by_hash:  # the same bytes under another URL
            row.file = self.by_hash[row.sha256]
            return self._record(row)
        row.file = self._name(final, suffix, row.sha256)
        tmp = self.out / f".{row.file}.part"
        tmp.write_bytes(body)
        os.replace(tmp, self.out / row.file)
        self.by_hash[row.sha256] = row.file
        return self._record(row)

    def _record(self, row: Fetched) -> Fetched:
        new = not self.manifest.exists()
        with self.manifest.open("a", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=_COLUMNS)
            if new:
                writer.writeheader()
            writer.writerow(asdict(row))
        self.rows.append(row)
        if row.file and not row.error:
            self.kept[row.url] = row
        if self.on_row:
            self.on_row(row)
        return row

    def _name(self, url: str, suffix: str, digest: str) -> str:
        path = PurePosixPath(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
        stem = _UNSAFE.sub("_", path.stem).strip("._")[:80] or "index"
        host = _UNSAFE.sub("_", urllib.parse.urlsplit(url).hostname or "site")
        name = f"{host}_{stem}{suffix}"
        if (self.out / name).exists():
            name = f"{host}_{stem}_{digest[:8]}{suffix}"
        return name

    # --- the polite request -------------------------------------------------------------

    def _get(self, url: str) -> tuple[int | str, bytes, str, str]:
        """(status or error text, body, content type, final URL)."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "not an http(s) URL", b"", "", url
        if not self._allowed(url):
            return "forbidden by robots.txt", b"", "", url
        error = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.delay * 2**attempt)  # backoff
            try:
                status, body, content_type, final = self._request(url)
            except urllib.error.HTTPError as exc:
                error = f"HTTP {exc.code}"
                if exc.code < 500:
                    return error, b"", "", url
                continue
            except (urllib.error.URLError, OSError, TimeoutError) as exc:
                reason = getattr(exc, "reason", exc)
                error = f"cannot fetch: {reason}"
                if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                    error = f"timed out after {self.timeout:g} s"
                continue
            except _TooLarge:
                return f"larger than {self.max_bytes // 2**20} MB", b"", "", url
            if not final.startswith(("http://", "https://")) or not self._allowed(final):
                return "redirected where robots.txt forbids", b"", "", final
            return status, body, content_type, final
        return error, b"", "", url

    def _request(self, url: str) -> tuple[int, bytes, str, str]:
        self._wait(url)
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Language": "zh-CN,zh;q=0.9"}
        )
        started = time.monotonic()
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            chunks, size = [], 0
            while chunk := response.read(1 << 16):
                size += len(chunk)
                if size > self.max_bytes:
                    raise _TooLarge
                if time.monotonic() - started > self.timeout:
                    raise TimeoutError("timed out")
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type", "")
            return response.status, b"".join(chunks), content_type, response.geturl()

    def _wait(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc
        pause = self._last.get(host, float("-inf")) + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
            try:
                status, body, _, _ = self._request(f"{origin}/robots.txt")
                parser.parse(body.decode("utf-8", "replace").splitlines())
            except urllib.error.HTTPError as exc:
                # no robots.txt: everything allowed; refused (401/403): nothing, as RFC 9309
                # (the flags urllib.robotparser itself sets for these answers; not in its stubs)
                parser.disallow_all = exc.code in (401, 403)  # type: ignore[attr-defined]
                parser.allow_all = exc.code not in (401, 403)  # type: ignore[attr-defined]
            except (urllib.error.URLError, OSError, TimeoutError, _TooLarge):
                parser.allow_all = True  # type: ignore[attr-defined]  # the page's own request reports the failure
            self._robots[origin] = parser
        known = self._robots[origin]
        return known is None or known.can_fetch(self.user_agent, url)


class _TooLarge(Exception):
    pass


_COLUMNS = [f.name for f in fields(Fetched)]


def _load(manifest: Path) -> list[Fetched]:
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8", newline="") as fh:
        return [Fetched(**{k: row.get(k) or "" for k in _COLUMNS}) for row in csv.DictReader(fh)]


def _suffix(url: str, content_type: str, body: bytes) -> str:
    media = content_type.split(";")[0].strip().lower()
    head = body[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if media in _MEDIA_SUFFIX and media not in ("application/octet-stream",):
        return _MEDIA_SUFFIX[media]
    suffix = PurePosixPath(urllib.parse.urlsplit(url).path).suffix.lower()
    from .read import READABLE

    if suffix in READABLE:
        return ".html" if READABLE[suffix] == "html" else suffix
    return ".html" if b"<html" in head.lower() else ".bin"


def _page_check(body: bytes) -> tuple[str, str]:
    """(title, error): a page read as a local file would be, an error page refused."""
    from .read import read_bytes
    from .read.html import read_html

    try:
        layout, _ = read_html(body)
        title = (layout.title or "").strip()
    except UnreadableError:
        title = ""
    try:
        read_bytes(body, source="page.html", suffix=".html")
    except UnreadableError as exc:
        return title, str(exc)
    return title, ""


def links(
    page: bytes, base: str, suffixes: tuple[str, ...] = (), text_holds: str | None = None
) -> list[str]:
    """Absolute http(s) links of an HTML page, in page order, each once: those whose path
    ends in one of `suffixes`, or whose text or title holds `text_holds`."""
    from lxml import html

    try:
        root = html.document_fromstring(page)
    except (ValueError, TypeError, Exception):  # lxml raises ParserError on an empty document
        return []
    out: list[str] = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urllib.parse.urljoin(base, href).split("#")[0]
        if not url.startswith(("http://", "https://")) or url in out:
            continue
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path).lower()
        label = (anchor.text_content() or "") + (anchor.get("title") or "")
        if (suffixes and path.endswith(suffixes)) or (text_holds and text_holds in label):
            out.append(url)
    return out
