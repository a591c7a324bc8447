"""The place a sender field, a dateline or a heading's line names: a register place, else a
bare capitalised name standing first (a local place), never an office, a person or a date."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.literals import fold
from tei.convert.register import Entry
from tei.convert.states import is_country

_BRACKETED_TAIL = re.compile(r"(?<!\s)\s*+\([^()]{1,80}+\)$")
# a place's name of one to three capitalised words
PLACE_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
# a bureau's symbol before its officer's name (`FROM: EUR - Foy D. Kohler`), no place
_OFFICE_SYMBOL = re.compile(r"^[A-Z]{1,4}$")
_FIRST_WORD = re.compile(r"(?<!\s)\s*+([\w'’-]++)")


def _office_follows(rest: str, ctx: Context) -> bool:
    """Whether `rest` opens with an office word (`Embassy`, `Legation`)."""
    found = _FIRST_WORD.match(rest)
    return found is not None and found.group(1).casefold() in ctx.res.patterns.words(
        "office-words")


def named_place(text: str, ctx: Context, line: int = 1) -> Entry | None:
    """The place a sender field or a dateline names: a register place, one standing alone
    between commas first (`Pakistan Embassy, Washington`: the embassy's seat, not its
    country), else a bare capitalised name standing first (`Downing Street, ...`), which
    gets a local entry; not a name with an office symbol after it (`Tyler EUR`) nor an
    office holder's title (`Chief`). A place
    whose name holds a comma (`México, D.F.`) is that place. A state before its office is
    whose office it is, not where (`Netherlands Embassy Washington`: Washington; not
    `Moscow Embassy`), nor a state before its city (`Kyrgyzstan Bishkek`)."""
    for part in [text, *text.split(",")]:
        # (cw72) the officer's name in brackets after the post's seat (`High Commissioner
        # for New Zealand, Ottawa (Mr. R. H. Wade)`): the seat, not the country before it
        entry = ctx.res.register.lookup(_BRACKETED_TAIL.sub("", part.strip()).strip(" ."))
        if entry and entry.kind == "place":
            return ctx.use(entry)
    places = [m for m in ctx.res.register.find(text) if m.entry.kind == "place"]
    # (cables72) nor a state before its city (PlusD's record field `From: Kyrgyzstan Bishkek`)
    owners = [m for m in places if is_country(m.entry) and (
        _office_follows(text[m.end:], ctx)
        or any(n.start > m.end and not text[m.end:n.start].strip() for n in places))]
    for match in places:
        if match not in owners and not _unit_named(text, match.end, ctx):
            return ctx.use(match.entry)
    head = re.split(r"[,–—(\[]| - ", text.strip(" ."), maxsplit=1)[0].strip(" .-")
    bodies = ctx.res.patterns.words("office-words")
    if (PLACE_NAME.match(head) and not _OFFICE_SYMBOL.match(head) and not ctx.res.dates.find(head)
            and not ctx.res.register.find(head) and ctx.trimmed(head) == head
            and not any(w.casefold().strip(".") in bodies for w in head.split())
            and head.casefold() not in ctx.res.patterns.words("weekdays")
            and not _persons_name(head, ctx)
            and not any(w.casefold() in ctx.res.patterns.words("honorifics")
                        for w in head.split())
            # (ocr41) an office holder's title opening the field (`FROM : Chief, Requirements
            # Branch, OCI`): the sender's office, no place
            and head.split()[0].casefold() not in ctx.res.patterns.words("role-openers")):
        return ctx.entry("place", head.title() if head.isupper() else head, line)
    return None


def _unit_named(text: str, end: int, ctx: Context) -> bool:
    """(cw72) Does the comma-part a place ends at `end` go on to end in a ministry's unit
    (`Pacific and Americas Branch`: table `office-units`)?"""
    rest = text[end:].split(",", 1)[0].split()
    return bool(rest) and rest[-1].strip(" .").casefold() in ctx.res.patterns.words(
        "office-units")


def _persons_name(head: str, ctx: Context) -> bool:
    """(misses35) A sender field's name of two or three words opening with a given name of the
    register's persons (`FROM: Jack Perry`): the sender, no place."""
    words = head.split()
    return len(words) > 1 and fold(words[0]) in ctx.res.register.given_names


def refined_place(current: Entry | None, post: str, ctx: Context, line: int = 1) -> Entry | None:
    """(cw86) The place of origin once a heading line's post in brackets is read: the envoy's
    post (`Sir M. Lampson (Peking),`, the Foreign Office print's decypher) names the place he
    sends from more closely than the series' country the print sets above it (`From
    CHINA.`), so a city refines a country read before; any other place read before stands."""
    named = named_place(post, ctx, line)
    if current is None or (named is not None and is_country(current) and not is_country(named)):
        return named or current
    return current
