"""One normalisation for every format, so offsets mean the same whatever the source.

`normalise` works line by line and never adds or removes a line break: the reader
normalises all paragraphs and cells of a document in one call (joined by "\\n")
and lays the result out afterwards, so offsets index the final text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

import opencc
from ..rules import load as load_rules

# One converter per process: building it loads OpenCC's dictionaries (~ms).
_T2S = opencc.OpenCC("t2s")

CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# CJK punctuation (、。〈〉《》「」【】…) as it stands after full-width folding.
CJK_PUNCT_CLASS = "\u3001-\u303f"


@lru_cache(maxsize=1)
def rules() -> dict:
    return load_rules("normalise")


def _width_and_control_table() -> dict[int, int | str | None]:
    table: dict[int, int | str | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "  # &nbsp; decoded
    table[0x2002] = table[0x2003] = table[0x2009] = " "
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):  # zero-width, soft hyphen
        table[cp] = None
    for cp in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[cp] = None
    table[0x0D] = "\n"  # a lone CR left over is a line end
    return table


_WIDTH_AND_CONTROL = _width_and_control_table()

_TAG = re.compile(rules()["markup"]["tag"])
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# [ \t]{2,}|\t, written to start with a blank: the engine then skips from blank to blank
_BLANKS = re.compile(r"[ \t](?:[ \t]+|(?<=\t))")
# Spaces at a line's start or end (^ +| +$), written to start with the space itself: the
# engine then jumps from space to space instead of trying every position of the text.
_EDGE_BLANKS = re.compile(r" (?:(?<=^ ) *| *$)", re.MULTILINE)
# A space between a digit and a CJK character (either order) is layout, not
# meaning: "共 23 件" -> "共23件". Between two digits it separates numbers and stays.
# Justified PDF lines also pad CJK punctuation ("健康发展 。"). Runs of blanks are
# single spaces by now; the pattern starts with the space so the scan is fast.
_DIGIT_CJK_SPACE = re.compile(
    rf" (?:(?<=[0-9] )(?=[{CJK_CLASS}{CJK_PUNCT_CLASS}])"
    rf"|(?<=[{CJK_CLASS}{CJK_PUNCT_CLASS}] )(?=[0-9])"
    rf"|(?=[{CJK_PUNCT_CLASS}])|(?<=[{CJK_PUNCT_CLASS}] ))"
)
# str.translate is slow on CJK text (a dict lookup per character), so only the
# characters present are replaced, each with one C-speed str.replace.
_TO_TRANSLATE = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_AND_CONTROL)) + "]"
)


def _fold(text: str) -> str:
    for ch in set(_TO_TRANSLATE.findall(text)):
        replacement = _WIDTH_AND_CONTROL[ord(ch)]
        text = text.replace(
            ch,
            ""
            if replacement is None
            else replacement
            if isinstance(replacement, str)
            else chr(replacement),
        )
    return text


_CJK = re.compile(f"[{CJK_CLASS}]")


def normalise(text: str) -> str:
    """Simplified, half-width, markup-free text with tidy spacing; line count kept."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = unmojibake(text)
    text = _fold(text)
    if "<" in text:
        text = _TAG.sub("", text)
    if "&" in text:
        text = _fold(_ENTITY.sub(_unescape_entity, text))
    text = _without_spam(_without_reading_aids(_mainland_terms(_T2S.convert(text))))
    text = _BLANKS.sub(" ", text)
    if " " in text:
        # (each found only where its core is: the patterns start with assertions, which the engine
        # tries at every position of the text, where the cores start with a plain scan)
        if _LETTER_SPACED_CORE.search(text):
            text = _LETTER_SPACED.sub(_joined_if_letter_spaced, text)
        if _SPACED_DIGITS.search(text):
            text = _SPACED_FIGURE.sub(_figure_joined, text)
    text = _DIGIT_CJK_SPACE.sub("", text)
    return _EDGE_BLANKS.sub("", text)


# UTF-8 text that a crawler read as GBK/GB18030 and saved so (鍢夊叴甯備汉姘戞斂搴? for 嘉兴市人民政府):
# the characters' GB18030 bytes are the page's UTF-8 bytes again. A line in Chinese as written does not
# survive that round trip (its GB18030 bytes are mostly not UTF-8), a mojibake line nearly does; the
# digits GB18030 folded into four-byte characters come back too. What the first reading replaced by
# U+FFFD is lost: the line is repaired piece by piece between them, and the loss stays marked (a
# figure beside a U+FFFD may have lost a digit: the grammar does not read it).
def unmojibake(text: str) -> str:
    """`text` with each line of UTF-8-read-as-GB18030 mojibake read back as UTF-8."""
    if text.isascii() or not _MOJIBAKE_MARK.search(text):
        return text
    return "\n".join(_unmojibake_line(line) for line in text.split("\n"))


