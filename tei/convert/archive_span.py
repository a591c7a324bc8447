"""(wcda73) The span of days an archive's date line allows, and the document's own date inside
it: a date line that is no single day (a range `April 03, 1960 - April 05, 1960`, `circa
March 1961`, a month `June 1968`, a year, `Undated`) yields to the day the document's own
dateline gives (a telegram dated at its foot `Beijing, 18.3.1961`) when that day lies in it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tei.convert.action_dates import YEAR_ONLY, read_date, sent_date
from tei.convert.context import Context
from tei.convert.dates import DateValue
from tei.convert.model import Message
from tei.convert.zones import Segments

# an archive's date line that gives no date at all (the Wilson Center's `Undated`)
UNDATED_LINE = re.compile(r"(?i:undated|no\s++date|n\.\s?d\.|date\s++unknown)\.?")
_RANGE_DASH = re.compile(r"(?<!\s)\s++[-–—]\s++|(?<!\s)\s*+[–—]\s*+")
_CIRCA = re.compile(r"(?i:(?:c|ca)\.\s?+|circa\s++)(?=[A-Z\d])")
# a cable heading's dispatch before its date (`Sent 14.8.66`, `dispatched 2.7.51 at 23.50`)
# (or after its seat: `Sent from Beijing 2-1-1965 16:00`)
_DISPATCH = re.compile(r"(?i)\b(?:dispatched|despatched|sent)\b(?:\s++from\s++(?-i:[A-Z])[\w'’.-]*+"
                       r"(?:\s(?-i:[A-Z])[\w'’.-]*+)?)?(?:\s++on)?:?\s*+(?=\d)")
_OPENING_LINES = 8  # a cable's heading lines the reader may have left at the message's top
# (wcda83) a party paper's approval line in its heading (`Approved at the session of 12 January
# 1965`, `Adopted by the Politburo on 3.II.1965`): the day the instructions or decision date from
_APPROVED = re.compile(r"(?i)^(?:approved|adopted|confirmed|endorsed)\b[^\d\n]{0,80}?\b(?:on|of)"
                       r"\s++(?=\d)")
Day = tuple[int, int, int]


def _bounds(value: DateValue) -> tuple[Day, Day] | None:
    """The first and last day a (partial) date covers."""
    if not value.year:
        return None
    return ((value.year, value.month or 1, value.day or 1),
            (value.year, value.month or 12, value.day or 31))


def line_span(text: str, ctx: Context) -> tuple[Day, Day] | None:
    """The first and last day the archive's date line covers when it is no single day (None
    for a whole day, or a line that gives none)."""
    text = _CIRCA.sub("", text.strip(), count=1)
    year = YEAR_ONLY.fullmatch(text)
    if year:
        return (int(year.group("year")), 1, 1), (int(year.group("year")), 12, 31)
    parts = _RANGE_DASH.split(text, maxsplit=1)
    dates = ctx.res.dates
    values = [dates.whole(part) for part in parts]
    if any(value is None for value in values):
        return None
    bounds = [_bounds(value) for value in values if value is not None]
    if any(b is None for b in bounds) or (len(parts) == 1 and values[0].day is not None):
        return None  # a whole day (or a line without its year)
    return bounds[0][0], bounds[-1][1]  # type: ignore[index]


def own_date_within(seg: Segments, message: Message,
                    ctx: Context) -> tuple[str, DateValue] | None:
    """The document's own dateline's day (or its heading's dispatch: `Sent from Beijing
    2-1-1965 16:00`) when the archive's date line spans more than a day and the day lies
    within its span."""
    if seg.page_date is None:
        return None
    span = line_span(seg.page_date.text, ctx)
    own = (sent_date(seg, message, ctx) or _dispatch(seg, ctx) or _approved(seg, ctx)) \
        if span else None
    if not own or not own[1].day or not span:
        return None
    day = (own[1].year or 0, own[1].month or 0, own[1].day)
    return own if span[0] <= day <= span[1] else None


def dispatched_eve(seg: Segments, received: str | None, archived: DateValue,
                   ctx: Context) -> tuple[str, DateValue] | None:
    """A cable's dispatch the day before the archive's date line when that line gives the day
    of its receipt (`dispatched 2.7.51 at 23.50` / `Received in Moscow 3.7.51` under `July
    03, 1951`): the archive dated the cable by its arrival; it is of the day it was sent."""
    if not received or not archived.day or not archived.year or not archived.month \
            or received[:10] != archived.iso()[:10]:
        return None
    sent = _dispatch(seg, ctx)
    if sent and sent[1].year and sent[1].month and sent[1].day:
        day = date(sent[1].year, sent[1].month, sent[1].day)
        if day + timedelta(days=1) == date(archived.year, archived.month, archived.day):
            return sent
    return None


def _dispatch(seg: Segments, ctx: Context) -> tuple[str, DateValue] | None:
    """The dispatch date a cable heading's line gives after `Sent` or `dispatched`."""
    heading = seg.heading or seg.trailing_heading
    for k, line in enumerate([*heading, *seg.message[:_OPENING_LINES]]):
        found = _DISPATCH.search(line.text) if k < len(heading) else _DISPATCH.match(line.text)
        sent = read_date(line.text[found.end():], ctx) if found else None
        if sent:
            return sent
    return None


def _approved(seg: Segments, ctx: Context) -> tuple[str, DateValue] | None:
    """(wcda83) The day a heading's approval line gives (`Approved at the session of ...`)."""
    for line in seg.heading or seg.trailing_heading:
        found = _APPROVED.match(line.text)
        approved = read_date(line.text[found.end():], ctx) if found else None
        if approved:
            return approved
    return None
