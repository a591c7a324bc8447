"""The officers of a State cable's drafting and clearance lines (`DRAFTED BY EUR/SOV:JSMITH:LG`,
`APPROVED BY S/S-O:DFINNERTY`, `CLEARED: EUR/NE:WBUELL`): after the office symbol and its
colon each officer's initials are glued to the surname (`JSMITH` = J. Smith), then the
typist's initials. Such a word is a register person when the register has exactly one
person of the surname that follows one, two or three initials, and that person's first
name opens with the first initial (misses36); no other word of the line is a name."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.register import Entry
from tei.convert.spans import Spans

# a drafting or clearance line's label (`DRAFTED BY`, `APPROVED BY:`, `CLEARED:`)
_LABEL = re.compile(r"\b(?:DRAFTED|APPROVED|CLEARED|CLEARANCES?)\b(?:\sBY)?\s?:?")
# a word right after an office symbol's colon (`:JSMITH`, `: ALATHERTON`), up to the next
# colon, comma, space or the line's end
_OFFICER = re.compile(r"(?<=[A-Z0-9/-]:)\s?([A-Z]{4,})(?=[:,;\s)]|$)")
_MOST_INITIALS = 3
_SHORTEST_SURNAME = 3


def drafting_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The officers the register knows on a drafting or clearance line, each with its
    person (`taken` gets their spans); none on any other line."""
    label = _LABEL.search(piece) if "BY" in piece or "CLEAR" in piece else None
    if label is None:
        return []
    out = []
    for word in _OFFICER.finditer(piece, label.start()):
        person = _officer(word.group(1), ctx)
        a, b = word.span(1)
        if person is not None and not taken.overlaps(a, b):
            taken.add(a, b)
            out.append((a, b, ctx.use(person)))
    return out


def _officer(word: str, ctx: Context) -> Entry | None:
    """The one register person `word` names as initials glued to a surname (`ALATHERTON`:
    A. L. Atherton), the longest surname first; None when none or several fit."""
    for count in range(1, _MOST_INITIALS + 1):
        surname = word[count:]
        if len(surname) < _SHORTEST_SURNAME:
            return None
        fitting = [person for person in ctx.res.register.persons_by_surname(surname)
                   if person.reg[:1] == word[0]]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    return None
