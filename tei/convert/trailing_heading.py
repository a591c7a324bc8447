"""A cable's heading printed after its text (PlusD's page with `Show Headers` closed: the
text first, the end-of-message signal `NNN`, then the first page's header block, `PAGE 01
...`, the date-time group, `FM`/`TO` and the classification line with the number). The block
stays where it stands, read as the cable's trailing registry lines; its facts are the
heading's when the text has no heading of its own. The page may go on to print the text
again under that block (its full copy, cut by the store): the copy stays after the block."""

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
_SHORT = 3  # the words of a line no heading row knows, inside the block
_WORDS = 6  # the words a copy's first line shares with the text's first line


def split_trailing_heading(lines: list[Line], ctx: Context
                           ) -> tuple[list[Line], list[Line], list[Line]]:
    """(the lines before, the heading block after the last end-of-message line, the text's
    copy under it), when every line after that signal is a heading line (or the printout's
    serial), or the heading lines run up to the text printed again, and one of them names the
    post or the number (a `FM` line, the classification line's number, or the page header
    `PAGE 01 STATE 055611`: table `printout-page`)."""
    ends = [i for i, line in enumerate(lines) if _END_OF_MESSAGE.match(line.text.strip())]
    if not ends:
        return lines, [], []
    block = lines[ends[-1] + 1:]
    headed = _heading_run(block, lines[:ends[-1]], ctx)
    if not headed or not any(heading_kind(line.text, ctx) in _FACT_KINDS
                             or ctx.res.patterns.match("printout-page", line.text)
                             for line in headed):
        return lines, [], []
    cut = block.index(headed[-1]) + 1
    return lines[:ends[-1] + 1], block[:cut], block[cut:]


def _heading_run(block: list[Line], text: list[Line], ctx: Context) -> list[Line]:
    """The block's heading lines (the serial aside): all of them, or those above the text's
    first line printed again (`1. FOREIGN MINISTER'S CHIEF ...` under `REFS: ...`)."""
    headed = [line for line in block if not _SERIAL.match(line.text.strip())]
    if not headed:
        return []
    length = heading_length(headed, ctx)
    if length == len(headed):
        return headed
    copy = next((k for k, line in enumerate(headed)
                 if text and _repeats(line.text, text[0].text)), None)
    if not length or copy is None or copy < length:
        return []
    # heading lines down to the copy; a short line no table knows among them (`FOR ROGERS`)
    if all(heading_kind(line.text, ctx) or len(line.text.split()) <= _SHORT
           for line in headed[length:copy]):
        return headed[:copy]
    return []


def _repeats(line: str, first: str) -> bool:
    """True when `line` opens as the text's first line does (its first words)."""
    words = first.split()[:_WORDS]
    return len(words) == _WORDS and line.split()[:_WORDS] == words
