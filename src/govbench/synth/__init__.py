"""synth: synthetic reports with known true figures, for tests and benchmarks only.

- corpus.py    the corpus generator (`govbench generate`): bodies, years, files, truth JSON
- figures.py   the true 表二/表三/表四 and their identities (rows and columns: tables.toml)
- text.py      the wording: sections, sentences, tables as grids and as lines
- render.py    the renderings: txt, html, docx, pdf
- truth.py     the parser measured against a generated corpus's truth, cell by cell
"""

from .corpus import RENDERINGS, generate, iter_truths, places, report_format

__all__ = ["RENDERINGS", "generate", "iter_truths", "places", "report_format"]
