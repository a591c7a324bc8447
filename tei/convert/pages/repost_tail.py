"""(repost64) A reposter's own words under the document's signature: a blogger's or
translator's remark after the quoted telegram (`N. NOVIKOV` / `What strikes me most is how
short it is. ...`), and a translator's notes in bullets or numbered, without markers, under
their heading (`Translator's notes:` / `• "Minister David" is ...`), are the page's, so
that the signature closes the document. Only on a page whose lines above the document were
already the page's or that credits a translator (a repost: `page-text`, `translator`); read
by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import POINT, PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_TAIL_LINES = 3  # the reposter's paragraphs after the signature, at most
_PROSE_WORDS = 8
_NUMBER = re.compile(r"^\(?(\d{1,2})")  # a numbered note's number (`1.`, `(2)`)
_ANCHOR = re.compile(r"\[(\d{1,2})\]")  # a note's anchor in the text, as the reader gives it
# a signature in capitals, with initials perhaps (`N. NOVIKOV`, `A. PUZANOV`, `BRUCE`)
# and the reposter's remark after it (`ALEKSEEV (end of the telegram)`)
_CAPITALS_SIGNATURE = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]{2,}+(?:\s\([^()]{1,40}\))?$")
_COUNT = re.compile(r"^\d{1,6}$")  # a post's counts of replies, reposts and likes


def _prose(line: Line, ctx: Context) -> bool:
    """A paragraph of the reposter's: a sentence of some words, no note (`[1] Head of ...`)."""
    return (len(line.text.split()) >= _PROSE_WORDS and PROSE_END.search(line.text) is not None
            and not ctx.res.patterns.match("footnotes", line.text))


def _unmarked_notes(lines: list[Line], ctx: Context) -> int | None:
    """The index of a notes heading whose lines to the end are all bullets or numbered
    lines whose numbers no anchor (`[2]`) above them marks, if any."""
    k = len(lines) - 1
    while k > 0 and (lines[k].bullet or POINT.match(lines[k].text)):
        k -= 1
    found = ctx.res.patterns.match("footnotes", lines[k].text) if k < len(lines) - 1 else None
    if not found or found[0] != "heading":
        return None
    numbers = {m.group(1) for line in lines[k + 1:] if (m := _NUMBER.match(line.text))}
    anchors = {a for line in lines[:k] for a in _ANCHOR.findall(line.text)}
    return None if numbers & anchors else k


def commentary_under_signature(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The document's lines without a repost's unmarked notes at the end and its
    prose paragraphs under its last line that is a signature in capitals; those go to the
    page's text."""
    if not (seg.fields.get("page-text") or seg.fields.get("translator")):
        return lines
    notes = _unmarked_notes(lines, ctx)
    if notes is not None:
        seg.fields.setdefault("page-text", []).extend(lines[notes:])
        lines = lines[:notes]
    counts = len(lines)
    while counts > 0 and _COUNT.match(lines[counts - 1].text):
        counts -= 1
    for k in range(counts - 2, max(-1, counts - 2 - _TAIL_LINES), -1):
        if not _prose(lines[k + 1], ctx):
            return lines
        if _CAPITALS_SIGNATURE.match(lines[k].text) and not ctx.res.patterns.match(
                "heading", lines[k].text):  # (`CONFIDENTIAL`, `EMERGENCY` over the text)
            seg.fields.setdefault("page-text", []).extend(lines[k + 1:])
            return lines[:k + 1]
    return lines
