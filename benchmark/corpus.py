"""Generated corpora for the benchmark, made once per (size, seed) and cached outside the repo.

A corpus directory is complete when its `.complete` marker exists: an interrupted
generation is started again instead of being measured half-made.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from govbench.read import READABLE
from govbench.synth import generate

CACHE = Path(os.environ.get("GOVBENCH_BENCH_CACHE", Path.home() / ".cache" / "govbench-bench"))


def corpus(reports: int, seed: int = 1) -> tuple[Path, float | None]:
    """The cached corpus of `reports` generated reports; (path, seconds spent generating or None)."""
    folder = CACHE / f"synth-{reports}-seed{seed}"
    marker = folder / ".complete"
    if marker.exists():
        return folder, None
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    made = generate(folder, reports, seed)
    elapsed = time.perf_counter() - start
    marker.write_text(f"{made}\n")
    return folder, elapsed


def report_files(folder: Path) -> list[Path]:
    """Report files of a corpus (truth JSONs left out), sorted so every run takes the same."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in READABLE)


def by_format(files: list[Path]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for f in files:
        found.setdefault(f.suffix.lower().lstrip("."), []).append(f)
    return found
