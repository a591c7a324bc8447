"""An education page's source under its caption: the page's source label (`Source 6b`), a
sentence introducing the source, then the caption naming the document, its parties and date
and the archive's catalogue reference (`Letter from Embassy of Pakistan to Foreign &
Commonwealth Office, 15 February 1972. Catalogue ref: FCO 37/1025`), the document, and the
page's link back and its questions (`« Return to ...`).

(other38) The UK National Archives' education resources set every source so. The caption
before the reference is the page's title (its last date the page's date, its first word the
document's form when it names one), the reference the archive's; the label, the introduction
and the foot are the page's text. Rows: `catalogue-caption`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 10  # the caption stands under the label and a sentence or two
_FORMS = {"letter", "telegram", "memorandum", "minute", "report", "note", "despatch",
          "dispatch", "cable", "message", "record"}


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("catalogue-caption", line.text)
    return found[0] if found else ""


def _caption(lines: list[Line], ctx: Context) -> int | None:
    """Index of the caption near the page's top."""
    return next((i for i, line in enumerate(lines[:_REACH])
                 if _kind(line, ctx) == "caption"), None)


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the caption with its catalogue reference
NEEDS = (("catalogue-caption", ("caption",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a caption with the archive's catalogue reference near the top."""
    return 1 if _caption(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Caption into the page's title, date, form and reference; label, introduction and foot
    into the page's text; the document's lines returned."""
    k = _caption(lines, ctx)
    if k is None:
        return lines
    found = ctx.res.patterns.match("catalogue-caption", lines[k].text)
    if found is None:
        return lines
    match = found[1]
    title = match.group("title").rstrip(" .,")
    seg.page_title = Line(lines[k].no, title)
    seg.add_reference(match)
    dates = ctx.res.dates.find(title)
    if dates and dates[-1].end == len(title) and dates[-1].day is not None:
        seg.page_date = Line(lines[k].no, title[dates[-1].start:])
    form = title.split()[0].casefold()
    if form in _FORMS:
        seg.facts.setdefault("form", form)
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(lines[:k])
    body = lines[k + 1:]
    foot = next((i for i, line in enumerate(body) if _kind(line, ctx) == "return"), len(body))
    page_text.extend(body[foot:])
    return body[:foot]
