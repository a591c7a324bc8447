"""A cable's heading printed after its text (PlusD's page with `Show Headers` closed: the
text first, the end-of-message signal `NNN`, then the first page's header block, `PAGE 01
...`, the date-time group, `FM`/`TO` and the classification line with the number). The block
stays where it stands, read as the cable's trailing registry lines; its facts are the
heading's when the text has no heading of its own."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import heading_kind, heading_length

_END_OF_MESSAGE = re.compile(r"^NNNN?$")
# the printout's serial, a short number alone under its first page header (`PAGE 01 STATE
# 055611` / `43`): part of the block, no heading fact
_SERIAL = re.compile(r"^\d{1,3}$")
_FACT_KINDS = frozenset({"sender", "cable-number"})


def split_trailing_heading(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """(the lines before, the heading block after the last end-of-message line), when every
    line after that signal is a heading line (or the printout's serial) and one of them
    names the post or the number (a `FM` line, the classification line's number, or the
    page header `PAGE 01 STATE 055611`: table `printout-page`)."""
    ends = [i for i, line in enumerate(lines) if _END_OF_MESSAGE.match(line.text.strip())]
    if not ends:
        return lines, []
    block = lines[ends[-1] + 1:]
    headed = [line for line in block if not _SERIAL.match(line.text.strip())]
    if not headed or heading_length(headed, ctx) < len(headed):
        return lines, []
    if not any(heading_kind(line.text, ctx) in _FACT_KINDS
               or ctx.res.patterns.match("printout-page", line.text) for line in headed):
        return lines, []
    return lines[:ends[-1] + 1], block
