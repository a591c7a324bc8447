"""(cables85) A typed form's label in capitals whose colon the OCR read as a semicolon (CIA
CREST's memoranda: `MEMORANDUM FOR; Director of Central Intelligence`, `VIA; Deputy
Director for Operations`, `FROM; John F. Blake`): the line is read as the labelled line it
is, its text kept as the scan gives it. (ocr87) So is a label whose colon the OCR read as a
quote, a space before it (a teletype's `From ’ THE CANADIAN AMBASSADOR, WASHINGTON`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from tei.convert.context import Context

T = TypeVar("T")

# a label of one to three words in capitals, the semicolon after it, a space and its value;
# (ocr87) or a label word set apart by a space from the quote or semicolon the OCR read for
# its colon (`From ’ THE CANADIAN AMBASSADOR`, `TO ' Secretary of State`, `FROM ; MOSCOW`)
_SEMICOLON_LABEL = re.compile(r"^(?:[A-Z]{2,15}+(?:\s[A-Z]{2,15}+){0,2};"
                              r"|(?:[A-Z]{2,15}+|From|To)\s++[;’'‘])(?=\s++\S)")


def semicolon_label(text: str, ctx: Context, read: Callable[[str, Context], T | None]) -> T | None:
    """What `read` finds in `text` with its label's semicolon read as the colon; None when
    the line opens with no such label."""
    found = _SEMICOLON_LABEL.match(text)
    if found is None:
        return None
    return read(f"{text[:found.end() - 1]}:{text[found.end():]}", ctx)
