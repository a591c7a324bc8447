"""Correspondence facts: who sent the document to whom, from where and when, and its
numbers, read from the title, the letter parts, the cable heading, the datelines and the
processing lines, in that order of trust, with a record of where each fact was found."""

from __future__ import annotations

import re

from tei.convert.action_dates import (
    archive_date,
    dateline_receipt,
    file_date,
    form_date,
    form_receipt,
    new_year,
    noted_receipt,
    quoted_date,
    read_date,
    received_date,
    recorded_date,
    sent_date,
    set_date,
    timed_receipt,
)
from tei.convert.archive_span import dispatched_eve, own_date_within
from tei.convert.context import Context
from tei.convert.correspondence_parties import found_parties, read_parties, signing_bodies
from tei.convert.date_shapes import DateValue
from tei.convert.dateline_parts import dateline_place, town_of_country
from tei.convert.foot_dtg import foot_dtg, signal_origin
from tei.convert.foot_receipt import foot_receipt
from tei.convert.heading_numbers import ocr_digits
from tei.convert.heading_places import heading_facts
from tei.convert.headnote_dates import headnote_date
from tei.convert.hour_telegrams import hour_dated
from tei.convert.model import Header, Inlines, Mark, Message, Party, RegistryLine, text_of
from tei.convert.named_parties import refs, relayed_senders
from tei.convert.named_places import named_place
from tei.convert.notes_third_person import note_parties
from tei.convert.numbering import number_over_points
from tei.convert.office_holders import US, letterhead_offices, resolve_offices, us_record
from tei.convert.pages.cablerecord import record_post
from tei.convert.pages.worksitem import published_written, written_place
from tei.convert.parties import office_holder
from tei.convert.party_offices import party_office_parties
from tei.convert.party_places import post_place, sender_place, titled_place
from tei.convert.place_lines import place_line
from tei.convert.read import Line
from tei.convert.receipt_days import clock_under_receipt, day_receipt, head_receipt, opening_lines
from tei.convert.register import Entry
from tei.convert.relay_opening import relay_sender
from tei.convert.routing_sides import route_sides
from tei.convert.seats import office_seat, seat_city, seat_of_origin, signer_post_seat
from tei.convert.segment import heading_groups
from tei.convert.sovereign_titles import sovereign_parties
from tei.convert.zones import Segments

_NOTE_BY = re.compile(r"(?i)^note\s++by\s++(?:the\s++)?(?P<office>[^,]+?)(?<!\s)\s++on\s++\S")
_PARENTHESISED_PLACE = re.compile(r"\((?P<place>[A-Z][^()]{1,40}+)\)")
# where a dateline's place ends (its seat after a comma, a dash, a bracket: as `named_place` does)
_PLACE_PART = re.compile(r"[,–—(\[]| - ")



