"""(repost89) The addressee of a letter or telegram an exchange's page prints first. A page
that prints an exchange under its own heading naming both sides (`EXCHANGE OF TELEGRAMS
BETWEEN THE FOREIGN MINISTER OF ISRAEL M. SHERTOK AND THE MINISTER OF FOREIGN AFFAIRS OF THE
USSR V.M. MOLOTOV` over `1. Telegram from the Minister of Foreign Affairs of Israel M.
Shertok`): a document whose sender is one side and whose addressee nothing names is
addressed to the other side."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header
from tei.convert.parties import parties

_EXCHANGE = re.compile(r"(?i)^exchange\s++of\s++(?:letters|notes|messages|telegrams|cables|"
                       r"correspondence)\s++between\s++(?P<a>[^\n]{3,160}?)\s++and\s++"
                       r"(?P<b>[^\n]{3,160}?)\.?$")
_HEAD = 12  # the exchange's heading stands among the page's first lines


def exchange_addressee(header: Header, ctx: Context) -> None:
    """The other side of the page's exchange heading as the addressee, when the sender is
    one side and no addressee was found."""
    if header.received.parties or not ctx.text:
        return
    senders = {p.entry for p in header.sent.parties if p.entry and p.entry.kind == "person"}
    for no, text in enumerate(ctx.text.splitlines()[:_HEAD], start=1):
        found = _EXCHANGE.match(text.strip())
        if not found or not senders:
            continue
        sides = [parties(found[key], ctx, no) for key in ("a", "b")]
        named = [{p.entry for p in side if p.entry and p.entry.kind == "person"} for side in sides]
        for mine, other in ((0, 1), (1, 0)):
            if senders & named[mine] and named[other] and not senders & named[other]:
                header.received.parties = [p for p in sides[other]
                                           if p.entry and p.entry.kind == "person"]
                header.found("addressee", "the exchange's heading naming both sides")
                return
        return
