"""The commands as a user runs them: in a terminal (a pseudo-terminal here).

Every other CLI test pipes stderr, so code that runs only on a terminal (the progress line)
is exercised here alone; it once crashed on an undeclared import that no piped run reached.
"""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "reports" / "full"
REPORTS = ["hebei-qinhuangdao-2016.txt", "pingtan_zhq_2021.txt", "shanghai_gov_office_2019.html"]
GOVBENCH = Path(sys.executable).parent / "govbench"  # the installed console script
CSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def in_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run govbench with stdin, stdout and stderr on a pseudo-terminal; its code and screen text."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(GOVBENCH), *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=cwd,
        close_fds=True,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the last holder of the terminal has gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = proc.wait(timeout=300)
    return code, b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    for name in REPORTS:
        shutil.copy(SAMPLE / name, d / name)
    (d / "empty.txt").write_bytes(b"")
    return d


def test_ingest_check_and_parse_work_in_a_terminal(folder, tmp_path):
    db = tmp_path / "t.duckdb"
    code, screen = in_terminal(
        "ingest", str(folder), "--db", str(db), "--workers", "1", cwd=tmp_path
    )
    assert code == 0, screen
    assert "Traceback" not in screen
    # the progress line is drawn and redrawn in place; its last state counts every file
    assert "\r" in screen
    lines = [CSI.sub("", part).strip() for part in re.split(r"[\r\n]+", screen)]
    assert "ingest: 4 files" in {line.rsplit(",", 1)[0] for line in lines}
    # the bad file's error has a line of its own, not glued to the counter
    assert any(line.startswith("govbench: ") and "empty.txt" in line for line in lines), screen
    assert "3 reports added, 0 unchanged, 1 unreadable" in screen

    code, screen = in_terminal("check", "--db", str(db), cwd=tmp_path)
    assert code == 0, screen
    assert "Traceback" not in screen
    assert re.search(r"checks run \S+: [1-9]\d* rules", screen), screen

    code, screen = in_terminal("parse", str(folder / REPORTS[0]), cwd=tmp_path)
    assert code == 0, screen
    assert "秦皇岛市人民政府" in screen and "Traceback" not in screen
