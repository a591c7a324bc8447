"""The author an edition names for its item: the sender of a letter or telegram that
names none itself (family rule: *an edition's author*). A works item's page sets the
author's line over the edition's fields (`V. I. Lenin` / `Published: ...`); an item page
without it names the author in its source field (`Source: J. V. Stalin, Works, Volume 4`,
`Source: Lenin's Collected Works`: table `edition-authors`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header
from tei.convert.parties import parties
from tei.convert.zones import Segments


def edition_author(header: Header, seg: Segments, ctx: Context) -> None:
    """Add the edition's author as the sender when no person is one."""
    if any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        return
    line, name = _author(seg, ctx)
    persons = [party for party in parties(name, ctx, line) if party.entry
               and party.entry.kind == "person"] if name else []
    if persons:
        header.sent.parties += persons[:1]
        header.found("sender", "the edition's author")


def _author(seg: Segments, ctx: Context) -> tuple[int, str]:
    """The author's line of a works item, else the author its source field names."""
    authored = seg.fields.get("page-text", [])
    if seg.facts.get("edition-author") and authored:
        return authored[0].no, re.sub(r"\s+", " ", seg.facts["edition-author"])
    source = seg.fields.get("source", [])
    found = ctx.res.patterns.match("edition-authors", " ".join(line.text for line in source))
    return (source[0].no, found[1].group("author")) if found else (0, "")
