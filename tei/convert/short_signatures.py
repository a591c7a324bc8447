"""(names24) A signer's surname of two or three letters in capitals on its own line, over or
under the signer's office (`HAY` / `MINISTER FOREIGN AFFAIRS`, `CHIEF DELEGATE OF CHINA` /
`YEN`, `KOO`, `WU`): a person's name, though a word so short in capitals elsewhere is an
office symbol or an acronym (`EUR`, `NEA`) and no name."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Mark, Part

_SHORT_SURNAME = re.compile(r"^(?P<name>[A-Z]{2,3})\.?$")


def short_signers(parts: list[Part], ctx: Context, line: int) -> list[Part]:
    """`parts` of a closer with each short capitals surname next to a role line marked as
    a person (the register's, else a local one)."""
    out = list(parts)
    for k, part in enumerate(parts):
        found = _short_surname(part)
        beside = {parts[j].kind for j in (k - 1, k + 1) if 0 <= j < len(parts)}
        if found is None or "role" not in beside:
            continue
        known = ctx.res.register.lookup(found.group("name"))
        if known is not None and known.kind != "person":
            continue  # `USA`, `UN`: a place or a body
        entry = ctx.person(found.group("name"), line)
        out[k] = Part("signed", [Mark("persName", {"ref": f"#{entry.id}"},
                                      [found.group("name")]), found.string[found.end("name"):]])
    return out


def _short_surname(part: Part) -> re.Match[str] | None:
    """The surname a `signed` part of plain text is, if it is a short one in capitals."""
    if part.kind != "signed" or len(part.content) != 1 or not isinstance(part.content[0], str):
        return None
    return _SHORT_SURNAME.match(part.content[0].strip())
