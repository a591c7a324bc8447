"""(memcon77) A paper written for a meeting or a visit names the occasion at its head, its
place and day on the line under it (the Foreign and Commonwealth Office's brief: `PRIME
MINISTER'S MEETING WITH PRESIDENT MITTERRAND` / `PARIS, 20 JANUARY 1986` / `BRIEF No. 3`;
`VISIT OF THE GERMAN CHANCELLOR` / `BONN, 4 MAY 1978`): that line is the occasion's, not the
paper's dateline, which its foot gives (`Western European Department` / `16 January 1986`).
A record of the meeting (`Stenographic transcript of the meeting between ...`, `PROTOCOL OF
THE SECOND MEETING OF ...`) is dated by its meeting: its line names the record's form or the
body that met, not a party met with or visited."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.minute_routing import minute_routing
from tei.convert.model import RegistryLine, text_of
from tei.convert.read import Line
from tei.convert.segment import doc_type_in

# a heading line naming a meeting or talks with someone, or a visit (capitals or title case)
_OCCASION = re.compile(r"(?i)\b(?:(?:meetings?|talks|discussions)\s++with|visit\s++(?:to|of))\s")


def _occasion(text: str, ctx: Context) -> bool:
    return _OCCASION.search(text) is not None and doc_type_in(text, ctx) is None


def occasion_dates(lines: list[Line], kinds: list[str | None], ctx: Context) -> set[int]:
    """The numbers of the datelines right under a heading line naming the occasion."""
    return {line.no for i, line in enumerate(lines[1:], start=1)
            if kinds[i] == "dateline" and _occasion(lines[i - 1].text, ctx) and not (
                i > 1 and kinds[i - 2] == "document-type" and _SUBJECT.match(lines[i - 1].text))}


def occasion_dateline(out: list[RegistryLine], ctx: Context) -> None:
    """The dateline right under a heading line naming the occasion becomes a line of it;
    (bloc81) not under a report's subject going on from its form's line (`Report for comrade
    János Kádár` / `on the visit of the Vietnamese party delegation` / `Budapest, 4 May
    1971`): that dateline is the report's."""
    for at, (above, line) in enumerate(pairwise(out)):
        if line.subtype == "dateline" and above.subtype == "other" and _occasion(
                text_of(above.content), ctx) and not (
                at and out[at - 1].subtype == "document-type"
                and _SUBJECT.match(text_of(above.content))):
            line.subtype = "other"
    minute_routing(out)  # (ocr91) a minute's routing names alone at its head


_SUBJECT = re.compile(r"(?i)(?:on|about|concerning|regarding)\s++the\s")
