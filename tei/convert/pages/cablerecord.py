"""Cable dumps: the record lines a cable collection's text export puts over each cable.

A dump of the released cables (Cablegate text exports) opens every cable with five record
lines: its reference id (`02ANKARA8150`), its subject, its creation time in the export's
timestamp form (`Wed Nov 13 00:00:00 +0100 2002`), its classification and its originating
office (`Embassy Ankara`). They move to the header: the subject is the title, the timestamp
the page's date, the id a source identifier. A subject in capitals may have been run on into
the timestamp's line. The export also runs the partial-extract notice on into the cable's
first line (`... is not available.UNCLAS ANKARA 008150`): it is split off. Another export
prints the routing header, a labelled record block (`id:`, `date:`, `refid:` ... `header:`)
and the routing header again, closed by a `header ends` rule: the first copy and the block
go to the header with the rule, the second copy stays as the cable's heading. A mirror's
cable page sets its record as a column of labels over a column of their values
(`Identifier` / `Created` / `Classification` / `Origin` / `01STATE157182` / `2001-09-11
22:26:00` / ...), then the subject under `Cable title:`, the tags and a help link: the id is a
source identifier, the time the page's date, the subject the title. (us88) The mirror's
other page gives the values on one line without labels (`07TUNIS797 2007-06-20 16:18:00
CONFIDENTIAL//NOFORN Embassy Tunis`): the same facts, and the originating office's post the
place sent from (fact `cable-origin`, read by `correspondence.py`). Rows: `cable-record`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.zones import Segments

_AFTER_STAMP = 2
_MIN_COLUMN = 3  # `Identifier` / `Created` / `Classification` at the least
_EXPORT_BLOCK = 80  # lines within which an export block's `header ends` rule is looked for


def _stamp(lines: list[Line], ctx: Context) -> tuple[int, re.Match[str]] | None:
    """The index of the timestamp's line (2, or 1 when the subject runs on into it) and its
    match, when the first line is a cable's reference id."""
    match = ctx.res.patterns.match
    first = match("cable-record", lines[0].text) if lines else None
    if not first or first[0] != "id":
        return None
    for index in (2, 1):
        found = match("cable-record", lines[index].text) if index < len(lines) else None
        if found and found[0] == "time" and bool(found[1].group("subject")) == (index == 1):
            return index, found[1]
    return None


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("cable-record", line.text)
    return found[0] if found else ""


def _label_column(lines: list[Line], ctx: Context) -> int:
    """The number of labels in a record's label column when the column of their values,
    a cable's reference id first, follows it; 0 when the page has none."""
    count = 0
    while count < len(lines) and _kind(lines[count], ctx).endswith("column-label"):
        count += 1
    if count < _MIN_COLUMN or len(lines) < 2 * count:
        return 0
    return count if _kind(lines[count], ctx) == "id" else 0


_ROW_AT = 3  # lines (a blog's date, the cable's address) above a label row


def _label_row(lines: list[Line], ctx: Context) -> tuple[int, re.Match[str], list[Line]] | None:
    """(cables87) The index of a one-line row of the record's labels, its match and the
    record's values (one a line under it, the id perhaps run on into the row), the cable's
    reference id first; None when the page has none."""
    for i, line in enumerate(lines[:_ROW_AT + 1]):
        found = ctx.res.patterns.match("cable-record", line.text.strip())
        if not found or found[0] != "label-row":
            continue
        match = found[1]
        count = len(match.group("labels").split()) - 1  # `Reference ID`: one label
        glued = [Line(line.no, match.group("id"))] if match.group("id") else []
        values = [*glued, *lines[i + 1:i + 1 + count - len(glued)]]
        if len(values) == count and _kind(values[0], ctx) == "id":
            return i, match, values
        return None
    return None


_WRAPPED = 4  # lines a PDF print wraps the record's cells over
_ID = re.compile(r"^(?:[6-9]\d|[01]\d)[A-Z][A-Z-]{2,30}\d{1,6}$")
_DAY = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}$")
_CLOCK = re.compile(r"^\d{2}:\d{2}(?::\d{2})?$")
_OFFICE = ("Embassy", "Consulate", "Mission", "Secretary", "REO", "American", "US")


def _wrapped_cells(lines: list[Line], ctx: Context) -> tuple[int, str, str, str] | None:
    """(cables97) The record's values as a PDF print wraps them in their cells under the
    label row (`2010-02-12 2010-12-10 Embassy` / `10RIYADH184 SECRET` / `14:02 21:09
    Riyadh`): the lines they take, the reference id, the creation time and the originating
    office (its words in their order); None unless the lines give an id and a day."""
    used, words = 0, []
    while used < min(len(lines), _WRAPPED) and _kind(lines[used], ctx) == "wrapped-cells":
        words.extend(lines[used].text.split())
        used += 1
    ids = [w for w in words if _ID.match(w)]
    days = [w for w in words if _DAY.match(w)]
    if len(ids) != 1 or not days:
        return None
    clocks = [w for w in words if _CLOCK.match(w)]
    office = [w for w in words if w[:1].isalpha() and w not in ids and not w.isupper()]
    office = office[next((k for k, w in enumerate(office) if w in _OFFICE), len(office)):]
    return used, ids[0], " ".join([days[0], *clocks[:1]]), " ".join(office)


