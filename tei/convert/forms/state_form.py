"""The State Department's printed telegram form of the 1910s-1940s, as presidential
libraries and archives transcribe it line by line.

A code designation or the code room's initials (`GRAY`, `HM`), the caution that the text be
paraphrased, the post alone on its line (`London`) over `Dated November 26, 1941` (read
as one line), the receipt (`Rec'd 12:55 a.m.`, `Recorded ...`), the inside address
`Secretary of State,` / `Washington.`, a precedence (`TRIPLE PRIORITY.`), then the
telegram's number with the day and hour it was sent (`5670, November 26, 6 a.m.`) and a
channel line naming whom it is for and from (`FOR THE PRESIDENT FROM THE FORMER NAVAL
PERSON`). A receipt line is common to many forms: the form shows only where two of its own
kinds of line stand among the opening lines.

(cables70) The form's outgoing twin, `TELEGRAM SENT`: the caution on true readings, the
paraphrase caution wrapped over lines of its own, `Department of State` over the seat, the
date and the hour on lines of their own (read as one dateline), the post addressed
(`AMEMBASSY,` / `MOSCOW.`, read as one line) and the telegram's number alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.forms import REACH, Form
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports the forms
    from tei.convert.zones import Segments

_SIGNS = frozenset({"handling", "addressee", "cable-number"})
_NEEDED = 2
_DATED = "Dated "
# (cables70) a caution's first line, cut before its end, and the seat of an outgoing form
# (cables74) or cut after `must be` (`closely`), the caution printed in a narrow box
_CAUTION_START = re.compile(r"^(?i:this\s++(?:telegram|message|cable)\s++must\s++be"
                            r"(?:\s++closely)?(?:\s++paraphrased\b|$))")
_CAUTION_END = re.compile(r"(?:\([A-Za-z]{1,4}\)|\((?:RESTRICTED|CONFIDENTIAL|SECRET)\)"
                          r"|\b(?i:anyone|agency))\.?$")
_SEAT = re.compile(r"^Washington,$")
_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s++\d{4},?$")
_SEAT_DAY = re.compile(r"^Washington,\s++[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s++\d{4},?$")
_HOUR = re.compile(r"^(?:\d{1,2}(?:[:.]\d{2})?\s*+[ap]\.\s?m\.?|noon|midnight)\.?$")
# (cables74) or without the comma and the stop (`AMEMBASSY` / `PARIS`)
_POST_ADDRESSED = re.compile(r"^AM(?:EMBASSY|LEGATION|CONSUL(?:\s++GENERAL)?),?$")
_CAPITAL_PLACE = re.compile(r"^[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]*+){0,3}\.?$")
_NUMBER = re.compile(r"^\d{1,5}\.?$")
# (cables74) the form's printed name, one of its signs (`TELEGRAM SENT`, `TELEGRAM RECEIVED`)
_FORM_NAME = re.compile(r"^TELEGRAM\s++(?:SENT|RECEIVED)$")
_CAUTION_REACH = 6  # the lines a wrapped caution runs over
# (ocr93) the post and the `Dated` line OCR read into the caution across the form's columns,
# cut off as lines of their own (`pages/state_caution.py`)
_ACROSS = re.compile(r"^(?:Dated\s|[A-Z]{3,}+(?:\s[A-Z]{3,}+)?(?:$|\s[a-z]))")


@dataclass(frozen=True)
class _StateForm(Form):
    """A form whose evidence counts only where two of its distinctive rows match."""

    def evidence(self, lines: list[Line], candidates: list[Line], ctx: Context) -> int:
        found = [ctx.res.patterns.match(self.table, line.text) for line in candidates]
        signs = {row[0] for row in found if row and row[0] in _SIGNS}
        if any(_FORM_NAME.match(line.text) for line in candidates):
            signs.add("form-name")  # (cables74) `TELEGRAM SENT` over `AMEMBASSY` / `PARIS`
        hits = sum(1 for row in found if row) + ("form-name" in signs)
        return hits if len(signs) >= _NEEDED else 0


def _post_over_date(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`London` / `Dated November 26, 1941`: a register place alone on its line over the
    date line is the post the telegram was sent from; the two are read as one line."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        previous = out[-1] if out else None
        if (i < REACH and previous is not None and line.text.startswith(_DATED)
                and _is_place(previous.text, ctx)):
            out[-1] = replace(previous, text=f"{previous.text} {line.text}")
            continue
        out.append(line)
    return out


def _outgoing_lines(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(cables70) The lines of a wrapped caution, of the seat over its date and hour and of
    the post addressed over its place and the telegram's number, each read as one line;
    then the incoming form's post over its `Dated` line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line, run = lines[i], 1
        if i < REACH:
            run = _run(lines, i)
        if run > 1:
            parts = [part.text.strip() for part in lines[i:i + run]]
            line = replace(line, text=_unwrapped(parts) if _caution(line) else _glued(parts))
        out.append(line)
        i += run
    return _post_over_date(out, seg, ctx)


def _glued(parts: list[str]) -> str:
    """`Washington,` `May 3, 1944` `7 p.m.` -> `Washington, May 3, 1944, 7 p.m.`; after a
    full stop a space (`AMEMBASSY, MOSCOW. 1087`)."""
    text = parts[0].rstrip(",")
    for part in parts[1:]:
        text += (" " if text.endswith(".") else ", ") + part.rstrip(",")
    return text


def _unwrapped(parts: list[str]) -> str:
    """A caution's lines as one, a word broken at a line's end joined (`be-` `fore`)."""
    text = parts[0]
    for part in parts[1:]:
        text = text[:-1] + part if re.search(r"[a-z]-$", text) else f"{text} {part}"
    return text


def _caution(line: Line) -> bool:
    return bool(_CAUTION_START.match(line.text)) and not _CAUTION_END.search(line.text)


def _run(lines: list[Line], i: int) -> int:
    """How many lines from `i` make one: a caution up to its end, `Washington,` over a day
    (and an hour), `AMEMBASSY,` over a place in capitals (and a number); 1 for any other
    line."""
    text = lines[i].text
    if _caution(lines[i]):  # (cables74) up to its last end (`anyone` / ... / `agency.`)
        ends = [k for k in range(i + 1, min(i + _CAUTION_REACH, len(lines)))
                if _CAUTION_END.search(lines[k].text)]
        if ends and any(_ACROSS.match(lines[k].text) for k in range(i + 1, ends[-1])):
            return 1  # (ocr93) the other column's post and date cut off among its lines
        return ends[-1] - i + 1 if ends else 1
    if _SEAT.match(text) and i + 1 < len(lines) and _DAY.match(lines[i + 1].text):
        return 3 if i + 2 < len(lines) and _HOUR.match(lines[i + 2].text) else 2
    if (_SEAT_DAY.match(text) or _DAY.match(text)) and i + 1 < len(lines) \
            and _HOUR.match(lines[i + 1].text):
        return 2  # the seat and the day already one line (read rejoined them), or (cables74)
        # the day over the hour without the seat
    if (_POST_ADDRESSED.match(text) and i + 1 < len(lines)
            and _CAPITAL_PLACE.match(lines[i + 1].text)):
        return 3 if i + 2 < len(lines) and _NUMBER.match(lines[i + 2].text) else 2
    return 1


def _is_place(text: str, ctx: Context) -> bool:
    entry = ctx.res.register.lookup(text)
    return entry is not None and entry.kind == "place"


FORM = _StateForm("state-form", "State Department telegram form", "telegram",
                  opening=_outgoing_lines)
