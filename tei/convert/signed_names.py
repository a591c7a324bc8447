"""(wcdk89) A signer named by his surname alone after the translation's mark where his
signature stands, the rest of the line (`[signed] Ivanov`, `[signature] Gorbunov`: a receipt
stamp's or a covering note's signers on the Digital Archive's CPSU CC pages, in the text
rather than a closer): a person, though the register does not know him, unless the
register knows the name as a place or a body."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Inlines, Mark, text_of

# the rest of the line: up to two initials and one or two capitalised words
_SIGNER = re.compile(r"^(?P<space>\s++)(?P<name>(?:[A-Z]\.\s?){0,2}[A-Z][a-z'’-]++"
                     r"(?:\s[A-Z][a-z'’-]++)?)\.?\s*+$")
_MARKS = frozenset({"signed", "signature"})


def signed_surnames(items: Inlines, ctx: Context, line: int) -> Inlines:
    """`items` with the name that closes a line after a supplied signature mark marked as a
    person (returned as they are when there is none)."""
    if len(items) < 2:
        return items
    mark, rest = items[-2], items[-1]
    if not (isinstance(mark, Mark) and mark.tag == "supplied"
            and mark.attrs.get("reason") == "signature"
            and text_of(mark.children).strip().casefold() in _MARKS and isinstance(rest, str)):
        return items
    found = _SIGNER.match(rest)
    if not found:
        return items
    name = found.group("name")
    known = ctx.res.register.lookup(name)
    if known is not None and known.kind != "person":  # a place or a body
        return items
    if not ctx.plausible_name(name):
        return items
    # the inline reading left the name untagged, so no register person was sure for it (a
    # common surname alone: `Ivanov`): a local person
    entry = ctx.local_person(name, line)
    tail = rest[found.end("name"):]
    return [*items[:-1], found.group("space"),
            Mark("persName", {"ref": f"#{entry.id}"}, [name]), *([tail] if tail else [])]
