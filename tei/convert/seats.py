"""The seat of a diplomatic post as a document's place of origin.

A post named by its country (`the Chinese Embassy in the Soviet Union`, `Ambassador of the
USSR in the DPRK`) sits in that country's capital, which the register gives as data: a
`relation name="capital"` of its `listRelation type="capitals"`, dated where the capital
moved (Chongqing, Nanjing, Beijing). The post's phrase is read (table `post-seats`) in the
title's sender part and in the document's heading lines when no dateline or heading field
named the place; a country a title or heading gave as the place of origin is taken the
same way, the country being kept as the post. A mission to a body (`the Mission at the
United Nations`) sits where the body has its headquarters, which the register gives the
same way (`listRelation type="headquarters"` of the organisations); a delegation sent to a
body or a conference sits there too, but a delegation to a state is a visit and names no
post (`the party and government delegation to DPRK`). A seat of government as the place
(`10 Downing Street`, `BUCKINGHAM PALACE` heading a letter) has the city the register
gives it (`listRelation type="locations"`) named beside it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.model import Action, Header, Inline, Mark, Message, Paragraph, text_of
from tei.convert.month_names import MONTH_NAMES
from tei.convert.named_years import named_years
from tei.convert.pages.meeting_heading import meeting_venue
from tei.convert.patterns import label_key
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.states import capital_country, capitals, is_country, located_in
from tei.convert.zones import Segments


def capital(country: Entry, when: str, ctx: Context) -> Entry | None:
    """The capital of `country` on the ISO date `when` (any date: the only capital the
    register gives it), or None."""
    listing = country.element.getparent()
    options = capitals(listing).get(country.id, []) if listing is not None else []
    # (frus86) an undated document: the years of the persons it names (`named_years`)
    years = () if when else tuple(map(str, (ctx.year,) if ctx.year else named_years(ctx)))
    if when or years:
        found = {tuple(ident for ident, start, end in options if _in_force(start, end, year))
                 for year in (when,) if when} | {
            tuple(ident for ident, start, end in options if _in_force(start, end, year))
            for year in years}
        fitting = list(found.pop()) if len(found) == 1 else []
    else:
        fitting = [ident for ident, _, _ in options] if len(options) == 1 else []
    entry = ctx.res.register.entries.get(fitting[0]) if fitting else None
    return ctx.use(entry) if entry is not None else None


def _in_force(start: str, end: str, when: str) -> bool:
    """Whether the ISO date `when` (of any precision) falls from `start` to before `end`
    (either may be empty: open)."""
    return (not start or start[:len(when)] <= when) and (not end or when < end)


def post_seat(text: str, ctx: Context, when: str = "") -> Entry | None:
    """The place a post's phrase in `text` names (`Embassy of the USSR in the DPRK`: the
    DPRK), the register place its words open with; a body's (`Mission at the United
    Nations`) is its headquarters on the ISO date `when`."""
    found = ctx.res.patterns.match("post-seats", text)
    if not found:
        return None
    matches = ctx.res.register.find(found[1].group("place"), ("place", "org"))
    if found[0] == "printout" and (not matches or matches[0].start != 0):
        seat = _designated_seat(found[1].group("place"), ctx)
        return ctx.use(seat) if seat is not None else None
    if not matches or matches[0].start != 0:
        return None
    entry = matches[0].entry
    if found[0] == "delegation" and entry.kind == "place" and is_country(entry):
        return None  # a delegation to a state visits it: no post there
    return ctx.use(entry) if entry.kind == "place" else capital(entry, when, ctx)


def signer_post_seat(texts: list[str], when: str, ctx: Context) -> Entry | None:
    """(wcda69) The seat of the post the signer's lines under the text name (a diary's `USSR
    AMBASSADOR TO POLAND` / `P. PONOMARENKO`: Warsaw): a city, or a country's capital on the
    ISO date `when`, or a capital named as such; None when the register gives the country no
    capital then (`AMBASSADOR TO THE UAR`: no country as the place)."""
    for text in texts:
        seat = post_seat(text, ctx, when)
        if seat is not None:
            return capital(seat, when, ctx) if is_country(seat) else (
                seat if capital_country(seat) else None)
    return None


# (lead33) a subject heading (`On instructions to the Soviet Ambassador in Addis Ababa`, a
# party decision's; `Re: ...`, `Subject: ...`): the post it names is the one written to
_SUBJECT_HEAD = re.compile(r"(?i)^(?:on|about|concerning|regarding|re|subject)(?:\s*+:|\s)")


# (frus97) a record's list of those present, under its label: a participant's line (`Ambassador
# Lawrence Pezzulo, American Ambassador to Nicaragua`) names his post, not the record's place
_PARTICIPANTS = re.compile(r"^(?:(?:ALSO\s)?PRESENT|(?:Also\s)?Present|PARTICIPANTS|Participants)"
                           r"\s*+:?$")
_LISTED = re.compile(r"^[^\d,]++,[^\d]++$")  # a name and its office, no date


