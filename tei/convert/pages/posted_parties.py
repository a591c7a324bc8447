"""(repost83) The Foreign Office's confidential print heads a telegram with its parties, the
sender's post in brackets after his name (`Sir M. Peterson (Angora) to Foreign Office.`,
`Sir M. Lampson (Cairo) to Mr. Eden`); a repost (a newspaper's quotation, a reader) may
close that heading with a full stop. Stop or not, a line of this shape opening the document
is its title (`titles._stopped_heading`), read without the stop."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.parties import title_parties

# a name (initials, an honorific), the post in brackets, `to`, the addressee (its stop off)
_POSTED = re.compile(r"^(?:[A-Z][\w'’.-]*+\s){1,4}\([A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}\)"
                     r"\sto\s(?:the\s)?[A-Z][\w'’.-]*+(?:\s[\w'’.-]++){0,5}$")


def posted_parties(text: str, ctx: Context) -> bool:
    """Whether `text` is the print's parties heading closed by a stop, both parties read."""
    if not text.endswith(".") or not _POSTED.match(text[:-1]):
        return False
    split = title_parties(text[:-1], ctx)
    return bool(split and split[0] and split[1])