def _unwrap_cells(lines: list[Line], row: tuple[int, list[Line]], seg: Segments,
                  ctx: Context) -> list[Line] | None:
    """(cables97) The label row and the wrapped cells under it (`row`: its index and the
    cells run on into it) into `seg` (the id a source identifier, the creation time the
    page's date, the office's post the place sent from; the form is the cable heading's),
    with the print's short debris lines above; the cable's lines (a longer line above kept:
    a mirror's `Viewing cable ...` title), or None when the cells are not there."""
    at, run_on = row
    cells = _wrapped_cells([*run_on, *lines[at + 1:]], ctx)
    if cells is None:
        return None
    used, ident, created, office = cells
    used -= len(run_on)  # the lines under the row the cells take
    no = lines[at].no
    above = [line for line in lines[:at] if len(line.text.strip()) > _DEBRIS]  # a title line
    seg.fields.setdefault("page-text", []).extend(
        [line for line in lines[:at + 1 + used] if line not in above])
    seg.fields.setdefault("source", []).append(Line(no, ident))
    if seg.page_date is None:
        seg.page_date = Line(no, created)
    post = office.split(maxsplit=1)[1] if " " in office else ""
    if post:
        seg.facts.setdefault("cable-origin", post)
    return [*above, *lines[at + 1 + used:]]


_DEBRIS_AT = 8  # lines of a PDF print's debris above its label row
_DEBRIS = 16  # characters of such a line at most (page numbers, a title's broken letters)


def _cells_row(lines: list[Line], ctx: Context) -> tuple[int, list[Line]] | None:
    """(cables97) The index of a label row with its values wrapped in cells under it (and
    the first line of cells when run on into the row), under at most `_ROW_AT` lines of the
    page's furniture or `_DEBRIS_AT` short lines of a PDF print's debris (a Scribd
    compilation's page numbers, its Arabic title's broken letters)."""
    for i, line in enumerate(lines[:_DEBRIS_AT + 1]):
        found = ctx.res.patterns.match("cable-record", line.text.strip())
        if found and found[0] in ("label-row", "label-row-cells") and not (
                found[0] == "label-row" and found[1].group("id")):
            run_on = [Line(line.no, found[1].group("cells"))] \
                if found[0] == "label-row-cells" else []
            return (i, run_on) if _wrapped_cells([*run_on, *lines[i + 1:]], ctx) else None
        if i >= _ROW_AT and len(line.text.strip()) > _DEBRIS:
            return None
    return None


def _unwrap_row(lines: list[Line], row: tuple[int, re.Match[str], list[Line]], seg: Segments,
                ctx: Context) -> list[Line]:
    """The lines above the row, the row and its values into `seg` (the cable's address a
    url, the id a source identifier, the creation time the page's date); the cable's lines."""
    at, match, values = row
    seg.fields.setdefault("page-text", []).extend([*lines[:at], lines[at], *values[1:]])
    if match.group("url"):
        seg.fields.setdefault("url", []).append(Line(lines[at].no, match.group("url")))
    seg.fields.setdefault("source", []).append(values[0])
    if seg.page_date is None and len(values) > 1:
        seg.page_date = values[1]
    glued = 1 if match.group("id") else 0
    return lines[at + 1 + len(values) - glued:]


def _value_row(lines: list[Line], ctx: Context) -> tuple[int, re.Match[str]] | None:
    """(us88) The index and match of a one-line row of the record's values without labels,
    under at most `_ROW_AT` lines of the page's furniture; None when the page has none."""
    for i, line in enumerate(lines[:_ROW_AT + 1]):
        found = ctx.res.patterns.match("cable-record", line.text.strip())
        if found and found[0] == "value-row":
            return i, found[1]
    return None


def _unwrap_values(lines: list[Line], row: tuple[int, re.Match[str]], seg: Segments,
                   ctx: Context) -> list[Line]:
    """(us88) The lines above the row and the row into `seg` (the id a source identifier,
    the creation time the page's date, the post the place sent from, the form a cable), then
    the subject, tags and help link as the column form has them; the cable's lines."""
    at, match = row
    no = lines[at].no
    seg.fields.setdefault("page-text", []).extend(lines[:at + 1])
    seg.fields.setdefault("source", []).append(Line(no, match.group("id")))
    if seg.page_date is None:
        seg.page_date = Line(no, match.group("created"))
    if match.group("post"):
        seg.facts.setdefault("cable-origin", match.group("post"))
    seg.facts.setdefault("form", "cable")
    return _after_values(lines, at + 1, seg, ctx)


