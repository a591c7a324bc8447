"""A meeting's record headed by a sentence that says where and when the meeting was held
(the UK Cabinet's conclusions as the National Archives' CAB 128 papers print them:
`CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Thursday, 1st
November, 1956, at 9.45 a.m.`): the day dates the record (the page's date line), as a foot's
date would; the sentence stays the text's heading. Row: `meeting-heading`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 15  # the lines at the top where the heading sentence is looked for


def meeting_date(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines, unchanged; the meeting's day from its heading sentence as the page's date
    when the page gave none."""
    if seg.page_date is not None:
        return lines
    for line in lines[:_REACH]:
        if " held " not in line.text.casefold():  # (cw72) or `HELD` in capitals
            continue
        found = ctx.res.patterns.match("meeting-heading", line.text)
        if found and ctx.res.dates.whole(found[1].group("date")):
            seg.page_date = Line(line.no, found[1].group("date"))
            break
    return lines
