"""Page reader for a cable page of WikiLeaks' Public Library of US Diplomacy (PlusD) copied
as text: the page's heading (`Cable: 1975ATHENS04471_b`), then its metadata table (`Date:`,
`Canonical ID:`, `Original Classification:`, `Handling Restrictions`, `Character Count:`,
`Executive Order:`, `Locator:`, `TAGS:`, `Concepts:`, `Enclosure:`, `Type:`,
`Office Origin:`, `Archive Status:`, `From:`, `Markings:`, `To:`), two fields a row (tab
apart) or each label alone over its value, and the box label over the cable (`Raw content`,
`Content`, `Show Headers`). The table is the collection's record, not the cable: its lines go
to the header (the canonical id as a source identifier, the record's date as the page's
date), and the cable's own heading gives its number, post and parties. (misses50) Where the
text keeps no heading of its own (PlusD shows many cables from their first paragraph), the
record's `From` and `To` fields (`Malta Valletta`, `Secretary of State`, `STATE`) are the only
heading the cable has: they head its text as heading lines, as an AAD record's do (`aad.py`).
Rows: `plusd-record`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind
from tei.convert.zones import Segments

_REACH = 60  # the table stands at the top of the page
_FOOT = 3  # (cables83) or at its foot: its last label this near the end of the text
_HEAD = 6  # (cables83) the head lines over the cable of a page with the table at its foot
_GAP = 3  # value lines a label may stand apart from the next label (a long `TAGS` list)
_MIN_LABELS = 4
# (cables72) what ends the table before a label further down (the cable's `TAGS:`): the box
# label, or the cable's own first line where the copy keeps no box label
_ENDS = {"start", "cable"}
_OWN_HEADING = 25  # lines under the table in which the cable's own heading stands
# a party field of the record, its value on the line or alone on the next (`From: Malta Valletta`)
_PARTY = re.compile(r"^(?P<label>From|To):?(?:[ \t]++(?P<value>[^\t]*[^\s\t]))?\s*+$")


def _rows(text: str, ctx: Context) -> dict[str, re.Match[str]]:
    """Every `plusd-record` row that matches `text`, by name (the first of each)."""
    found: dict[str, re.Match[str]] = {}
    for row in ctx.res.patterns.regexes["plusd-record"]:
        if row.name not in found and (hit := row.regex.search(text)):
            found[row.name] = hit
    return found


def _table(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The first and past-the-last index of the table (with the heading over it and the box
    label under it), when it has a `Canonical ID` and enough other labels: at the top of the
    page, or (cables83) at its foot, under the cable (a copy that keeps the record's
    `Metadata` after the `Content`)."""
    kinds = [_rows(line.text, ctx) for line in lines]
    for first, last in _clusters(kinds):
        if first < _REACH or len(lines) - last <= _FOOT:
            return _span(first, last, kinds, lines)
    return None


