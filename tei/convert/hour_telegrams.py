"""(frus97) A printed telegram without its form line: FRUS's volumes of 1900-1925 print a
telegram under its parties' heading (`Chargé O’Shaughnessy to the Secretary of State.`), its
dateline giving the hour it was sent (`Mexico City, April 18, 1914, 8 p.m.`, `Washington,
April 18, 1914, 1 p.m.`, `Peking, June 3, 1911—noon.`) and its text opening with the
telegram's number and its stop (`865. I became cognizant ...`), with no `[Telegram.]` line,
no receipt line and no salutation. A despatch's or a note's dateline gives no hour and its
text opens with `Sir:`; so the hour, the bare opening number (table `received-number`, the
one asked under a receipt line) and the missing salutation together tell the telegram,
under a heading naming both parties (not a lesson's `Document A` quoting a telegram)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.parties import title_parties

# the hour a dateline gives after its date (`8 p.m.`, `10.30 a. m.`, `noon`, `midnight`)
_HOUR = re.compile(r"(?:\b\d{1,2}(?:[.:]\d{2})?\s?(?i:[ap]\.\s?m\.?)|\b(?i:noon|midnight))")


def hour_dated(message: Message, title: str, ctx: Context) -> bool:
    """Whether the text's dateline (in its opener) gives the hour it was sent, under a
    title naming both parties (`Chargé O’Shaughnessy to the Secretary of State`)."""
    parties = title_parties(title, ctx) if title else None
    return bool(parties and all(parties)) and any(
        part.kind == "dateline" and _HOUR.search(text_of(part.content))
        for part in message.opener)


def hour_numbered(message: Message, title: str, ctx: Context) -> str:
    """Why the text is a telegram (an hour-dated dateline over an unsaluted text opening
    with its number, under its parties' heading), or ''."""
    if any(part.kind == "salute" for part in message.opener) or not hour_dated(
            message, title, ctx):
        return ""
    first = next((block for block in message.blocks if isinstance(block, Paragraph)), None)
    if first is None or not ctx.res.patterns.match("received-number", text_of(first.content)):
        return ""
    return "a dateline giving the hour over a text opening with its number (frus97)"
