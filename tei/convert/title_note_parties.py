"""(dfat78) A party the editors' heading names by office alone and its note names by person.

The printed Commonwealth volumes (Documents on New Zealand External Relations, the Australian
and Canadian volumes) head a document with offices (`Prime Minister to Secretary of State for
Commonwealth Relations¹`) and name the holder in a note on the heading (`¹ Lord Swinton.`).
The note's marker, glued after an office, names that office's holder when the note is a
registered person's name alone: the party keeps its office as its role.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.markup import SUPERSCRIPT_DIGITS
from tei.convert.model import Party

# an office's words, then its note's marker: superscript digits or a bracketed number
_MARKER = re.compile(r"(?<=[\w.,'’-])\s?(?:(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})|\[(?P<num>\d{1,2})\])"
                     r"(?=\s|$)")
_OFFICE_WORDS = 120  # how far before its marker an office's words may begin
# a note that is a name alone (`Lord Swinton.`, `S. M. Bruce.`): no verb, no clause
_NAME_ALONE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,4})$")


def noted_party(raw_title: str, party: Party, ctx: Context) -> Party:
    """`party` with the person its office's note names (`raw_title`: the heading as printed,
    markers kept), else `party` as it is (a person already, no marker after its office, a
    note that is not a registered person's name alone)."""
    if party.entry is not None or not party.role:
        return party
    role = party.role.strip().casefold()
    for found in _MARKER.finditer(raw_title):  # the office's words end at the marker
        office = raw_title[max(0, found.start() - _OFFICE_WORDS):found.start()]
        if not office.strip().casefold().endswith(role):
            continue
        marker = found.group("num") or found.group("sup").translate(SUPERSCRIPT_DIGITS)
        note = ctx.footnotes.get(marker)
        name = _NAME_ALONE.match(note[1].strip().rstrip(".")) if note else None
        entry = ctx.res.register.lookup(name.group("name")) if name else None
        if entry is not None and entry.kind == "person":
            return Party(ctx.use(entry), party.role)
    return party


def source_line(ctx: Context, number: int) -> str:
    """The source's line `number` (1 the first) as given, its note markers kept."""
    if number < 1 or not ctx.footnotes:
        return ""
    lines = ctx.text.split("\n", number)
    return lines[number - 1] if len(lines) >= number else ""
