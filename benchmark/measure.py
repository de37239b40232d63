"""Measuring helpers: a child command's wall time and the peak RSS of its whole process tree,
and the machine a figure was measured on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Run:
    command: list[str]
    seconds: float
    returncode: int
    peak_tree_rss_mb: float  # sum over the process and all its descendants, sampled
    peak_process_rss_mb: float  # the largest single process, sampled
    cpu_seconds: float  # user + system over the tree, sampled (the last moments missed)
    own_cpu_seconds: float  # user + system of the command's own process (an ingest's writer)
    stdout: str
    stderr: str


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: fields follow the last ')'
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


TICK = os.sysconf("SC_CLK_TCK")


def tree_usage(root: int) -> tuple[int, dict[int, float], dict[int, int]]:
    """Resident bytes of `root` and every process below it (a pool's forkserver and workers),
    and each one's CPU seconds so far and resident bytes."""
    tree = _children()
    total, todo = 0, [root]
    cpu: dict[int, float] = {}
    rss: dict[int, int] = {}
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss[pid] = int(fh.read().split()[1]) * PAGE
                total += rss[pid]
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            cpu[pid] = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
        except (OSError, IndexError, ValueError):
            pass
    return total, cpu, rss


def run(
    command: list[str], cwd: Path = ROOT, env: dict | None = None, interval: float = 0.25
) -> Run:
    """Run `command`, sampling its tree's RSS every `interval` s; stdout/stderr go to files
    so a chatty child never blocks on a full pipe."""
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"govbench-bench-{os.getpid()}.out"
    err_path = out_path.with_suffix(".err")
    with open(out_path, "w") as out, open(err_path, "w") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL
        )
        peak = largest = 0
        cpu: dict[int, float] = {}
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, largest
            while not done.is_set():
                total, seen, each = tree_usage(proc.pid)
                peak = max(peak, total)
                largest = max(largest, *each.values(), 0)
                cpu.update(seen)
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = out_path.read_text(), err_path.read_text()
    out_path.unlink()
    err_path.unlink()
    # sampled, not ru_maxrss: a forked child starts out with the harness's own peak
    return Run(
        command,
        seconds,
        proc.returncode,
        peak / 2**20,
        largest / 2**20,
        max(sum(cpu.values()), usage.ru_utime + usage.ru_stime),
        cpu.get(proc.pid, 0.0),
        stdout,
        stderr,
    )


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpu": cpu,
        "cores_available": len(os.sched_getaffinity(0)),
        "memory_gib": round(mem / 2**20, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


VERSIONED = (
    "govbench",
    "duckdb",
    "pandas",
    "pyarrow",
    "numpy",
    "pypdfium2",
    "pdfplumber",
    "pdfminer.six",
    "python-docx",
    "lxml",
    "selectolax",
    "opencc",
    "charset-normalizer",
    "great-expectations",
    "streamlit",
)


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def git_state() -> dict:
    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {
        "commit": git("rev-parse", "HEAD") or None,
        "uncommitted_changes": bool(git("status", "--porcelain", "--untracked-files=no")),
    }


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def own_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
