"""Page reader for an item of the BBC's Summary of World Broadcasts (SWB), as its printed
issues give it and as a news database exports it (monitor61).

Printed: the series' name and part (`BBC SUMMARY OF WORLD BROADCASTS`, `PART 1  THE USSR`),
the item's reference with the issue's date (`SU/6067/A4/1   16 March 1979`: part, issue,
section, item), the section's head, the item's headline, then the source line (`Moscow
home service 1200 gmt 14 Mar 79`: the place and service broadcasting, the time and day,
`gmt` in lower case), then the text under the BBC's mark (`(Text)`, `Excerpts from ...`).
A news database's export (Nexis) gives the same facts as labelled lines over `BODY:`:
`HEADLINE:`, `SOURCE:` and `SECTION:` ending in the item's reference.

The reference is the archive's identifier, the headline the title (a form it names is the
story's, not the item's: fact `page-form`); the lines above the
source line are page text; the source line stays as the item's heading (table `heading`:
the place and the day broadcast, the item's date, not the issue's); the export's labels
are furniture. Rows: `swb-item`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REFERENCE_REACH = 6  # the item's reference stands in the page's head
_SOURCE_REACH = 8  # the source line stands under the section's head and the headline
_EXPORT_REACH = 16  # the export's labels over its `BODY:`
# the `page-form` fact of a monitoring item's headline: a form it names is the story's, not
# the item's (`CHINESE NOTE TO THE SOVIET EMBASSY` heads a broadcast's report of a note)
HEADLINE = "headline"


def _row(line: Line, ctx: Context) -> tuple[str, re.Match[str]] | None:
    return ctx.res.patterns.match("swb-item", line.text)


def _kind(line: Line, ctx: Context) -> str:
    found = _row(line, ctx)
    return found[0] if found else ""


def _printed(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The indexes of the item's reference and of the source line under it, or None."""
    ref = next((i for i, line in enumerate(lines[:_REFERENCE_REACH])
                if _kind(line, ctx) == "reference"), None)
    if ref is None:
        return None
    source = next((k for k in range(ref + 2, min(len(lines), ref + _SOURCE_REACH))
                   if _kind(lines[k], ctx) == "source"), None)
    return None if source is None else (ref, source)


def _exported(lines: list[Line], ctx: Context) -> int | None:
    """The index of the export's `BODY:` under its headline and source labels, or None."""
    kinds = [_kind(line, ctx) for line in lines[:_EXPORT_REACH]]
    if "body" not in kinds or not {"series", "headline", "export-source"} <= set(kinds):
        return None
    return kinds.index("body")


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the item's reference or the export's headline label
NEEDS = (("swb-item", ("reference", "headline")),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for an item's reference over its source line, or an export's labels over `BODY:`."""
    return 2 if _printed(lines, ctx) or _exported(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Series, reference, heads and headline into the header; the source line and text left."""
    found = _printed(lines, ctx)
    if found is None:
        body = _exported(lines, ctx)
        return lines if body is None else _unwrap_export(lines, body, seg, ctx)
    ref, source = found
    reference = _row(lines[ref], ctx)
    if reference:
        seg.add_reference(reference[1])
    seg.page_title = seg.page_title or lines[source - 1]
    seg.facts["page-form"] = HEADLINE  # its form words are the story's (`CHINESE NOTE TO ...`)
    seg.fields.setdefault("page-text", []).extend(lines[:source - 1])
    return lines[source:]


def _unwrap_export(lines: list[Line], body: int, seg: Segments, ctx: Context) -> list[Line]:
    """The export's headline as the title, its section's reference as the identifier, its
    source's value as the item's source line over the text; the other lines page text."""
    heading: list[Line] = []
    page = seg.fields.setdefault("page-text", [])
    for line in lines[:body]:
        found = _row(line, ctx)
        kind = found[0] if found else ""
        if found and kind == "headline":
            seg.page_title = seg.page_title or Line(line.no, found[1].group("value"))
            seg.facts["page-form"] = HEADLINE
        elif found and kind == "export-source":
            heading.append(Line(line.no, found[1].group("value")))
        else:
            page.append(line)
            if found and "ref" in found[1].groupdict():
                seg.add_reference(found[1])
    return [*heading, *lines[body + 1:]]