def correspondence(header: Header, seg: Segments, message: Message,
                    heading: list[RegistryLine], ctx: Context) -> None:
    sent, received = header.sent, header.received
    split, title_sender = read_parties(header, seg, message, heading, ctx)
    published_written(seg, ctx)  # (repost84) `Published: ... Written on March 6 (19), 1917.`
    archived = archive_date(seg, ctx)
    own = own_date_within(seg, message, ctx) if archived else None
    if own:  # (wcda73) the document's own day inside the archive's range, month or `circa`
        set_date(sent, own)
        header.found("date", "a dateline within the archive's date line")
    # a month alone yields to the heading's day, and so does a record's first of January (the
    # placeholder a reading room's catalogue gives an undated item: CREST's `Publication
    # Date: January 1, 2000` over a cable `Dated 4 December 1971`, ocr38)
    if not own and archived and archived[1].day is not None and not new_year(archived[1]):
        set_date(sent, archived)
        header.found("date", "the archive's date line")
    heading_facts(header, seg.heading or seg.trailing_heading, ctx)
    eve = dispatched_eve(seg, header.received.when, archived[1], ctx) if archived and not own \
        else None
    if eve:  # (wcda73) the archive dated the cable by its arrival the day after it was sent
        set_date(sent, eve)
    if not sent.when and archived:
        set_date(sent, archived)
        header.found("date", "the archive's date line")
    header.telegram = ocr_digits(header.telegram or seg.facts.get("telegram", "") or
                                 _opening_number(message, ctx, bool(header.received.when)
                                                 or hour_dated(message, header.title, ctx))
                                 or _reference_number(seg, ctx))
    named = relayed_senders(heading, message, ctx) or relay_sender(message, ctx)  # (wcdb84)
    if not sent.parties:
        sent.parties = named or [Party(entry) for entry in signing_bodies(message, ctx)]
    # an office or (frus57) a bureau alone: `FROM: INR—Thomas L. Hughes` names its head
    elif not any(p.entry is not None and p.entry.kind == "person" for p in sent.parties):
        sent.parties += [party for party in named
                         if party.entry is not None and party.entry.kind == "person"]
    found_parties(header, "the cable heading")
    noted = note_parties(message, ctx) if not sent.parties or not received.parties else None
    if noted:
        sent.parties = sent.parties or noted[0]
        received.parties = received.parties or noted[1]
        found_parties(header, "a third-person note's opening")
    if sent.when:
        header.found("date", "the cable heading")
    sent.place = sent.place or record_post(seg, ctx)  # (us88) `... Embassy Tunis`
    if sent.place:
        header.found("place", "the cable heading")
    outgoing = [part for part in message.closer if part.kind == "idno"]
    if outgoing and outgoing[0].subtype == "telegram":  # `– 232 – Jakus –`: the telegram's own
        header.telegram = header.telegram or re.sub(r"\D", "", text_of(outgoing[0].content))
    elif outgoing:
        # a dashed close keeps its dashes in the text, not in the number (`-- 118 --`: wc40)
        header.outgoing = re.sub(r"^\D*|[\s–—-]+$", "", text_of(outgoing[0].content)).strip()
    if not sent.when:
        set_date(sent, sent_date(seg, message, ctx))
    if sent.when:
        header.found("date", "a dateline")
    if not sent.when:
        set_date(sent, signal_origin(message))
        if sent.when:
            header.found("date", "the signal's time of origin under the text")
    if not sent.when:
        set_date(sent, file_date(seg, ctx))
    if sent.when:
        header.found("date", "the file number")
    if not sent.when:
        set_date(sent, recorded_date(seg.heading, ctx))
    if sent.when:
        header.found("date", "the archive record's date")
    if not sent.when:
        set_date(sent, quoted_date(seg, message, ctx))
    if sent.when:
        header.found("date", "the quoted document's date line")
    if not sent.when or not header.received.when:
        _processing_dates(header, seg.processing, ctx)
    _title_facts(header, ctx)
    if not sent.when:
        _subject_date(header, seg, message, ctx)
    if not sent.when:
        set_date(sent, form_date(message, ctx) or headnote_date(message, ctx))
        if sent.when:
            header.found("date", "a form's date line")
    if not sent.when:
        set_date(sent, foot_dtg(message, ctx))
        if sent.when:
            header.found("date", "the date-time group under the text")
    if not header.received.when:
        set_date(header.received, noted_receipt(seg, sent.when, ctx))
    if not header.received.when:
        set_date(header.received, timed_receipt(seg.heading, sent.when, ctx))
    if not header.received.when:
        set_date(header.received, day_receipt([*seg.heading, *opening_lines(message)],
                                              sent.when, ctx))
    if not header.received.when:
        set_date(header.received, form_receipt(message, ctx) or dateline_receipt(message, ctx))
    if not header.received.when:
        set_date(header.received, head_receipt(message, ctx) or foot_receipt(message, ctx))
    if len(header.received.when) == len("1962-11-14"):
        set_date(header.received, clock_under_receipt(seg.heading, header.received.when, ctx))
    datelines = [p.content for p in [*message.opener, *message.closer] if p.kind == "dateline"]
    places = _street_place(datelines, ctx) or ([] if any(  # not the country after a town
        town_of_country(text_of(c), ctx) for c in datelines) else refs(datelines, ctx, "placeName"))
    if not places:
        written = [(content, dateline_place(text_of(content), ctx)) for content in datelines]
        places = [place for _, text in written if (place := named_place(text, ctx))]
        if places:
            _mark_place(written, places[0], ctx)
    titled = titled_place(header.title, ctx) if split and split[1] else None
    sent.place = places[0] if places else sent.place or titled or (
        (_parenthesised_place(title_sender, ctx) or sender_place(title_sender, ctx)
         or _note_office_place(header.title, ctx))
        if title_sender else None)
    line_place = None if sent.place else place_line(message, ctx) or written_place(seg, ctx)
    seat = None if sent.place or line_place else office_seat(message, seg, sent.when, ctx)
    sent.place = sent.place or line_place or seat
    seat_city(sent, ctx)
    if line_place:
        header.found("place", "a place line over the first entry")
    elif seat:
        header.found("place", "a seat of government's letterhead or an office's foot line")
    elif sent.place:
        header.found("place", "a dateline" if places else "the title")
    if split and split[1] and not received.place and titled is None:
        received.place = _parenthesised_place(split[1], ctx) or sender_place(split[1], ctx)
    post = post_place(title_sender, ctx) if places and title_sender else None
    if post is not None and post != sent.place:
        sent.post = post  # `Embassy in Vietnam` beside the dateline's `Saigon`
    title_part = title_sender if split and split[1] else header.title
    where = seat_of_origin(sent, [title_part, *(text_of(head) for head in message.heads),
                                  *(line.text for line in seg.heading
                                    if not _copy_line(line.text, ctx)),
                                  seg.facts.get("post-line", ""),
                                  *(text_of(content) for content in datelines)], ctx)
    if sent.place is None:  # (wcda69) the signer's post under the text, a capital's seat
        sent.place = signer_post_seat([" ".join(text_of([part]) for part in item.content)
                                       for item in message.closer
                                       if item.kind in ("signed", "role")], sent.when, ctx)
        where = "the signer's post" if sent.place else where
    if where:
        header.found("place", where)
    us_form, us_paper = us_record(seg)  # (ocr97) a CIA reading room record: a US paper
    country, secretary = letterhead_offices(
        [text_of(line.content) for line in heading if line.subtype == "letterhead"], ctx)
    year = _year(sent.when) or ctx.year
    # (cables84) a US form's bare `the Secretary` (`FOR THE SECRETARY FROM EAGLEBURGER`,
    # `TO USDEL SECRETARY`) is the Secretary of State, as the Department's letterhead makes it
    secretary = secretary or (_US_SECRETARY if us_form else "")
    resolve_offices([sent, received], year, US if us_paper else country, ctx, secretary,
                    route_sides([line.text for line in seg.heading], ctx, message), sent.when)
    sovereign_parties([sent, received], year, ctx)  # (wcda83)
    party_office_parties(list(zip((sent, received), split or ("", ""), strict=True)), year,
                         ctx)  # (wcda83)



