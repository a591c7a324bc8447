"""The author an edition names for its item: the sender of a letter or telegram that
names none itself (family rule: *an edition's author*). A works item's page sets the
author's line over the edition's fields (`V. I. Lenin` / `Published: ...`); an item page
without it names the author in its source field (`Source: J. V. Stalin, Works, Volume 4`,
`Source: Lenin's Collected Works`: table `edition-authors`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header, Party
from tei.convert.parties import parties
from tei.convert.zones import Segments


def edition_author(header: Header, seg: Segments, ctx: Context, doc_type: str = "") -> None:
    """Add the edition's author as the sender when no person is one, else the page's
    (`page_author`)."""
    if any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        return
    page_author(header, seg, doc_type, ctx)
    if any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        return
    line, name = _author(seg, ctx)
    persons = [party for party in parties(name, ctx, line) if party.entry
               and party.entry.kind == "person"] if name else []
    if persons:
        header.sent.parties += persons[:1]
        header.found("sender", "the edition's author")


def page_author(header: Header, seg: Segments, doc_type: str, ctx: Context) -> None:
    """(repost97) The one author a page's own field names for its letter or telegram (a
    wiki's infobox, `Author(s) | Leon Trotsky |`: table `page-keyword-fields`, row `authors`):
    the sender when the document names no person as one. Not for a record of conversation or
    a memorandum, whose archive's author may be its note-taker; several names tell no
    sender."""
    if doc_type not in ("letter", "telegram", "cable") or any(
            p.entry and p.entry.kind == "person" for p in header.sent.parties):
        return
    values = seg.keywords.get("authors", [])
    persons = [party for party in parties(values[0].text, ctx, values[0].no)
               if party.entry and party.entry.kind == "person"] if len(values) == 1 else []
    if len(persons) == 1:
        header.sent.parties += persons
        header.found("sender", "the page's author field")


def catalogue_venue(header: Header, seg: Segments, ctx: Context) -> None:
    """(letters43) The place a catalogue's record gives as the item's venue (the Thatcher
    Foundation's `Venue: Outside 36 Chesham Place, London SW1?`, `Venue: Drawing Room,
    British Embassy, Washington DC`) when the document names no place of its own: the last
    register place the venue names (the city after the street or the building)."""
    if header.sent.place is not None:
        return
    venues = [line for line in seg.fields.get("record", []) if _VENUE.match(line.text)]
    found = ctx.res.register.find(_VENUE.sub("", venues[0].text), ("place",)) if venues else []
    if found:
        header.sent.place = ctx.use(max(found, key=lambda match: match.start).entry)
        header.found("place", "the catalogue's venue")


_VENUE = re.compile(r"^Venue:\s*+")


def catalogue_parties(header: Header, seg: Segments, ctx: Context) -> None:
    """(docs37b) The author and the recipient a catalogue's record names for its item (the
    Stasi Records Archive's Mediathek: `Author: Erich Mielke`, `Recipient: Erich Honecker`;
    table `catalogue-parties`): a register person is the sender or the addressee when the
    document names no person as one."""
    for line in seg.fields.get("record", []):
        found = ctx.res.patterns.match("catalogue-parties", line.text)
        action = found and (header.sent if found[0] == "sender" else header.received)
        if not found or not action or any(
                p.entry and p.entry.kind == "person" for p in action.parties):
            continue
        persons = list(ctx.res.register.find(found[1].group("name"), ("person",)))
        if persons:
            action.parties.append(Party(ctx.use(persons[0].entry)))
            header.found(found[0], "the catalogue's record")


def _author(seg: Segments, ctx: Context) -> tuple[int, str]:
    """The author's line of a works item, else the author its source field names, else the
    one its edition's masthead names."""
    author = seg.facts.get("edition-author", "")
    line = next((line for line in seg.fields.get("page-text", []) if line.text == author), None)
    if author and line is not None:  # under a catalogue's section lines perhaps
        return line.no, re.sub(r"\s+", " ", author)
    source = seg.fields.get("source", [])
    found = ctx.res.patterns.match("edition-authors", " ".join(line.text for line in source))
    if found:
        return source[0].no, found[1].group("author")
    works = _WORKS_OF.match(seg.facts.get("edition-masthead", ""))
    return (1, works.group("author")) if works else (0, "")


# (lead83) the masthead of a statesman's works over each item (`Selected Works of Mao
# Tse-tung`, marxistleninists.org; `Selected Works of Jawaharlal Nehru, Second Series, ...`)
_WORKS_OF = re.compile(r"^(?:The\s++)?(?:Selected|Collected|Complete)\s++(?:Works|Papers|"
                       r"Writings)\s++of\s++(?P<author>[A-Z][\w.'’ -]{2,60}?)(?:,|\s++\(|$)")
