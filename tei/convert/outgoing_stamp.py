"""(cables64) The Department of State's outgoing telegram form of the 1950s-1960s (`OUTGOING
TELEGRAM`, as the presidential libraries' and FRUS's copies give it): its time stamp in
figures (`1962 MAY 12 PM 7 44`, the heading's `transmission` row, which on the incoming form
is the Department's receipt) is when the Department sent the telegram."""

from __future__ import annotations

import re

from tei.convert.model import Header
from tei.convert.read import Line

_OUTGOING = re.compile(r"(?i)^(?:department\s++of\s++state\s++)?outgoing\s++telegram\b")


def stamp_sends(header: Header, lines: list[Line]) -> None:
    """The stamp read as a receipt is the sending date of an outgoing form that gives no
    other date."""
    if header.sent.when or not header.received.when:
        return
    if any(_OUTGOING.match(line.text.strip()) for line in lines):
        header.sent.date_text, header.sent.when = header.received.date_text, header.received.when
        header.received.date_text, header.received.when = "", ""
