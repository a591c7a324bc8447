"""A departmental minute on a file (British Colonial and Foreign Office files as archives OCR
them): the officer it goes to alone on its first line (`Mr. Calder`, after the folio number),
the minute's text, and under it the writer's name or initials with a short date (`Est Boyd` /
`15.1.32`): a memorandum to that officer, not a cable's heading (other32)."""

from __future__ import annotations

import re
from functools import lru_cache
from io import StringIO
from itertools import islice

from tei.convert.context import Context

# the officer addressed: `Mr. Calder`, `Sir John Shuckburgh`, `Under-Secretary of State`
_TO_OFFICER = re.compile(
    r"^(?:Mr|Sir|Lord|Dr)\.?\s[A-Z][a-z'’-]++(?:\s[A-Z][a-z'’-]++){0,2}$|^(?:Permanent\s|"
    r"Parliamentary\s|Assistant\s)?Under[-\s]Secretary(?:\sof\sState)?$")
# a folio number above it (`1.`, `2`), or the page's address
_FOLIO = re.compile(r"^(?:\d{1,4}\.?|https?://\S++)$")
# a minute's short date: `15.1.32`, `19/1/32`, `15-1-32`
_SHORT_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2}\.?$")
_REACH = 40


def minute_officer(ctx: Context) -> str:
    """The officer a minute opens with (`Mr. Calder`), when the lines that are not blank
    open with that line alone (after a folio number or the page's address), the next one is
    prose, and a short date closes a minute within the first 40 lines; else ''. Asked by
    segmenting, typing, closing and the correspondence, answered once a text."""
    return _officer(ctx.text)


@lru_cache(maxsize=4)
def _officer(text: str) -> str:
    lines = list(islice(filter(None, map(str.strip, StringIO(text))), _REACH))
    while lines and _FOLIO.match(lines[0]):
        lines = lines[1:]
    if len(lines) < 3 or not _TO_OFFICER.match(lines[0]) or len(lines[1].split()) < 4:
        return ""
    return lines[0] if any(_SHORT_DATE.match(line) for line in lines[2:]) else ""


_MINUTE_HEADING_REACH = 8  # the opening lines (not blank) that show a minute sheet


def opens_minute_sheet(ctx: Context) -> bool:
    """A minute sheet or a file noting (`NOTES` over notes closed by `Sd/- name`, table
    `minute-sheet`) among the opening non-blank lines, or a minute to an officer (other32)."""
    opening = islice(filter(None, map(str.strip, ctx.text.splitlines())), _MINUTE_HEADING_REACH)
    return any(ctx.res.patterns.match("minute-sheet", line) for line in opening) or bool(
        minute_officer(ctx))


def minute_date(text: str) -> bool:
    """A minute's short date alone on its line (`15.1.32`, `19/1/32`)."""
    return _SHORT_DATE.match(text.strip()) is not None
