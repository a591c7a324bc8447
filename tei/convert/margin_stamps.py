"""Read stage (cw83): a registry's receipt stamp in a typescript's right-hand margin, as an OCR
of a British or colonial file copy reads it at the ends of the body's lines (a Hong Kong
governor's despatch with the Colonial Office's stamp beside its first paragraph):

    refugees entering the Colony from Kwangtung has risen    C.O. REGY.
    sharply during the past month, and that the Commissioner  25 MAR 1949

The read stage has joined the stamp to its line. A line of the text (a word of it before
the stamp) whose end is such a stamp's legend (an office's initials and `REGY.` or
`REGISTRY`, `RECEIVED`, `REGISTERED`) holds the stamp, and so does the line right under or
over it whose end is the stamp's date (`25 MAR 1949`, `25 MAR. 1949`): each is set apart from
its line's text in the stamp's bracketed form (`[Stamp: C.O. REGY.]`, a cell of the same
line, so that the width the text was wrapped at is told without it); the stamp's words are
no name (`C.O. REGY` no person) and stay in the paragraph where they stand (a stamp inside a
paragraph is kept as plain words: `settle`). `runs_over_stamps` then joins the logical line
that ends on the stamp to the next line where that one goes on in lower case, so that the
sentence runs on over the stamp and no word moves. A legend alone on its line is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tei.convert.captioned_cells import PhysicalLine

if TYPE_CHECKING:  # (the read stage calls this module: no import of it at run time)
    from tei.convert.read import Line

# the legend at a line's end after a word of the text: an office's initials before `REGY.` or
# `REGISTRY` (`C.O. REGY.`, `F.O. REGISTRY`, `C.R.O. REGY`), or `RECEIVED` / `REGISTERED`
_LEGEND = re.compile(r"(?<=[a-z,;.])\s++(?P<stamp>(?:[A-Z]\.){1,3}\s?(?:REGY\.?|REGISTRY)"
                     r"|REGISTERED|RECEIVED)$")
# the stamp's date at the end of the line under or over it: a day, the month's abbreviation
# in capitals and the year
_DATE = re.compile(r"(?<=[a-z,;.])\s++(?P<stamp>\d{1,2}\s[A-Z]{3}\.?\s(?:19|20)\d{2})$")


def margin_stamps(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with a margin stamp's legend and date at their lines' ends put into the
    stamp's bracketed form (see the module)."""
    legends = {i: found for i, (_, text, _) in enumerate(physical)
               if "RE" in text and (found := _LEGEND.search(text))}
    if not legends:
        return physical
    dates = {i: found for i, (_, text, _) in enumerate(physical)
             if any(abs(physical[i][0] - physical[k][0]) == 1 for k in legends)
             and (found := _DATE.search(text))}
    out: list[PhysicalLine] = []
    for i, (number, text, bullet) in enumerate(physical):
        found = (_LEGEND if i in legends else _DATE).search(text) if i in legends | dates \
            else None
        if found is None:
            out.append((number, text, bullet))
            continue
        out.append((number, text[:found.start()], bullet))
        out.append((number, f"[Stamp: {found['stamp']}]", False))
    return out


_STAMP_END = re.compile(r"\[Stamp: [^\[\]]{1,40}\]$")


def runs_over_stamps(lines: list[Line]) -> list[Line]:
    """`lines` with a logical line that ends on a margin stamp (see `margin_stamps`) joined to
    the next line where that one goes on in lower case under it (no blank line between)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _STAMP_END.search(previous.text) and not line.blank_before \
                and not line.rule_before and line.text[:1].islower():
            out[-1] = replace(previous, text=f"{previous.text} {line.text}")
        else:
            out.append(line)
    return out