_US_SECRETARY = "Secretary of State"


def _street_place(datelines: list[Inlines], ctx: Context) -> list[Entry]:
    """The city after an office's street address (`New Zealand Office, 4 Charing Cross Road,
    London, W.C. 2, ...`), not a place the office is named after."""
    for content in datelines:
        found = ctx.res.patterns.match("address-dateline", text_of(content))
        sender = found[1].group("sender") if found else None  # `Den 14 juli 1917`: none
        entry = ctx.res.register.lookup(sender) if sender else None
        if entry is not None and entry.kind == "place":
            return [entry]
    return []


def _year(when: str) -> int | None:
    return int(when[:4]) if when[:4].isdigit() else None


def _copy_line(text: str, ctx: Context) -> bool:
    """`(Copy to the Embassy in Korea)`: a heading line naming the posts a copy goes to,
    which is no post of origin; nor is a subject line's (`Subject: Mission to Cuba`, wc14),
    nor an addressee line's (`To: Ambassador to Syria Kato`, a Japanese outgoing draft, wc28)."""
    found = heading_groups(text, ctx)
    return found is not None and found[0] in ("distribution", "subject", "addressee")


_OPENING_BLOCKS = 8  # the blocks read at most for a telegram's opening number


_TRAILING_NUMBER = re.compile(r"\d++$")


