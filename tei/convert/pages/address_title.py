"""(repost87) A letter's inside address under its date at the page's top is no title: a
name alone closed by a comma over its seat (`10 September 1939` / `Mahatma Gandhi,` /
`Segaon Wardha,` / `Central Provinces,` / `Dear Mr Gandhi,`: a letter as a book page viewer
gives it) opens the letter's address (`inside_address.inside_address_end`), which the
opener reads; the head reader takes no title from it."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.inside_address import inside_address_end
from tei.convert.read import Line


def addressed(text: str, lines: list[Line] | None, i: int, ctx: Context) -> bool:
    """Whether `text` (line `i` of `lines`) is an address line: an `address` table row, or
    the first line of an inside address over the salutation."""
    if ctx.res.patterns.match("address", text):
        return True
    return bool(lines) and text.endswith(",") and inside_address_end(
        [line.text for line in lines], i, ctx) is not None
