"""population: the user's population table (region_code, name, year, population) for per-capita
volume metrics.

govbench ships no population figures: the user supplies them (data/population_template.csv
shows the layout). Lines starting with '#' are comments. `year` may be left empty for a figure
that stands for any year. Every problem is a ValueError naming the line, so a bad file is
refused rather than half-used.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd

COLUMNS = ["region_code", "name", "year", "population"]
REQUIRED = ("region_code", "population")
# the template's rows are named like this; ranking on them would be ranking on placeholders
EXAMPLE_PREFIX = "示例"
REGION_CODE = re.compile(r"\d{6}")
YEAR = re.compile(r"(19|20)\d{2}")


def load_population(path: str | Path) -> pd.DataFrame:
    """Read and validate a population CSV; ValueError names the file and the bad line."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    return read_population(path.read_bytes(), str(path))


def read_population(content: bytes, source: str = "population CSV") -> pd.DataFrame:
    """Validate population CSV bytes (UTF-8, with or without BOM, or GB18030 as Excel saves it).

    Returns one row per (region_code, year): region_code str, name str, year Int64 (missing:
    any year), population int64 (people)."""
    text = _decode(content, source)
    header: list[str] | None = None
    rows: list[dict] = []
    seen: dict[tuple, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in next(csv.reader([line]))]
        if header is None:
            header = [c.lower() for c in cells]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise ValueError(
                    f"{source}: line {number}: header lacks {', '.join(missing)} "
                    f"(expected {','.join(COLUMNS)})"
                )
            continue
        row = dict(zip(header, cells))
        record = _record(row, f"{source}: line {number}")
        key = (record["region_code"], record["year"])
        if key in seen:
            raise ValueError(
                f"{source}: line {number}: region {key[0]} year "
                f"{key[1] if key[1] is not None else '(any)'} already given on "
                f"line {seen[key]}"
            )
        seen[key] = number
        rows.append(record)
    if header is None:
        raise ValueError(f"{source}: no header line (expected {','.join(COLUMNS)})")
    if not rows:
        raise ValueError(f"{source}: no population rows")
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    frame["population"] = frame["population"].astype("int64")
    return frame


def _decode(content: bytes, source: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{source}: not UTF-8 or GB18030 text")


def _record(row: dict[str, str], where: str) -> dict[str, object]:
    code, name = row.get("region_code", ""), row.get("name", "")
    year, people = row.get("year", ""), row.get("population", "")
    if name.startswith(EXAMPLE_PREFIX):
        raise ValueError(
            f"{where}: example row {name!r} from the template; replace it with a "
            "real region or delete it"
        )
    if not REGION_CODE.fullmatch(code):
        raise ValueError(f"{where}: region_code {code!r} is not a 6-digit code")
    if year and not YEAR.fullmatch(year):
        raise ValueError(
            f"{where}: year {year!r} is not a year like 2022 (leave it empty for any year)"
        )
    if not people.isdigit() or int(people) <= 0:
        raise ValueError(f"{where}: population {people!r} is not a positive whole number of people")
    return {
        "region_code": code,
        "name": name,
        "year": int(year) if year else None,
        "population": int(people),
    }
