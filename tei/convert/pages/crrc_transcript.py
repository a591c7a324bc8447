"""(wcdu94) The Conflict Records Research Center's transcript as its PDF prints it: the
collection of Iraqi records (Saddam Hussein's meetings) the Wilson Center's Digital Archive
now holds, copied by document sites (cupdf, docslib) from the CRRC's own PDF. Its head is
the curly-quoted title (on one line or wrapped), `Document Date: 15 Jan 1991` (or
`Undated`) and `CRRC Record Number: SH-SHTP-A-001-042`; the number again as a page head, a
page number, and (docslib) the transcript's key to its speakers follow, then the turns.

The title is the page's title, the date its date, the record number the archive's reference;
the site's lines above the title and the page heads under the number are the page's text.
docslib's flat text runs the head and the transcript on one line: the line is cut after the
head (and the repeated number and key), the rest being the document. Rows:
`crrc-transcript`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_REACH = 40  # a site's head over the PDF's text (cupdf: title, uploader, boilerplate, pages)
_TITLE_LINES = 6  # a wrapped title's lines over the date
_OPENS = ("“", '"')
# a page head under the record number: the number again, a page number, a site's page marker
# the time stamp the translator sets before the first turn (`[Time Stamp 00:00:09]`)
_TIME_STAMP = re.compile(r"^\[Time\sStamp:?\s[^\]]{1,40}\]\s*")
_PAGE_HEAD = re.compile(r"^(?:SH-[A-Z]+-[A-Z]-\d{3}-\d{3}|\d{1,3}|Page\s\d{1,3}:\s.*)$")

_EXPORT_FIELDS = frozenset({"citation", "summary", "original-language"})
_EXPORT_LABELS = ("Citation:", "Original Language:")  # the export flattened onto the line

# the page readers' gate (`gate.py`): the record number, on its line or in a flattened head
NEEDS = (("crrc-transcript", ("record", "flat")),)


def _kind(line: Line, ctx: Context) -> tuple[str, re.Match[str]] | None:
    return ctx.res.patterns.match("crrc-transcript", line.text)


def _head(lines: list[Line], ctx: Context) -> int | None:
    """Index of the record number's line (or of the flattened head) near the top."""
    found = [(i, k[0]) for i, line in enumerate(lines[:_REACH])
             if (k := _kind(line, ctx)) and k[0] in ("record", "flat")]
    own = next((i for i, kind in found if kind == "record"), None)
    k = own if own is not None else next((i for i, _ in found), None)
    # (wcdf86) the Digital Archive's PDF export over the transcript: its fields
    # (`Citation:`, `Original Language:`) give the head, and are the generic reader's
    if k is None:
        return None
    flat = ctx.res.patterns.match("crrc-transcript", lines[k].text)
    before = lines[k].text[:flat[1].start()] if flat and flat[0] == "flat" else ""
    exported = any(label in before for label in _EXPORT_LABELS) or any(
        (field := label_of(line.text, ctx)) and field[1] in _EXPORT_FIELDS for line in lines[:k])
    return None if exported else k


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the CRRC transcript's head near the top of the text."""
    return 2 if _head(lines, ctx) is not None else 0


def _set_date(text: str, no: int, seg: Segments) -> None:
    text = text.strip()
    if text and not text.casefold().startswith("undated"):
        seg.page_date = Line(no, text)


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The head into `seg` (title, date, reference; the site's lines and the page heads as
    the page's text); the transcript's lines returned."""
    k = _head(lines, ctx)
    found = _kind(lines[k], ctx) if k is not None else None
    if k is None or found is None:
        return lines
    page_text = seg.fields.setdefault("page-text", [])
    line, (kind, match) = lines[k], found
    seg.references.append(match.group("ref"))
    seg.facts.setdefault("form", "transcript")  # a meeting's or a call's, turn by turn
    if kind == "flat":
        seg.page_title = Line(line.no, " ".join(match.group("title").split()))
        _set_date(match.group("date"), line.no, seg)
        page_text.extend(lines[:k])
        if match.start() > 0:
            page_text.append(Line(line.no, line.text[:match.start()].strip()))
        rest = line.text[match.end():].strip()
        legend = ctx.res.patterns.match("crrc-transcript", rest)
        if legend and legend[0] == "legend":
            rest = rest[legend[1].end():].strip()
        stamp = _TIME_STAMP.match(rest)  # `[Time Stamp 00:00:09] UM: ...`: its own line
        head = [Line(line.no, stamp.group().strip())] if stamp else []
        rest = rest[stamp.end():] if stamp else rest
        return [*head, Line(line.no, rest), *lines[k + 1:]] if rest else head + lines[k + 1:]
    top = k
    dated = k > 0 and _kind(lines[k - 1], ctx)
    if dated and dated[0] == "date":
        top = k - 1
        _set_date(dated[1].group("date"), lines[top].no, seg)
    start = next((j for j in range(top - 1, max(top - 1 - _TITLE_LINES, -1), -1)
                  if lines[j].text.startswith(_OPENS)), None)
    if start is not None:
        title = " ".join(line.text for line in lines[start:top]).strip(" “”\"")
        seg.page_title = Line(lines[start].no, " ".join(title.split()))
    page_text.extend(lines[:start if start is not None else top])
    end = k + 1
    while end < len(lines) and _PAGE_HEAD.match(lines[end].text):
        page_text.append(lines[end])
        end += 1
    return lines[end:]
