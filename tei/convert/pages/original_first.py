"""Page reader for a page that gives a document's Russian (Cyrillic) original before its
English translation (the Wilson Center Digital Archive's current pages do, under the title
and date): the translation is the document the edition encodes, so its heading (the cipher
office's `From ... Sent ...`, `Received ...`, `Dispatched to ...` lines, the precedence and
the form) must open it, and its signature close it. The original goes to the header whole,
in its own order, as the page's text (no line is dropped). A run of at least three Cyrillic
lines near the top, followed by at least three lines in Latin script and no Cyrillic one,
tells it.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_START_REACH = 6  # the original starts right under the page's title and date
_MIN_LINES = 3
_MIN_LETTERS = 5


# a letter of each script, counted by a scan (speed21: not a Python loop over characters)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")  # the ASCII letters


def _script(text: str) -> str:
    """`cyrillic`, `latin` or '' (too few letters, or neither script prevails)."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic >= _MIN_LETTERS and cyrillic >= 2 * latin:
        return "cyrillic"
    if latin >= _MIN_LETTERS and latin >= 2 * cyrillic:
        return "latin"
    return ""


def _span(lines: list[Line]) -> tuple[int, int] | None:
    """The original's first and past-the-last index, when a translation follows it."""
    head = [_script(line.text) for line in lines[:_START_REACH]]
    start = next((i for i, kind in enumerate(head) if kind == "cyrillic"), None)
    if start is None:
        return None  # (the rest of the page's lines read only when the head tells)
    scripts = head + [_script(line.text) for line in lines[_START_REACH:]]
    end = start
    while end < len(lines) and scripts[end] != "latin":
        end += 1
    if scripts[start:end].count("cyrillic") < _MIN_LINES or \
            scripts[end:].count("latin") < _MIN_LINES or "cyrillic" in scripts[end:]:
        return None
    return start, end


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a Cyrillic original over its English translation."""
    return 1 if _span(lines) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without the original (the page's text in `seg`)."""
    span = _span(lines)
    if span is None:
        return lines
    start, end = span
    seg.fields.setdefault("page-text", []).extend(lines[start:end])
    return [*lines[:start], *lines[end:]]
