"""(repost89) The day of a works mirror's filing line. The mirrors of an author's works file
each work under a line that gives the author, the work's day as eight figures and its title
(`Leon Trotsky 19181226 Telegram to Lenin`, table `page-furniture`, row `site-key`), over a
telegram whose own heading gives the day and the month without the year (The Trotsky
Papers' `26/XII. No. 1511`): the eight figures are the document's day when no dateline
gives one (kept as the last resort, as a file number's day is) and their year completes the
heading's yearless date."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

# (repost97) the day `00` of a work known by its month alone, `0000` of one known by its year
_DAY = re.compile(r"\s(?P<y>(?:1[6-9]|20)\d{2})(?:(?P<m>0[1-9]|1[0-2])(?P<d>[0-2]\d|3[01])|0000)\s")
_OPENING = 8  # the filing line stands among the page's first lines


def site_key_date(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """The eight figures of the page's filing line as the file's date, when none is kept."""
    if "file-date" in seg.facts:
        return
    for line in lines[:_OPENING]:
        found = ctx.res.patterns.match("page-furniture", line.text.strip())
        if found and found[0] == "site-year":  # (repost96) `1925 en:SCW;ru:marxists.org`:
            seg.facts["file-date"] = line.text.strip()[:4]  # the year completes a yearless
            if seg.page_date is None:  # date, and dates the work when no line does
                seg.page_date = Line(line.no, line.text.strip()[:4])
            seg.fields.setdefault("page-text", []).append(line)  # kept in the header
            return
        day = _DAY.search(line.text) if found and found[0] == "site-key" else None
        if day:
            parts = (day["y"], day["m"], day["d"])  # (repost97) `00`: no day, no month
            seg.facts["file-date"] = "-".join(p for p in parts if p and p != "00")
            return
