"""(repost85) The day a page's headnote gives the document it introduces, in the sentence
that names the document's form after the day (a news site's or blog's `The following is a
Jan. 18, 1946, letter written by Ho Chi Minh to U.S. President Harry Truman ...`, `Below is
the text of the October 30, 1962 message ...`, `Here is a 1918 telegram ...` gives no day):
the document's date when no dateline or heading gave one. Only the message's first
paragraph is asked, and only a whole date (day, month and year) is taken.
"""

from __future__ import annotations

import re

from tei.convert.action_dates import read_date
from tei.convert.context import Context
from tei.convert.dates import DateValue
from tei.convert.model import Message, Paragraph, text_of

_FORMS = r"letter|telegram|cable|cablegram|message|memorandum|note|dispatch|despatch"
_HEADNOTE = re.compile(
    r"^(?:The\s++following\s++is|Below\s++is|Here\s++is|What\s++follows\s++is)\s++"
    r"(?:the\s++(?:full\s++)?text\s++of\s++)?(?:an?|the)\s++(?P<date>[A-Z][^,]{2,20}+,?\s++"
    r"\d{4}),?\s++(?:(?:secret|private|personal|handwritten|typed)\s++)?(?:" + _FORMS + r")\b")


def headnote_date(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """The whole date the message's first paragraph, a headnote, gives the document it
    introduces by its form; None when it is no such sentence."""
    first = message.blocks[0] if message.blocks else None
    if not isinstance(first, Paragraph):
        return None
    found = _HEADNOTE.match(text_of(first.content).strip())
    value = ctx.res.dates.whole(found.group("date")) if found else None
    if value is None or not value.day or not value.year:
        return None
    return read_date(found.group("date"), ctx)