# The mark of mojibake, found in one C-speed scan so that a report as written costs nothing more:
# a UTF-8 character of CJK starts with a byte E4–E9 and goes on with one of 80–BF, and GB18030
# reads that pair as one of 384 rare characters (鍏 涓 浠 鏀…). Three of them within a few
# characters mark a line; over the 1386 texts of our corpora as written, none has one.
_MOJIBAKE_CHARS = "".join(
    sorted({bytes([a, b]).decode("gb18030") for a in range(0xE4, 0xEA) for b in range(0x80, 0xC0)})
)
_MOJIBAKE_MARK = re.compile(
    f"[{_MOJIBAKE_CHARS}].{{0,2}}[{_MOJIBAKE_CHARS}].{{0,2}}[{_MOJIBAKE_CHARS}]"
)


def _unmojibake_line(line: str) -> str:
    if not _MOJIBAKE_MARK.search(line):
        return line
    pieces = line.split("\ufffd")
    repaired = [piece.encode("gb18030").decode("utf-8", errors="replace") for piece in pieces]
    lost = sum(r.count("\ufffd") for r in repaired)
    kept = sum(len(_CJK.findall(r)) for r in repaired)
    # mojibake: read back, its bytes give characters at least twice as often as U+FFFD (the
    # characters a lost byte cut in two); a line as written gives U+FFFD many times as often
    # (at most one character per four over train, the openings, the blind sets and 平潭's bodies)
    if kept >= 3 and kept >= 2 * lost:
        return "\ufffd".join(repaired)
    return line


# A figure whose digits a page set apart, between a word and its unit (受理申请 1 2 件): one
# figure, not a 1 and then 2件. A row of cells (0 0 0) has no unit after it, a table heading's
# unit stands before its cells (件 0 0): both keep their blanks. The units are the grammar's.
_UNITS = "".join(load_rules("grammar")["quantity"]["units"])
_SPACED_FIGURE = re.compile(rf"(?<=[{CJK_CLASS}]) ?([0-9](?: [0-9])+) ?(?=[{_UNITS}])")
_SPACED_DIGITS = re.compile("[0-9] [0-9]")  # in every match of _SPACED_FIGURE


def _figure_joined(match: re.Match[str]) -> str:
    return match.group(1).replace(" ", "")


# One character between blanks, again and again (宿 州 市 人 民 政 府, 2 0 2 3 年 度, ( 一 )): a word
# set letter by letter. Figures and punctuation belong to the run; Chinese characters decide.
_SPACED_CHAR = rf"[{CJK_CLASS}{CJK_PUNCT_CLASS}0-9(),.:;\"'“”‘’-]"
# The blank between the run and a word it touches goes too (根据宿 州 市 人 民 政 府要求).
_LETTER_SPACED = re.compile(
    rf"(?:(?<=[{CJK_CLASS}0-9]) )?(?<!\S){_SPACED_CHAR}(?: {_SPACED_CHAR}){{2,}}(?!\S)"
    rf"(?: (?=[{CJK_CLASS}0-9]))?"
)
# in every match of _LETTER_SPACED (three characters spaced: the middle one between blanks)
_LETTER_SPACED_CORE = re.compile(rf" {_SPACED_CHAR} ")
_MIN_SPACED_CJK: int = rules()["letter_spacing"]["min_cjk"]


