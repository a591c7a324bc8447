"""Page reader for the FBI's Electronic Communication (EC) form, as a release's text gives
it: the form's revision and name (`(Rev. 01-31-2003)`, `FEDERAL BUREAU OF INVESTIGATION`),
then its labelled lines (`Precedence:` with `Date:` beside it, `To:` with `Attn:`, `From:`
with the squad and contact under it, `Approved By:`, `Drafted By:`, `Case ID #:`, `Title:`
over its continuation lines, `Synopsis:`, `Details:`), the text, and the leads (`LEAD(s):`,
`Set Lead 1:` ...) closed by the form's end mark (`♦♦`). The form's record lines go to the
header: the date (month first, as the Bureau writes it: the shared date reader's slashed
shape, kept as written) as the page's date, the title as the page's title, the case number
as the archive's identifier, the leads and end mark as page text; `To:` and `From:` stay
as the document's heading (the offices), and the text starts at `Details:` (kept with its
label). Rows: `fbi-ec`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 40
_TYPE = "Electronic Communication"  # the form's name in the Bureau's manuals
_FORM_REACH = 6  # the form's name stands at the top
_MIN_LABELS = 3
_LABEL = re.compile(r"^[A-Z][\w ()#]{0,30}:")  # a form's label (`Case ID #:`, `LEAD(s):`)


def _rows(line: Line, ctx: Context) -> tuple[str, re.Match[str]] | None:
    return ctx.res.patterns.match("fbi-ec", line.text)


def _form(lines: list[Line], ctx: Context) -> int | None:
    """The index of the form's name line, when enough of its labels follow."""
    form = next((i for i, line in enumerate(lines[:_FORM_REACH])
                 if (found := _rows(line, ctx)) and found[0] == "form"), None)
    if form is None:
        return None
    labels = {found[0] for line in lines[form + 1:form + _REACH]
              if (found := _rows(line, ctx)) and found[0] not in ("form", "revision")}
    return form if len(labels) >= _MIN_LABELS else None


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the form's name
NEEDS = (("fbi-ec", ("form",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """3 for the EC's form name over its labels."""
    return 3 if _form(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The form's record lines into the header; its offices and text are left."""
    form = _form(lines, ctx)
    if form is None:
        return lines
    page = seg.fields.setdefault("page-text", [])
    page.extend(lines[:form + 1])
    seg.fields.setdefault("type", []).append(Line(lines[form].no, _TYPE))
    kept: list[Line] = []
    i = form + 1
    while i < len(lines):
        found = _rows(lines[i], ctx)
        kind = found[0] if found else ""
        if kind == "details":
            return [*kept, lines[i], *_leads(lines[i + 1:], page, ctx)]
        i = _field(lines, i, kind, found, seg, kept, ctx)
    return kept


def _known(office: str, ctx: Context) -> bool:
    """Is an office the register knows (a field office's city, a body): a heading line;
    else (`Counterterrorism`, a division the register lacks) page text, not a person."""
    return ctx.res.register.lookup(office.strip()) is not None


def _field(lines: list[Line], i: int, kind: str, found: tuple[str, re.Match[str]] | None,
           seg: Segments, kept: list[Line], ctx: Context) -> int:
    """One field of the form's head; returns the index after its lines."""
    line, page = lines[i], seg.fields["page-text"]
    end = i + 1
    while end < len(lines) and not _LABEL.match(lines[end].text):
        end += 1  # continuation lines (a title's second line, the squad under `From:`)
    match = found[1] if found else None
    if kind == "precedence" and match and match.group("date"):
        _date(match.group("date"), line, seg, ctx)
    elif kind in ("to", "from") and match and _known(match.group("office"), ctx):
        kept.append(Line(line.no, f"{kind.capitalize()}: {match.group('office')}"))
        page.extend(lines[i + 1:end])
        if match.group("attn"):
            page.append(line)
        return end
    elif kind == "title" and match:
        text = " ".join([match.group("title"), *(part.text.strip() for part in lines[i + 1:end])])
        seg.page_title = seg.page_title or Line(line.no, text)
        seg.facts["subject-title"] = "case caption"  # its `TO` names no addressee
    elif kind == "case" and match:
        seg.fields.setdefault("source", []).append(Line(line.no, match.group("case")))
    elif kind == "synopsis":
        kept.extend(lines[i:end])
        return end
    page.extend(lines[i:end])
    return end


def _date(text: str, line: Line, seg: Segments, ctx: Context) -> None:
    """The form's date (`03/11/2004`), a whole date with a four-digit year as the shared
    date reader reads it (a slashed date month first, as the Bureau writes it, unless the
    document shows the day-first order: `dotted_order`), as the page's date."""
    value = ctx.res.dates.whole(text.strip())
    if value and value.year and value.day and not value.short_year and seg.page_date is None:
        seg.page_date = Line(line.no, text.strip())


def _leads(lines: list[Line], page: list[Line], ctx: Context) -> list[Line]:
    """The text without the leads block and the end mark (page text)."""
    for k, line in enumerate(lines):
        found = _rows(line, ctx)
        if found and found[0] in ("leads", "end"):
            page.extend(lines[k:])
            return lines[:k]
    return lines
