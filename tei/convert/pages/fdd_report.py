"""(intel79) Page reader for the CIA's report of information from foreign documents or radio
broadcasts (the Foreign Documents Division's form of 1949-1955, as CREST's text gives it):
the form prints its labels over two lines (`HOW` / `PUBLISHED`, `DATE OF` / `INFORMATION`)
and OCR sets each value on a line of its own (`Daily newspaper`, `2 May 1952`). Each label
is joined again and given its value (`HOW PUBLISHED: Daily newspaper`, `DATE DIST. 2 May
1952`), so that the heading's rows read the form's fields. Rows: `fdd-report`.
"""

from __future__ import annotations

from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_FORM_REACH = 12  # the form's name heads the page
_FIELDS_REACH = 48  # its fields stand in the lines after it

# the page readers' gate (`gate.py`): the form's name
NEEDS = (("fdd-report", ("form",)),)


def _row(text: str, ctx: Context) -> str:
    found = ctx.res.patterns.match("fdd-report", text)
    return found[0] if found else ""


def _form(lines: list[Line], ctx: Context) -> int | None:
    return next((i for i, line in enumerate(lines[:_FORM_REACH])
                 if _row(line.text, ctx) == "form"), None)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for the form's name at the page's head."""
    return 1 if _form(lines, ctx) is not None else 0


def _label(lines: list[Line], i: int, ctx: Context) -> tuple[str, int]:
    """The label starting at `i` (two lines joined, or one) and the lines it takes; ('', 0)."""
    if i + 1 < len(lines) and _row(f"{lines[i].text} {lines[i + 1].text}", ctx) == "label":
        return f"{lines[i].text} {lines[i + 1].text}", 2
    if _row(lines[i].text, ctx) == "single":
        return lines[i].text, 1
    return "", 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The form's labels joined with the values under them; the other lines as they are."""
    start = _form(lines, ctx)
    if start is None:
        return lines
    out, i, end = lines[:start + 1], start + 1, min(len(lines), start + 1 + _FIELDS_REACH)
    while i < end:
        label, taken = _label(lines, i, ctx)
        if not taken:
            out.append(lines[i])
            i += 1
            continue
        at = i + taken
        value = lines[at].text if at < end and not _label(lines, at, ctx)[1] \
            and not ctx.res.patterns.match("heading", lines[at].text) else ""
        joint = "" if not value else " " if label.startswith("DATE DIST") else ": "
        out.append(replace(lines[i], text=f"{label}{joint}{value}"))
        i = at + (1 if value else 0)
    return out + lines[end:]