def _reference_number(seg: Segments, ctx: Context) -> str:
    """The number a cable's reference id ends with (`06OTTAWA2615`: 2615; row `cable-record`
    `id`), the id given by the page (Cablegate's table or banner) and no heading line
    giving the number (cut before its classification line: misses31)."""
    for text in [*seg.references, *(line.text.strip() for line in seg.fields.get("source", []))]:
        found = ctx.res.patterns.match("cable-record", text)
        if found and found[0] == "id":
            return _TRAILING_NUMBER.search(text).group()
    return ""


def _opening_number(message: Message, ctx: Context, received: bool) -> str:
    """The number a telegram's first paragraph opens with, beside the weekday and hour it
    was sent (`815 – THURSDAY – 1900hrs – ...`: table `message-number`), or a heading
    line of the number alone (`No. (61) 561`): in the first three blocks, or on up to the
    first of a dozen words (`135. - In the following ...`); or (lead36) over a first point.
    (lead73) Under a heading giving the receipt, the bare number and its stop opening the
    text (`1642. The fall of ...`, `1234. Common Market`: table `received-number`)."""
    tables = ("message-number", "received-number") if received else ("message-number",)
    contents = [*message.heads]
    for index, block in enumerate(message.blocks[:_OPENING_BLOCKS]):
        contents.append(getattr(block, "content", None))
        if index >= 2 and contents[-1] and len(text_of(contents[-1]).split()) >= 12:
            break
    for content in contents:
        text = text_of(content) if content else ""
        found = next(filter(None, (ctx.res.patterns.match(table, text) for table in tables)),
                     None) if text else None
        if found:
            return found[1].group("telegram")
    return number_over_points(message.blocks[:3])


def _note_office_place(title: str, ctx: Context) -> Entry | None:
    """The place of the office a note's title names before the conversation it records
    (`Note by the East German Embassy in Hanoi on a Conversation of Comrade Jarck ...`)."""
    found = _NOTE_BY.match(title)
    return sender_place(found.group("office"), ctx) if found else None


def _parenthesised_place(part: str, ctx: Context) -> Entry | None:
    """The place in brackets after a party of the title: `from Maneli (Saigon)`, `to
    Rapacki (New York)`."""
    for found in _PARENTHESISED_PLACE.finditer(part):
        entry = ctx.res.register.lookup(found.group("place").strip())
        holder = office_holder(found.group("place").strip(), part[:found.start()], ctx)
        if entry is not None and entry.kind == "place" and not holder:  # not `... (Togo)`
            return ctx.use(entry)
    return None


def _processing_dates(header: Header, lines: list[Line], ctx: Context) -> None:
    """`Sent: 12.6.1963, 21.00` among the processing lines at the end of a telegram."""
    for line in lines:
        found = heading_groups(line.text, ctx)
        groups = found[1] if found and found[0] in ("date", "transmission") else {}
        if "sent" in groups and not header.sent.when:
            set_date(header.sent, read_date(groups["sent"], ctx))
            header.found("date", "a processing line")
        if "received" in groups and not header.received.when:
            set_date(header.received, received_date(groups["received"], ctx))


