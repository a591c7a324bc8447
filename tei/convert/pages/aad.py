"""Page reader for a record of NARA's Access to Archival Databases (AAD), the State
Department's electronic telegrams: labelled fields (`Draft Date:`, `Document Number:`,
`Film Number:`, `From:`, `To:`, `TAGS:`, `Subject:`, `Concepts:` ...) over `Message Text:`.
Where the message text keeps the cable's own heading (`FM AMEMBASSY LISBON`, `TO SECSTATE
WASHDC`) the fields are the record's and go to the header. Where it does not (a record
whose text starts at the cable's first paragraph), the record's `From`, `To`, `TAGS` and
`Subject` fields are the only heading the cable has: they are moved under `Message Text:`
to head the document as its heading lines (the sender office and its post, the addressee,
the type of form: a cable). A record whose text is one line (`Text not available in
electronic form.`) is left alone; the database's notice of a segment it could not expand is
the record's, not the text's. Rows: `aad-record`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind
from tei.convert.zones import Segments

_REACH = 100  # the record's fields stand at the top of the page (a full record lists about 80)
_OWN_HEADING = 25  # lines under `Message Text:` in which the cable's own heading stands
_VALUE_GAP = re.compile(r"^(?P<label>[^:\t]{1,20}):?[ \t]++")


# (cables66) the `Message Text` label with the text's first line beside it, as the record's
# table cell sets it (`Message Text: CONFIDENTIAL`)
_TEXT_BESIDE = re.compile(r"^(?P<label>Message\s++Text):?[ \t]++(?P<first>\S.*+)$")


def _text_apart(lines: list[Line]) -> list[Line]:
    """The lines with the `Message Text` label alone over the text's first line."""
    out = []
    for line in lines[:_REACH]:
        beside = _TEXT_BESIDE.match(line.text)
        out.extend([Line(line.no, f"{beside['label']}:", line.blank_before),
                    Line(line.no, beside["first"])] if beside else [line])
    return [*out, *lines[_REACH:]]


def _kinds(lines: list[Line], ctx: Context) -> list[str]:
    found = [ctx.res.patterns.match("aad-record", line.text) for line in lines[:_REACH]]
    return [row[0] if row else "" for row in found]


