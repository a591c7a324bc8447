"""Correspondence facts: who sent the document to whom, from where and when, and its
numbers, read from the title, the letter parts, the cable heading, the datelines and the
processing lines, in that order of trust, with a record of where each fact was found."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.action_dates import (
    archive_date,
    file_date,
    noted_receipt,
    read_date,
    received_date,
    recorded_date,
    sent_date,
    set_date,
)
from tei.convert.context import Context
from tei.convert.header import language_code
from tei.convert.model import (
    Header,
    Inlines,
    Mark,
    Message,
    Paragraph,
    Party,
    RegistryLine,
    text_of,
)
from tei.convert.notes_third_person import note_parties
from tei.convert.parties import parties, post_place, sender_place, title_parties
from tei.convert.parts import dateline_place
from tei.convert.patterns import label_key
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.seats import is_country, seat_of_origin
from tei.convert.segment import Segments, bare, heading_groups, heading_kind

_NOTE_BY = re.compile(r"(?i)^note\s++by\s++(?:the\s++)?(?P<office>[^,]+?)(?<!\s)\s++on\s++\S")
_PARENTHESISED_PLACE = re.compile(r"\((?P<place>[A-Z][^()]{1,40}+)\)")
_SUMMARY_NAME = r"(?P<name>(?!The\b)[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3}+)"
_SUMMARY_FROM = re.compile(rf"\A(?:Report|Letter|Telegram|Cable|Memorandum|Note)\s+from\s+"
                           rf"{_SUMMARY_NAME}(?P<verb>),")
_SUMMARY_SUBJECT = re.compile(rf"\A{_SUMMARY_NAME}\s(?P<verb>[a-z]++)\b")
# the author's post before the name: `Hungarian Ambassador to Cuba János Beck recounts ...`
_SUMMARY_POST = re.compile(r"\A(?:[A-Z][\w'’-]*+\s++){0,2}?(?:Ambassador|Chargé d’Affaires|"
                           r"Chargé d'Affaires|Charge d'Affaires|Minister|Consul|Counsellor|"
                           r"Envoy)\s++(?:to|in|at)\s++(?:the\s++)?[A-Z][\w'’-]*+\s++(?=[A-Z])")


def correspondence(header: Header, seg: Segments, message: Message,
                    heading: list[RegistryLine], ctx: Context) -> None:
    sent, received = header.sent, header.received
    split = title_parties(header.title, ctx) if header.title else None
    title_sender = ""
    if split:
        line = seg.page_title.no if seg.page_title else 1
        sent.parties = parties(split[0], ctx, line) if split[0] else []
        received.parties = parties(split[1], ctx, line) if split[1] else []
        title_sender = split[0]
        _note_parties(header, "the title")
    _channel_parties(seg, header, ctx)
    known = {p.entry for p in sent.parties if p.entry}
    for entry in [*signers(message, ctx), *_address_senders(message, ctx)]:
        if entry not in known:
            sent.parties.append(Party(entry))
            known.add(entry)
    addressed = {p.entry for p in received.parties if p.entry}
    roles = {p.role.casefold() for p in received.parties if not p.entry}
    received.parties += [party for party in _addressees(message, heading, ctx)
                         if (party.entry not in addressed if party.entry
                             else party.role.casefold() not in roles)
                         and (party.entry is None or party.entry.kind == "person"
                              or not received.parties)]
    _note_parties(header, "the signature, address or salutation")
    archived = archive_date(seg, ctx)
    if archived and archived[1].day is not None:  # a month alone yields to the heading's day
        set_date(sent, archived)
        header.found("date", "the archive's date line")
    _heading_facts(header, seg.heading, ctx)
    if not sent.when and archived:
        set_date(sent, archived)
        header.found("date", "the archive's date line")
    header.telegram = header.telegram or seg.facts.get("telegram", "") or _opening_number(
        message, ctx)
    named = _heading_senders(heading, ctx)
    if not sent.parties:
        sent.parties = named
    elif not any(party.entry for party in sent.parties):  # the title names an office only
        sent.parties += [party for party in named
                         if party.entry is not None and party.entry.kind == "person"]
    _note_parties(header, "the cable heading")
    noted = note_parties(message, ctx) if not sent.parties or not received.parties else None
    if noted:
        sent.parties = sent.parties or noted[0]
        received.parties = received.parties or noted[1]
        _note_parties(header, "a third-person note's opening")
    if sent.when:
        header.found("date", "the cable heading")
    if sent.place:
        header.found("place", "the cable heading")
    outgoing = [part for part in message.closer if part.kind == "idno"]
    if outgoing:
        header.outgoing = re.sub(r"^\D*", "", text_of(outgoing[0].content)).strip()
    if not sent.when:
        set_date(sent, sent_date(seg, message, ctx))
    if sent.when:
        header.found("date", "a dateline")
    if not sent.when:
        set_date(sent, file_date(seg, ctx))
    if sent.when:
        header.found("date", "the file number")
    if not sent.when:
        set_date(sent, recorded_date(seg.heading, ctx))
    if sent.when:
        header.found("date", "the archive record's date")
    if not sent.when or not header.received.when:
        _processing_dates(header, seg.processing, ctx)
    _title_facts(header, ctx)
    if not header.received.when:
        set_date(header.received, noted_receipt(seg, sent.when, ctx))
    datelines = [p.content for p in [*message.opener, *message.closer] if p.kind == "dateline"]
    places = _refs(datelines, ctx, "placeName") or [
        place for content in datelines
        if (place := _place(dateline_place(text_of(content)), ctx))]
    sent.place = places[0] if places else sent.place or (
        (sender_place(title_sender, ctx) or _parenthesised_place(title_sender, ctx)
         or _note_office_place(header.title, ctx))
        if title_sender else None)
    line_place = None if sent.place else _place_line(message, ctx)
    sent.place = sent.place or line_place
    if line_place:
        header.found("place", "a place line over the first entry")
    elif sent.place:
        header.found("place", "a dateline" if places else "the title")
    if split and split[1] and not received.place:
        received.place = _parenthesised_place(split[1], ctx) or sender_place(split[1], ctx)
    post = post_place(title_sender, ctx) if places and title_sender else None
    if post is not None and post != sent.place:
        sent.post = post  # `Embassy in Vietnam` beside the dateline's `Saigon`
    title_part = title_sender if split and split[1] else header.title
    where = seat_of_origin(sent, [title_part, *(text_of(head) for head in message.heads),
                                  *(line.text for line in seg.heading),
                                  seg.facts.get("post-line", "")], ctx)
    if where:
        header.found("place", where)


def _opening_number(message: Message, ctx: Context) -> str:
    """The number a telegram's first paragraph opens with, beside the weekday and hour it
    was sent (`815 – THURSDAY – 1900hrs – ...`: table `message-number`), or a heading
    line of the number alone (`No. (61) 561`)."""
    contents = [*message.heads, *(getattr(block, "content", None) for block in message.blocks[:3])]
    for content in contents:
        found = ctx.res.patterns.match("message-number", text_of(content)) if content else None
        if found:
            return found[1].group("telegram")
    return ""


def _channel_parties(seg: Segments, header: Header, ctx: Context) -> None:
    """The persons a FRUS telegram's channel line names (`Exclusive for William Bundy from
    McGeorge Bundy`), added to the parties the title gives (an embassy, a department)."""
    line = int(seg.facts.get("channel-line", "1"))
    for key, action in (("channel-to", header.received), ("channel-from", header.sent)):
        have = {p.entry for p in action.parties if p.entry}
        for party in parties(seg.facts.get(key, ""), ctx, line) if seg.facts.get(key) else []:
            if party.entry is not None and party.entry.kind == "person" and party.entry not in have:
                action.parties.append(party)
                have.add(party.entry)


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
        if entry is not None and entry.kind == "place":
            return ctx.use(entry)
    return None


def summary_author(header: Header, ctx: Context) -> None:
    """Add the author a page's summary opens with when no person is the sender: `Steinhofer
    addresses the relationship ...`, `Report from Pál Szarvas, Hungarian Ambassador ...`
    (not in a record of conversation, whose summary opens with a participant)."""
    if not any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        header.sent.parties += _summary_author(header, ctx)
        _note_parties(header, "the page's summary")


def _summary_author(header: Header, ctx: Context) -> list[Party]:
    text = _SUMMARY_POST.sub("", header.summary_text)
    found = _SUMMARY_FROM.match(text) or _SUMMARY_SUBJECT.match(text)
    verbs = ctx.res.patterns.words("summary-verbs")
    if not found or (found.group("verb") and found.group("verb").casefold() not in verbs):
        return []
    named = parties(found.group("name"), ctx)
    return [party for party in named[:1] if party.entry and party.entry.kind == "person"]


def _processing_dates(header: Header, lines: list[Line], ctx: Context) -> None:
    """`Sent: 12.6.1963, 21.00` among the processing lines at the end of a telegram."""
    for line in lines:
        found = heading_groups(line.text, ctx)
        groups = found[1] if found and found[0] in ("date", "transmission") else {}
        if "sent" in groups and not header.sent.when:
            set_date(header.sent, read_date(groups["sent"], ctx))
            header.found("date", "a processing line")
        if "received" in groups and not header.received.when:
            set_date(header.received, read_date(groups["received"], ctx))


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
            header.sent.place = _place(groups["sender"], ctx)
        if "sent" in groups and not header.sent.when:
            set_date(header.sent, read_date(groups["sent"], ctx))
            header.found("date", "the title")
        if "received" in groups and not header.received.when:
            set_date(header.received, read_date(groups["received"], ctx))
    if header.sent.place:
        header.found("place", "the title")


def _note_parties(header: Header, where: str) -> None:
    if any(p.entry or p.role for p in header.sent.parties):
        header.found("sender", where)
    if any(p.entry or p.role for p in header.received.parties):
        header.found("addressee", where)

def signers(message: Message, ctx: Context) -> list[Entry]:
    return _refs([part.content for part in message.closer if part.kind == "signed"], ctx)


def _address_senders(message: Message, ctx: Context) -> list[Entry]:
    """Persons the `from` part of an opener's address names (`Following for the Minister
    from Wrong, Begins:`): the sender, as a signature would be."""
    parts = [item.children for part in message.opener if part.kind == "address"
             for item in part.content
             if isinstance(item, Mark) and item.tag == "seg" and item.attrs.get("type") == "from"]
    return _refs(parts, ctx)


def _addressees(message: Message, heading: list[RegistryLine], ctx: Context) -> list[Party]:
    for kind in ("address", "salute"):
        contents = [part.content for part in [*message.opener, *message.closer]
                    if part.kind == kind]
        # an inside address naming no person names its body (`Ministry of Foreign Affairs`)
        found = _refs(contents, ctx) or (_refs(contents, ctx, "orgName") if kind == "address"
                                         else [])
        if found:
            return [Party(entry) for entry in found]
    lines = [line.content for line in heading if line.subtype == "addressee"]
    # a transmission line names its addressee in a group only (`To: X From: Y`)
    named_parts = [found[1]["addressee"] for line in heading
                   if line.subtype in ("addressee", "transmission")
                   and (found := heading_groups(text_of(line.content), ctx))
                   and found[1].get("addressee")]
    named: list[Party] = []
    for text in named_parts:
        named += [p for p in parties(text, ctx) if p.entry and p.entry.kind == "person"
                  and p not in named]
    if named:  # and the persons the lines mark that the group did not give (in brackets)
        return named + [Party(e) for e in _refs(lines, ctx) if Party(e) not in named]
    found = _refs(lines, ctx) or _refs(lines, ctx, "orgName")
    if found:
        return [Party(entry) for entry in found]
    return parties(named_parts[0], ctx) if named_parts else []


def _refs(contents: list[Inlines], ctx: Context, tag: str = "persName") -> list[Entry]:
    """Entries referred to by `tag` marks in inline content, in order; not inside insertions,
    footnotes (`To VIKTOR[i]` with the note naming Fitin) nor the `from` part of an
    address."""
    found: dict[str, Entry] = {}

    def walk(items: Inlines) -> None:
        for item in items:
            if not isinstance(item, Mark) or item.tag in ("supplied", "seg", "note"):
                continue
            entry = ctx.used.get(item.attrs.get("ref", "")[1:]) if item.tag == tag else None
            if entry:
                found.setdefault(entry.id, entry)
            walk(item.children)

    for content in contents:
        walk(content)
    return list(found.values())


def _heading_senders(heading: list[RegistryLine], ctx: Context) -> list[Party]:
    """Persons, else organisations, named in the heading's sender lines (`FROM:`, `Mr. X`),
    else the office a sender field names (`High Commissioner for the United Kingdom in
    Ceylon`)."""
    lines = [line.content for line in heading if line.subtype in ("transmission", "sender")]
    found = _refs(lines, ctx) or _refs(lines, ctx, "orgName")
    if found:
        return [Party(entry) for entry in found]
    offices = [found[1]["sender"] for line in heading if line.subtype == "sender"
               and (found := heading_groups(text_of(line.content), ctx)) and found[1].get("sender")]
    return [party for party in parties(offices[0], ctx) if party.entry is None
            and _office_words(party.role, ctx)] if offices else []


def _office_words(role: str, ctx: Context) -> bool:
    """Whether `role` holds a title or an office word (`High Commissioner ...`, `Embassy
    ...`), not a place's name alone."""
    words = {word.casefold().strip(".,") for word in role.split()}
    return not words.isdisjoint(ctx.res.patterns.words("honorifics")) or \
        not words.isdisjoint(ctx.res.patterns.words("office-words"))


# which heading lines name the place of origin first: a dateline, then a dispatch line
_PLACE_ORDER = {"dateline": 0, "date": 1}


def _heading_facts(header: Header, lines: list[Line], ctx: Context) -> None:
    """Numbers, places of origin and reception and dates from the heading lines' named
    groups; a dateline names the place before a dispatch line does (`D. Karachi 18.30
    hours ...`), both before a sender field (`FROM: U.K. HIGH COMMISSIONER IN PAKISTAN`),
    and all before a place set under a letterhead (the letterhead may be the receiving
    office's)."""
    kinds = [heading_kind(bare(line.text), ctx) for line in lines]
    ordered = [line for _, line in sorted(zip(kinds, lines, strict=True),
                                          key=lambda pair: _PLACE_ORDER.get(pair[0], 2))]
    for line in ordered:
        text = bare(line.text)
        stamp = ctx.res.patterns.match("stamp-open", text)
        found = heading_groups(text.rstrip("]"), ctx) if not stamp else None
        if not found:
            if heading_kind(text, ctx) == "language":
                header.original_language = header.original_language or text
                header.original_language_code = language_code(text, ctx)
            elif ctx.res.dates.whole(text) and not header.sent.when:
                set_date(header.sent, read_date(text, ctx))
            continue
        groups = found[1]
        if "language" in groups and not header.original_language:
            header.original_language = groups["language"]
            header.original_language_code = language_code(groups["language"], ctx)
        header.telegram = header.telegram or groups.get("telegram", "")
        header.incoming = header.incoming or groups.get("incoming", "")
        header.outgoing = header.outgoing or groups.get("outgoing", "")
        if "sender" in groups:
            header.sent.place = header.sent.place or _post_place(groups["sender"], ctx, line.no)
        if "destination" in groups:
            header.received.place = (header.received.place
                                     or _place(groups["destination"], ctx, line.no))
        if "received" in groups and not header.received.when:
            set_date(header.received, received_date(groups["received"], ctx))
        if "sent" in groups and not header.sent.when:
            set_date(header.sent, read_date(groups["sent"], ctx))
    header.sent.place = header.sent.place or _letterhead_place(lines, kinds, ctx)


def _letterhead_place(lines: list[Line], kinds: list[str | None], ctx: Context) -> Entry | None:
    """`BRITISH EMBASSY, / MOSCOW.`: a place set under a letterhead is where it writes from
    (`kinds`: the heading kind of each line)."""
    for previous, kind, line in zip(kinds[:-1], kinds[1:], lines[1:], strict=True):
        if previous == "letterhead" and kind == "destination":
            return _place(bare(line.text), ctx, line.no)
    return None


_LEAD_BLOCKS = 20  # how far down a journal's place line may stand, under its heading lines


def _place_line(message: Message, ctx: Context) -> Entry | None:
    """`Pyongyang` alone over `[…]` or `23 July 1960`: a journal's or diary's place line,
    standing under its heading and over its first dated entry, is where it was kept."""
    texts = [text_of(head) for head in message.heads] + [
        text_of(block.content) for block in message.blocks[:_LEAD_BLOCKS]
        if isinstance(block, Paragraph)]
    for text, following in pairwise(texts):
        entry = ctx.res.register.lookup(text.strip(" ."))
        if (entry and entry.kind == "place" and text.strip(" .")[:1].isupper()
                and (following.strip("[]. …") == "" or ctx.res.dates.whole(following))):
            return ctx.use(entry)
    return None


def _post_place(text: str, ctx: Context, line: int) -> Entry | None:
    """The place a sender field names (the post's place after `in`: `High Commissioner for
    the United Kingdom in Ceylon`), or the seat of a US post designator that is not a
    place name (`STATE`, `USMISSION USNATO`: the `cable-posts` table)."""
    seat = ctx.res.patterns.words("cable-posts").get(label_key(text))
    return _place(seat, ctx, line) if seat else post_place(text, ctx) or _place(text, ctx, line)


_PLACE_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
_FIRST_WORD = re.compile(r"(?<!\s)\s*+([\w'’-]++)")


def _office_follows(rest: str, ctx: Context) -> bool:
    """Whether `rest` opens with an office word (`Embassy`, `Legation`)."""
    found = _FIRST_WORD.match(rest)
    return found is not None and found.group(1).casefold() in ctx.res.patterns.words(
        "office-words")


def _place(text: str, ctx: Context, line: int = 1) -> Entry | None:
    """The place a sender field or a dateline names: a register place, one standing alone
    between commas first (`Pakistan Embassy, Washington`: the embassy's seat, not its
    country), else a bare capitalised name standing first (`Downing Street, ...`), which
    gets a local entry; not a name with an office symbol after it (`Tyler EUR`). A place
    whose name holds a comma (`México, D.F.`) is that place. A state before its office is
    whose office it is, not where (`Netherlands Embassy Washington`: Washington; not
    `Moscow Embassy`)."""
    for part in [text, *text.split(",")]:
        entry = ctx.res.register.lookup(part.strip(" ."))
        if entry and entry.kind == "place":
            return ctx.use(entry)
    places = [m for m in ctx.res.register.find(text) if m.entry.kind == "place"]
    owners = [m for m in places if is_country(m.entry) and _office_follows(text[m.end:], ctx)]
    for match in places:
        if match not in owners:
            return ctx.use(match.entry)
    head = re.split(r"[,–—(\[]| - ", text.strip(" ."), maxsplit=1)[0].strip(" .-")
    bodies = ctx.res.patterns.words("office-words")
    if (_PLACE_NAME.match(head) and not ctx.res.dates.find(head)
            and not ctx.res.register.find(head) and ctx.trimmed(head) == head
            and not any(w.casefold().strip(".") in bodies for w in head.split())
            and head.casefold() not in ctx.res.patterns.words("weekdays")
            and not any(w.casefold() in ctx.res.patterns.words("honorifics")
                        for w in head.split())):
        return ctx.entry("place", head.title() if head.isupper() else head, line)
    return None
