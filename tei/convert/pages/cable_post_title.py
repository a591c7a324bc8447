"""(cables84) A cable reposted as its teletype copy under the post's title: a blog's or a
mirror's title line opens the page (`SECRET: ITALY: FM D'ALEMA ON KOSOVO, AFGHAN NGO
DETAINEE,`: the grade and a colon, then the subject as far as the title's length), the
cable's first heading line under it (`VZCZCXRO7040`, a date-time group, the FM line). Where
the cable's SUBJECT (perhaps wrapped over two lines) begins with the title's text, the line
is the page's title: it goes to the header, the cable's heading stays as it is.
Rows: `cable-post-title`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_UNDER = 3  # lines between the title and the cable's first heading line
_SUBJECT_REACH = 80  # lines in which the cable's SUBJECT stands
_FOLD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    """`text` in capitals with its punctuation and spacing as single spaces (a title's
    curly apostrophe against the cable's straight one)."""
    return _FOLD.sub(" ", text.upper()).strip()


def _title(lines: list[Line], ctx: Context) -> Line | None:
    if len(lines) < 3:
        return None
    first = lines[0].text.strip()
    graded = ctx.res.patterns.match("cable-post-title", first)
    text = graded[1].group("title") if graded and graded[0] == "graded" else first
    if not any(_opening(line, ctx) for line in lines[1:1 + _UNDER]):
        return None
    want = _fold(text)
    if len(want) < 8:
        return None
    for k, line in enumerate(lines[1:_SUBJECT_REACH], start=1):
        found = ctx.res.patterns.match("cable-post-title", line.text.strip())
        if found is None or found[0] != "subject":
            continue
        subject = found[1].group("subject")
        if k + 1 < len(lines):
            subject += " " + lines[k + 1].text
        return lines[0] if _fold(subject).startswith(want) else None
    return None


def _opening(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("cable-post-title", line.text.strip())
    return found is not None and found[0] == "opening"


# the page readers' gate (`gate.py`): what `evidence` cannot do without, the cable's SUBJECT
# line (a cable's opening, `FM ...`, stands in every plain cable: no gate)
NEEDS = (("cable-post-title", ("subject",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a page opening with a title its cable's SUBJECT says again, over the cable's
    first heading line."""
    return 1 if _title(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The title line into the header as the page's title; the cable under it is left."""
    title = _title(lines, ctx)
    if title is None or seg.page_title is not None:
        return lines
    seg.page_title = Line(title.no, " ".join(title.text.split()))
    seg.fields.setdefault("page-text", []).append(title)
    return lines[1:]
