"""(ocr75) A relayed cable's date-time group typed under its text, as the White House
Communications Agency's CAP cables to the President close (`DTG: 121432Z AUG 67`, the
Johnson Library's scans): the message's sending date where nothing above dates it."""

from __future__ import annotations

from tei.convert.action_dates import read_date
from tei.convert.context import Context
from tei.convert.date_shapes import DateValue
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.segment import heading_groups

_FOOT_BLOCKS = 3  # the group is among the message's last paragraphs (a note may follow it)


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
