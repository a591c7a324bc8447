"""The form line that opens a document, repeated under its signature: the next document of
a file or page copied as one text (`CODED CABLEGRAM` over an instruction and again over
the reply to it; (wcda57) `Telegram No. 020.871` and, under its signature, `Telegram No.
020.874`: a page of two telegrams)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.quoted import Unit

_FORM_REACH = 8  # the opening lines where a cable's form line stands
_FORM_ROWS = ("document-type", "cable-number")  # rows of the `heading` table naming a form
# a form's line with its number and nothing else (`telegram no. 020.874`), not a section's
# line of one cable (`section 02 of 03 cape town 00097`)
_NUMBERED = re.compile(r"^(?P<form>[^\W\d][^\d]{2,40}?)\s++(?:no\.|nr\.|n[°º])\s*+"
                       r"(?P<number>\d[\d./-]{0,15}+)$")


def repeated_form(unit: Unit, ctx: Context) -> bool:
    """Whether `unit` is one line of the `heading` table's form rows that stands among the
    text's opening lines too, or (`Telegram No. 020.874`) earlier with another number;
    then it heads the next document, whose heading stays out of the first one's facts."""
    if unit.embedded or len(unit.lines) != 1:
        return False
    found = ctx.res.patterns.match("heading", unit.text)
    if found is None or found[0] not in _FORM_ROWS or unit.lines[0].no <= _FORM_REACH:
        return False
    form, lines = unit.text.strip().casefold(), ctx.text.splitlines()
    if any(line.strip().casefold() == form for line in lines[:_FORM_REACH]):
        return True
    numbered = _NUMBERED.match(form)
    return numbered is not None and any(
        (found := _NUMBERED.match(line.strip().casefold())) is not None
        and found.group("form") == numbered.group("form")
        and found.group("number") != numbered.group("number")
        for line in lines[:unit.lines[0].no - _FORM_REACH])