def _joined_if_letter_spaced(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(_CJK.findall(run)) < _MIN_SPACED_CJK:
        return run  # a row of figures (0 0 0), a figure beside its unit (件 0 0)
    # Digits the run ends with may be a table's cells (合 计 小 计 1 2 3): they keep their
    # blanks. Digits between characters of the run (2 0 2 3 年, 第 7 1 1 号) are one figure.
    tail = _SPACED_TAIL_DIGITS.search(run)
    if tail is None:
        return run.replace(" ", "")
    return run[: tail.start()].replace(" ", "") + run[tail.start() :]


_SPACED_TAIL_DIGITS = re.compile(r" [0-9](?: [0-9])+ ?$")


READING_AID = re.compile(rules()["reading_aids"]["pattern"])


def _without_reading_aids(text: str) -> str:
    """The text without the pinyin a converter wrote after each character (報(bào)告 -> 报告)."""
    if "(" not in text:
        return text
    aids = READING_AID.findall(text)
    if not aids:
        return text
    if len(aids) < rules()["reading_aids"]["min_count"]:
        # a few: only readings with a tone mark (規範(fàn)), which no aside is
        return READING_AID.sub(lambda m: "" if _TONED.search(m.group(0)) else m.group(0), text)
    return READING_AID.sub("", text)


_TONED = re.compile(rules()["reading_aids"]["toned"])


def _spam_run() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of one spam run (rules [spam]), and of its strong words alone."""
    spam = rules()["spam"]

    def words(terms: list[str]) -> str:  # longest first: 娱乐场 before 娱乐
        guarded = (_guarded_word(t, spam["not_spam"]) for t in _longest_first(terms))
        return "(?:" + "|".join(w for w in guarded if w is not None) + ")"

    strong, any_word = words(spam["strong"]), words(spam["strong"] + spam["words"])
    joiner = f"[{spam['joiners']}]"
    run = f"(?:{any_word}{joiner}*)*?{strong}(?:{joiner}*{any_word})*[{spam['closing']}]?"
    return re.compile(run), re.compile(strong)


def _longest_first(terms: list[str]) -> list[str]:
    return sorted(terms, key=lambda t: len(re.escape(t)), reverse=True)  # (as escaped, as ever)


def _guarded_word(term: str, not_spam: list[str]) -> str | None:
    """`term` as a regex that does not match where one of `not_spam` starts (娱乐场 -> 娱乐场(?!所)).

    The same as a lookahead (?!娱乐场所) before the whole alternation, where a term matches: a
    phrase that starts at the term's place either begins with the term (its rest must not follow)
    or is a start of the term (the term never matches: None). Each alternative then begins with its
    word, which lets the engine skip through a text to the words' first characters: a search
    behind a lookahead tries every position, 9x slower."""
    rests = []
    for phrase in not_spam:
        if term.startswith(phrase):
            return None
        if phrase.startswith(term):
            rests.append(re.escape(phrase[len(term) :]))
    return re.escape(term) + ("(?!" + "|".join(rests) + ")" if rests else "")


# Shared with parse/facts and parse/meta, which read texts given directly the same way. The
# strong words alone are found ~5x faster than a run: a text with none has no run.
SPAM_RUN, SPAM_STRONG = _spam_run()


def _without_spam(text: str) -> str:
    """The text without the casino spam runs a mirror site wrote into it; found by a strong
    word first: most texts have none."""
    if SPAM_STRONG.search(text) is None:
        return text
    return SPAM_RUN.sub("", text)


_MAINLAND_TERMS: dict[str, str] = rules()["mainland_terms"]["terms"]
_CONVERTED_TERMS: dict[str, str] = {**_MAINLAND_TERMS, **rules()["mainland_terms"]["converted"]}


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, each matched as written, longest first (入口网站
    before 入口网). Shared with parse/meta, which reads its word lists the same way."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_TAIWAN_TERM = re.compile(alternation(_MAINLAND_TERMS))
_CONVERTED_TERM = re.compile(alternation(_CONVERTED_TERMS))


def _mainland_terms(text: str) -> str:
    """Taiwan phrasing a converter wrote (资讯, 释出, 入口网站) in the mainland's words, which
    the rules are written in; and, in a text that reads as converted (more 资讯 than 信息),
    its words that are mainland words too (档案 -> 文件). Same length or shorter, never
    across a line break."""
    if _TAIWAN_TERM.search(text) is None:
        return text
    terms, pattern = (
        (_CONVERTED_TERMS, _CONVERTED_TERM)
        if text.count("资讯") > text.count("信息")
        else (_MAINLAND_TERMS, _TAIWAN_TERM)
    )
    return pattern.sub(lambda m: terms[m.group(0)], text)


def _unescape_entity(match: re.Match[str]) -> str:
    # an unknown name (&foo;) stays as printed; html.unescape leaves it unchanged
    return html.unescape(match.group(0)).replace("\n", " ")


# Enough text to tell the script; bounds the cost on long reports.
_SCRIPT_SAMPLE = 20_000


def detect_script(text: str) -> str:
    """ "traditional" when t2s would change a real share of the CJK characters."""
    sample = text[:_SCRIPT_SAMPLE]
    changed_count = len(_converted_chars().findall(sample))
    if not changed_count:
        return "simplified"
    cjk_count = len(_CJK.findall(sample))
    script = rules()["script"]
    if (
        changed_count >= script["traditional_min_chars"]
        and changed_count / cjk_count >= script["traditional_share"]
    ):
        return "traditional"
    return "simplified"


@lru_cache(maxsize=1)
def _converted_chars() -> re.Pattern[str]:
    """One character class of every CJK character that t2s, applied to it alone, changes.

    Built once per process (a few ms): telling the script of a report is then one scan,
    where asking OpenCC about each report's own characters cost as much as the conversion
    of the whole text."""
    chars = [chr(cp) for lo, hi in _CJK_RANGES for cp in range(lo, hi + 1)]
    converted = _T2S.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never seen: a character converted to a line break
        converted = [_T2S.convert(ch) for ch in chars]
    changed = "".join(a for a, b in zip(chars, converted) if (b[:1] or a) != a)
    return re.compile(f"[{re.escape(changed)}]" if changed else "(?!)")


_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # CJK_CLASS


def is_page_footer(line: str) -> bool:
    return _PAGE_FOOTER.fullmatch(line.strip()) is not None


_PAGE_FOOTER = re.compile("|".join(f"(?:{p})" for p in rules()["page_footer"]["patterns"]))
