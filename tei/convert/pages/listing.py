"""(wcda66) A collection's or search's listing copied above the document's own page: its
items, each a date line, a title and a summary, one item the document itself; the page's
head starts where the listed title comes again under the items, with its date line above
it (the current layout's) or under it (the older one's)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.titles import names_form_or_parties
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the listing's lines above the page's head
_ITEMS = 2  # dated items that make a listing
_TITLE_WORDS = 3  # an item's title under its date line


def listing_above_head(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the page's head under a listing of two dated items at least (a date
    line over a title) whose titles include the document's, one naming a form or parties
    and set by a date line again; the listed title perhaps run on into its summary (the copy
    keeping no line between them). The listing goes to the page text (0: none)."""
    reach = min(_REACH, len(lines) - 1)
    dated = [k > 0 and ctx.res.dates.whole(lines[k - 1].text) is not None for k in range(reach)]
    items: list[str] = []
    for k, line in enumerate(lines[:reach]):
        listed = any(item == line.text or item.startswith(f"{line.text} ") for item in items)
        if listed and len(items) >= _ITEMS and names_form_or_parties(line, ctx) and (
                dated[k] or ctx.res.dates.whole(lines[k + 1].text) is not None):
            start = k - 1 if dated[k] else k
            seg.fields.setdefault("page-text", []).extend(lines[:start])
            return start
        if dated[k] and len(line.text.split()) >= _TITLE_WORDS:
            items.append(line.text)
    return 0
