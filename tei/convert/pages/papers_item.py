"""(frus81) An item of a statesman's papers edition (The Papers of Dwight David Eisenhower,
The Papers of George Catlett Marshall), as the printed volumes and their e-texts set it: the
volume's line naming the edition's author (`The Papers of Dwight David Eisenhower, Volume
XVI, ...`), the item's number alone (`1392`), `To` and the addressee (`To Winston Spencer
Churchill`), the form with its classification after a stop (`Cable. Top secret`), the date
alone, the text (the salutation run on into it, the complimentary close, no signature),
then the edition's source line (`EM, AWF, International Series: Churchill`) over the
editors' notes. The volume line and the number are the page's text, the `To` line the
item's title, the author the sender (`authorship.edition_author`), the form line the
page's type field, the date the page's date and the source line the item's archival reference.
Rows: table `papers-item`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_NUMBER = re.compile(r"^\d{1,4}$")
_REACH = 3  # the volume line and a blank page line over the number
_SOURCE_REACH = 6  # the source line among the last lines (the close, the notes under it)

NEEDS = (("papers-item", ("form",)),)


def _kind(line: Line, ctx: Context) -> tuple[str, re.Match[str] | None]:
    found = ctx.res.patterns.match("papers-item", line.text)
    return (found[0], found[1]) if found else ("", None)


def _item_start(lines: list[Line], ctx: Context) -> int | None:
    """The index of the item's number over its `To` line and its form line, else None."""
    for i in range(min(_REACH, max(len(lines) - 3, 0))):
        if _NUMBER.match(lines[i].text) and _kind(lines[i + 1], ctx)[0] == "addressee" \
                and _kind(lines[i + 2], ctx)[0] == "form":
            return i
    return None


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for an item's number over its `To` line and its form line."""
    return 2 if _item_start(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Volume line, number, title, form and date into the page; the source line into the
    references; the text between them returned."""
    i = _item_start(lines, ctx)
    if i is None:
        return lines
    page_text = seg.fields.setdefault("page-text", [])
    for line in lines[:i]:
        kind, found = _kind(line, ctx)
        if kind == "volume" and found is not None:
            seg.facts["edition-author"] = found.group("author")
            page_text.append(Line(line.no, found.group("author")))
        page_text.append(line)
    page_text.append(lines[i])
    seg.page_title = seg.page_title or lines[i + 1]
    seg.fields.setdefault("type", []).append(lines[i + 2])  # `Cable. Top secret`
    start = i + 3
    if start < len(lines) and ctx.res.dates.whole(lines[start].text):
        seg.page_date = seg.page_date or lines[start]
        start += 1
    rest = lines[start:]
    for k in range(len(rest) - 1, max(len(rest) - 1 - _SOURCE_REACH, 0), -1):
        if _kind(rest[k], ctx)[0] == "source":
            seg.references.append(rest[k].text.strip())
            return rest[:k] + rest[k + 1:]
    return rest
