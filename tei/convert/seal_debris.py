"""(ocr71) A seal or crest read by OCR as a run of marks (`Y'/(~.-\\`, `;;'I|  ^  |I';`,
`{(@)}`): a letterhead's emblem beside or over its words (the Department of State's seal,
the White House's, the United Nations' wreath). The run at a line's start, cut off by a
wide gap from the words beside it, is dropped and the words kept; a line of nothing but
such a run becomes blank. A run is marks only: no digit, no two letters together, at
least one emblem mark (`~ ^ \\ { } @`; not the backtick of a garbled release line,
misses28) and two kinds of marks in all."""

from __future__ import annotations

import re

# a cheap test on the whole text first: an emblem mark beside another mark
_ANY = re.compile(r"[~^\\{}@][^\w\s]|[^\w\s][~^\\{}@]")
# a chunk of the line between gaps of three spaces or more
_CHUNK = re.compile(r"\S(?:\S| {1,2}+(?=\S))*+")
# marks with at most single letters among them: no digit, no two letters together
_DEBRIS = re.compile(r"^(?:[^\w\s]|_|(?<![A-Za-z])[A-Za-z](?![A-Za-z])| )++$")
_EMBLEM = re.compile(r"[~^\\{}@]")
_MARK = re.compile(r"[^\w\s]|_")
_MIN_MARKS = 3
_MIN_KINDS = 2


def seal_debris(text: str) -> list[str]:
    """The text's raw lines, an emblem's marks at their start dropped (see the module)."""
    raws = text.split("\n")
    if not _ANY.search(text):
        return raws
    return [_cleared(raw) for raw in raws]


def _cleared(raw: str) -> str:
    if not _EMBLEM.search(raw):
        return raw
    end = 0
    run = ""
    for chunk in _CHUNK.finditer(raw):
        if not _DEBRIS.match(chunk.group()):
            break
        end, run = chunk.end(), run + chunk.group()
    marks = _MARK.findall(run)
    if len(marks) < _MIN_MARKS or len(set(marks)) < _MIN_KINDS or not _EMBLEM.search(run):
        return raw
    rest = raw[end:]
    return " " * end + rest if rest.strip() else ""
