"""The places a party names: the seat of an addressee's post (`the Embassy in Vietnam`,
`the Ambassador in France (Caffery)`) and a sender's place (`Embassy in Pyongyang`, a place
alone, a place after the sender's name: `Botschafter Kroll, Moskau`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.register import Entry

# `Embassy in Pyongyang`, `The Ambassador in France (Caffery)`: the post, before the name
# the post's seat after `in`, or the preposition of the form's language (invent14: the
# Portuguese `Embaixada de Portugal em Londres`, the Spanish `en`, the French `à`, the Dutch `te`)
# (frus36) a consular post is `at` its city: `The Consul General at Hong Kong (Hopper)`;
# (invent30) the Vietnamese `tại` (`Đại sứ quán Việt Nam tại Bắc Kinh`: the embassy in Beijing);
# (cw63) in a heading in capitals too (`FROM U.K. HIGH COMMISSIONER IN CANADA TO ...`)
_IN_PLACE = re.compile(r"\b(?i:in|at|en|em|à|te|tại)\s++(?i:the\s++)?"
                       r"(?P<place>[A-Z][\w'’.-]*+(?:\s++[\w'’.-]++)*+)"
                       r"(?:\s*+\([^()]{1,40}\))?$")


def post_place(text: str, ctx: Context) -> Entry | None:
    """The place of the post an addressee part names (`the Embassy in Vietnam`, `the
    Ambassador in France (Caffery)`)."""
    found = _IN_PLACE.search(text)
    entry = ctx.res.register.lookup(found.group("place").strip(" ,.")) if found else None
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None


def sender_place(text: str, ctx: Context) -> Entry | None:
    """The place a sender part names: `Embassy in Pyongyang`, a place alone, or a place
    after the sender's name (`Botschafter Kroll, Moskau`)."""
    found = _IN_PLACE.search(text)
    target = found.group("place") if found else text
    entry = ctx.res.register.lookup(target.strip(" ,."))
    if entry is None and not found:
        matches = [m for m in ctx.res.register.find(text) if m.entry.kind == "place"]
        entry = matches[0].entry if matches and matches[0].start == 0 else None
    if (entry is None or entry.kind != "place") and "," in text:
        entry = ctx.res.register.lookup(text.rsplit(",", 1)[1].strip(" ,."))  # `X, Moskau`
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None


# (global70) a date's post in brackets after it (the Japanese Foreign Ministry's translated
# telegrams: `Dispatched: 1971/06/09 19:40 (Washington)`, `Received: ... (Tokyo)`)
_DATED_POST = re.compile(r"\d\s*+\((?P<place>[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2})\)\.?$")


def dated_post(value: str, ctx: Context) -> Entry | None:
    """The register place a sending or receiving date names in brackets after it."""
    found = _DATED_POST.search(value)
    entry = ctx.res.register.lookup(found.group("place")) if found else None
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None


# (repost83) a Bulletin's or a book's title closing on the place the document was written at
# and its date (`... to the CC CPSU, Beijing, 2 August 1958`)
_PLACE_THEN_DATE = re.compile(r",\s++(?P<place>[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}),\s++"
                              r"(?P<date>[^,]{6,30}+)$")


# an addressee's post abroad, whose seat the place after it is
_POST_ABROAD = re.compile(r"(?i)\b(?:embass(?:y|ies)|legation|consulate|mission|ambassadors?"
                          r"|envoy|attach[eé]|residen(?:t|cy)|delegation|representative)\b[^,]*+$")


def titled_place(text: str, ctx: Context) -> Entry | None:
    """The register place between the addressee and the date a title closes on (`... to the
    CC CPSU, Beijing, 2 August 1958`): where it was sent from, not the addressee's seat;
    unless the addressee is a post abroad (`to Soviet Embassy, Belgrade`), seated there."""
    found = _PLACE_THEN_DATE.search(text.strip())
    if found is not None and _POST_ABROAD.search(text[:found.start()]):
        return None  # `Gromyko to Soviet Embassy, Belgrade, 9 June 1958`: the post's seat
    if found is None or ctx.res.dates.whole(found.group("date").strip(" .")) is None:
        return None
    entry = ctx.res.register.lookup(found.group("place"))
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None
