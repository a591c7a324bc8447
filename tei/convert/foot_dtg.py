"""(ocr75) A relayed cable's date-time group typed under its text, as the White House
Communications Agency's CAP cables to the President close (`DTG: 121432Z AUG 67`, the
Johnson Library's scans): the message's sending date where nothing above dates it.
(intel78) So is a Hut 3 Ultra signal's time of origin, the hour in Zulu time over the day,
month and short year parted by slashes in the British order (`0812Z/9/7/44`)."""

from __future__ import annotations

import re

from tei.convert.action_dates import read_date
from tei.convert.context import Context
from tei.convert.date_shapes import DateValue
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.segment import heading_groups

_FOOT_BLOCKS = 3  # the group is among the message's last paragraphs (a note may follow it)
_ORIGIN = re.compile(r"^(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)Z/(?P<day>[1-9]|[12]\d|3[01])/"
                     r"(?P<month>[1-9]|1[0-2])/(?P<year>\d{2})$")


def foot_dtg(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """The date of a `DTG` line among the message's last paragraphs (a labelled field of the
    `heading` tables, kind `date`), else None."""
    for block in reversed(message.blocks[-_FOOT_BLOCKS:]):
        if not isinstance(block, Paragraph):
            continue
        text = text_of(block.content).strip()
        if not text.startswith("DTG"):
            continue
        found = heading_groups(text, ctx)
        if found and found[0] == "date" and found[1].get("sent"):
            return read_date(found[1]["sent"], ctx)
    return None


def signal_origin(message: Message) -> tuple[str, DateValue] | None:
    """(intel78) The time of origin closing a Hut 3 signal (`0812Z/9/7/44`) among the message's
    last paragraphs: the signal's own date, before a title's date (that of the news)."""
    for block in reversed(message.blocks[-_FOOT_BLOCKS:]):
        origin = _ORIGIN.match(text_of(block.content).strip()) if isinstance(
            block, Paragraph) else None
        if origin:
            return origin[0], DateValue(0, len(origin[0]), 1900 + int(origin["year"]),
                                        int(origin["month"]), int(origin["day"]),
                                        int(origin["h"]), int(origin["m"]))
    return None