def _unlisted(texts: list[str]) -> list[str]:
    """`texts` without the participants' lines (a name and an office) under their label."""
    label = next((i for i, text in enumerate(texts) if _PARTICIPANTS.match(text.strip())), None)
    return texts if label is None else [*texts[:label], *(
        text for text in texts[label:] if not _LISTED.match(text.strip()))]


def seat_of_origin(sent: Action, texts: list[str], ctx: Context) -> str:
    """Set the place of origin from the first of `texts` naming a post (not a subject
    heading, nor a participant's line under the list's label), when none was found; a
    country as the place gives way to its capital (the country is the post). Returns where
    the place came from ("" when it did not change)."""
    where = ""
    if sent.place is None:
        sent.place = next((seat for text in _unlisted(texts) if not _SUBJECT_HEAD.match(text)
                           and (seat := post_seat(text, ctx, sent.when))), None)
        where = "a post's seat" if sent.place else ""
    seat = capital(sent.place, sent.when, ctx) if sent.place else None
    if seat is not None:
        sent.post = sent.post or sent.place
        sent.place = seat
        where = "a post's seat"
    return where


_DESIGNATOR_WIDTH = 6  # a printout's page header cuts the post's name to six characters


def _designated_seat(designator: str, ctx: Context) -> Entry | None:
    """The place a printout's page header designates: a post designator that is no place
    name (`STATE`: Washington, the `cable-posts` table), else `_truncated_post`."""
    seat = ctx.res.patterns.words("cable-posts").get(label_key(designator))
    entry = ctx.res.register.lookup(seat) if seat else None
    return entry if entry is not None else _truncated_post(designator, ctx)


