"""A printed edition's page reprinted with what stands above its first document: a journal
archive's reuse notice, the collection's and the chapter's headings in capitals (JSTOR's
Early Journal Content: `OFFICIAL DOCUMENTS` / `DIPLOMATIC CORRESPONDENCE RESPECTING THE WAR`
/ `CHAPTER I` / `WARNINGS` / `(1913.)`). The edition's `No. 1.` over a heading naming both
parties marks where the document begins; the lines above it are the page's text."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 40  # the notice and the headings take a page's first lines
_NUMBER_LINE = re.compile(r"^No\.\s?\d{1,4}\.?$")


def edition_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the heading naming both parties (`M. X, Ambassador ... at Berlin, to
    M. Y,`) under an edition's document number (`No. 1.`) among the page's first lines, the
    lines down to the number kept as the page's text (as a number alone at the top is);
    else 0."""
    for k in range(1, min(len(lines) - 1, _REACH)):
        if _NUMBER_LINE.match(lines[k].text) and _both_parties(lines[k + 1].text, ctx):
            seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
            return k + 1
    return 0


def _both_parties(text: str, ctx: Context) -> bool:
    found = title_parties(text, ctx)
    return bool(found and found[0].strip() and found[1].strip())
