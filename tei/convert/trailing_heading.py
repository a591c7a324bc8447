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
_FACT_KINDS = frozenset({"sender", "cable-number"})


def split_trailing_heading(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """(the lines before, the heading block after the last end-of-message line), when every
    line after that signal is a heading line and one of them names the post or the number."""
    ends = [i for i, line in enumerate(lines) if _END_OF_MESSAGE.match(line.text.strip())]
    if not ends:
        return lines, []
    block = lines[ends[-1] + 1:]
    if not block or heading_length(block, ctx) < len(block):
        return lines, []
    if not any(heading_kind(line.text, ctx) in _FACT_KINDS for line in block):
        return lines, []
    return lines[:ends[-1] + 1], block
