"""A cable printout's page header inside the text: the post and the cable's number.

A State Department cable printout of the 1970s (PlusD, NARA's AAD) repeats a header at the
top of every page: `PAGE 02 SAIGON 20739 110933Z` (the page, the post, the cable's number,
its date-time group). Where a page shows the text without the cable's own heading (PlusD's
`Show Headers` toggle left closed, a copy that lost its first lines), such a header in the
text is the only place the post and number stand: they become the cable's facts (its
number, the type of the form its rows found, a cable, and the post's seat when nothing
else gives the place). The line stays where it is. Rows: `printout-page`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments


def _page_header(lines: list[Line], ctx: Context) -> re.Match[str] | None:
    """The first printout page header among `lines` that names a post and a number."""
    for line in lines:
        found = ctx.res.patterns.match("printout-page", line.text)
        if found:
            return found[1]
    return None


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# a page header
NEEDS = (("printout-page", ()),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a printout's page header in the text."""
    return 1 if _page_header(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The header's number and post into `seg`; the lines unchanged."""
    found = _page_header(lines, ctx)
    if found is not None:
        seg.facts.setdefault("telegram", found.group("telegram"))
        seg.facts.setdefault("post-line", found.group(0))
    return lines
