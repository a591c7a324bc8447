"""Page reader for the Documents on Canadian External Relations (DCER) as Global Affairs
Canada publishes them (international.gc.ca): the volume's chapter, part and section
headings over the document (`Chapter V - Western Europe`, `Part 2`, `Section A - ...`),
then the document's number in the volume with the department's file (`618. DEA/12447-40`),
then the editors' heading naming the form and the parties (`Memorandum from Secretary to
Cabinet to Prime Minister`). The headings above stay in the header as the page's text, the
file is the shelfmark and the editors' heading the title; the classification and dateline
under it (`CONFIDENTIAL [Ottawa], June 15, 1961`) are the document's. Rows: `dcer`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 8  # the number line stands within the page's first lines
_HEADING_WORDS = 24  # a volume heading above it is short and no sentence


def _number_line(lines: list[Line], ctx: Context) -> int | None:
    """Index of the `618. DEA/12447-40` line with the editors' heading under it."""
    for i, line in enumerate(lines[:_REACH]):
        found = ctx.res.patterns.match("dcer", line.text)
        if found and found[0] == "number" and i + 1 < len(lines):
            heading = ctx.res.patterns.match("dcer", lines[i + 1].text)
            above = lines[:i]
            if heading and heading[0] == "heading" and all(_volume_heading(h) for h in above):
                return i
    return None


def _volume_heading(line: Line) -> bool:
    return len(line.text.split()) <= _HEADING_WORDS and not PROSE_END.search(line.text)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the document's number and file over an editors' heading near the top."""
    return 2 if _number_line(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Volume headings, file and editors' heading to the header; the document's lines left."""
    i = _number_line(lines, ctx)
    if i is None:
        return lines
    number = ctx.res.patterns.match("dcer", lines[i].text)[1]
    seg.fields.setdefault("page-text", []).extend(
        [*lines[:i], Line(lines[i].no, number.group("number"))])
    seg.add_reference(number)
    heading = ctx.res.patterns.match("dcer", lines[i + 1].text)[1]
    seg.page_title = Line(lines[i + 1].no, heading.group("title").strip())
    return lines[i + 2:]