def _truncated_post(designator: str, ctx: Context) -> Entry | None:
    """The one register place whose name a printout's page header cut to six characters
    (`NAIROB`: Nairobi, `NEW DE`: New Delhi), or None (`SANTIA`: several places)."""
    if len(designator) != _DESIGNATOR_WIDTH:
        return None
    fitting = {entry.id: entry for entry in ctx.res.register.entries.values()
               if entry.kind == "place" and entry.reg.upper().startswith(designator)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


_LETTERHEAD_HEADS = 3  # a letterhead's lines over the date: seat, office, perhaps a street


def letterhead_seat(message: Message, ctx: Context) -> Entry | None:
    """A head among a letter's first that is a seat of government and nothing else
    (`10 Downing Street` over `The Prime Minister`, `BUCKINGHAM PALACE` over the date): its
    letterhead, where the letter was written."""
    for head in message.heads[:_LETTERHEAD_HEADS]:
        entry = ctx.res.register.lookup(text_of(head).strip(" .,"))
        if entry is not None and entry.kind == "place" and located_in(entry):
            return ctx.use(entry)
    return None


def office_seat(message: Message, seg: Segments, when: str, ctx: Context) -> Entry | None:
    """The seat the sending office's letterhead, foot line or foot address (among the
    segments' processing lines) names."""
    return (letterhead_seat(message, ctx) or heading_seat(seg.heading, ctx)
            or office_letterhead_seat(seg.heading, when, ctx)
            or foot_office_seat(message, when, ctx) or foot_address_place(seg.processing, ctx)
            or meeting_venue(seg, ctx))


_THE = re.compile(r"(?i)^the\s++")


def heading_seat(heading: list[Line], ctx: Context) -> Entry | None:
    """(intel79) A seat of government alone on one of a cable form's first heading lines
    (`THE WHITE HOUSE` over `SITUATION ROOM`, no city under it): where the message was sent
    from, the city the register places the seat in being named beside it."""
    for line in heading[:_LETTERHEAD_HEADS]:
        entry = ctx.res.register.lookup(_THE.sub("", line.text).strip(" .,"))
        if entry is not None and entry.kind == "place" and located_in(entry):
            return ctx.use(entry)
    return None


# (frus84) a date alone on its line, no place before it (`December 21, 1864.`)
_BARE_DATE = re.compile(rf"^(?:{MONTH_NAMES})\s\d{{1,2}},\s1[789]\d\d\.?$")


def office_letterhead_seat(heading: list[Line], when: str, ctx: Context) -> Entry | None:
    """(frus84) An office's letterhead closed by a comma over a dateline that names no place
    (a FRUS instruction's `Department of State,` / `December 21, 1864.`): the office's seat
    on the date `when`, as the register's headquarters relation gives it (Washington)."""
    for line, below in pairwise(heading[:_LETTERHEAD_HEADS + 1]):
        if not line.text.endswith(",") or not _BARE_DATE.match(below.text):
            continue
        entry = ctx.res.register.lookup(_THE.sub("", line.text).strip(" .,"))
        if entry is not None and entry.kind == "org":
            return capital(entry, when, ctx)
    return None


def foot_office_seat(message: Message, when: str, ctx: Context) -> Entry | None:
    """(letters47) The seat of the body whose name signs a note over a dateline with no
    place at its foot (`FOREIGN OFFICE, S.W.1.` / `14th January, 1948.`: London), as the
    register's headquarters relation gives it on the ISO date `when`."""
    for above, dateline in pairwise(message.closer):
        if dateline.kind != "dateline" or above.kind not in ("signed", "role", "address") or any(
                isinstance(item, Mark) and item.tag == "placeName" for item in dateline.content):
            continue
        content = [item for item in _last_line(above.content) if item != ""]
        first = content[0] if content else None
        entry = ctx.used.get(first.attrs.get("ref", "")[1:]) if isinstance(
            first, Mark) and first.tag == "orgName" else None
        seat = capital(entry, when, ctx) if entry is not None else None
        if seat is not None:
            return seat
    return None


def _last_line(content: list[Inline]) -> list[Inline]:
    """(cw70) The last line of a closer's block: the office under a minister's initials in
    one signature block (`S. L.` / `Foreign Office, S.W.1,` over the date of a Cabinet
    memorandum)."""
    breaks = [n for n, item in enumerate(content) if isinstance(item, Mark) and item.tag == "lb"]
    return content[breaks[-1] + 1:] if breaks else content


# (lead39) the sending office's address set under the signature, its town last (`Palais de
# Chaillot,` / `Paris, XVIe.`; `Foreign Office,` / `London, S.W.1.`): the town, maybe with its
# district or postal code after it
_ADDRESS_TOWN = re.compile(r"^(?P<town>[A-Z][\w'’ -]{2,30}?)(?:,\s*+(?:[IVX]{1,4}e|\d{1,2}e"
                           r"|\(\d{1,2}e\)|[NESW]\.?\s?[EWC]?\.?\s?\d{1,2}\.?|\d{4,5}))?\.?$")


_ROUTED = re.compile(r"(?i)\b(?:to|by|for|from|copies|repeated|sent|received|saving)\b")


def foot_address_place(lines: list[Line], ctx: Context) -> Entry | None:
    """(lead39) The town of an address of two or three lines opening the processing lines
    under the signature (`_ADDRESS_TOWN`), each line but its last ending with a comma: a
    register town, not a country."""
    texts = "\n".join(line.text for line in lines[:3]).split("\n")
    for end in range(1, min(3, len(texts))):
        found = _ADDRESS_TOWN.match(texts[end].strip())
        if not found or not all(text.rstrip().endswith(",") and not _ROUTED.search(text)
                                for text in texts[:end]):
            continue  # (not a list of posts: `Repeated to Washington,` / `Paris.`)
        matches = ctx.res.register.find(found["town"], ("place",))
        if matches and (matches[0].start, matches[0].end) == (0, len(found["town"])) \
                and not is_country(matches[0].entry):
            return ctx.use(matches[0].entry)
    return None


def seat_city(sent: Action, ctx: Context) -> None:
    """A seat of government as the place of origin (`10 Downing Street`) has the city it
    stands in (London) named beside it."""
    city_id = located_in(sent.place) if sent.place is not None else ""
    city = ctx.res.register.entries.get(city_id) if city_id else None
    if city is not None:
        sent.city = ctx.use(city)


_STAMP_KINDS = ("dateline", "cable-number")  # a Soviet letterhead's date and number fields


def stamped_seat(texts: list[str], kinds: list[str | None], ctx: Context) -> Entry | None:
    """(bloc77) A Soviet office's letterhead with its date and outgoing number fields, then
    its town alone on the next line (`COMMITTEE OF STATE SECURITY` / `18.IV.68   No.
    874-A/ov` / `Moscow`): the town the office writes from (a register town, no country);
    `texts` are the heading's lines, `kinds` their heading kinds."""
    for i in range(2, len(texts)):
        j = i - 1
        while j > i - 3 and kinds[j] in _STAMP_KINDS:
            j -= 1
        if kinds[i] is not None or j == i - 1 or kinds[j] != "letterhead":
            continue
        entry = ctx.res.register.lookup(texts[i].strip(" .,"))
        if entry is not None and entry.kind == "place" and not is_country(entry):
            return ctx.use(entry)
    return None


# (cw80) the preposition just before the seat's name (`... at 10 Downing Street at 11.00 a.m.`)
_AT_END = re.compile(r"(?i)\b(?:at|in)\s++(?:the\s++)?$")
_OPENING_BLOCKS = 3


def opening_venue(header: Header, message: Message, ctx: Context) -> None:
    """(cw80) The seat of government a record's or a note's first paragraph names as where the
    talk was held (`The Prime Minister saw the Taoiseach ... at 10 Downing Street at 11.00
    a.m.`): the place of origin, its city named beside it, when the document named none; a
    town the paragraph names (`the situation in Londonderry`) is no venue."""
    if header.sent.place is not None:
        return
    first = next((block for block in message.blocks[:_OPENING_BLOCKS]
                  if isinstance(block, Paragraph) and block.tag == "p"), None)
    before = ""
    for item in first.content if first is not None else []:
        entry = ctx.used.get(item.attrs.get("ref", "")[1:]) if isinstance(
            item, Mark) and item.tag == "placeName" else None
        if entry is not None and located_in(entry) and _AT_END.search(before):
            header.sent.place = entry
            seat_city(header.sent, ctx)
            header.found("place", "the seat where the talk was held, in the first paragraph")
            return
        before = item if isinstance(item, str) else ""
