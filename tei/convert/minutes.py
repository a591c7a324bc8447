"""A departmental minute on a file (British Colonial and Foreign Office files as archives OCR
them): the officer it goes to alone on its first line (`Mr. Calder`, after the folio number),
the minute's text, and under it the writer's name or initials with a short date (`Est Boyd` /
`15.1.32`): a memorandum to that officer, not a cable's heading (other32). (cw60) A catalogue
record may stand over it, its transcription label (`Transcription:`, table `page-fields` row
`document-start`) last, and the date under the initials may be written out (`I.K.` /
`14th March, 1956.`)."""

from __future__ import annotations

import re
from io import StringIO
from itertools import islice

from tei.convert.context import Context
from tei.convert.patterns import label_key
from tei.convert.recall import recall

# the officer addressed: `Mr. Calder`, `Sir John Shuckburgh`, `Under-Secretary of State`,
# (cw60) with initials (`Sir I. Kirkpatrick`, `Mr. P. H. Dean`)
# (ocr91) OCR reading `Sir` as `Sin` (`Sin C. Jeffries`)
# (ocr42) and a handwritten mark the OCR read on its line (`Mr. Best SeeT`, a `see tel.`):
# one token with a digit or a capital after a small letter, or a single character
_TO_OFFICER = re.compile(
    r"^(?P<officer>(?:Mr|Sir|Sin|Lord|Dr)\.?\s(?:[A-Z]\.\s?){0,3}+[A-Z][a-z'’-]++(?:\s[A-Z][a-z'’-]++){0,2}|"
    r"(?:Permanent\s|Parliamentary\s|Assistant\s)?Under[-\s]Secretary(?:\sof\sState)?)"
    r"(?:\s(?:(?=\S*?(?:\d|[a-z][A-Z]))\S{2,6}|\S))?$")
# (ocr42) a note in the margin above it, read first (`4. You`, `tel. 197`): at most three
# short words
_MARGIN_NOTE = re.compile(r"^\S{1,6}(?:\s\S{1,6}){0,2}$")
_MARGIN_NOTES = 2
# a folio number above it (`1.`, `2`), or the page's address
_FOLIO = re.compile(r"^(?:\d{1,4}\.?|https?://\S++)$")
# a minute's short date: `15.1.32`, `19/1/32`, `15-1-32`
_SHORT_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2}\.?$")
# (cw60) or written out under the initials (`14th March, 1956.`, `14 March 1956`)
_LONG_DATE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}\.?,?\s(?:18|19|20)\d{2}\.?$")
_REACH = 40


def minute_officer(ctx: Context) -> str:
    """The officer a minute opens with (`Mr. Calder`), when the lines that are not blank
    open with that line alone (after a folio number or the page's address), the next one is
    prose, and a short date closes a minute within the first 40 lines; else ''. Asked by
    segmenting, typing, closing and the correspondence, answered once a text."""
    return recall(ctx, "minute-officer", ctx.text,
                  lambda text, ctx: _officer(_under_transcription_label(text, ctx)))


def _under_transcription_label(text: str, ctx: Context) -> str:
    """The text under a catalogue record's transcription label alone on its line among the
    first lines (`Transcription:`), else the whole text."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[:_REACH]):
        label = line.strip()
        if label.endswith(":") and ctx.res.patterns.words("page-fields").get(
                label_key(label)) == "document-start":
            return "".join(lines[i + 1:])
    return text


def _officer(text: str) -> str:
    lines = list(islice(filter(None, map(str.strip, StringIO(text))), _REACH))
    while lines and _FOLIO.match(lines[0]):
        lines = lines[1:]
    notes = 0
    while (notes < _MARGIN_NOTES and len(lines) > notes + 1 and not _TO_OFFICER.match(
            lines[notes]) and _MARGIN_NOTE.match(lines[notes])):
        notes += 1
    lines = lines[notes:]
    officer = _TO_OFFICER.match(lines[0]) if lines else None
    # (ocr42) the day the minute was begun may stand under the officer (`Mr. Best` / `18-2-48`)
    prose = 2 if len(lines) > 2 and _SHORT_DATE.match(lines[1]) else 1
    # (ocr91) a second officer routed under the first (`Sin C. Jeffries` / `Mr. Watson`), maybe
    # a handwritten mark under them (`in Watson`): two courtesy names alone show the routing
    routed = officer is not None and len(lines) > 2 and _TO_OFFICER.match(lines[1]) is not None
    if routed:
        prose = 3 if len(lines) > 3 and len(lines[2].split()) <= 2 else 2
    if len(lines) < prose + 2 or not officer or len(lines[prose].split()) < 4:
        return ""
    closed = routed or any(
        _SHORT_DATE.match(line) or _LONG_DATE.match(line) for line in lines[prose + 1:])
    # (ocr91) the officer's title as written, not as OCR read it (`Sin C. Jeffries`)
    return re.sub(r"^Sin\b", "Sir", officer["officer"]) if closed else ""


_MINUTE_HEADING_REACH = 8  # the opening lines (not blank) that show a minute sheet


def opens_minute_sheet(ctx: Context) -> bool:
    """A minute sheet or a file noting (`NOTES` over notes closed by `Sd/- name`, table
    `minute-sheet`) among the opening non-blank lines, or a minute to an officer (other32)."""
    opening = islice(filter(None, map(str.strip, ctx.text.splitlines())), _MINUTE_HEADING_REACH)
    return any(ctx.res.patterns.match("minute-sheet", line) for line in opening) or bool(
        minute_officer(ctx))


def minute_date(text: str) -> bool:
    """A minute's short date alone on its line (`15.1.32`, `19/1/32`)."""
    return _SHORT_DATE.match(text.strip()) is not None