def _span(lines: list[Line], ctx: Context) -> tuple[int, list[int]] | None:
    """The index of the `Message Text` label and those of the heading fields above it (a
    label alone on its line is followed by its value's), for a record whose text has no
    heading of its own."""
    kinds = _kinds(lines, ctx)
    if "record" not in kinds or "text" not in kinds:
        return None
    start = kinds.index("text")
    fields = [k for i in range(start) if kinds[i] in ("heading", "label")
              for k in ((i, i + 1) if kinds[i] == "label" and i + 1 < start else (i,))]
    text = [line for line in lines[start + 1:start + 1 + _OWN_HEADING] if line.text.strip()]
    if len(fields) < 2 or len(text) < 2 or any(
            heading_kind(bare(line.text), ctx) in ("sender", "addressee") for line in text):
        return None
    return start, fields


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the record's `Draft Date` and `Message Text` lines
NEEDS = (("aad-record", ("record",)), ("aad-record", ("text",)))


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for an AAD record whose message text lacks the cable's heading, 1 for one whose
    text keeps it (the record's `Subject` is still its title)."""
    lines = _text_apart(lines)
    if _span(lines, ctx):
        return 2
    kinds = _kinds(lines, ctx)
    return 1 if "record" in kinds and "text" in kinds else 0


def _subject(lines: list[Line], ctx: Context) -> Line | None:
    """The record's `Subject` field over its `Message Text` label, as the record's title
    (AAD lists and shows a telegram by it; cables55): the value on the label's line or on
    the line under the label alone."""
    kinds = _kinds(lines, ctx)
    for i in range(kinds.index("text")):
        label = _VALUE_GAP.match(lines[i].text)
        if kinds[i] == "heading" and label and label.group("label") == "Subject":
            return Line(lines[i].no, lines[i].text[label.end():].strip())
        if kinds[i] == "label" and lines[i].text.startswith("Subject") and i + 1 < len(lines):
            return Line(lines[i + 1].no, lines[i + 1].text.strip())
    return None


_TAIL_FIELDS = 3  # the fewest fields of a record's tail
_VALUE_CHARS = 120  # a field's value on the line under its label


def _without_tail(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(lead35) The lines without the record's other fields where they close the page under
    its message text (row `tail`: a label, its value on the same line after a tab or on the
    line under it, which the reader splits off), which go to the header as page text."""
    text = _kinds(lines, ctx).index("text")
    start, labels = len(lines), 0
    while start - 1 > text:
        if _tail_label(lines[start - 1], ctx):
            start, labels = start - 1, labels + 1
        elif start - 2 > text and _tail_label(lines[start - 2], ctx) \
                and len(lines[start - 1].text) <= _VALUE_CHARS:
            start, labels = start - 2, labels + 1
        else:
            break
    if labels < _TAIL_FIELDS:
        return lines
    seg.fields.setdefault("page-text", []).extend(lines[start:])
    return lines[:start]


def _tail_label(line: Line, ctx: Context) -> bool:
    """A field of the record's tail; (cables69) the heading's fields too (`Subject`, `TAGS`,
    `To`), which a full record lists there in the alphabetical order of all its fields."""
    found = ctx.res.patterns.match("aad-record", line.text)
    return found is not None and found[0] in ("tail", "heading", "label")


_TAIL_SUBJECT = re.compile(r"^Subject(?::\s*+|\t)(?P<subject>\S.*+)$")


def _tail_subject(seg: Segments) -> Line | None:
    """(cables69) The `Subject` field among the record's fields under its text, as the
    record's title when no field above the text gave one."""
    for line in seg.fields.get("page-text", []):
        found = _TAIL_SUBJECT.match(line.text) if isinstance(line, Line) else None
        if found:
            return Line(line.no, found["subject"].strip())
    return None


_ALONE = re.compile(r"^[A-Za-z][A-Za-z ]{1,40}+:?$")
_ALONE_FIELDS = 5  # the fewest labels alone that tell a copy setting each over its value


def _alone(line: Line, ctx: Context) -> bool:
    found = _ALONE.match(line.text) and ctx.res.patterns.match("aad-record", line.text)
    return bool(found) and found[0] in ("record", "label", "tail")


def _joined(lines: list[Line], ctx: Context) -> list[Line]:
    """(cables64) The record's fields above `Message Text` where a copy sets each label
    alone on its line over its value (`Film Number` / `D740283-0892`; a label over the next
    label is an empty field): each label and its value on one line (`Film Number:
    D740283-0892`), as the other copies give them."""
    end = _kinds(lines, ctx).index("text")
    if sum(_alone(line, ctx) for line in lines[:end]) < _ALONE_FIELDS:
        return lines
    out, i = [], 0
    while i < end:
        line = lines[i]
        if _alone(line, ctx) and i + 1 < end and not _alone(lines[i + 1], ctx):
            out.append(Line(line.no, f"{line.text.rstrip(':')}: {lines[i + 1].text.strip()}",
                            line.blank_before))
            i += 2
        else:
            out.append(line)
            i += 1
    return [*out, *lines[end:]]


def _without_notices(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(cables69) The lines without the database's notices inside the message text where
    a segment of it failed to expand (row `segment`: `MRN: ... SEGMENT NUMBER: 000002` /
    `EXPAND ERROR ENCOUNTERED;` / `TELEGRAM TEXT FOR THIS SEGMENT IS UNAVAILABLE`), which go
    to the header as the record's text; the cable's line under a notice opens a new block."""
    start = _kinds(lines, ctx).index("text")
    out, dropped = list(lines[:start + 1]), False
    for line in lines[start + 1:]:
        found = ctx.res.patterns.match("aad-record", line.text)
        if found and found[0] == "segment":
            seg.fields.setdefault("page-text", []).append(line)
            dropped = True
            continue
        out.append(Line(line.no, line.text, True) if dropped else line)
        dropped = False
    return out


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The record's `Subject` as the page's title (a subject, whose `TO` names no
    addressee); the lines with the record's heading
    fields moved under its `Message Text` label when its text has no heading of its own;
    the record's other fields under its text taken off."""
    lines = _without_notices(_without_tail(_joined(_text_apart(lines), ctx), seg, ctx),
                             seg, ctx)
    if seg.page_title is None:
        seg.page_title = _subject(lines, ctx) or _tail_subject(seg)
        if seg.page_title is not None:  # (cables57) a subject names no parties
            seg.facts["subject-title"] = "1"  # (`BERLIN AIR ACCESS: DEMARCHE TO SOVIETS`)
    span = _span(lines, ctx)
    if span is None:
        return lines
    start, fields = span
    kinds, moved, k = _kinds(lines, ctx), [], 0
    while k < len(fields):
        line = lines[fields[k]]
        alone = kinds[fields[k]] == "label" and fields[k + 1:k + 2] == [fields[k] + 1]
        text = f"{line.text.rstrip(':')}: {lines[fields[k + 1]].text}" if alone else line.text
        moved.append(Line(line.no, _VALUE_GAP.sub(r"\g<label>: ", text, count=1)))
        k += 2 if alone else 1
    kept = [line for i, line in enumerate(lines[:start + 1]) if i not in fields]
    return [*kept, *moved, *lines[start + 1:]]
