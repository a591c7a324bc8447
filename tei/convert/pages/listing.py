"""(wcda66) A collection's or search's listing copied above the document's own page: its
items, each a date line, a title and a summary, one item the document itself; the page's
head starts where the listed title comes again under the items (with its date line above
it, the current layout's, or under it, the older one's)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.titles import names_form_or_parties
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the listing's lines above the page's head
_ITEMS = 2  # dated items that make a listing


def listing_above_head(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the page's head under a listing whose items (two dated titles at least)
    include the document's title (perhaps run on into its summary, the copy keeping no
    line between them); the listing goes to the page text (0: none)."""
    seen: set[str] = set()
    dated = 0
    for k, line in enumerate(lines[:_REACH]):
        whole = ctx.res.dates.whole(line.text) is not None
        listed = any(item == line.text or item.startswith(f"{line.text} ") for item in seen)
        if listed and dated >= _ITEMS and names_form_or_parties(line, ctx):
            start = k - 1 if ctx.res.dates.whole(lines[k - 1].text) else k
            seg.fields.setdefault("page-text", []).extend(lines[:start])
            return start
        dated += whole
        if not whole and len(line.text.split()) >= 3:
            seen.add(line.text)
    return 0
