"""Page reader for the identification form (RIF) the JFK Assassination Records Collection
puts over each record, as NARA, the Mary Ferrell Foundation and their copies give it: `JFK
ASSASSINATION SYSTEM IDENTIFICATION FORM`, the agency's labels (`AGENCY :`, `RECORD NUMBER
:`, ...) and the document's (`ORIGINATOR :`, `FROM :`, `TO :`, `TITLE :`, `DATE :`, ...),
each value the text up to the next label. An OCR that read the form by columns runs the
labels together with no values and gives the values after them in the same order: there
only the date is told apart (the first date of the run of values). The form's lines go to
the header as the page's text; its title and date are the page's, its record number a
source identifier, its `FROM` and `TO` the sender and addressee where they name a register
person (`HELMS, RICHARD`; an office, `CHIEF, WH DIVISION`, is none). Rows: `rif`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the form stands at the top of the record (twice, on a page and its transcript)
_CLOSING = frozenset({"COMMENTS", "OPENING CRITERIA", "DATE OF LAST REVIEW", "CURRENT STATUS"})
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b")  # `04/22/64`, `11/26/1963`
# a person as the form indexes one, surname first: `HELMS, RICHARD`, `SLAWSON, W. DAVID`
_INVERTED = re.compile(r"^(?P<surname>[A-Z][A-Z'’-]++),\s"
                       r"(?P<given>[A-Z][A-Z.]*+(?:\s[A-Z][A-Z.]*+){0,2})$")
_PARTIES = (("FROM", "channel-from"), ("TO", "channel-to"))


def _labels(text: str, ctx: Context) -> list[re.Match[str]]:
    """The form's labels in `text`, in order."""
    row = next(row for row in ctx.res.patterns.rows("rif") if row.name == "label")
    return list(row.regex.finditer(text))


def _span(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The first and after-last index of the form's lines: from its name or first label to
    the last line holding one of its closing labels (a document's own `FROM:` or `DATE:`
    further down is not the form's)."""
    top = lines[:_REACH]
    if not any(_is_form(line, ctx) for line in top):
        return None
    labelled = [i for i, line in enumerate(top) if _is_form(line, ctx) or _labels(line.text, ctx)]
    closing = [i for i in labelled
               if any(found["label"] in _CLOSING for found in _labels(top[i].text, ctx))]
    return (labelled[0], closing[-1] + 1) if closing else None


def _is_form(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("rif", line.text)
    return found is not None and found[0] == "form"


def _values(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(label, value) of each label of the form's `text`, the value up to the next label."""
    found = _labels(text, ctx)
    ends = [match.start() for match in found[1:]] + [len(text)]
    return [(" ".join(match["label"].split()), " ".join(text[match.end():end].split()))
            for match, end in zip(found, ends, strict=True)]


def _date(values: list[tuple[str, str]]) -> str:
    """The `DATE` value's date; for a form read by columns (`DATE :` with no value), the
    first date of the run of values after its empty labels."""
    for index, (label, _) in enumerate(values):
        if label == "DATE":
            run = next((value for _, value in values[index:] if value), "")
            found = _NUMERIC_DATE.search(run)
            return found.group() if found else ""
    return ""


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the form's name or record number
NEEDS = (("rif", ("form",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the identification form at the top of the record."""
    return 2 if _span(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The form's lines to the header, its title, date and record number into `seg`; the
    lines around it left."""
    span = _span(lines, ctx)
    if span is None:
        return lines
    start, end = span
    form = lines[start:end]
    values = _values("\n".join(line.text for line in form), ctx)
    given = dict(reversed([(label, value) for label, value in values if value]))
    title, date = given.get("TITLE", ""), _date(values)
    if title and seg.page_title is None:
        seg.page_title = Line(form[0].no, title)
        seg.facts["subject-title"] = "1"  # the record's subject: `TRAVEL OF X TO HAVANA`
    if date and seg.page_date is None:
        seg.page_date = Line(form[0].no, date)
    for label, key in _PARTIES:  # a register person the form names (an office is none)
        inverted = _INVERTED.match(given.get(label, ""))
        name = f"{inverted['given'].title()} {inverted['surname'].title()}" if inverted else ""
        entry = ctx.res.register.lookup(name) if name else None
        if entry is not None and entry.kind == "person" and not seg.facts.get(key):
            seg.facts[key] = name
    record = given.get("RECORD NUMBER", "").split()
    if record:
        seg.references.append(record[0])
    seg.fields.setdefault("page-text", []).extend(form)
    return [*lines[:start], *lines[end:]]
