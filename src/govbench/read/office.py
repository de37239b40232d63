"""Old word-processor files (.doc, .wps, .rtf) -> DOCX through LibreOffice headless, then the
DOCX reader.

LibreOffice is optional at run time: without it the error says what to install. Each
conversion gets its own temporary profile and folder (two concurrent runs must not share a
profile), runs in its own process group and is killed with it when it takes too long.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..model import UnreadableError
from .layout import Layout

# A report converts in a few seconds (most of it LibreOffice's start); a file that keeps it
# busy longer than this is refused.
CONVERT_TIMEOUT_SECONDS = 120
INSTALL_HINT = (
    "LibreOffice is needed to read it: apt-get install libreoffice-writer-nogui "
    "(or save it as .docx)"
)
# what a file is called in a message, by the content LibreOffice is given
KINDS = {"doc": "old Word .doc", "wps": "WPS Office .wps", "rtf": "RTF"}
# LibreOffice's import filter for each: named, because a file its detection does not recognise
# (a damaged .doc) would otherwise be imported as plain text and give a report of its bytes.
# A WPS Office .wps is a Word 97 compound file (Microsoft Works' .wps is not read).
IMPORT_FILTERS = {"doc": "MS Word 97", "wps": "MS Word 97", "rtf": "Rich Text Format"}


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_office(data: bytes, kind: str) -> Layout:
    """`kind` is "doc", "wps" or "rtf": the suffix LibreOffice sees, which picks its import
    filter among those that accept the content."""
    from .docx import read_docx

    return read_docx(convert_to_docx(data, kind))


def convert_to_docx(data: bytes, kind: str) -> bytes:
    command = soffice()
    if command is None:
        raise UnreadableError(f"{KINDS[kind]} file: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="govbench-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"report.{kind}"
        source.write_bytes(data)
        out = work / "out"
        profile = work / "profile"
        args = [
            command,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--infilter={IMPORT_FILTERS[kind]}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ]
        env = {**os.environ, "HOME": str(work), "TMPDIR": str(work)}
        try:
            run(args, env=env, timeout=CONVERT_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise UnreadableError(
                f"{KINDS[kind]} file: LibreOffice did not convert it within "
                f"{CONVERT_TIMEOUT_SECONDS} s"
            ) from None
        converted = out / "report.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise UnreadableError(f"corrupt {KINDS[kind]} file (LibreOffice could not read it)")
        return converted.read_bytes()


def run(args: list[str], env: dict[str, str], timeout: float) -> int:
    """Run a converter in its own process group; on timeout the whole group is killed (a
    converter's helpers would outlive it otherwise). Its exit code; raises
    subprocess.TimeoutExpired."""
    process = subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        process.wait(timeout=timeout)
    except BaseException:  # a timeout, or a Ctrl-C: no converter left behind
        _kill_group(process.pid)
        process.wait()
        raise
    _kill_group(process.pid)  # helpers that outlived a finished converter
    return process.returncode


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
