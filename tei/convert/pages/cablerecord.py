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
go to the header with the rule, the second copy stays as the cable's heading. Rows:
`cable-record`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_AFTER_STAMP = 2
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


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a cable's reference id over its subject and the export's timestamp."""
    return 2 if _stamp(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The record's facts into `seg`; the cable's lines, with a glued notice split off."""
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
