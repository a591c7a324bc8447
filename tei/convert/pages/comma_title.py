"""(bloc68) A printed documents book's title wrapped before its date: the title's line closed
by a comma, the date alone on the next line (`Telegram from the Romanian Embassy in Beijing to
the Ministry of Foreign Affairs,` / `11 March 1964`). The date line stays the page's date and
ends the title too, as the book prints it."""

from __future__ import annotations

from tei.convert.read import Line
from tei.convert.zones import Segments


def title_with_date(seg: Segments) -> None:
    """Join the page's date line to a title closed by a comma on the line right above it."""
    title, date = seg.page_title, seg.page_date
    if title is not None and date is not None and date.no == title.no + 1 \
            and title.text.rstrip().endswith(","):
        seg.page_title = Line(title.no, f"{title.text.rstrip()} {date.text.strip()}")
