"""(frus63) The Paris Peace Conference volumes head the notes of the Council's meetings with
the meeting's day, date and hour (`Notes of a Meeting Held at M. Pichon's Room at the Quai
d'Orsay, Paris, on Friday, January 24, 1919, at 3 p.m.`) and print no dateline under it: the
date and hour closing such a heading date the document."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

# (cw87) or on the sitting's day (Dodis's `Procès-verbal de la séance du 9 février 1918`)
_HOUR_END = re.compile(r",\s++at\s++\d{1,2}(?:[.:]\d{2})?\s[ap]\.\s?m\.$"
                       r"|\bséance\s++du\s++\d[^,]{5,20}+$")


def meeting_title_date(seg: Segments, ctx: Context) -> None:
    """Date the page by the last full date of its heading when the heading closes on the
    meeting's hour and nothing dated the page before."""
    title = seg.page_title
    if title is None or seg.page_date is not None or not _HOUR_END.search(title.text):
        return
    found = [value for value in ctx.res.dates.find(title.text) if value.year and value.day]
    if found:
        seg.page_date = Line(title.no, title.text[found[-1].start:found[-1].end])
