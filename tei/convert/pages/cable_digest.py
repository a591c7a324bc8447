"""(cables87) A newspaper's page of a released cable (Al-Akhbar's Cablegate pages, as a mirror
keeps them): perhaps the paper's issue line (in Arabic), the cable's record on one line with
each label glued to its value (`08BEIRUT1417 Date29/09/2008 02:28 OriginEmbassy Beirut
ClassificationSECRET//NOFORN Header`), the label `Excerpt from document summary` over the
page's excerpt of the cable's summary, then `Full Document` over the whole cable, whose text
after the routing heading stands under the label `Content`. The record's id is a source
identifier and its day the page's date; the issue line and the labels are page text, the
excerpt is the page's summary, and the cable from its routing heading on is the document.
Rows: `cable-digest`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_RECORD_AT = 3  # lines (the issue line and blank space above) within which the record stands
_FULL_REACH = 40  # lines after the record within which `Full Document` stands
_CONTENT_REACH = 40  # lines of the routing heading above `Content`

# the page readers' gate (`gate.py`): the record line
NEEDS = (("cable-digest", ("record",)),)


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("cable-digest", line.text.strip())
    return found[0] if found else ""


def _record(lines: list[Line], ctx: Context) -> int | None:
    """The index of the record line when it stands among the first lines and `Full Document`
    follows it; None otherwise."""
    for i, line in enumerate(lines[:_RECORD_AT]):
        if _kind(line, ctx) == "record":
            ahead = lines[i + 1:i + 1 + _FULL_REACH]
            return i if any(_kind(later, ctx) == "full" for later in ahead) else None
    return None


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a cable's record with its labels glued to their values over `Full Document`."""
    return 2 if _record(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The issue line, the record, the excerpt and the labels into `seg`; the cable's lines."""
    at = _record(lines, ctx)
    if at is None:
        return lines
    record = lines[at]
    found = ctx.res.patterns.match("cable-digest", record.text.strip())
    page = seg.fields.setdefault("page-text", [])
    page.extend([*lines[:at], record])
    if found is not None:
        match = found[1]
        seg.fields.setdefault("source", []).append(Line(record.no, match.group("id")))
        if seg.page_date is None:  # the record's day/month/year, as an ISO date to read
            seg.page_date = Line(record.no, f"{match.group('year')}-"
                                            f"{int(match.group('month')):02d}-{int(match.group('day')):02d}")
    full = next(i for i in range(at + 1, len(lines)) if _kind(lines[i], ctx) == "full")
    excerpt = lines[at + 1:full]
    if excerpt and _kind(excerpt[0], ctx) == "excerpt":
        page.append(excerpt[0])
        excerpt = excerpt[1:]
    if excerpt:
        seg.fields.setdefault("summary", []).extend(excerpt)
    page.append(lines[full])
    rest = lines[full + 1:]
    for i, line in enumerate(rest[:_CONTENT_REACH]):
        if _kind(line, ctx) == "content":
            page.append(line)
            return [*rest[:i], *rest[i + 1:]]
    return rest
