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
    top = _Top(lines, ctx)
    listing: dict[str, list[int]] = {}  # the titles' lines by their first word
    for k, line in enumerate(lines[:reach]):
        if label_of(line.text, ctx):
            return 0  # the page's own head (`Citation`, `Summary`): what follows is no listing
        listed = any(top.item(j) for j in listing.get(line.text.split(" ", 1)[0], ())
                     if _opens(lines[j].text, line.text))
        if listed and sum(map(top.item, top.titles)) >= _ITEMS and names_form_or_parties(
                line, ctx) and ((dated := k > 0 and top.whole(k - 1)) or top.whole(k + 1)):
            start = k - 1 if dated else k
            seg.fields.setdefault("page-text", []).extend(lines[:start])
            return start
        if len(line.text.split()) >= _TITLE_WORDS and not top.whole(k):
            top.titles.append(k)
            listing.setdefault(line.text.split(" ", 1)[0], []).append(k)
    return 0


def _opens(title: str, text: str) -> bool:
    """Whether `text` is `title` or its words up to a space (the title run on into its
    summary)."""
    return title.startswith(text) and title[len(text):len(text) + 1] in ("", " ")


class _Top:
    """(speed67) The lines over the page's head as `listing_above_head` reads them: whether
    a line is a date alone, and whether a title (`titles`: the lines of three words at
    least, no date) is a dated item, each asked only when needed and once (in most
    documents no title is listed again: no date is looked for in them)."""

    def __init__(self, lines: list[Line], ctx: Context) -> None:
        self.lines, self.ctx = lines, ctx
        self.titles: list[int] = []
        self._whole: dict[int, bool] = {}
        self._item: dict[int, bool] = {}

    def whole(self, k: int) -> bool:
        """Whether line `k` is a date alone."""
        if k not in self._whole:
            self._whole[k] = self.ctx.res.dates.whole(self.lines[k].text) is not None
        return self._whole[k]

    def item(self, j: int) -> bool:
        """Whether title `j` is a search's item: its title over its date line or under it,
        or with its date run on."""
        if j not in self._item:
            self._item[j] = (j > 0 and self.whole(j - 1)) or self.whole(j + 1) or _date_after(
                self.lines[j].text, self.ctx)
        return self._item[j]


def _date_after(text: str, ctx: Context) -> bool:
    """A title with its item's date run on after it (`Record of ... Kim Il Sung November 14,
    1970`: the copy kept no line between them)."""
    return any(found.start > 0 and found.end >= len(text.rstrip(" .")) for found in
               ctx.res.dates.find(text))
