"""`govbench report-card`: one body's card, or with --all one card per body into a folder.

`report_card_text` writes the cards and returns what to say; a refusal is a `Refusal` whose
str() is the one line cli.py prints before exiting 2.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .card import CardBook, CardError
from .render import FORMATS, PdfUnavailable, write

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def card_file_name(issuer: str, year: int, fmt: str) -> str:
    """`2024-平潭县人民政府.pdf`: the body's name, made safe for any file system."""
    return f"{year}-{_UNSAFE.sub('_', issuer).strip('_') or 'unknown'}.{fmt}"


class Refusal(ValueError):
    """No card written: str() is one line saying why."""


def report_card_text(args: argparse.Namespace) -> str:
    try:
        if args.all:
            if args.issuer:
                raise CardError("--all writes every body's card: give --issuer or --all, not both")
            fmt = args.format
            out = Path(args.out)
            if out.suffix.lower().lstrip(".") in FORMATS:
                raise CardError(
                    f"--out {out}: with --all, --out is a folder "
                    "(choose the file type with --format)"
                )
        else:
            if not args.issuer:
                raise CardError(
                    "name the body with --issuer NAME, or write every body's card with --all"
                )
            fmt = Path(args.out).suffix.lower().lstrip(".")
            if fmt not in FORMATS:
                raise CardError(
                    f"--out {args.out}: the file name must end in "
                    f"{', '.join('.' + f for f in FORMATS)}"
                )
        book = CardBook(args.db, args.year, preset=args.preset)
        if not args.all:
            card = book.card(book.find(args.issuer))
            write(card, args.out)
            return f"{args.out}: {card.issuer} {card.year}"
        ids = book.report_ids(args.province)
        if not ids:
            raise CardError(f"--province {args.province}: no reports of {args.year}")
        out.mkdir(parents=True, exist_ok=True)
        written: dict[str, int] = {}
        for report_id in ids:
            card = book.card(report_id)
            name = card_file_name(card.issuer or card.place, card.year, fmt)
            written[name] = written.get(name, 0) + 1
            if written[name] > 1:  # the same name at two levels or scopes: keep both
                name = name.replace(f".{fmt}", f"-{written[name]}.{fmt}")
            write(card, out / name)
    except (CardError, PdfUnavailable, ValueError, OSError) as exc:
        raise Refusal(str(exc)) from None
    return f"{len(ids)} report cards -> {out}"
