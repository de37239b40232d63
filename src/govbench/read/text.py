""".txt / .md files -> paragraphs, with pipe and TAB tables turned into grids."""

from __future__ import annotations

import re

from .encoding import decode
from .layout import Layout
from .normalise import is_page_footer, rules

_BREAK_TAG = re.compile(
    r"<\s*/?\s*(?:%s)\b[^<>\n]{0,300}>" % "|".join(rules()["markup"]["line_break_tags"]),
    re.IGNORECASE,
)
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_PIPE = re.compile(r"(?<!\\)\|")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def read_text(data: bytes, markdown: bool = False) -> tuple[Layout, str]:
    text, encoding = decode(data)
    return layout_text(text, markdown=markdown), encoding


def layout_text(text: str, markdown: bool = False) -> Layout:
    if "<" in text:
        # tags left in a saved page: the block ones were line breaks
        text = _BREAK_TAG.sub("\n", text)
    lines = _joined_wraps(text.splitlines())
    layout = Layout()
    i = 0
    while i < len(lines):
        end = _table_end(lines, i)
        if end > i:
            layout.add_table(_table_rows(lines[i:end]))
            i = end
            continue
        line = lines[i]
        if markdown:
            line = _MD_HEADING.sub("", line)
        layout.add_line(line)
        i += 1
    return layout


_WRAP_RULES = rules()["hard_wrap"]
_SENTENCE_END = re.compile(_WRAP_RULES["sentence_end"])
_LINE_START = re.compile(_WRAP_RULES["paragraph_start"])
_NOT_PROSE = re.compile(_WRAP_RULES["not_prose"])
_HEADER = re.compile(_WRAP_RULES["header"])
_TITLE_END = re.compile(_WRAP_RULES["title_end"])


def _joined_wraps(lines: list[str]) -> list[str]:
    """Lines of a text hard-wrapped at a fixed width (a PDF's text saved as .txt: most long lines
    the same length, ending mid-sentence) joined back into paragraphs; any other text as it is.
    A sentence cut at a line end is a sentence the parser cannot read."""
    lengths = [
        _printed_width(line)
        for line in lines
        if len(line.strip()) >= _WRAP_RULES["min_length"]
        and _prose(line)
        and not _HEADER.match(line.strip())
        and not _TITLE_END.search(line.strip())
        and not _SENTENCE_END.search(line.strip())
    ]
    if len(lengths) < _WRAP_RULES["min_lines"]:
        return lines
    # the page's width: the widest length with the most lines within `slack` below it (a line
    # cut before a figure, or before a mark that hangs, is a little shorter than the page)
    slack = _WRAP_RULES["slack"]
    full, width = max((sum(1 for n in lengths if w - slack <= n <= w), w) for w in set(lengths))
    if width < _WRAP_RULES["min_width"] or full < _WRAP_RULES["share"] * len(lengths):
        return lines
    out: list[str] = []
    open_width = -1  # the width of the line before, when it ended mid-sentence (else -1)
    closed_width = -1  # the width of the line before, when it ended a sentence (else -1)
    target = -1  # the paragraph a wrapped line continues
    for line in lines:
        if is_page_footer(line):  # - 3 - between two halves of a sentence: a PDF's, dropped
            continue
        printed = line.strip()
        if (
            printed
            and not _LINE_START.match(printed)
            and _prose(line)
            and (
                (
                    0 <= open_width <= width
                    # the line before was full, or this line's first word did not fit on it:
                    # a figure or a Latin word is not cut (…统计期限为 / 2024年1月1日)
                    and open_width + max(len(_first_word(printed)) - 1, 0)
                    >= width - _WRAP_RULES["slack"]
                )
                # a sentence ended at the margin, and this line is no heading but prose of its
                # paragraph: full itself, or ending its own sentence (…合计76条。 / 其中,…4篇。)
                or (
                    # (not a line a word was pushed from: a paragraph often starts 2023年,…)
                    width <= closed_width <= width + 1
                    and (
                        _printed_width(line) >= width - _WRAP_RULES["slack"]
                        or _SENTENCE_END.search(printed) is not None
                    )
                )
            )
        ):
            out[target] += printed
        else:
            out.append(line)
            target = len(out) - 1
        # the line as the page printed it decides its wrap
        ends_sentence = _SENTENCE_END.search(printed) is not None
        prose = _prose(line) and not _HEADER.match(printed) and not _TITLE_END.search(printed)
        open_width = _printed_width(line) if prose and not ends_sentence else -1
        # (its 。 in the margin's last cell, or hanging past it)
        closed_width = len(line.rstrip()) if prose and ends_sentence else -1
    return out


def _printed_width(line: str) -> int:
    """How much of the page's width a line takes: its indent too (a paragraph's first line,
    indented by two ideographic blanks, is cut at the same width as the lines below it), but
    not the marks of punctuation it ends with, which may hang past the margin (a line never
    starts with ,。、 nor with the 、 after a closing bracket)."""
    return len(line.rstrip().rstrip(_HANGING))


_HANGING = ",，、。.;；:：!！?？)）」』”’》〉】"


# A word a line is never cut inside: a figure (3.5, 1,234), a Latin word or an address
# (www.lianxi.gov.cn); else one character.
_WORD = re.compile(r"[0-9A-Za-z０-９]+(?:[.,:/_@%-]+[0-9A-Za-z０-９]+)*|.")


def _first_word(printed: str) -> str:
    found = _WORD.match(printed)
    return found.group(0) if found else ""


def _prose(line: str) -> bool:
    return not _PIPE_ROW.match(line) and not _NOT_PROSE.search(line.strip())


def _table_end(lines: list[str], start: int) -> int:
    """End (exclusive) of a pipe table or a TAB table starting at `start`, else start."""
    end = start
    while end < len(lines) and _PIPE_ROW.match(lines[end]):
        end += 1
    has_separator = any(_PIPE_SEPARATOR.match(line) for line in lines[start:end])
    if end - start >= 2 or has_separator:
        return end
    end = start
    while end < len(lines) and "\t" in lines[end].strip():
        end += 1
    return end if end - start >= 2 else start


def _table_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        if _PIPE_SEPARATOR.match(line):
            continue
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = _PIPE.split(stripped.strip("|"))
            cells = [c.replace("\\|", "|") for c in cells]
        else:
            cells = stripped.split("\t")
        rows.append([c.strip() for c in cells])
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]
