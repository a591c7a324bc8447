"""(letters74) A receipt stamp at a letter's foot, under the signature or the foot address,
as the addressee's office struck it on the copy a presidential library or a prime
minister's papers keep (`RECEIVED` / `DEC 8 1962` / `P.M.'s SECRETARIAT`; `Received 8 DEC
1962`): its lines are a registry stamp of the closer (subtype `stamp`), never the address,
dateline or signature, and its date is the receipt's (`date_received`)."""

from __future__ import annotations

from tei.convert.action_dates import received_date
from tei.convert.context import Context
from tei.convert.date_shapes import DateValue
from tei.convert.model import Message, text_of
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit

_STAMP_LINES = 3  # the word, the date, the office
_STAMP_WORDS = 6


def foot_stamp_units(units: list[Unit], start: int, patterns: Patterns) -> set[int]:
    """The ids of the units of a receipt stamp closing the message after `start`: a line of
    the `receipt-stamp` table among the last three, the short lines under it to the end."""
    first = max(start + 1, len(units) - _STAMP_LINES)
    for i in range(first, len(units)):
        if units[i].embedded or not patterns.match("receipt-stamp", units[i].text):
            continue
        run = units[i:]
        if all(not unit.embedded and len(unit.lines) == 1
               and len(unit.text.split()) <= _STAMP_WORDS for unit in run):
            return {id(unit) for unit in run}
        return set()
    return set()


def foot_receipt(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """The date of the closer's receipt stamp: the first of its lines that reads as one."""
    stamp = [text_of(part.content) for part in message.closer
             if part.kind == "registry" and part.subtype == "stamp"]
    found = next((i for i, text in enumerate(stamp)
                  if ctx.res.patterns.match("receipt-stamp", text)), None)
    if found is None:
        return None
    for text in stamp[found:]:
        head = ctx.res.patterns.match("receipt-stamp", text)
        date = head[1].group("rest") if head else text
        read = received_date(date, ctx) if date else None
        if read and read[1].day:
            return read
    return None
