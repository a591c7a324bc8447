"""The lines that go on with a document's heading: a line opening in lower case
(`on the conversation of Cde. W. Gomułka with ...` under `NOTE`), and a Soviet record's
heading that ends in its interlocutor's name on a line of its own (`Record of Conference` /
`with First Secretary of the Central Committee ...` / `of the Republic of Cuba,` /
`Comrade Fidel Castro Ruz`)."""

from __future__ import annotations

import re

from tei.convert.roles import TERMINAL

_MAX_WORDS = 40
# (sample wc38) `Comrade Fidel Castro Ruz`, `Cde. Pak Hon-yong`: an honorific and a name alone
_NAMED_COMRADE = re.compile(
    r"^(?:Comrades?|Cdes?\.|Tov\.)\s++[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,4}$")


def continues_head(text: str, previous: str, following: str) -> bool:
    """Does the line `text`, under a heading line `previous`, go on with the heading? A
    lower-case line ending open, or ending in a comma over the interlocutor's name; that
    name's own line after a heading line ending in a comma."""
    if len(text.split()) > _MAX_WORDS:
        return False
    if text[:1].islower():
        return not TERMINAL.search(text) or (
            text.endswith(",") and _NAMED_COMRADE.match(following) is not None)
    return names_interlocutor(previous, text)


def names_interlocutor(previous: str, text: str) -> bool:
    """`Comrade Pham Van Dong` under a record's heading line ending in a comma (`of the
    Socialist Republic of Vietnam,`): whom the record's talk was with, no addressee."""
    return previous.endswith(",") and _NAMED_COMRADE.match(text) is not None
