"""An education page's source under its caption: the page's source label (`Source 6b`), a
sentence introducing the source, then the caption naming the document, its parties and date
and the archive's catalogue reference (`Letter from Embassy of Pakistan to Foreign &
Commonwealth Office, 15 February 1972. Catalogue ref: FCO 37/1025`), the document, and the
page's link back and its questions (`« Return to ...`).

(other38) The UK National Archives' education resources set every source so. The caption
before the reference is the page's title (its last date the page's date, its first word the
document's form when it names one), the reference the archive's; the label, the introduction
and the foot are the page's text. (commonwealth43) The older resources set the reference in
brackets on its own line under the caption (`Secret telegram from the Viceroy of India to
the British government ...` / `(Catalogue ref: PREM 4/49/3)`) and close with `Top of page |
Close`; a classification before the form (`Secret telegram`) does not hide it. Rows:
`catalogue-caption`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 10  # the caption stands under the label and a sentence or two
_FORMS = {"letter", "telegram", "memorandum", "minute", "report", "note", "despatch",
          "dispatch", "cable", "message", "record"}
# a caption's closing year (`... in 1943`): the document's year when it gives no day
_CLOSING_YEAR = re.compile(r"\sin\s((?:1[89]|20)\d\d)$")
# a caption's words before its form: the document's classification (`Secret telegram`)
_BEFORE_FORM = {"secret", "top", "most", "confidential", "personal", "private", "urgent"}


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("catalogue-caption", line.text)
    return found[0] if found else ""


def _caption(lines: list[Line], ctx: Context) -> int | None:
    """Index of the caption (or of the reference under it) near the page's top."""
    return next((i for i, line in enumerate(lines[:_REACH])
                 if _kind(line, ctx) == "caption"
                 or (i and _kind(line, ctx) == "reference" and not _kind(lines[i - 1], ctx))),
                None)


def _form(title: str) -> str:
    """The document's form the caption names first (`Secret telegram from ...`), else ''."""
    for word in title.split():
        word = word.casefold()
        if word not in _BEFORE_FORM:
            return word if word in _FORMS else ""
    return ""


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the caption with its catalogue reference, or the reference under its caption
NEEDS = (("catalogue-caption", ("caption", "reference")),)


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
    kind, match = found[0], found[1]
    seg.add_reference(match)
    head = k - 1 if kind == "reference" else k
    title = (lines[head].text if kind == "reference" else match.group("title")).rstrip(" .,")
    seg.page_title = Line(lines[head].no, title)
    dates = ctx.res.dates.find(title)
    year = _CLOSING_YEAR.search(title)
    if dates and dates[-1].end == len(title) and dates[-1].day is not None:
        seg.page_date = Line(lines[head].no, title[dates[-1].start:])
    elif year:  # `... commenting on Gandhi in 1943`: the caption dates it to the year
        seg.page_date = Line(lines[head].no, year.group(1))
    form = _form(title)
    if form:
        seg.facts.setdefault("form", form)
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(lines[:head])
    body = lines[k + 1:]
    foot = next((i for i, line in enumerate(body) if _kind(line, ctx) == "return"), len(body))
    page_text.extend(body[foot:])
    return body[:foot]
