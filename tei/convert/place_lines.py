"""A journal's, diary's or note's place line: the place of origin a document gives on a line
of its own over its first dated entry or first turn, at the end of an office's letterhead
line, or in a note's `on DATE in PLACE` line."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.register import Entry
from tei.convert.states import is_country
from tei.convert.venue_slashes import without_slashed_venue

_LEAD_BLOCKS = 20  # how far down a journal's place line may stand, under its heading lines


def place_line(message: Message, ctx: Context) -> Entry | None:
    """`Pyongyang` alone over `[…]` or `23 July 1960`: a journal's or diary's place line,
    standing under its heading and over its first dated entry, is where it was kept; else
    the place before the date ending an office's letterhead line. So is the last line of a
    writer's address over a letter's dateline (`10 Downing Street,` / `Whitehall.` / `12th
    March, 1957.`), or the city closing the line of a house's address (table `address-city`:
    `The Viceroy's House, New Delhi` / `March 1. 1947.`); so is a place line over a record's
    first turn (`White House` / `GORBACHEV One has ...`)."""
    opening = [text_of(part.content) for part in message.opener[:1] if part.kind == "dateline"]
    texts = [text_of(head) for head in message.heads] + opening + [
        text_of(block.content) for block in message.blocks[:_LEAD_BLOCKS]
        if isinstance(block, Paragraph)]
    for text, following in pairwise(texts):
        found = ctx.res.patterns.match("address-city", text.strip())
        entry = ctx.res.register.lookup(found[1].group("city") if found else text.strip(" ."))
        if (entry and entry.kind == "place" and text.strip(" .")[:1].isupper()
                and not (found and is_country(entry))
                and (following.strip("[]. …") == "" or ctx.res.dates.whole(following)
                     or _first_turn(following, ctx))):
            return ctx.use(entry)
    return next((entry for head in message.heads[:_LEAD_BLOCKS]
                 if (entry := _office_line_place(text_of(head), ctx))), None) or next(
        (entry for text in texts[:_NOTE_HEAD] if (entry := _met_in(text, ctx))), None) or next(
        (entry for above, text in pairwise(texts[:_NOTE_HEAD])
         if (entry := _place_under_date(above, text, ctx))), None)


# (misses31) a record's first turn, its speaker's surname in capitals (`GORBACHEV One has
# ...`, `KOHL: I thank you`): the place line over it (`White House`) is where it was held
_TURN = re.compile(r"^(?P<speaker>[A-Z][A-Z'’-]{2,30}+):?\s")


def _first_turn(text: str, ctx: Context) -> bool:
    """Whether `text` opens with a speaker's turn: the name and its colon, or a name of a
    person of the register (where the colon was lost)."""
    found = _TURN.match(text)
    if found is None or found.group().rstrip().endswith(":"):
        return found is not None
    return any(match.entry.kind == "person" for match in ctx.res.register.find(
        found.group("speaker")))


_NOTE_HEAD = 6  # how far down a note's date and place line may stand
# (wc29) a note's line telling when and where the talks were held, under the note's head
# (`on 26 September 1987 in the MfS [in Berlin]`, `on February 9, 1983 in Moscow`; wcda57:
# `..., held on 2 June 1972 in Varna`, a memorandum's heading sentence; bloc68: its last
# line when the heading is broken over lines, `held on 5 August 1974 in Oreanda`), or
# ending its first line when a compact page joins them (`... Comrade Horvath, on ...`)
_MET_ON_IN = re.compile(
    r"(?:^(?i:held\s++)?|,\s|\sheld\s)(?i:on)\s++(?P<date>[^;:]{4,24}?\d{4})\s++in\s++(?P<where>[^.;:,]{3,60}+)$"
    # (misses49) or the place first, ending a record's heading (`of the official talks between
    # Comrade Erich Honecker and Comrade Kim Il Sung in Pyongyang on 31 May 1984`); (wcda67)
    # `held at` the place, the hour after the day (`... held at Brioni on 18 July 1956 at 10 a.m.`)
    r"|\s(?:in|held\s++at)\s++(?P<where_first>(?-i:[A-Z])[^.;:,]{2,40}?)\s++on\s++"
    r"(?P<date_last>[^;:]{4,24}?\d{4})(?:,?\s++at\s++\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.\s?m\.|hrs\.?)?)?$"
    # (wcda57) or a line of its own, the day first (`17 May 1962, Ulaanbaatar`) under a
    # record's heading sentence (`of Comrade Yu. Tsedenbal ... with the Ambassador ...`)
    r"|^(?P<date_alone>[^;:]{4,24}?\d{4}),\s++(?P<where_alone>(?-i:[A-Z])[^.;:,\d]{2,40}+)$"
    # (wcda63) or the place first on that line (`Ulaanbaatar, 15 January 1966`)
    r"|^(?P<where_lead>(?-i:[A-Z])[^.;:,\d]{2,40}+),\s++(?P<date_after>[^;:]{4,24}?\d{4})\.?$"
    # (wcda64) or closing a record's heading after its parties (`Minutes of Conversation
    # between Comrade Nicolae Ceaușescu and Comrade Kim Il Sung, Pyongyang, 10 June 1971`)
    r"|(?<=[a-z]),\s(?P<where_tail>(?-i:[A-Z])[^.;:,\d]{2,40}+),\s(?P<date_tail>[^;:,]{4,24}?\d{4})$")


def _met_in(text: str, ctx: Context) -> Entry | None:
    """The last register place of a note's `on DATE in PLACE` (or `in PLACE on DATE`, or
    `DATE, PLACE` or `PLACE, DATE` alone) line, its date a whole one."""
    found = _MET_ON_IN.search(without_slashed_venue(text.strip()))  # (wcdh87) `/venue/`
    day = found and (found.group("date") or found.group("date_last") or found.group("date_alone")
                     or found.group("date_after") or found.group("date_tail"))
    if not found or not ctx.res.dates.whole(day):
        return None
    places = ctx.res.register.find(found.group("where") or found.group("where_first")
                                   or found.group("where_alone") or found.group("where_lead")
                                   or found.group("where_tail"),
                                   ("place",))
    return ctx.use(places[-1].entry) if places else None


def _place_under_date(above: str, text: str, ctx: Context) -> Entry | None:
    """(wcda63) A record's place line of its own UNDER its date and hour line, both under the
    record's heading sentence (`14 February 1961, 11:00 hrs.` / `Tirana`): a register place
    that is no country. (wcda70) The hours may be a span (`2 October 1964, 10.00-11.10`), and
    the building may follow the place after a comma (`Ulaanbaatar, Government Palace`)."""
    venue = _VENUE.match(text.strip(" ."))
    entry = ctx.res.register.lookup(venue.group("place") if venue else text.strip(" ."))
    if (entry is None or entry.kind != "place" or is_country(entry) or not text[:1].isupper()
            or not ctx.res.dates.whole(_HOUR_SPAN.sub("", above))):
        return None
    return ctx.use(entry)


# (wcda70) a meeting's hours as a span after its day (`10.00-11.10`): the day and its first hour
_HOUR_SPAN = re.compile(r"(?<=\d)\s*+[-–]\s*+\d{1,2}[.:]\d{2}(?=\s*+(?:hrs?\.?|hours)?\.?$)")
# (wcda70) the place and the building the meeting was held in (`Ulaanbaatar, Government Palace`)
_VENUE = re.compile(r"^(?P<place>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++)?),\s++[A-Z][\w'’-]*+"
                    r"(?:\s++[\w'’-]++){0,4}$")


# an office's letterhead with the place and date it writes on after it, on one line
# (`1st Directorate of the Ministry of the Interior Prague, August 17, 1962`, wc14)
_OFFICE_PLACE_DATE = re.compile(
    r"(?<=\S\s)(?P<place>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++)?),\s++(?P<date>\S.{3,28}?\d{4})\.?$")


def _office_line_place(text: str, ctx: Context) -> Entry | None:
    """The register place before the whole date ending a letterhead line, of its last two
    words or its last one (`Interior Prague`: Prague)."""
    found = _OFFICE_PLACE_DATE.search(text)
    if not found or not ctx.res.dates.whole(found.group("date")):
        return None
    words = found.group("place").split()
    for name in (" ".join(words), words[-1]):
        entry = ctx.res.register.lookup(name)
        if entry and entry.kind == "place":
            return ctx.use(entry)
    return None
