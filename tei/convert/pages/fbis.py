"""Page reader for an item of the FBIS Daily Report as the 1980s-90s issues print it (and
reading rooms' text gives it): the issue's number (`FBIS-SOV-90-105`) and date, the
report's name and region heads (`Daily Report`, `Soviet Union`, `INTERNATIONAL AFFAIRS`),
the item's headline, then its source line opened by FBIS's control number
(`LD3005213590 Moscow TASS in English 2105 GMT 30 May 90`: the monitored place, the
service, the original language and the broadcast's time and day), then the text. The
issue's number is the archive's identifier and the headline the page's title; issue line
and heads are page text; the source line stays as the item's heading (table `heading`: the
place, the language and the day it was sent, which is the item's date, not the issue's).
(monitor61) An editorial report (`[Editorial Report] Moscow TASS in English at 1845 GMT on 5
April carries ...`) has no source line: the headline over it is the title, the day it
names with the issue's year the date, its language the original's, and it is FBIS's report.
Rows: `fbis-item`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.swb import HEADLINE
from tei.convert.read import Line
from tei.convert.zones import Segments

_ISSUE_REACH = 5  # the issue's number opens the page (intel82: or stands under the
# service's name, the report's and the region's: `FOREIGN BROADCAST INFORMATION SERVICE` ...)
_SOURCE_REACH = 12  # the source line stands under the heads and the headline


def _row(line: Line, ctx: Context) -> tuple[str, re.Match[str]] | None:
    return ctx.res.patterns.match("fbis-item", line.text)


def _find(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The indexes of the issue line and of the source line (or editorial report) under it."""
    issue = next((i for i, line in enumerate(lines[:_ISSUE_REACH])
                  if (found := _row(line, ctx)) and found[0] == "issue"), None)
    if issue is None:
        return None
    source = next((k for k in range(issue + 2, min(len(lines), issue + _SOURCE_REACH))
                   if (found := _row(lines[k], ctx)) and found[0] in ("source", "editorial")),
                  None)
    return None if source is None else (issue, source)


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the issue's number and the item's source line
NEEDS = (("fbis-item", ("issue",)), ("fbis-item", ("source", "editorial")))


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for an issue's number over an item's source line."""
    return 2 if _find(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Issue line, heads and headline into the header; the source line and text are left."""
    found = _find(lines, ctx)
    if found is None:
        return lines
    issue, source = found
    page = seg.fields.setdefault("page-text", [])
    number = _row(lines[issue], ctx)
    if number:
        seg.add_reference(number[1])
    seg.page_title = seg.page_title or lines[source - 1]
    seg.facts["page-form"] = HEADLINE  # (monitor61) its form words are the story's
    page.extend(lines[:source - 1])
    editorial = _row(lines[source], ctx)
    if number and editorial and editorial[0] == "editorial":
        _editorial(lines[source], editorial[1], number[1].group("ref"), seg)
    return lines[source:]


def _editorial(line: Line, found: re.Match[str], issue: str, seg: Segments) -> None:
    """An editorial report's day with the year of its issue (`FBIS-SOV-83-067`: 1983), the
    language it names, and FBIS's report as its form (the item's type, before its headline's
    words: `... REPLIES TO ... LETTER`)."""
    year = _ISSUE_YEAR.search(issue)
    if year and seg.page_date is None:
        seg.page_date = Line(line.no, f"{found.group('day')} 19{year.group(1)}")
    seg.fields.setdefault("original-language", []).append(Line(line.no, found.group("language")))
    seg.fields.setdefault("type", []).append(Line(line.no, "Editorial Report"))


_ISSUE_YEAR = re.compile(r"^FBIS-[A-Z]{2,4}-(\d{2})-")
