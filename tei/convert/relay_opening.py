"""(wcdb84) The comrade who relays a ciphergram's message in its first line under the
address (`To [Foreign Minister] Comrade Czyrek:` / `Comrade Olszowski relays the following:`,
a Polish ciphergram from Moscow as the Wilson Center translates it): the message's sender.

The line is read by the sender rows of the heading tables (`heading-east-bloc`: `Com.`,
`Comrade` or `Cde.`, the surname, a verb that relays and `the following:`); the person it
marks is the sender, only where an address opens the message and the line is its first block.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, Party, text_of
from tei.convert.named_parties import refs


def relay_sender(message: Message, ctx: Context) -> list[Party]:
    """The person the relay line under a message's address names, else none."""
    if not any(part.kind == "address" for part in message.opener) or not message.blocks:
        return []
    first = message.blocks[0]
    if not isinstance(first, Paragraph) or first.tag != "p":
        return []
    found = ctx.res.patterns.match("heading", text_of(first.content))
    if found is None or found[0] != "sender":
        return []
    return [Party(entry) for entry in refs([first.content], ctx) if entry.kind == "person"][:1]
