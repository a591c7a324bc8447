"""Reposts: heading lines a repost ran together with its text (`run-on-heading`), and an
edition's heading under a repost's labelled lines.

A PDF's or a viewer's text export often sets a cable's heading and its first sentence on
one line (`M1311 Reissue From: OTTAWA To: MOSCOW No: 1963 19 December 1944 To PAL'GUNOV.
...`). A row of the table matches such a line and names its parts (groups, in order); each
part becomes a line of its own, so the form readers see the heading. Every word is kept, in
order.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 40  # a run-on heading stands among the page's first lines


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


def edited_heading(line: Line, seg: Segments, ctx: Context) -> bool:
    """An edition's heading (`The minister in Constantinople (Carl Ellis Wandel) to the
    Foreign Minister (Erik Scavenius)`) under a repost's labelled fields: the title."""
    edited = ctx.res.patterns.match("frus", line.text)
    if seg.page_title is not None or not seg.fields or not edited or edited[0] != "heading":
        return False
    seg.page_title = Line(line.no, edited[1].group("title").strip())
    return True
