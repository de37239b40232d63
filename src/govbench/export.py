"""Exports of a ranking: CSV and XLSX with the settings written in, and the app's own chart as
PNG or SVG (its Vega-Lite spec rendered offline by vl-convert).

Issuer names and problem texts come from outside. A spreadsheet reads a cell that starts with
= + - @ (or a tab / carriage return that hides one) as a formula, so every exported text cell
that does is prefixed with a single quote (OWASP "CSV injection"). Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RANKING_SHEET = "排名"
SETTINGS_SHEET = "设置"


def neutralise(value: object) -> object:
    """A text that a spreadsheet would run as a formula, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell and column name neutralised."""
    out = frame.copy()
    out.columns = [neutralise(str(c)) for c in out.columns]
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def settings_rows(settings: Mapping[str, object]) -> list[tuple[str, str]]:
    return [(str(neutralise(str(k))), str(neutralise(str(v)))) for k, v in settings.items()]


def ranking_csv_text(frame: pd.DataFrame, settings: Mapping[str, object]) -> str:
    """CSV with the settings as leading `# key: value` lines and every formula-like text cell
    neutralised: the one CSV writer of the app's download and of `govbench rank --format csv`."""
    buffer = io.StringIO()
    for key, value in settings_rows(settings):
        buffer.write(f"# {key}: {value}\n".replace("\r", " "))
    neutralise_frame(frame).to_csv(buffer, index=False, quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue()


def ranking_csv(frame: pd.DataFrame, settings: Mapping[str, object]) -> bytes:
    """ranking_csv_text as a download: UTF-8 with a BOM, so Excel reads the Chinese."""
    return ranking_csv_text(frame, settings).encode("utf-8-sig")


def ranking_xlsx(frame: pd.DataFrame, settings: Mapping[str, object]) -> bytes:
    """A workbook: the ranking on sheet 排名, the settings on sheet 设置."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_frame(frame).to_excel(writer, sheet_name=RANKING_SHEET, index=False)
        pd.DataFrame(settings_rows(settings), columns=["设置", "值"]).to_excel(
            writer, sheet_name=SETTINGS_SHEET, index=False
        )
    return buffer.getvalue()


def chart_image(chart_json: str, fmt: str) -> bytes:
    """The app's own chart (its Vega-Lite spec) rendered offline by vl-convert, as "png" or
    "svg". The spec carries its data inline, so nothing is fetched."""
    import vl_convert as vlc

    if fmt == "png":
        return vlc.vegalite_to_png(chart_json, scale=2)
    if fmt == "svg":
        return vlc.vegalite_to_svg(chart_json).encode("utf-8")
    raise ValueError(f"unknown image format {fmt!r}; choose png or svg")
