"""(misses49) The archive's summary in the page's head, under its title and date lines.

The Wilson Center's later layout sets the title, then the date line, then the summary, then
the labelled fields (`Original Language: Spanish`, `Translator: ...`, `Source: ...`) or
straight the document's form heading (`CABLE`, `FROM: ...`), in either order of title and
date. A third-person prose paragraph right under both lines, over a page field's label, a
cable heading's line or a salutation, is the summary: the document does not open with a
sentence that a heading follows.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import _FIRST_PERSON, _QUOTED, PROSE_END
from tei.convert.read import Line
from tei.convert.segment import bare, doc_type_in, heading_kind, label_of
from tei.convert.zones import Segments

_MIN_WORDS = 8  # a summary's sentence, no caption, heading or bare line


def summary_in_head(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Whether line `i`, right under the page's title and date lines (both taken), is the
    archive's summary over the page's fields or the document's heading."""
    if seg.page_title is None or seg.page_date is None or i + 1 >= len(lines):
        return False
    head = {seg.page_title.no, seg.page_date.no}
    if lines[i - 1].no not in head or not _head_lines_above(lines, i, head):
        return False
    text = lines[i].text
    if len(text.split()) < _MIN_WORDS or not PROSE_END.search(text) \
            or _FIRST_PERSON.search(_QUOTED.sub("", text)) \
            or doc_type_in(text, ctx, at_start=True) is not None:
        return False
    below = lines[i + 1].text
    return bool(label_of(below, ctx) or heading_kind(bare(below), ctx)
                or ctx.res.patterns.match("salutation", below))


def _head_lines_above(lines: list[Line], i: int, head: set[int]) -> bool:
    """Whether the title and the date lines stand together right above line `i`."""
    return i >= 2 and {lines[i - 1].no, lines[i - 2].no} == head
