"""British printed correspondence (a Command paper or Blue Book as the Internet Archive's full
text gives it, a page of Papers Past's Appendix to the Journals) whose document opens on a
line setting the salutation and the dateline together (`Sir, London, November 20, 1914.`,
`No. 16. New Zealand, No. 87. My Lord, — Downing Street, 25th April, 1923. ...`: row
`salutation-dateline` of `run-on-heading`). What stands above that line on the page is the
paper's front matter (its imprint: `Presented to both Houses of Parliament by Command of His
Majesty`, the Stationery Office's sellers) or the end of the previous document (its
abbreviated close `I have, &c.`): it goes to the page text, so the letter opens there."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the lines at the top where the opening line is looked for
_ABOVE = re.compile(
    r"\bPresented,?\s++to\s++both\s++Houses\s++of\s++Parliament\b"
    r"|\bStationery\s++Office\b"
    r"|\bI\s++have,\s*+(?:&c|Ac|etc|fee)\b", re.IGNORECASE)


def cut_above_printed_opening(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`lines` from the first salutation-and-dateline line, when the lines above it hold a
    printed paper's imprint or the previous document's close; else `lines`."""
    for i, line in enumerate(lines[:_REACH]):
        found = ctx.res.patterns.match("run-on-heading", line.text)
        if found is None or found[0] != "salutation-dateline":
            continue
        if i and any(_ABOVE.search(above.text) for above in lines[:i]):
            seg.fields.setdefault("page-text", []).extend(lines[:i])
            return lines[i:]
        return lines
    return lines
