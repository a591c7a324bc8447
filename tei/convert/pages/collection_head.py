"""(wcda67) A collection's heading block over a document reached from the collection: its
`Collection` label and name (a keyword field), then the collection's description and the
count of its documents (`24 documents`, table `collection-count`). The description and
count are the page's, not the document's."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import label_of

_DESCRIPTION_LINES = 4  # the description's lines at most, above the count


def collection_rest(lines: list[Line], i: int, ctx: Context) -> int:
    """How many lines from `i` are a collection's description closed by its count line
    (the count included); 0 when no count line closes unlabelled lines within reach."""
    for k in range(i, min(len(lines), i + _DESCRIPTION_LINES + 1)):
        if ctx.res.patterns.match("collection-count", lines[k].text):
            return k + 1 - i
        if label_of(lines[k].text, ctx) or ctx.res.dates.whole(lines[k].text):
            return 0
    return 0
