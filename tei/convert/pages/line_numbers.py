"""(formats68) A transcription exported with its line numbers (a transcription tool's
plain-text export, an edition's line-numbered text: `0001  TELEGRAM`, `12 | Moscow, ...`,
`l. 12  ...`, a subtitle file's `00:01:12,000 --> 00:01:15,000` cue lines under their
serial): the numbers and cue lines are the export's, not the text's.

When nearly every line with words opens with such a number (its marks alike), the numbers
go and the lines keep their words; a blank line and a cue's serial and time line stay
blank. Text whose lines are not so numbered is left as it is.
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
        return text
    return "\n".join("" if _CUE.match(line) else _NUMBERED.sub("", line, count=1)
                     for line in lines)


def _rising(found: list[re.Match[str]]) -> bool:
    """Whether the numbers run up (a list of years or amounts is no numbering)."""
    numbers = [int(match.group("n")) for match in found]
    return all(a < b for a, b in pairwise(numbers))
