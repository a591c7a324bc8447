"""(wcda83) The author a report's or memorandum's by-line names under the form's bare word
(`REPORT` / `by Ivan Bashev, Minister of Foreign Affairs of the People's Republic of
Bulgaria`, the Bulgarian and Soviet party papers' heading): the sender, as a signature
would be, when the title names the author by office only (`correspondence_parties`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, RegistryLine, text_of
from tei.convert.named_parties import refs
from tei.convert.register import Entry

_BY = re.compile(r"^(?i:by)\s++(?:(?i:comrade|cde\.?)\s++)?[A-Z]")


def byline_authors(message: Message, heading: list[RegistryLine], ctx: Context) -> list[Entry]:
    """The first person the line opening with `by` right under the form's bare word (a
    `document-type` line of the heading) names: a heading line of its own, or the text's
    first head when the by-line runs on into the author's office."""
    form = next((k for k, line in enumerate(heading) if line.subtype == "document-type"), None)
    if form is None:
        return []
    under = [line.content for line in heading[form + 1:form + 2] if line.subtype == "other"]
    for content in [*under, *message.heads[:1]]:
        if _BY.match(text_of(content)):
            return refs([content], ctx)[:1]
    return []
