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
        return _unmargined(lines)
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
