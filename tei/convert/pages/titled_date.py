"""(cw89) A page's record date under a document whose title dates it: the United Nations'
letters are titled by their own day (`Letter dated 2 December 2008 from the Permanent
Representative of ... addressed to the President of the Security Council`), and a page's
record under the text gives the day the document was issued (UNISPAL's `Publication Date:
03/12/2008`): the title's day is the document's, the record's field is none of its dates."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.described_source import described_date
from tei.convert.read import Line
from tei.convert.zones import Segments

# the title's own day after `dated`, as the UN's document titles write it
_DATED_TITLE = re.compile(r"(?i)^(?:[a-z-]++\s++){0,3}?dated\s++(?:\d{1,2}\s++[a-z]{3,9}\s++\d{4}"
                          r"|[a-z]{3,9}\s++\d{1,2},\s++\d{4})\s++(?:from|addressed)\s")


def record_dates(seg: Segments, ctx: Context) -> list[Line]:
    """The page's `date` field lines that give a date, unless the page's title dates the
    document itself."""
    if seg.page_title is not None and _DATED_TITLE.match(seg.page_title.text):
        return []
    dated = [line for line in seg.fields.get("date", []) if ctx.res.dates.find(line.text)]
    described = None if dated else described_date(seg, ctx)  # (repost96) a lesson's source
    return dated or ([described] if described else [])  # line (`... in September 1946.`)
