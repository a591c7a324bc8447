"""A web edition's title block over its labelled fields, at the top of a reposted page.

A repost of a printed edition (the Marxists Internet Archive's pages) opens with the work's
author, title, part and year on short lines, then the edition's labelled fields
(`Source : ...`, `Publisher : ...`, `Transcription/HTML Markup : ...`, `Public Domain :
...`), then the documents. The title block names the book, not the document: its lines
are kept in the header as the page's text, and the generic reader reads the fields; a block
of two lines is an article's page, its author over its title, which titles the page (a
Comintern section's `Executive Committee of the Communist International` / `A Decision the
Executive of the Communist International`, other27). The
block shows only where its fields name the source and the transcriber or the rights
(`page-fields`: `source`, `credits`, `rights`).
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.fields import field_names
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_BLOCK_LINES = 8  # author, a title over up to three lines, a part, a year
_BLOCK_WORDS = 14
_EDITION_FIELDS = {"credits", "rights"}


def _block_end(lines: list[Line], ctx: Context) -> int:
    """The number of title-block lines over the edition's fields, or 0."""
    for k, line in enumerate(lines[:_BLOCK_LINES + 1]):
        found = label_of(line.text, ctx)
        if found:
            return k if k >= 2 and source_first_fields(lines, k, ctx) \
                and not dated_item(lines[:k], ctx) else 0
        if len(line.text.split()) > _BLOCK_WORDS or PROSE_END.search(line.text):
            return 0
    return 0


def source_first_fields(lines: list[Line], k: int, ctx: Context) -> bool:
    """Whether the labelled lines from `k` on open with the source and name the transcriber
    or the rights."""
    names = field_names(lines, k, _BLOCK_LINES, ctx)
    return bool(names) and names[0] == "source" and not _EDITION_FIELDS.isdisjoint(names)


def dated_item(block: list[Line], ctx: Context) -> bool:
    """(lead83) Whether a block of an author, a title and a date of a month or a day
    (`J. V. Stalin` / `To the Prime Minister of Mongolia` / `August, 1945`) titles one item,
    not a book (`Franklin D. Roosevelt` / `Messages to ...` / `1944`): the item page's
    (`worksitem.py`), whose fields may open with the source."""
    value = ctx.res.dates.whole(block[-1].text) if len(block) == 3 else None
    return value is not None and value.month is not None and value.year is not None


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a title block over an edition's fields."""
    return 1 if _block_end(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The title block into the page's text; the fields and the documents are returned."""
    end = _block_end(lines, ctx)
    if end == 2 and seg.page_title is None:  # an article's page: its author and its title
        seg.fields.setdefault("page-text", []).append(lines[0])
        seg.page_title = lines[1]
        return lines[end:]
    seg.fields.setdefault("page-text", []).extend(lines[:end])
    return lines[end:]
