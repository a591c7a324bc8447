"""(wcda82) The Digital Archive's date line gives a year or a month alone (`1956`, `May
1956`) while its title closes with the day (`Telegram No. 2345 from Chervonenko, 14 May
1956`): the title's day, within that year or month, dates the document where the document
gives no date of its own (`correspondence` reads it as the archive's date)."""

from __future__ import annotations

import re

from tei.convert.action_dates import read_date
from tei.convert.context import Context
from tei.convert.dates import DateValue
from tei.convert.zones import Segments

# the day after the title's last comma (`, 14 May 1956`, `, May 14, 1956`), closing it
_CLOSING_DAY = re.compile(r",\s++(?P<date>[A-Z][a-z]{2,8}+\.?\s\d{1,2},\s\d{4}"
                          r"|\d{1,2}\s[A-Z][a-z]{2,8}+\.?\s\d{4})\.?$")


def title_day(seg: Segments, archived: tuple[str, DateValue] | None,
              ctx: Context) -> tuple[str, DateValue] | None:
    """The title's closing day where the archive's date line gives its year or month only."""
    title = seg.page_title
    if archived is None or archived[1].day is not None or title is None:
        return archived
    found = _CLOSING_DAY.search(title.text.strip())
    day = read_date(found["date"], ctx) if found else None
    if day is None or day[1].day is None or day[1].year != archived[1].year or (
            archived[1].month is not None and day[1].month != archived[1].month):
        return archived
    return day
