"""(wcdb83) A page's title line wrapped by the copy that carries it.

A mirror or capture of the Digital Archive's page copied at a fixed width breaks a long
title over two lines (`Telegram from the GDR Embassy in Warsaw to Otto Winzer on the
Position of the Polish` / `Leadership after the Bratislava Meeting`) with no quoted
citation below to confirm the whole. The second line is the title's rest when the first is
as long as a wrapped line (`_WRAPPED`), ends without a stop or a figure (a dated title is
whole: `... Puzanov for 21 August 1957` over `Nº 196 Copy Nº 1`), and the rest is a short run of
words without a figure, a stop, a date, a label or a form's heading word (a store's `Report`
button under its title line is none), over the page's date line, or, under a date line
already read, over a field's label or the funder's line; (wcdi88) no line of the source
stands between the title and its rest.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind, label_of
from tei.convert.zones import Segments

_WRAPPED = 60  # characters of a title line a copy broke at its width
_REST_WORDS = 10
_OPEN_END = re.compile(r"[^.:;!?]$")
_REST = re.compile(r"^[A-Za-z][^\d.:;!?()\[\]|/]*+$")  # words: no figure, stop, bracket


def rest_over_date(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Whether line `i` is the rest of the page's title on the line above it; adds it."""
    title = seg.page_title
    if title is None or i == 0 or lines[i - 1] is not title or i + 1 >= len(lines):
        return False
    text = lines[i].text.strip()
    if len(title.text) < _WRAPPED or not _OPEN_END.search(title.text.rstrip()) \
            or title.text.rstrip()[-1:].isdigit() \
            or not _REST.match(text) or len(text.split()) > _REST_WORDS \
            or label_of(text, ctx) or ctx.res.dates.find(text) \
            or heading_kind(bare(text), ctx) is not None \
            or _between(title, lines[i], ctx):
        return False  # not a form's word alone (a store's `Report` button)
    after = lines[i + 1].text.strip()
    dated = ctx.res.dates.whole(after) or ctx.res.dates.date_line(after)
    fielded = seg.page_date is not None and (
        label_of(after, ctx) is not None or _funder(after, ctx))
    if not (dated or fielded):
        return False
    seg.page_title = Line(title.no, f"{title.text.rstrip()} {text}", title.blank_before,
                          title.rule_before)
    return True


def _between(title: Line, line: Line, ctx: Context) -> bool:
    """(wcdi88) Whether a line of the source stands between the title and `line` (the
    funder's line a page sets under its title, over a Chinese record's file line `Foreign
    Ministry Document`): a wrap's rest follows its title's line."""
    source = (ctx.text or "").splitlines()
    return any(text.strip() for text in source[title.no:line.no - 1])  # numbered from 1


def _funder(text: str, ctx: Context) -> bool:
    found = ctx.res.patterns.match("boilerplate", text)
    return found is not None and found[0] == "funder"
