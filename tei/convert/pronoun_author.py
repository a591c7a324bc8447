"""The writer a translation's editors name in brackets after his own pronoun (family rule:
*the writer in brackets*): `During my [GDR ambassador to the DRV, Wolfgang Bertold]
conversation with ...`, `I [Soviet Ambassador Puzanov] visited ...`. A note, record or
report that names no sender is the bracketed writer's; his post before the name (after the
last comma, or the role words before it) is not part of it."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header
from tei.convert.parties import parties
from tei.convert.read import Line

# the writer's pronoun and the editors' brackets right after it, naming him (a person must be
# found in it); not a speaker's possessive in a transcript (`In my [Khrushchev's] view`)
_PRONOUN_INSERTION = re.compile(
    r"(?<![\w\[])(?:I|[Mm]y|[Mm]e)\s++\[(?P<who>[^\[\]]{3,120}+)(?<!['’]s)\]")
_OPENING_LINES = 3  # the writer names himself in the document's first paragraphs


def pronoun_author(header: Header, message: list[Line], ctx: Context) -> None:
    """Add the writer the editors name after `I`/`my`/`me` in the first paragraphs as the
    sender when no person is one."""
    if any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        return
    for line in [line for line in message if line.text.strip()][:_OPENING_LINES]:
        for found in _PRONOUN_INSERTION.finditer(line.text):
            persons = _writer(found.group("who"), line.no, ctx)
            if persons:
                header.sent.parties += persons[:1]
                header.found("sender", "the editors' brackets after the writer's pronoun")
                return


def _writer(who: str, line: int, ctx: Context) -> list:
    """The person the bracket names: its last comma part (the post before it), else the
    whole bracket."""
    for part in (who.rsplit(",", 1)[-1].strip(), who.strip()):
        persons = [party for party in parties(part, ctx, line)
                   if party.entry and party.entry.kind == "person"]
        if persons:
            return persons
    return []
