"""A PDF -> OFD writer for test fixtures, after GB/T 33190-2016: what a PDF-to-OFD converter
makes of a report (one TextObject per run of glyphs on a baseline, with DeltaX between glyphs
and "g N D" for repeats; the table rules as PathObjects in AbbreviatedData, cell by cell).
Positions come from pdfplumber's chars and edges of the PDF, in millimetres."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
MM = 25.4 / 72


def _deltas(values: list[float]) -> str:
    """DeltaX with equal neighbours written as "g N D" (GB/T 33190 11.3)."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and abs(values[j + 1] - values[i]) < 1e-3:
            j += 1
        if j - i >= 2:
            out += ["g", str(j - i + 1), f"{values[i]:.3f}"]
        else:
            out += [f"{v:.3f}" for v in values[i : j + 1]]
        i = j + 1
    return " ".join(out)


def _runs(chars) -> list[list[dict]]:
    runs: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        last = runs[-1][-1] if runs else None
        if (
            last
            and abs(last["bottom"] - char["bottom"]) < 0.5
            and abs(last["size"] - char["size"]) < 0.1
            and char["x0"] - last["x1"] < char["size"]
        ):
            runs[-1].append(char)
        else:
            runs.append([char])
    return runs


def _page_xml(page, next_id) -> str:
    objects = []
    for run in _runs([c for c in page.chars if c["text"].strip()]):
        size = run[0]["size"] * MM
        x0 = run[0]["x0"] * MM
        top = min(c["top"] for c in run) * MM
        baseline = run[0]["bottom"] * MM - size * 0.12
        width = (run[-1]["x1"] - run[0]["x0"]) * MM
        deltas = [(b["x0"] - a["x0"]) * MM for a, b in zip(run, run[1:])]
        text = escape("".join(c["text"] for c in run))
        delta = f' DeltaX="{_deltas(deltas)}"' if deltas else ""
        objects.append(
            f'<ofd:TextObject ID="{next_id()}" Boundary="{x0:.3f} {top:.3f} {width + size:.3f} '
            f'{size * 1.2:.3f}" Font="3" Size="{size:.3f}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{baseline - top:.3f}"{delta}>{text}</ofd:TextCode>'
            f"</ofd:TextObject>"
        )
    for line in page.lines:  # stroked lines: the rules
        x0, y0, x1, y1 = (line["x0"] * MM, line["top"] * MM, line["x1"] * MM, line["bottom"] * MM)
        objects.append(
            f'<ofd:PathObject ID="{next_id()}" Boundary="{x0:.3f} {y0:.3f} '
            f'{max(x1 - x0, 0.3):.3f} {max(y1 - y0, 0.3):.3f}" LineWidth="0.25">'
            f"<ofd:AbbreviatedData>M 0 0 L {x1 - x0:.3f} {y1 - y0:.3f}"
            "</ofd:AbbreviatedData></ofd:PathObject>"
        )
    for rect in page.rects:  # boxes: cell shading (filled) or stroked frames
        x0, y0, w, h = rect["x0"] * MM, rect["top"] * MM, rect["width"] * MM, rect["height"] * MM
        paint = (' Fill="true"' if rect["fill"] else "") + (
            "" if rect["stroke"] else ' Stroke="false"'
        )
        objects.append(
            f'<ofd:PathObject ID="{next_id()}" Boundary="{x0:.3f} {y0:.3f} '
            f'{w:.3f} {h:.3f}"{paint}><ofd:FillColor Value="255 255 255"/>'
            f"<ofd:AbbreviatedData>M 0 0 L {w:.3f} 0 L {w:.3f} {h:.3f} L 0 {h:.3f} C"
            "</ofd:AbbreviatedData></ofd:PathObject>"
        )
    width, height = page.width * MM, page.height * MM
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Area><ofd:PhysicalBox>'
        f"0 0 {width:.3f} {height:.3f}</ofd:PhysicalBox></ofd:Area><ofd:Content>"
        f'<ofd:Layer ID="{next_id()}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def pdf_to_ofd(pdf: bytes | Path) -> bytes:
    counter = iter(range(10, 10**9))

    def next_id() -> int:
        return next(counter)

    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    buffer = io.BytesIO()
    with (
        pdfplumber.open(io.BytesIO(data)) as document,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(
            "OFD.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD">'
                "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>"
                "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
            ),
        )
        pages = []
        for number, page in enumerate(document.pages):
            archive.writestr(f"Doc_0/Pages/Page_{number}/Content.xml", _page_xml(page, next_id))
            pages.append(f'<ofd:Page ID="{next_id()}" BaseLoc="Pages/Page_{number}/Content.xml"/>')
        first = document.pages[0]
        archive.writestr(
            "Doc_0/PublicRes.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
                '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
            ),
        )
        archive.writestr(
            "Doc_0/Document.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
                f"<ofd:MaxUnitID>{next_id()}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 "
                f"{first.width * MM:.3f} {first.height * MM:.3f}</ofd:PhysicalBox></ofd:PageArea>"
                "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                f"<ofd:Pages>{''.join(pages)}</ofd:Pages></ofd:Document>"
            ),
        )
    return buffer.getvalue()
