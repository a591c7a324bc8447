"""(news89) A newspaper's or magazine's print of a government's note run on after the writer's
own sentences in one paragraph (the New York Times Current History on a reader site: `...
transmitted by cable to Ambassador Gerard in Berlin. DEPARTMENT OF STATE, WASHINGTON, May 13,
1915. The Secretary of State to the American Ambassador at Berlin: Please call on ...`): the
writer's words before the office's dateline, and the lines over them, are the page's text
(`page-text`, their names marked by `press_names`); the parties' line (its colon off) over
the office and its dateline, and the note's text, each stand on a line of their own, as an
edition heads them. Row: `press-run-on-heading`; only in the page's first lines and after a
writer's sentence of some length."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 16  # the writer's lines at the page's top
_WRITER_WORDS = 8  # the writer's words before the dateline in its paragraph, at least
LAYOUT = "press-heading"


def run_on_heading(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines with a note's heading run on after the writer's words set apart."""
    for i, line in enumerate(lines[:_REACH]):
        found = ctx.res.patterns.match("press-run-on-heading", line.text)
        if found is None:
            continue
        match = found[1]
        before = line.text[:match.start("dateline")].rstrip()
        if len(before.split()) < _WRITER_WORDS:
            return lines
        seg.layouts.append(LAYOUT)
        seg.fields.setdefault("page-text", []).extend([*lines[:i], Line(line.no, before)])
        office, dateline = match["dateline"].split(",", 1)  # the office over its dateline
        return [Line(line.no, match["parties"]), Line(line.no, office + ","),
                Line(line.no, dateline.strip()), Line(line.no, match["rest"]), *lines[i + 1:]]
    return lines
