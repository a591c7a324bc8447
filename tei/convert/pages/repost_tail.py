"""(repost64) A reposter's own words under the document's signature: a blogger's or
translator's remark after the quoted telegram (`N. NOVIKOV` / `What strikes me most is how
short it is. ...`), and a translator's notes in bullets without markers under their heading
(`Translator's notes:` / `• "Minister David" is ...`), are the page's, so that the signature
closes the document. Only on a page whose lines above the document were already the page's
(a repost: `page-text`); read by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_TAIL_LINES = 3  # the reposter's paragraphs after the signature, at most
_PROSE_WORDS = 8
# a signature in capitals, with initials perhaps (`N. NOVIKOV`, `A. PUZANOV`, `BRUCE`)
_CAPITALS_SIGNATURE = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]{2,}+$")


def _prose(line: Line) -> bool:
    return len(line.text.split()) >= _PROSE_WORDS and PROSE_END.search(line.text) is not None


def _bulleted_notes(lines: list[Line], ctx: Context) -> int | None:
    """The index of a notes heading whose lines to the end are all bullets, if any."""
    k = len(lines) - 1
    while k > 0 and lines[k].bullet:
        k -= 1
    found = ctx.res.patterns.match("footnotes", lines[k].text) if k < len(lines) - 1 else None
    return k if found and found[0] == "heading" else None


def commentary_under_signature(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The document's lines without a repost's unmarked notes in bullets at the end and its
    prose paragraphs under its last line that is a signature in capitals; those go to the
    page's text."""
    if not seg.fields.get("page-text"):
        return lines
    notes = _bulleted_notes(lines, ctx)
    if notes is not None:
        seg.fields["page-text"].extend(lines[notes:])
        lines = lines[:notes]
    for k in range(len(lines) - 2, max(-1, len(lines) - 2 - _TAIL_LINES), -1):
        if not _prose(lines[k + 1]):
            return lines
        if _CAPITALS_SIGNATURE.match(lines[k].text):
            seg.fields["page-text"].extend(lines[k + 1:])
            return lines[:k + 1]
    return lines