def _clusters(kinds: list[dict[str, re.Match[str]]]) -> list[tuple[int, int]]:
    """The runs of table labels (a few value lines apart, no box label or cable line between)
    that hold a `Canonical ID` and enough labels, as (first, last) indexes."""
    labelled = [i for i, rows in enumerate(kinds) if rows.keys() & {"label", "canonical"}]
    runs: list[list[int]] = []
    for i in labelled:
        if runs and i - runs[-1][-1] <= _GAP + 1 and not any(
                kinds[j].keys() & _ENDS for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [(run[0], run[-1]) for run in runs if len(run) >= _MIN_LABELS
            and any("canonical" in kinds[i] for i in run)]


def _span(first: int, last: int, kinds: list[dict[str, re.Match[str]]],
          lines: list[Line]) -> tuple[int, int]:
    """The table's span from its first and last label: the heading (or the `Metadata` tab
    label) over it, the box label under it, a value under a last label alone."""
    start = first - 1 if first and kinds[first - 1].keys() & {"heading", "over"} else first
    end = last + 1
    box = next((i for i in range(last + 1, min(last + 2 + _GAP, len(kinds)))
                if "start" in kinds[i]), None)
    if box is not None:
        end = box + 1
        while end < len(kinds) and "start" in kinds[end]:
            end += 1
    elif _alone(lines[last].text) and end < len(lines):
        end += 1
    return start, end


def _alone(text: str) -> bool:
    """Is a label alone on its line (its value on the next)?"""
    return not text.split(":")[-1].strip() or (
        "\t" not in text and ":" not in text and len(text.split()) <= 3)


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the `Canonical ID` label
NEEDS = (("plusd-record", ("canonical",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """3 for a PlusD metadata table at the top of the text."""
    return 3 if _table(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The table's lines into the header (the canonical id as a source, the date as the
    page's date, the rest as page text); the lines before it and the cable are left."""
    span = _table(lines, ctx)
    if span is None:
        return lines
    start, end = span
    box = _head_box(lines[:start], ctx)
    if box is not None:  # (cables83) the table at the foot: the page's head over the cable
        cable = lines[box + 1:start]
        seg.fields.setdefault("page-text", []).append(lines[box])
        if seg.page_title is None:
            seg.page_title = _subject_title(lines[:box], cable[:_OWN_HEADING])
        head = _head_lines(lines[:box], seg)
    else:
        cable = lines[end:]
        if seg.page_title is None:
            seg.page_title = _subject_title(lines[:start], cable[:_OWN_HEADING])
    table = lines[start:end]
    parties = {} if _own_heading(cable[:_OWN_HEADING], ctx) else _parties(table)
    for k, line in enumerate(table):
        rows = _rows(line.text, ctx)
        value = table[k + 1] if k + 1 < len(table) else None
        _record(rows, line, value, seg)
        if "heading" not in rows and k not in parties:
            seg.fields.setdefault("page-text", []).append(line)
    heading = [line for line in parties.values() if line is not None]
    if box is not None:
        return [*head, *heading, *cable, *lines[end:]]
    return [*lines[:start], *heading, *lines[end:]]


def _head_lines(head: list[Line], seg: Segments) -> list[Line]:
    """(cables83) The head lines of a page whose table stands at its foot, without the page's
    title and the canonical id alone on its line (`1975LISBON04417_b`: the page's heading),
    which go to the header."""
    kept = []
    for line in head:
        ident = line.text.strip()
        bare_id = bool(_BARE_ID.match(ident))
        if bare_id and not any(s.text == ident for s in seg.fields.get("source", [])):
            seg.fields.setdefault("source", []).append(Line(line.no, ident))
        if bare_id or (seg.page_title and line.no == seg.page_title.no):
            seg.fields.setdefault("page-text", []).append(line)
        else:
            kept.append(line)
    return kept


def head_evidence(lines: list[Line], ctx: Context) -> int:
    """(cables83) 2 for a PlusD page whose table the copy lost (cut at the store's length
    under the cable, or never copied): the canonical id alone on a line of its head, then the
    box label (`Content`) over the cable."""
    box = _head_box(lines, ctx)
    return 2 if box is not None and any(_BARE_ID.match(line.text.strip())
                                        for line in lines[:box]) else 0


def head_unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(cables83) Such a page's head into the header: the canonical id as a source, the
    heading as the page's title when the cable's subject says it again, the box label as
    page text; the cable under it is left."""
    box = _head_box(lines, ctx)
    if box is None or not any(_BARE_ID.match(line.text.strip()) for line in lines[:box]):
        return lines
    seg.fields.setdefault("page-text", []).append(lines[box])
    if seg.page_title is None:
        seg.page_title = _subject_title(lines[:box], lines[box + 1:box + 1 + _OWN_HEADING])
    return [*_head_lines(lines[:box], seg), *lines[box + 1:]]


# (cables83) a PlusD canonical id alone on its line, the page's heading
_BARE_ID = re.compile(r"^\d{4}[A-Z][A-Z-]{1,30}\d{1,6}_[a-z]\d?$")


def _head_box(above: list[Line], ctx: Context) -> int | None:
    """(cables83) The box label (`Content`) in the first lines of a page whose table stands
    under the cable: the index of the first, when the cable's lines follow it."""
    for i, line in enumerate(above[:_HEAD]):
        if "start" in _rows(line.text, ctx):
            return i if i + 1 < len(above) else None
    return None


def _subject_title(above: list[Line], text: list[Line]) -> Line | None:
    """The page's heading line right over the table, when it is the cable's subject (PlusD
    titles a cable by it: `PRESIDENT THIEU ON ECONOMIC AID ...` over `Date:`, the cable's
    `SUBJECT:` line saying it again, perhaps wrapped; cables55), a colon in it or not
    (cables63: `ATTEMPTED COUP IN NIGERIA: HEAD OF STATE KILLED`), its `Subject:` label or
    not (cables67: the print view's)."""
    if not above:
        return None
    title = _SUBJECT_LABEL.sub("", " ".join(above[-1].text.split()))
    for line in text:
        subject = _SUBJECT.match(line.text.strip())
        if subject and title.startswith(subject.group("subject")):
            return Line(above[-1].no, title)
    return None


# (cables67) the print view's heading line with its label (`Subject: PRESIDENTIAL SUCCESSION`)
_SUBJECT_LABEL = re.compile(r"^Subject:\s*+")
# a cable's subject line (`SUBJECT: ...`, `SUBJ: ...`)
_SUBJECT = re.compile(r"^SUBJ(?:ECT)?:\s*+(?P<subject>\S.{4,}?)\s*+$")


def _own_heading(text: list[Line], ctx: Context) -> bool:
    """Does the cable's text keep its own heading (`FM AMEMBASSY VALLETTA`, `TO SECSTATE
    WASHDC`) in its first lines?"""
    return any(heading_kind(bare(line.text), ctx) in ("sender", "addressee") for line in text
               if line.text.strip())


def _parties(table: list[Line]) -> dict[int, Line | None]:
    """The record's `From` and `To` fields as heading lines (`From: Malta Valletta`), by the
    index of each table line they take (a value under its label: the label's line gives the
    heading line, the value's none)."""
    found: dict[int, Line | None] = {}
    for k, line in enumerate(table):
        party = _PARTY.match(line.text)
        if party is None:
            continue
        value, at = party.group("value"), k
        if value is None and k + 1 < len(table) and not _PARTY.match(table[k + 1].text):
            value, at = table[k + 1].text.strip(), k + 1
        if value and not value.startswith("--"):
            found[k] = Line(line.no, f"{party.group('label')}: {value}")
            found[at] = found[k] if at == k else None
    return found


def _record(rows: dict[str, re.Match[str]], line: Line, value: Line | None,
            seg: Segments) -> None:
    """The canonical id and the record's date of one table line (or of the value line
    under a label alone)."""
    canonical = rows.get("canonical") or rows.get("heading")
    if canonical:
        ident = canonical.group("id") or (value.text.strip() if value else "")
        if ident and not any(s.text == ident for s in seg.fields.get("source", [])):
            seg.fields.setdefault("source", []).append(Line(line.no, ident))
    if seg.page_date is None and "date" in rows:
        seg.page_date = Line(line.no, rows["date"].group("date"))
    elif seg.page_date is None and line.text.strip().rstrip(":") == "Date" and value:
        seg.page_date = Line(value.no, _weekless(value.text.strip()))


def _weekless(text: str) -> str:
    """A record's date without the weekday in brackets after it (`(Wednesday)`)."""
    head, bracket, day = text.rpartition(" (")
    return head.rstrip() if bracket and day.endswith(")") and day[:-1].isalpha() else text
