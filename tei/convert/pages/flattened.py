"""Flattened OCR: a scan's text layer copied as one long line (or a few), its heading run
together with its text (`flattened-heading`).

The National Security Archive's OCR views, CIA CREST and the presidential libraries' scans
often give a cable printout (`... PAGE 01 STATE 311722 ORIGIN L-03 ... FM SECSTATE WASHDC TO
AMEMBASSY MOSCOW IMMEDIATE 4567 ... TAGS PFOR SUBJECT ...`) or a memorandum (`MEMORANDUM
FOR ... FROM ... SUBJECT ...`) without its line breaks, often without its punctuation. A
line far longer than a page line (any line opening with a cable's date-time group)
that holds several heading items of the table is cut before each item the table finds
(and after an item a row matches whole), so the form readers see the heading lines again.
Every word is kept, in order; a text whose long lines hold fewer items (an ordinary
paragraph) is left alone. A FRUS heading opening the line with its file number and form,
or a Wilson Center heading holding its funder's line, is one at the shorter length with one
kind of item fewer (wrap21: a copy that lost its line breaks).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.read import Line

_LONG = 400  # characters: far more than a typed page's line
# (misses31) a cable's heading run onto one line from its precedence and date-time group
# (`P R 281848Z DEC 66 FM AMEMBASSY ... TO SECSTATE WASHDC ...`: a Cablegate page as a
# document host flattens it) is one at any length (cables44: a Cablegate mirror gives the
# routing alone on one line, `O 122314Z MAR 04 FM SECSTATE WASHDC TO AMEMBASSY MADRID
# IMMEDIATE`); the three kinds of item are still needed
_DTG_OPENING = re.compile(r"^(?:[OPRZ]\s){1,2}\d{6}\s?Z\s[A-Z]{3}\s\d{2}\s")
_SHORT = 150  # characters: a line a FRUS or Wilson Center heading opens is long from here
# (wrap21) a FRUS file number and form or a date opening the line, or a Wilson Center
# funder's line in it
_FRUS_OPENING = re.compile(r"^\d{3}\.[^:]{1,60}:\s[A-Z]")
_DATE_OPENING = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\s[A-Z]")
_FUNDER = "made possible with"
# rows whose item makes one kind fewer enough
# (cables92) a Cablegate page's `Classified By: <officer>, reasons 1.4 (b)` line
_STRONG = frozenset({"frus-file", "wcda-funder", "wcda-opening-date", "cablegate-classified"})
# (ocr97) a row whose item alone tells a flattened heading: CREST's morning meeting heading in
# title case with its day (`Morning Meeting of 13 October 1967`), the garbled release lines
# around it often no item
_ALONE = frozenset({"meeting-title"})
_HEAD = 1500  # heading items stand in a flattened page's first characters
_ITEMS = 3  # distinct heading rows that tell a flattened heading from a paragraph
_ANYWHERE = frozenset({"page", "stamp", "point", "release"})  # rows that cut past the heading too
_OPENING = "release"  # a row that, opening the line, makes one more kind of item enough
_SENTENCE = "sentence"  # a row that finds where a long subject's text begins (no cut itself)
_SUBJECT = re.compile(r"SUBJE?CT:?\s")
_LONG_SUBJECT = 200  # characters: a subject line longer has run on into the text


def split_flattened(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, each flattened line cut into its heading items and the text between them."""
    out: list[Line] = []
    for line in lines:
        long = _DTG_OPENING.match(line.text) is not None or len(line.text) > (
            _SHORT if _short_opening(line.text) else _LONG)
        cuts = _cuts(line.text, ctx) if long else []
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        parts = [line.text[a:b].strip() for a, b in pairwise(bounds)]
        parts = [piece for part in parts if part for piece in _subject_end(part, ctx)]
        out.append(Line(line.no, parts[0], line.blank_before, line.rule_before, line.bullet))
        out.extend(Line(line.no, part) for part in parts[1:])
    return out


def _short_opening(text: str) -> bool:
    """True when `text` is a heading at the shorter length: a FRUS file number or a date
    opening it, or a Wilson Center funder's line in it."""
    return (_FUNDER in text or _FRUS_OPENING.match(text) is not None
            or _DATE_OPENING.match(text) is not None)


def _cuts(text: str, ctx: Context) -> list[int]:
    """Where `text` is cut (each found item's start, and its end when the row matched more
    than a label's opening), or none when it holds fewer than `_ITEMS` heading rows (one
    fewer after a release line opening it: CREST)."""
    cuts: set[int] = set()
    kinds: set[str] = set()
    for row in ctx.res.patterns.rows("flattened-heading"):
        if row.name == _SENTENCE or not row.may_occur(text):
            continue
        for found in row.regex.finditer(text):
            if found.start() >= _HEAD and row.name not in _ANYWHERE:
                break
            kinds.add(row.name)
            cuts.update((found.start(), found.end()))
    needed = 1 if kinds & _ALONE else _ITEMS - 1 if kinds & _STRONG or _opens_with(
        text, ctx) else _ITEMS
    if len(kinds - {"point"}) < needed:
        return []
    return sorted(cut for cut in cuts if 0 < cut < len(text))


def _opens_with(text: str, ctx: Context) -> bool:
    """True when `text` opens with the `_OPENING` row's item (CREST's release line)."""
    row = next((row for row in ctx.res.patterns.rows("flattened-heading")
                if row.name == _OPENING), None)
    found = row.regex.match(text) if row else None
    return found is not None


def _subject_end(part: str, ctx: Context) -> list[str]:
    """`part`, or a long `SUBJECT` item cut where its text begins (a capitalised word and
    three in small letters after the title-case subject: OCR lost the line break)."""
    if len(part) <= _LONG_SUBJECT or not _SUBJECT.match(part):
        return [part]
    row = next((row for row in ctx.res.patterns.rows("flattened-heading")
                if row.name == _SENTENCE), None)
    found = row.regex.search(part, _SUBJECT.match(part).end() + 1, _LONG_SUBJECT) if row else None
    if found is None:
        return [part]
    return [part[:found.start()].strip(), part[found.start():].strip()]
