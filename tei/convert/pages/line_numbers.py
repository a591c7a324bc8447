"""(formats68) A transcription exported with its line numbers (a transcription tool's
plain-text export, an edition's line-numbered text: `0001  TELEGRAM`, `12 | Moscow, ...`,
`l. 12  ...`, a subtitle file's `00:01:12,000 --> 00:01:15,000` cue lines under their
serial): the numbers and cue lines are the export's, not the text's.

When nearly every line with words opens with such a number (its marks alike), the numbers
go and the lines keep their words; a blank line and a cue's serial and time line stay
blank. (repost81) A reader's count of every fifth line in its margin goes too. Text whose
lines are not so numbered is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise

_NUMBERED = re.compile(r"^[ \t]*+(?:l\.[ \t]*+)?(?P<n>\d{1,5})(?:[ \t]*+[|:.)][ \t]*+|[ \t]{2,}+"
                       r"|[ \t]*+$)")
_CUE = re.compile(r"^[ \t]*+\d{2}:\d{2}:\d{2}[,.]\d{3}[ \t]++-->[ \t]++\d{2}:\d{2}:\d{2}[,.]\d{3}")
_SERIAL = re.compile(r"^[ \t]*+\d{1,5}[ \t]*+$")
_CUES = 2
_SHARE = 0.9  # the numbered lines among the lines with words
_LEAST = 5
# (repost81) a reader's or edition's count in the margin at every fifth or tenth line (`5`,
# `10`, `15`), the text's column set apart by spaces, the lines between indented to it
_MARGIN = re.compile(r"^(?P<lead>[ \t]?)(?P<n>\d{1,3})(?=[ \t]{2,}\S)")
_STEPS = (5, 10)
_INDENTED = re.compile(r"^[ \t]{2,}\S")
_MARGIN_SHARE = 0.8
_MARGIN_GAP = 3  # the counted lines stand some lines apart
# the count set in the right margin after the line's words (`... Kremlin in the pres-     5`)
_RIGHT = re.compile(r"(?<=\S)[ \t]{4,}+(?P<n>\d{1,3})$")
_RIGHT_LEAST = 3  # counts in the right margin: three at least, their ends in one column


def unnumber(text: str) -> str:
    """`text` without the line numbers an export set at its lines' heads."""
    lines = text.split("\n")
    if sum(bool(_CUE.match(line)) for line in lines[:400]) >= _CUES:
        return "\n".join("" if _CUE.match(line) or (_SERIAL.match(line) and k + 1 < len(lines)
                                                     and _CUE.match(lines[k + 1])) else line
                         for k, line in enumerate(lines))
    filled = [line for line in lines if line.strip()]
    numbered = [_NUMBERED.match(line) for line in filled]
    counted = [found for found in numbered if found]
    if len(counted) < max(_LEAST, _SHARE * len(filled)) or not _rising(counted):
        return _right_margined(_unmargined(lines).split("\n"))
    return "\n".join("" if _CUE.match(line) else _NUMBERED.sub("", line, count=1)
                     for line in lines)


def _rising(found: list[re.Match[str]]) -> bool:
    """Whether the numbers run up (a list of years or amounts is no numbering)."""
    numbers = [int(match.group("n")) for match in found]
    return all(a < b for a, b in pairwise(numbers))


def _unmargined(lines: list[str]) -> str:
    """(repost81) `lines` without a margin's count of every fifth or tenth line, each number
    made spaces: two counts at least, rising by one step (5 or 10) on lines some lines apart,
    most lines with words between them indented to the text's column."""
    marked = [(k, int(found.group("n"))) for k, line in enumerate(lines)
              if (found := _MARGIN.match(line))]
    steps = {b[1] - a[1] for a, b in pairwise(marked)}
    if len(marked) < 2 or len(steps) != 1 or (step := steps.pop()) not in _STEPS or \
            marked[0][1] % step or any(b[0] - a[0] < _MARGIN_GAP for a, b in pairwise(marked)):
        return "\n".join(lines)
    between = [line for line in lines[marked[0][0] + 1:marked[-1][0]] if line.strip()]
    between = [line for line in between if not _MARGIN.match(line)]
    if sum(bool(_INDENTED.match(line)) for line in between) < _MARGIN_SHARE * len(between):
        return "\n".join(lines)
    rows = {k for k, _ in marked}
    return "\n".join(_MARGIN.sub(lambda m: " " * len(m.group(0)), line) if k in rows else line
                     for k, line in enumerate(lines))


def _steady(marked: list[tuple[int, int]]) -> bool:
    """Whether the counts (line index, number) rise by one step (5 or 10) from a multiple of
    it, on lines some lines apart."""
    steps = {b[1] - a[1] for a, b in pairwise(marked)}
    return len(steps) == 1 and (step := steps.pop()) in _STEPS and not marked[0][1] % step \
        and all(b[0] - a[0] >= _MARGIN_GAP for a, b in pairwise(marked))


def _right_margined(lines: list[str]) -> str:
    """(repost81) `lines` without a count of every fifth or tenth line set in the right
    margin: three counts at least, rising by one step, ending in one column, no line between
    them reaching their column."""
    found = [(k, _RIGHT.search(line.rstrip())) for k, line in enumerate(lines)]
    marked = [(k, m) for k, m in found if m]
    ends = {len(lines[k].rstrip()) for k, _ in marked}
    if len(marked) < _RIGHT_LEAST or max(ends) - min(ends) > 1 or not _steady(
            [(k, int(m.group("n"))) for k, m in marked]):
        return "\n".join(lines)
    rows = {k: m for k, m in marked}
    column = min(m.start("n") for _, m in marked)
    if any(len(line.rstrip()) >= column for k, line in enumerate(lines[marked[0][0]:marked[-1][0]],
                                                                 marked[0][0]) if k not in rows):
        return "\n".join(lines)
    return "\n".join(lines[k].rstrip()[:rows[k].start()] if k in rows else lines[k]
                     for k in range(len(lines)))
