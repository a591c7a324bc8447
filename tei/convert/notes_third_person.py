"""Notes in the third person (note verbale, aide-mémoire): `The Embassy of X presents its
compliments to the Department of State and has the honour to ...` names the sender and
the addressee in its first sentence (table `third-person-notes`); such a note is a
memorandum, as its form name is in the `doc-types` table. (letters47) So is a note that
opens with a state's ministry or embassy stating or having the honour to state its
government's view (`The Ministry of Foreign Affairs of the Union of Soviet Socialist
Republics, in connection with the note of ..., considers it necessary to state`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, Party, text_of
from tei.convert.parties import parties

_OPENING_BLOCKS = 2
# (memcon80) the short heading lines a page leaves in the text over the opening (the
# ministry's name run over two lines, `No. 41/OSA`, `NOTE`) are not counted; four at most
_SHORT_LINE = 40
_SHORT_LINES = 4


def note_opening(message: Message, ctx: Context) -> re.Match[str] | None:
    """The third-person formula opening one of the message's first paragraphs (short lines
    over them skipped: memcon80)."""
    asked = 0
    for block in message.blocks[:_OPENING_BLOCKS + _SHORT_LINES]:
        content = getattr(block, "content", None)
        text = text_of(content) if content else ""
        if len(text) < _SHORT_LINE:
            continue
        found = ctx.res.patterns.match("third-person-notes", text)
        if found:
            return found[1]
        asked += 1
        if asked == _OPENING_BLOCKS:
            break
    return None


def note_parties(message: Message, ctx: Context) -> tuple[list[Party], list[Party]] | None:
    """The sender's and the addressee's parties a third-person note's opening names (a note
    that opens with its sender's statement names no addressee there)."""
    found = note_opening(message, ctx)
    if found is None:
        return None
    addressee = found.groupdict().get("addressee") or ""
    return parties(found["sender"], ctx), parties(addressee, ctx) if addressee else []
