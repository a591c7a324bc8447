"""(intel81) A Soviet body's memorandum gives the town it was written in on a line of its own
under its date and number (`Committee for State Security` / `under the Council of Ministers
of the USSR` / `2 September 1980` / `No. 1712-A` / `Moscow`, the KGB's and the ministries'
memoranda to the Central Committee in translation): the text's first head, a register place
alone, under a heading with a letterhead that ends on its date or number line, is the place
sent from (`recognise.py`)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.model import Header, Message, RegistryLine, text_of

_LAST_LINES = frozenset({"dateline", "cable-number", "outgoing"})


def head_place(header: Header, message: Message, heading: list[RegistryLine],
               ctx: Context) -> None:
    """The first head naming a register place alone as the place sent from, when no place
    is known and the heading has a letterhead and ends on its date or number line."""
    if header.sent.place is not None or not message.heads or not heading \
            or heading[-1].subtype not in _LAST_LINES \
            or not any(line.subtype == "letterhead" for line in heading):
        return
    text = " ".join(text_of(message.heads[0]).split()).rstrip(".")
    entry = ctx.res.register.lookup(text)
    if entry is not None and entry.kind == "place":
        header.sent.place = entry
