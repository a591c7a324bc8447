"""(repost92) A translator's or collector's blog post of one document of a numbered series:
the post's title numbering it in the series (`Cuban Missile Crisis, Document 36`), perhaps
the blog's tagline under it, over the document's own heading that opens with its date
(`2 November 1962 / Enciphered cable from Alekseyev on Fidel Castro's letter`). The post's
lines are the page's; the dated heading under them gives the title and the date."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages import titles
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.segment import doc_type_in

# the series' name (a few words, a comma) before the document's number, or the number alone
_SERIES = re.compile(r"^(?:[A-Z][\w'’-]*+(?:\s++[\w'’-]++){0,6},?\s++)?Document\s++"
                     r"(?:No\.\s*+)?\d{1,4}[a-z]?$")
_TAGLINE_WORDS = 16


def series_post_line(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether line `i` is the post's series title (the first line) or the blog's tagline
    under it, over a line opening with a whole date and a title."""
    if not lines or not _SERIES.match(lines[0].text):
        return False
    leading = ctx.res.dates.leading
    if i == 0:
        return any(leading(line.text) for line in lines[1:3])
    return i == 1 and len(lines) > 2 and leading(lines[2].text) is not None \
        and leading(lines[1].text) is None and len(lines[1].text.split()) <= _TAGLINE_WORDS


def numbers_a_titled_document(lines: list[Line], ctx: Context) -> bool:
    """`No. 17` (or a documents edition's bare `73`) alone over a title naming the document's
    form (`Telegram from the Polish Embassy in Hanoi to ...`) or both parties (`Botschafter X,
    Moskau, an das Auswärtige Amt`)."""
    numbered = ctx.res.patterns.match("edition-document-number", lines[0].text) is not None \
        or titles.NUMBER_ALONE.match(f"{lines[0].text}.") is not None  # (edits61) `73` alone
    return len(lines) > 1 and numbered \
        and (doc_type_in(lines[1].text, ctx, at_start=True) is not None or all(
            title_parties(lines[1].text, ctx) or ("", ""))
            or titles.authored_form(lines[1].text, ctx)) \
        and titles.is_title(lines[1], ctx, False, lines, 1)