def _title_facts(header: Header, ctx: Context) -> None:
    """Number, place and dates a title gives (`Cablegram 346 LONDON, 17 December 1947`),
    where the heading and datelines gave none."""
    for row in ctx.res.patterns.regexes.get("title-facts", ()):
        found = row.regex.search(header.title)
        if not found:
            continue
        groups = {k: v for k, v in found.groupdict().items() if v}
        header.telegram = header.telegram or groups.get("telegram", "")
        if "sender" in groups and not header.sent.place:
            header.sent.place = _title_place(row.name, groups["sender"], ctx)
        coarse = len(header.sent.when) < 10  # none, or a year or month alone (wcdb82)
        dated = read_date(groups["sent"], ctx) if "sent" in groups and coarse else None
        if dated and (not header.sent.when or _refines(header.sent.when, dated)):
            set_date(header.sent, dated)
            header.found("date", "the title")
        if "received" in groups and not header.received.when:
            set_date(header.received, read_date(groups["received"], ctx))
    if header.sent.place:
        header.found("place", "the title")


def _refines(when: str, dated: tuple[str, DateValue]) -> bool:
    """(wcdb82) Whether the title's date is a day within the year or month the document was
    dated to so far (the older Digital Archive's date line `1969` over `Ciphergram No. 774
    ..., 3 September 1969`): the title's day is the finer date."""
    iso = dated[1].iso()
    return len(when) < 10 and len(iso) == 10 and iso.startswith(f"{when}-")


_SUBJECT_LABEL = re.compile(r"(?i)^subject(?:\s*+:\s*+|\s*+$)")
# a telephone call's record, written the day of the call (a meeting's record may be later)
_CALL_SUBJECT = re.compile(r"(?i)^(?:telcon|telephone\s++(?:call|conversation))\b")


def _subject_date(header: Header, seg: Segments, message: Message, ctx: Context) -> None:
    """(other28) A telephone call's memorandum whose subject closes with the call's date,
    where no dateline dates it (FRUS 1989-92: `SUBJECT` / `Telcon with President Gorbachev
    of the USSR on May 27, 1991`): the `title-facts` date rows read the subject line as they
    read a title. A meeting's subject date is the meeting's, not the record's (invent10)."""
    heads = [*(line.text.strip() for line in seg.heading),
             *(text_of(head).strip() for head in message.heads)]
    for n, text in enumerate(heads):
        label = _SUBJECT_LABEL.match(text)
        subject = (text[label.end():] or (heads[n + 1] if n + 1 < len(heads) else "")
                   ) if label else ""
        rows = ctx.res.patterns.regexes.get("title-facts", ()) \
            if _CALL_SUBJECT.match(subject) else ()
        for row in (row for row in rows if row.name == "date"):
            found = row.regex.search(subject)
            if found:
                set_date(header.sent, read_date(found.group("sent"), ctx))
                header.found("date", "the subject line")
                return


def _title_place(row: str, name: str, ctx: Context) -> Entry | None:
    """The place a title's `title-facts` row names; a `registered-place` row's (a record's
    title closed by `, Damascus`) only when the register knows it as a place."""
    if row != "registered-place":
        return named_place(name, ctx)
    entry = ctx.res.register.lookup(name)
    return ctx.use(entry) if entry is not None and entry.kind == "place" else None


def _mark_place(written: list[tuple[Inlines, str]], place: Entry, ctx: Context) -> None:
    """Tag the place of sending where the dateline that gave it writes it (`Sevagram, 14
    March 1940`, a place no register names; `KASAULI HILLS` / `12 May 1941`): `written`
    holds each dateline's content and its place part (`dateline_place`)."""
    for content, text in written:
        name = _PLACE_PART.split(text.strip(" ."), 1)[0].strip(" .-")
        for i, item in enumerate(content):
            if isinstance(item, str) and name and name in item:
                before, _, after = item.partition(name)
                mark = Mark("placeName", {"ref": f"#{ctx.use(place).id}"}, [name])
                content[i:i + 1] = [piece for piece in (before, mark, after) if piece != ""]
                return
