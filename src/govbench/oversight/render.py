"""A report card as HTML (the screen and the PDF's source), PDF and DOCX.

The PDF is the HTML laid out by WeasyPrint, which embeds (subsets of) the fonts it uses:
a CJK font must be installed (fonts-noto-cjk; `make fonts`). The DOCX is written with
python-docx; Word documents do not carry fonts, so it names one every Chinese Word has.
Every text from a report is escaped: nothing in a report can run in the card.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
from functools import cache
from pathlib import Path

from .card import ReportCard
from .rules import oversight_rules
from .words import card_words, category_names, cell_name, metric_name, metric_unit, word

FORMATS = ("html", "pdf", "docx")
FONT_STACK = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", '
    '"PingFang SC", "WenQuanYi Zen Hei", sans-serif'
)


# --- words and numbers, shared by every format -------------------------------------------


def number(value: float | None, metric: str, approx: bool = False) -> str:
    """A figure as printed: shares in per cent, counts with thousands separators; a figure
    not stated is missing (缺失, never 0)."""
    if value is None:
        return word("missing")
    unit = metric_unit(metric)
    if unit == "share":
        text = f"{value * 100:.1f}%"
    elif value != int(value):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return (word("approx") + text) if approx else text


def quartile(value: float | None, metric: str) -> str:
    return word("unknown") if value is None else number(value, metric)


def change(value: float | None, metric: str) -> str:
    if value is None:
        return "—"
    if metric_unit(metric) == "share":
        return f"{value * 100:+.1f}个百分点"
    return ("+" if value > 0 else "") + number(value, metric)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _option(prefix: str, value) -> str:
    return card_words().get(f"{prefix}_{value}", word("unknown") if value is None else str(value))


def rank_lines(card: ReportCard) -> list[str]:
    if card.listed_apart or card.rank is None:
        lines = [word("rank_apart", reason=word("apart_reason", coverage=f"{card.coverage:.0%}"))]
    else:
        lines = [
            word(
                "rank_line",
                peers=card.peers,
                rank=card.rank,
                low=card.rank_low,
                high=card.rank_high,
                score=_score(card.score),
                coverage=f"{card.coverage:.0%}",
            )
        ]
    if card.previous:
        p = card.previous
        lines.append(
            word(
                "rank_before",
                year=card.year - 1,
                rank=p["rank"],
                low=p["rank_low"],
                high=p["rank_high"],
                score=_score(p["score"]),
            )
        )
    else:
        lines.append(word("rank_before_none", year=card.year - 1))
    lines.append(f"{word('verdict')}：{word('verdict_' + card.verdict)}")
    return lines


def identity_rows(card: ReportCard) -> list[tuple[str, str]]:
    return [
        (word("body"), card.issuer),
        (word("place"), card.place or word("unknown")),
        (word("level"), _option("level", card.level)),
        (word("scope"), _option("scope", card.scope)),
        (word("format"), _option("format", card.format)),
        (word("published"), card.published or word("unknown")),
        (word("source"), card.source),
    ]


FIGURE_HEADERS = ("metric", "value", "p25", "p50", "p75", "peers", "position", "previous", "change")


def figure_rows(card: ReportCard) -> list[list[str]]:
    rows = []
    for f in card.figures:
        name = metric_name(f.metric)
        position = word("position_" + f.position) + (word("outlier") if f.outlier else "")
        rows.append(
            [
                name,
                number(f.value, f.metric, f.approx),
                quartile(f.p25, f.metric),
                quartile(f.p50, f.metric),
                quartile(f.p75, f.metric),
                str(f.peers),
                position,
                "—" if f.previous is None else number(f.previous, f.metric),
                change(f.change, f.metric),
            ]
        )
    return rows


CHECK_HEADERS = ("rule", "severity", "observed", "cells")


def check_rows(card: ReportCard) -> list[list[str]]:
    return [
        [
            c.wording,
            _option("severity", c.severity),
            c.observed or "—",
            "；".join(cell_name(x) for x in c.cells) or "—",
        ]
        for c in card.checks or []
    ]


def check_note(card: ReportCard) -> str:
    if card.checks is None:
        return word("checks_never")
    if not card.checks:
        return word("checks_none", at=card.checked_at)
    return word("checks_run", at=card.checked_at)


PROBLEM_HEADERS = ("category", "problem", "repeated")


def problem_rows(card: ReportCard) -> list[list[str]]:
    names = category_names()
    return [
        [
            names.get(p.category, p.category),
            p.text,
            word("repeated_unknown")
            if p.repeated is None
            else word("repeated_yes")
            if p.repeated
            else word("repeated_no"),
        ]
        for p in card.problems
    ]


def problem_note(card: ReportCard) -> str:
    if not card.problems:
        return word("problems_none")
    if all(p.repeated is None for p in card.problems):
        return word("problems_summary_no_previous", n=len(card.problems))
    return word(
        "problems_summary", n=len(card.problems), r=sum(bool(p.repeated) for p in card.problems)
    )


def method_lines(card: ReportCard) -> list[str]:
    from ..rank import rules as ranking_rules
    from .card import MC_DRAWS, MC_SPREAD

    preset = (
        ranking_rules().presets[card.preset] if card.preset in ranking_rules().presets else None
    )
    r = oversight_rules()
    return [
        word(
            "method_text",
            preset=preset.zh if preset else card.preset,
            normalisation=_option("normalisation", card.normalisation),
            missing=_option("missing", card.missing),
            missing_figure=word("missing"),
            spread=round(MC_SPREAD * 100),
            draws=MC_DRAWS,
            min_peers=r.min_peers,
            fence=r.fence,
        ),
        word("data_date", date=card.data_date or word("unknown")),
        word("generated"),
    ]


# --- HTML --------------------------------------------------------------------------------

CSS = f"""
@page {{ size: A4; margin: 16mm 14mm; }}
.govbench-card {{ font-family: {FONT_STACK}; font-size: 10.5pt; color: #111; line-height: 1.5; }}
.govbench-card h1 {{ font-size: 16pt; margin: 0 0 6pt; }}
.govbench-card h2 {{ font-size: 12.5pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; }}
.govbench-card table {{ border-collapse: collapse; width: 100%; margin: 4pt 0; }}
.govbench-card th, .govbench-card td {{ border: 1px solid #bbb; padding: 2pt 4pt;
  text-align: left; vertical-align: top; }}
.govbench-card th {{ background: #eef1f5; }}
.govbench-card td.num {{ text-align: right; white-space: nowrap; }}
.govbench-card .missing {{ color: #a33; }}
.govbench-card .outlier {{ color: #a33; font-weight: bold; }}
.govbench-card .note {{ color: #444; font-size: 9pt; }}
.govbench-card table.figures {{ font-size: 9pt; }}
.govbench-card table.identity th {{ width: 7em; }}
.govbench-card table.figures td:first-child {{ white-space: nowrap; }}
.govbench-card table.figures td:nth-child(7) {{ white-space: nowrap; }}
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _table(
    headers: tuple[str, ...],
    rows: list[list[str]],
    numeric: frozenset[int] | set[int] = frozenset(),
    classes: list[list[str]] | None = None,
    css: str = "",
) -> str:
    head = "".join(f"<th>{_e(word(h))}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cells = []
        for j, cell in enumerate(row):
            names = ["num"] if j in numeric else []
            if classes and classes[i][j]:
                names.append(classes[i][j])
            attr = f' class="{" ".join(names)}"' if names else ""
            cells.append(f"<td{attr}>{_e(cell)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    attr = f' class="{css}"' if css else ""
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def card_html(card: ReportCard, standalone: bool = True) -> str:
    """The card as HTML: a whole page (`standalone`) or a fragment with its style, for the app."""
    figure_classes = [
        [
            "",
            "missing" if f.value is None else "",
            "",
            "",
            "",
            "",
            "outlier" if f.outlier else "",
            "",
            "",
        ]
        for f in card.figures
    ]
    parts = [
        f"<h1>{_e(word('title', year=card.year))}</h1>",
        '<table class="identity">'
        + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in identity_rows(card))
        + "</table>",
        f"<h2>{_e(word('rank_header'))}</h2>",
        *(f"<p>{_e(line)}</p>" for line in rank_lines(card)),
        f"<h2>{_e(word('figures_header'))}</h2>",
        _table(FIGURE_HEADERS, figure_rows(card), {1, 2, 3, 4, 5, 7, 8}, figure_classes, "figures"),
        f"<h2>{_e(word('checks_header'))}</h2>",
        f'<p class="note">{_e(check_note(card))}</p>',
        _table(CHECK_HEADERS, check_rows(card)) if card.checks else "",
        f"<h2>{_e(word('problems_header'))}</h2>",
        f'<p class="note">{_e(problem_note(card))}</p>',
        _table(PROBLEM_HEADERS, problem_rows(card)) if card.problems else "",
        f"<h2>{_e(word('method_header'))}</h2>",
        *(f'<p class="note">{_e(line)}</p>' for line in method_lines(card)),
    ]
    body = f'<div class="govbench-card">{"".join(parts)}</div>'
    if not standalone:
        return f"<style>{CSS}</style>{body}"
    title = _e(f"{card.issuer} · {word('title', year=card.year)}")
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>"
    )


# --- PDF and DOCX ------------------------------------------------------------------------


class PdfUnavailable(RuntimeError):
    """This machine cannot make the PDF (no pango, no Chinese font); str() says what to install."""


@cache
def chinese_font_installed() -> bool | None:
    """Whether fontconfig knows a font covering Chinese; None when fc-list is not there."""
    if shutil.which("fc-list") is None:
        return None
    listed = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=30, check=False
    )
    return bool(listed.stdout.strip())


def card_pdf(card: ReportCard) -> bytes:
    # without a Chinese font WeasyPrint would draw every character as a box, without a word
    if chinese_font_installed() is False:
        raise PdfUnavailable(
            "no Chinese font installed for the PDF: apt-get install fonts-noto-cjk (make fonts)"
        )
    try:
        from weasyprint import HTML  # ~1 s to import: only when a PDF is asked for
    except OSError as exc:  # the pango library is missing
        raise PdfUnavailable(
            f"the PDF needs the pango library "
            f"(apt-get install libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from None
    return HTML(string=card_html(card)).write_pdf()


def card_docx(card: ReportCard) -> bytes:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    east_asian = card_words()["docx_east_asian_font"]
    for style in doc.styles:
        if getattr(style, "element", None) is not None and style.type == 1:  # paragraph
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), east_asian)
    doc.add_heading(word("title", year=card.year), level=1)
    _docx_table(doc, None, [[k, v] for k, v in identity_rows(card)])
    doc.add_heading(word("rank_header"), level=2)
    for line in rank_lines(card):
        doc.add_paragraph(line)
    doc.add_heading(word("figures_header"), level=2)
    _docx_table(doc, FIGURE_HEADERS, figure_rows(card))
    doc.add_heading(word("checks_header"), level=2)
    doc.add_paragraph(check_note(card))
    if card.checks:
        _docx_table(doc, CHECK_HEADERS, check_rows(card))
    doc.add_heading(word("problems_header"), level=2)
    doc.add_paragraph(problem_note(card))
    if card.problems:
        _docx_table(doc, PROBLEM_HEADERS, problem_rows(card))
    doc.add_heading(word("method_header"), level=2)
    for line in method_lines(card):
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _docx_table(doc, headers: tuple[str, ...] | None, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=0, cols=len(headers) if headers else len(rows[0]))
    table.style = "Table Grid"
    if headers:
        for cell, h in zip(table.add_row().cells, headers):
            cell.text = word(h)
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value


def render(card: ReportCard, fmt: str) -> bytes:
    """The card as the bytes of an .html, .pdf or .docx file."""
    if fmt == "html":
        return card_html(card).encode("utf-8")
    if fmt == "pdf":
        return card_pdf(card)
    if fmt == "docx":
        return card_docx(card)
    raise ValueError(f"unknown card format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write(card: ReportCard, path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(render(card, path.suffix.lstrip(".").lower()))
    return path