def record_post(seg: Segments, ctx: Context) -> Entry | None:
    """(us88) The register place a mirror's record row names as the cable's post (fact
    `cable-origin`: `Embassy Tunis`), or None."""
    entry = ctx.res.register.lookup(seg.facts.get("cable-origin", ""))
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a cable's reference id over its subject and the export's timestamp, or for a
    record's label column (or row) over its values, or (us88) a row of its values."""
    return 2 if _stamp(lines, ctx) or _label_column(lines, ctx) or _label_row(lines, ctx) \
        or _value_row(lines, ctx) or _cells_row(lines, ctx) is not None else 0


def _unwrap_columns(lines: list[Line], count: int, seg: Segments, ctx: Context) -> list[Line]:
    """The label column's values, the subject under its label, the tags and the help link
    into `seg`; the cable's lines."""
    for label, value in zip(lines[:count], lines[count:2 * count], strict=True):
        kind = _kind(label, ctx)
        if kind == "id-column-label":
            seg.fields.setdefault("source", []).append(value)
        elif kind == "time-column-label" and seg.page_date is None:
            seg.page_date = value
        seg.fields.setdefault("page-text", []).extend(
            [label] if kind == "id-column-label" else [label, value])
    return _after_values(lines, 2 * count, seg, ctx)


def _after_values(lines: list[Line], i: int, seg: Segments, ctx: Context) -> list[Line]:
    """The subject under its label, the tags and the help link from line `i` into `seg` (an
    empty label's subject never the help link under it: us88); the cable's lines."""
    while i < len(lines) and _kind(lines[i], ctx) in ("subject-label", "page-link"):
        found = ctx.res.patterns.match("cable-record", lines[i].text)
        subject = found[1].groupdict().get("subject") if found else None
        seg.fields.setdefault("page-text", []).append(lines[i])
        if found and found[0] == "subject-label" and not subject and i + 1 < len(lines) \
                and _kind(lines[i + 1], ctx) != "page-link":
            i += 1
            subject = lines[i].text
        if subject and seg.page_title is None:
            seg.page_title = Line(lines[i].no, subject.strip())
        i += 1
    return lines[i:]


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The record's facts into `seg`; the cable's lines, with a glued notice split off."""
    if count := _label_column(lines, ctx):
        return _unwrap_columns(lines, count, seg, ctx)
    if row := _label_row(lines, ctx):
        return _unwrap_row(lines, row, seg, ctx)
    if values := _value_row(lines, ctx):
        return _unwrap_values(lines, values, seg, ctx)
    if (row := _cells_row(lines, ctx)) is not None:
        return _unwrap_cells(lines, row, seg, ctx) or lines
    index, time = _stamp(lines, ctx) or (0, None)
    if time is None:
        return lines
    stamp = lines[index]
    subject = time.group("subject")
    seg.fields.setdefault("source", []).append(lines[0])
    seg.page_title = seg.page_title or (Line(stamp.no, subject) if subject else lines[1])
    if seg.page_date is None:
        day, month, year = (time.group(name) for name in ("day", "month", "year"))
        seg.page_date = Line(stamp.no, f"{int(day)} {month} {year}")
    end = index + 1 + _AFTER_STAMP
    seg.fields.setdefault("page-text", []).extend(lines[index + 1:end])
    rest = _export_block(lines[end:], seg, ctx)
    return [part for line in rest for part in _split_notice(line, ctx)]


def _export_block(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The cable's lines without an export's duplicate routing header, labelled record block
    and `header ends` rule (these go to the page text); unchanged when there is none."""
    kinds = [found[0] if (found := ctx.res.patterns.match("cable-record", line.text)) else ""
             for line in lines[:_EXPORT_BLOCK]]
    if "header-end" not in kinds or "header-label" not in kinds[:kinds.index("header-end")]:
        return lines
    label, rule = kinds.index("header-label"), kinds.index("header-end")
    seg.fields.setdefault("page-text", []).extend([*lines[:label + 1], lines[rule]])
    after = [replace(line, blank_before=True, rule_before=True)
             for line in lines[rule + 1:rule + 2]]
    return [*lines[label + 1:rule], *after, *lines[rule + 2:]]


def _split_notice(line: Line, ctx: Context) -> list[Line]:
    """`This record is a partial extract ... not available.UNCLAS ADANA 0388`: the notice
    and the line it was glued to, as two lines."""
    found = ctx.res.patterns.match("cable-record", line.text)
    if not found or found[0] != "glued-notice":
        return [line]
    cut = found[1].start("rest")
    return [Line(line.no, line.text[:cut], line.blank_before, line.rule_before),
            Line(line.no, line.text[cut:], True)]
