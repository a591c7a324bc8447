"""(wcdq92) A note's number in brackets glued to a title's word (`..., M.A. Silin[1], to ...`:
a word processor's note anchor in a document store's copy of an edited translation) belongs to
the note, not to the title: `header.title_names` leaves it out of the title, as (lead36) it
leaves a superscript anchor out, instead of keeping it as supplied text."""

from __future__ import annotations

import re

from tei.convert.model import Inlines, text_of

_GLUED_ANCHOR = re.compile(r"\[\d{1,2}\]")


def glued_anchor(piece: str, item: object, out: Inlines) -> bool:
    """Is `piece` (a bracketed part of the title string `item`) a note's number in brackets
    glued to the word or full stop before it (`out`'s last part)?"""
    if not isinstance(item, str) or not _GLUED_ANCHOR.fullmatch(piece) or not out:
        return False
    before = out[-1] if isinstance(out[-1], str) else text_of([out[-1]])
    return before[-1:].isalnum() or before[-1:] in ".)"
