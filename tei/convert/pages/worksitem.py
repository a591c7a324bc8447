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

(letters43) A statements catalogue's item page is set the same way: the speaker's name over
the statement's title and the catalogue's record fields (the Margaret Thatcher Foundation's
`Margaret Thatcher` / `Remarks on ...` / `Document type:`, `Venue:`, `Source:`, `Importance
ranking:`, `Word count:`), perhaps under the site's section lines (`Speeches, etc.`, or
`Speeches, Interviews & Other Statements` / `Complete list of ...` / `1971 Dec 1 We`, the
catalogue's date with its weekday): the section lines are the page's text, the date line
the page's date.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.fields import field_names, fields, is_prose
from tei.convert.pages.titleblock import dated_item, source_first_fields
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_TOP_LINES = 5  # author, title, date, an address over two lines
_SECTION_LINES = 3  # a catalogue's section name, its list's line, its date line
_SECTION_WORDS = 12
_TITLE_WORDS = 24  # a statement's title with its catalogue's quotation in brackets
_AUTHOR_WORDS = 4
_FIELD_REACH = 8
_EDITION_FIELDS = {"credits", "translator", "rights"}
_WEEKDAY = re.compile(r"^\s*+[A-Z][a-z]{1,2}$")  # `We` after a catalogue's `1971 Dec 1`
_ITEM_NUMBER = re.compile(r"^\d{1,4}$")  # the item's number in its volume (`670`)
# the day the item was written or dictated, its label repeated (`Written: Written on August
# 20, 1920`, `Dictated: Dictated by phone on August 4, 1921`)
_WRITTEN = re.compile(
    r"^(?:Written|Dictated):\s*+(?:(?:Written|Dictated)\b[^:]{0,30}?\son\s++)?(?P<date>\S.*)$")


def _item_start(lines: list[Line], ctx: Context) -> tuple[int, int]:
    """(index of the author's line, index of the first field) of an item page, the author's
    line perhaps under a catalogue's section lines; (0, 0) for none."""
    for top in range(min(_SECTION_LINES, len(lines) - 1) + 1):
        if top and not _section_line(lines[top - 1], ctx):
            break
        start = _fields_start(lines[top:], ctx)
        if start:
            return top, top + start
    return 0, 0


def _section_line(line: Line, ctx: Context) -> bool:
    """A site's short line over the item (its section's name, the list's line, the date)."""
    return len(line.text.split()) <= _SECTION_WORDS and not is_prose(line) \
        and not label_of(line.text, ctx)


def _fields_start(lines: list[Line], ctx: Context) -> int:
    """Index of the edition's first field under an author's line and a title, or 0; a
    catalogue's record fields and a longer title only under a speaker the register knows."""
    if not lines or not _author_line(lines[0].text):
        return 0
    entry = ctx.res.register.lookup(lines[0].text)
    speaker = entry is not None and entry.kind == "person"
    for k, line in enumerate(lines[:_TOP_LINES + 1]):
        if label_of(line.text, ctx):
            return k if k >= 1 and (_edition_fields(lines, k, ctx, speaker) or (
                dated_item(lines[:k], ctx) and source_first_fields(lines, k, ctx))) else 0
        if len(line.text.split()) > (_TITLE_WORDS if speaker else 12) or is_prose(line):
            return 0
    return 0


def _author_line(text: str) -> bool:
    """`V. I. Lenin`: a name of a few capitalised words, no digits."""
    words = text.split()
    return (0 < len(words) <= _AUTHOR_WORDS and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in text))


def _edition_fields(lines: list[Line], k: int, ctx: Context, speaker: bool) -> bool:
    """Whether the labelled lines from `k` on name the source and the translator, the
    transcriber or the rights (a speaker's catalogue: its record fields, `Venue:`), but do
    not open with the source (a book's title block)."""
    names = field_names(lines, k, _FIELD_REACH, ctx)
    return (bool(names) and names[0] != "source" and "source" in names
            and (not _EDITION_FIELDS.isdisjoint(names) or (speaker and "record" in names)))


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for an author's line and a title over an edition's fields."""
    return 1 if _item_start(lines, ctx)[1] else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Author, title and date into the page; the lines over the fields and the text after
    them are returned."""
    top, start = _item_start(lines, ctx)
    if not start:
        return lines
    _sections(lines[:top], seg, ctx)
    lines, start = lines[top:], start - top
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


# (repost84) the day written in a sentence of the edition's `Published:` field (MIA: `Published:
# First published in 1930 in Lenin Miscellany XIII. Written on March 6 (19), 1917. Translated
# from the French.`)
_WRITTEN_IN = re.compile(r"(?:^|\.\s)(?:Written|Dictated|Sent)\s++(?:on\s++)?"
                         r"(?P<date>[A-Z0-9][^.]{4,40}?\d{4})\.(?:\s|$)")


def published_written(seg: Segments, ctx: Context) -> None:
    """The page's date, where no date line gave one, from the edition's record field."""
    for line in seg.fields.get("record", []) if seg.page_date is None else ():
        found = _WRITTEN_IN.search(line.text)
        if found and ctx.res.dates.whole(found.group("date")):
            seg.page_date = Line(line.no, found.group("date"))
            return


# (repost85) the place an item was sent from, in a sentence of the same field (MIA: `Published:
# First published in 1924 ... Sent from Moscow to Penza. Printed from the original.`)
_SENT_FROM = re.compile(r"(?:^|\.\s)(?:Sent|Wired|Telegraphed)\s++from\s++"
                        r"(?P<place>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++)?)\s++to\s")


def written_place(seg: Segments, ctx: Context) -> Entry | None:
    """The register place the edition's fields say the item was written or sent from: the
    place before the date of its date field (MIA's `Written: Moscow, October 23, 1962, 5
    p.m.`), else its record field's `Sent from Moscow to Penza`; None when they name none."""
    names = []
    for line in seg.fields.get("date", []):
        found = ctx.res.dates.find(line.text)
        if found and found[0].start > 0:
            names.append(line.text[:found[0].start].strip(" ,"))
    names += [m.group("place") for line in seg.fields.get("record", [])
              if (m := _SENT_FROM.search(line.text))]
    entries = [ctx.res.register.lookup(name) for name in names]
    place = next((e for e in entries if e is not None and e.kind == "place"), None)
    return ctx.use(place) if place is not None else None  # its entry kept in the standOff


def _sections(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """A catalogue's section lines: the page's text; its date line (`1971 Dec 1 We`, the
    date and the weekday's abbreviation) the page's date too."""
    for line in lines:
        seg.fields.setdefault("page-text", []).append(line)
        found = ctx.res.dates.find(line.text)
        if seg.page_date is None and len(found) == 1 and found[0].start == 0 and (
                not line.text[found[0].end:].strip() or _WEEKDAY.match(line.text[found[0].end:])):
            seg.page_date = Line(line.no, line.text[:found[0].end])
