"""(bloc68) A printed page's title and what its line ends with. A documents book's title
wrapped before its date: the title's line closed by a comma, the date alone on the next line
(`Telegram from the Romanian Embassy in Beijing to the Ministry of Foreign Affairs,` / `11 March
1964`): the date line stays the page's date and ends the title too, as the book prints it. A
thesis appendix's title closed by a quoted subject with the note's number glued to the
closing quotation mark (`Cable from the Chinese Embassy in Poland ..., "Situation after the
Eighth Plenum of the PUWP"1`): the number is the title's note, when a note so numbered
opens a line below."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.zones import Segments

_QUOTE_NOTE = re.compile(r"(?<=[\"”’'])(?P<marker>\d{1,2})$")


def title_with_date(seg: Segments) -> None:
    """Join the page's date line to a title closed by a comma on the line right above it."""
    title, date = seg.page_title, seg.page_date
    if title is not None and date is not None and date.no == title.no + 1 \
            and title.text.rstrip().endswith(","):
        seg.page_title = Line(title.no, f"{title.text.rstrip()} {date.text.strip()}")


def quoted_title_note(lines: list[Line], seg: Segments) -> None:
    """Take the note's number glued to the title's closing quotation mark off the title, as
    the title's note, when a line below opens with it."""
    title = seg.page_title
    found = _QUOTE_NOTE.search(title.text.rstrip()) if title is not None else None
    if found is None or seg.facts.get("title-note"):
        return
    marker = found.group("marker")
    if any(line.no > title.no and re.match(rf"{marker}\s+\S", line.text) for line in lines):
        seg.page_title = Line(title.no, title.text.rstrip()[:found.start()])
        seg.facts["title-note"] = marker
