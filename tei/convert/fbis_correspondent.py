"""(intel81) An FBIS item's correspondent's report from another place: the monitor's bracketed
note under the source line names the report and where it was filed (`[From the "Vremya"
newscast; report by correspondent Vladimir Dunayev from Geneva; recorded]`, `[Report by
correspondent Ivan Ivanov from Kabul]`, `[Dunayev report from Geneva]`). The report's place is
where the item was sent from, not the broadcaster's city of the source line (`Moscow
Television Service in Russian ...`). Asked of an FBIS page only (`recognise.py`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header, Message, text_of
from tei.convert.named_places import named_place

# `report by <someone> from <Place>` or `<Name> report from <Place>` inside the note, the
# place a capitalised word or two closing the clause
_REPORT_FROM = re.compile(r"(?i:\breport(?:\s++by\s++[^;\[\]]{3,80}?)?\s++from)\s++"
                          r"(?P<place>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++)?)(?=\s*+[;,\]]|$)")


def correspondent_place(header: Header, message: Message, layouts: list[str],
                        ctx: Context) -> None:
    """The place the first head's report note names (`... report by correspondent ... from
    Geneva; recorded`) as the place sent from, on an FBIS item (layout `fbis`)."""
    if "fbis" not in layouts or not message.heads:
        return
    for head in message.heads[:2]:
        found = _REPORT_FROM.search(" ".join(text_of(head).split()))
        place = named_place(found.group("place"), ctx) if found else None
        if place is not None and place.kind == "place":
            header.sent.place = place
            return
