"""An edition's item page: the author's name, the item's title and date (and perhaps the
lines that open it, an address) over the edition's labelled fields.

The Marxists Internet Archive sets each letter and telegram of Lenin's Collected Works so:
`V. I. Lenin` / `Telegram To J. V. Stalin` / `July 7, 1 a. m.` / `Tsaritsyn to People's
Commissar Stalin`, (other24) perhaps the item's number in the volume over the title
(`670`), then `Wired: ...`, `First Published: ...`, `Source: ...`, `Translated:
...`, `Transcription/HTML Markup: ...`, `Online Version: ...`, then the text. The author's
line is the page's text, the title and the date are the page's, the fields are read as
every page's, and the lines between the date and the fields stay the document's. Unlike a
title block over a book's fields (`titleblock.py`), the fields do not open with the source.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.fields import field_names, fields, is_prose
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_TOP_LINES = 5  # author, title, date, an address over two lines
_AUTHOR_WORDS = 4
_FIELD_REACH = 8
_EDITION_FIELDS = {"credits", "translator", "rights"}
_ITEM_NUMBER = re.compile(r"^\d{1,4}$")  # the item's number in its volume (`670`)
# the day the item was written or dictated, its label repeated (`Written: Written on August
# 20, 1920`, `Dictated: Dictated by phone on August 4, 1921`)
_WRITTEN = re.compile(
    r"^(?:Written|Dictated):\s*+(?:(?:Written|Dictated)\b[^:]{0,30}?\son\s++)?(?P<date>\S.*)$")


def _fields_start(lines: list[Line], ctx: Context) -> int:
    """Index of the edition's first field under an author's line and a title, or 0."""
    if not lines or not _author_line(lines[0].text):
        return 0
    for k, line in enumerate(lines[:_TOP_LINES + 1]):
        if label_of(line.text, ctx):
            return k if k >= 1 and _edition_fields(lines, k, ctx) else 0
        if len(line.text.split()) > 12 or is_prose(line):
            return 0
    return 0


def _author_line(text: str) -> bool:
    """`V. I. Lenin`: a name of a few capitalised words, no digits."""
    words = text.split()
    return (0 < len(words) <= _AUTHOR_WORDS and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in text))


def _edition_fields(lines: list[Line], k: int, ctx: Context) -> bool:
    """Whether the labelled lines from `k` on name the source and the translator, the
    transcriber or the rights, but do not open with the source (a book's title block)."""
    names = field_names(lines, k, _FIELD_REACH, ctx)
    return (bool(names) and names[0] != "source" and "source" in names
            and not _EDITION_FIELDS.isdisjoint(names))


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for an author's line and a title over an edition's fields."""
    return 1 if _fields_start(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Author, title and date into the page; the lines over the fields and the text after
    them are returned."""
    start = _fields_start(lines, ctx)
    if not start:
        return lines
    seg.fields.setdefault("page-text", []).append(lines[0])
    seg.facts["edition-author"] = lines[0].text
    if start == 1:  # no title: the author's line over the fields
        return lines[fields(lines, start, seg, ctx):]
    numbered = start > 2 and _ITEM_NUMBER.match(lines[1].text)
    if numbered:  # `670` over the title: the volume's number of the item, page text
        seg.fields["page-text"].append(lines[1])
    seg.page_title = lines[2 if numbered else 1]
    opening = lines[3 if numbered else 2:start]
    written = _WRITTEN.match(opening[0].text) if opening else None
    if opening and ctx.res.dates.whole(opening[0].text):
        seg.page_date, opening = opening[0], opening[1:]
    elif written and ctx.res.dates.whole(written.group("date")):
        seg.page_date, opening = Line(opening[0].no, written.group("date")), opening[1:]
    return opening + lines[fields(lines, start, seg, ctx):]
