"""(repost66) An edition's document quoted under a repost's lead-in: a blog post, forum
answer or article quotes a FRUS document (its decimal file's line `861.00/2–2246: Telegram`,
the editors' heading `The Chargé in the Soviet Union (Kennan) to the Secretary of State`,
the number opening the first paragraph) further down the page than the FRUS reader looks.
The FRUS reader reads the document from its first heading line; the lines above stay for
the page's head and lead-in (`pages/lead_in.py`), or, over a collection's document opened by
its number (`No. 48.` over `BARON KOMURA TO MR. KURINO.`), are the page's text. (repost68)
The generic reader ends the page's lead-in at the quoted heading found here, however short
its lines (a PDF handout's instructions and source lines, hard-wrapped)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages import frus
from tei.convert.pages.lead_in import SENTENCE_WORDS, lead_in, leads_in
from tei.convert.read import Line
from tei.convert.zones import Segments

_OPENINGS = frozenset({"source", "heading", "document-heading", "document-number"})
_US_OPENINGS = frozenset({"source", "document-heading"})  # FRUS's own: the decimal file, its form


def quoted_edition(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`lines` with a FRUS document quoted under a lead-in read by the FRUS reader, when no
    page reader took the page for FRUS already."""
    if "frus" in seg.layouts:
        _led_in(lines, seg)
        return lines
    k = lead_in(lines, 0, ctx)
    found = ctx.res.patterns.match("frus", lines[k].text) if k is not None else None
    under = ctx.res.patterns.match("frus", lines[k + 1].text) \
        if k is not None and found is None and k + 1 < len(lines) else None
    if under is not None and under[0] in _US_OPENINGS:  # (repost68, after the held score) a
        k, found = k + 1, under  # lead-in read as the form's line over the edition's heading
    if k is None or found is None or found[0] not in _OPENINGS:
        return lines
    if found[0] == "document-number":  # a book's front matter over its collection's document
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        return frus.unwrap(lines[k:], seg, ctx)
    us = found[0] in _US_OPENINGS  # an editors' heading alone may be any country's edition's
    if us:
        seg.layouts.append("frus")
    quoted = frus.unwrap(lines[k:], seg, ctx)
    if us and quoted:  # (repost68) the page's text ends over the quoted document's first line
        seg.facts["quoted-edition"] = str(quoted[0].no)
    return lines[:k] + quoted


def _led_in(lines: list[Line], seg: Segments) -> None:
    """(repost68) A post's lead-in sentence over the edition's heading the FRUS reader took
    near the page's top (a thread's first post over `PRIME MINISTER TO PRESIDENT TRUMAN`):
    the page's text ends over the document's first line under the heading."""
    title = seg.page_title
    if title is None or "quoted-edition" in seg.facts or not any(
            line.no < title.no and leads_in(line.text, SENTENCE_WORDS) for line in lines):
        return
    first = next((line for line in lines if line.no > title.no), None)
    if first is not None:
        seg.facts["quoted-edition"] = str(first.no)
