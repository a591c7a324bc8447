"""A letter's inside address over its salutation (`The Honorable` / `Dean Rusk` /
`Secretary of State` / `Washington` over `Dear Mr. Secretary:`): its first line names the
addressee by a style or a courtesy title (the `inside-address` table), the short lines under
it give office and seat. Segmenting stops a heading before it; the opener reads it
(`parts.styled_address`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tei.convert.context import Context
from tei.convert.roles import is_role

MAX_LINES = 6  # name, office, department, street, seat, country
_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[!?:;]$")  # a seat may close with a stop (`Washington.`)


def inside_address_end(texts: Sequence[str | None], i: int, ctx: Context) -> int | None:
    """The index of the salutation when `texts[i:]` opens with an inside address of two
    lines or more, else None (`None` in `texts`: a block that is no address line)."""
    patterns = ctx.res.patterns
    if texts[i] is None or not patterns.match("inside-address", texts[i]):
        return None
    for end in range(i + 1, min(i + MAX_LINES + 1, len(texts))):
        text = texts[end]
        if text is None:
            return None
        if patterns.match("salutation", text) and not _office_over_salutation(texts, end, ctx):
            return end if end - i >= 2 else None
        if len(text.split()) > _MAX_WORDS or _SENTENCE_END.search(text) \
                or any(found.day for found in ctx.res.dates.find(text)):
            return None
    return None


def _office_over_salutation(texts: Sequence[str | None], at: int, ctx: Context) -> bool:
    """(letters78) The addressee's office closed by a comma (`President of the United States
    of America,`, which the salutation table's loose row would take) with the seat and the
    salutation under it (`Washington` / `Dear Mr. President,`): an address line."""
    patterns = ctx.res.patterns
    if not is_role(texts[at] or "", patterns):
        return False
    for k in range(at + 1, min(at + 3, len(texts))):
        text = texts[k]
        if text is None or len(text.split()) > _MAX_WORDS:
            return False
        if patterns.match("salutation", text):
            return True
    return False
