"""(ocr69) The marks a scan's left margin gives its OCR: ticks, strokes and specks of an
officer's pencil or the binder's holes read as stray punctuation before a typescript's lines
(`  |    August 2, 1956`, `  ^    No. 1645`, `  ,  forty-eight hours`). Where three lines or
more open so, each such mark is made a space: the line keeps its columns and every word."""

from __future__ import annotations

import re

# a mark alone near the margin, then a space or the line's end: no word, no list's dash, no
# table's pipe row (a second `|` on the line)
# (two marks apart by a space or few: `'  |`)
_MARK = re.compile(r"^(?P<lead>[ ]{0,4})(?P<mark>[|'‘’!^,/(]{1,2}(?:[ ]{1,3}[|'‘’!^,/(]{1,2})?)"
                   r"(?=[ ]|$)")
_LEAST = 3  # lines so marked, at least, for the margin to be a scan's


def without_margin_marks(lines: list[str]) -> list[str]:
    """`lines` with a scan's margin marks made spaces (only when `_LEAST` lines have one)."""
    marked = [i for i, line in enumerate(lines) if _marked(line)]
    if len(marked) < _LEAST:
        return lines
    out = list(lines)
    for i in marked:
        found = _MARK.match(lines[i])
        assert found is not None
        out[i] = found.group("lead") + " " * len(found.group("mark")) + lines[i][found.end():]
        out[i] = out[i] if out[i].strip() else ""
    return out


def _marked(line: str) -> bool:
    found = _MARK.match(line)
    return found is not None and line.count("|") <= found.group("mark").count("|")
