"""Reposts: heading lines a repost ran together with its text (`run-on-heading`), and an
edition's heading under a repost's labelled lines.

A PDF's or a viewer's text export often sets a cable's heading and its first sentence on
one line (`M1311 Reissue From: OTTAWA To: MOSCOW No: 1963 19 December 1944 To PAL'GUNOV.
...`). A row of the table matches such a line and names its parts (groups, in order); each
part becomes a line of its own, so the form readers see the heading. Every word is kept, in
order.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import doc_type_in, heading_kind
from tei.convert.zones import Segments

_REACH = 40  # a run-on heading stands among the page's first lines
_COLUMN = 60  # characters: a printed column's line
_HEADING = 160  # characters: a heading's lines joined so far
_CONNECTOR = re.compile(r"^(?:[Bb]etween|and|to|from|with)\s")
_PARTIES = re.compile(r"\s(?:[Bb]etween|and|to|from|with)\s")


def split_run_on(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, each run-on heading line among the first ones split into its parts."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        found = ctx.res.patterns.match("run-on-heading", line.text) if index < _REACH else None
        groups = found[1].groups() if found else ()
        parts = [part.strip() for part in groups if part and part.strip()]
        if len(parts) < 2:
            out.append(line)
            continue
        out.append(Line(line.no, parts[0], line.blank_before, line.rule_before, line.bullet))
        out.extend(Line(line.no, part) for part in parts[1:])
    return out


def join_column_heading(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, a heading a printed page set in a narrow column (a CWIHP Bulletin's, as a
    copy of its PDF's text gives it) joined into one line: a line opening with the
    document's form and naming a party (`Transcript of Telephone Conversation Between Soviet
    Premier Alexei Kosygin and Afghan Prime Minister Nur`, its own wrapped lines already
    joined), then a short line ending with the date (`Mohammed Tarki, 17 or 18 March 1979`)
    that is no dateline of its own. Every word is kept, in order."""
    for i in range(min(_REACH, len(lines) - 1)):
        first, rest = lines[i], lines[i + 1]
        if _opens_heading(first.text, ctx) and _ends_heading(rest, ctx):
            joined = Line(first.no, f"{first.text} {rest.text}", first.blank_before,
                          first.rule_before, first.bullet)
            return [*lines[:i], joined, *lines[i + 2:]]
    return lines


def _opens_heading(text: str, ctx: Context) -> bool:
    """A heading's first part: the form first, a party named, no date, no sentence's end."""
    return len(text) <= _HEADING and not text.isupper() and text[-1:].isalpha() \
        and bool(_PARTIES.search(text)) and not ctx.res.dates.find(text) \
        and doc_type_in(text, ctx, at_start=True) is not None


def _ends_heading(line: Line, ctx: Context) -> bool:
    """A heading's last part in a column: short, on its own, ending with the date that has
    its year (`..., 17 or 18 March 1979`), not a dateline (`Kabul, 5 May 1979`)."""
    text = line.text
    dates = ctx.res.dates.find(text)
    return len(text) <= _COLUMN and not line.blank_before and not line.rule_before \
        and bool(dates) and dates[-1].year is not None and dates[-1].start > 0 \
        and not text[dates[-1].end:].strip(" .") and heading_kind(text, ctx) is None \
        and not _CONNECTOR.match(text)


def edited_heading(line: Line, seg: Segments, ctx: Context) -> bool:
    """An edition's heading (`The minister in Constantinople (Carl Ellis Wandel) to the
    Foreign Minister (Erik Scavenius)`) under a repost's labelled fields: the title."""
    edited = ctx.res.patterns.match("frus", line.text)
    if seg.page_title is not None or not seg.fields or not edited or edited[0] != "heading":
        return False
    seg.page_title = Line(line.no, edited[1].group("title").strip())
    return True
