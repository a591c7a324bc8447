"""(wcda66) A collection's or search's listing copied above the document's own page: its
items, each a date line, a title and a summary, one item the document itself; the page's
head starts where the listed title comes again under the items, with its date line above
it (the current layout's) or under it (the older one's)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.titles import names_form_or_parties
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_REACH = 60  # the listing's lines above the page's head
_ITEMS = 2  # dated items that make a listing
_TITLE_WORDS = 3  # an item's title under its date line


def listing_above_head(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the page's head under a listing of two dated items at least (a date
    line over a title) whose titles include the document's, one naming a form or parties
    and set by a date line again; the listed title perhaps run on into its summary (the copy
    keeping no line between them), all above the page's first field label (a related
    documents' list under the page's head is none). The listing goes to the page text (0:
    none)."""
    reach = min(_REACH, len(lines) - 1)
    whole = [ctx.res.dates.whole(line.text) is not None for line in lines[:reach + 1]]
    items: list[str] = []
    for k, line in enumerate(lines[:reach]):
        if label_of(line.text, ctx):
            return 0  # the page's own head (`Citation`, `Summary`): what follows is no listing
        listed = any(item == line.text or item.startswith(f"{line.text} ") for item in items)
        dated = k > 0 and whole[k - 1]
        if listed and len(items) >= _ITEMS and names_form_or_parties(line, ctx) and (
                dated or whole[k + 1]):
            start = k - 1 if dated else k
            seg.fields.setdefault("page-text", []).extend(lines[:start])
            return start
        if (dated or whole[k + 1] or _date_after(line.text, ctx)) and not whole[k] \
                and len(line.text.split()) >= _TITLE_WORDS:
            items.append(line.text)  # a search's item: its title over its date line
    return 0


def _date_after(text: str, ctx: Context) -> bool:
    """A title with its item's date run on after it (`Record of ... Kim Il Sung November 14,
    1970`: the copy kept no line between them)."""
    return any(found.start > 0 and found.end >= len(text.rstrip(" .")) for found in
               ctx.res.dates.find(text))
