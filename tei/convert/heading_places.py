"""Places and numbers a cable heading's fields name: the place of origin and reception
(a dateline before a dispatch line before a sender field before a place under a
letterhead), the numbers and dates of the heading's named groups; a sender field's post
(`High Commissioner ... in Ceylon`) and a state before its office (`Netherlands Embassy
Washington`)."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.action_dates import (
    add_hour,
    hour_field,
    read_date,
    received_date,
    set_date,
    stamp_hour,
)
from tei.convert.clock_lines import clock_hour
from tei.convert.context import Context
from tei.convert.date_shapes import DateValue
from tei.convert.header import language_code, language_name
from tei.convert.heading_numbers import telegram_number
from tei.convert.heading_tolerance import place_run_on, seat_kinds
from tei.convert.inward_post import inward_posts, post_city
from tei.convert.label_members import OPEN_ADDRESS
from tei.convert.model import Header
from tei.convert.named_places import PLACE_NAME, named_place, refined_place
from tei.convert.occasion_lines import occasion_dates
from tei.convert.outgoing_stamp import stamp_sends
from tei.convert.party_places import dated_post, post_place
from tei.convert.patterns import label_key
from tei.convert.read import Line
from tei.convert.receipt_days import day_sent, terminal_sent
from tei.convert.register import Entry
from tei.convert.seats import stamped_seat
from tei.convert.section_dates import first_section_date
from tei.convert.segment import (
    bare,
    date_alone,
    heading_groups,
    heading_kind,
    heading_members,
    label_alone,
    label_fact,
    unclosed_note,
    weekday_dated,
)
from tei.convert.states import is_country, located_in

# which heading lines name the place of origin first: a dateline, then a dispatch line
_PLACE_ORDER = {"dateline": 0, "date": 1}


# (ocr69) an office's approval stamp beside a form's fields, its date on the next line (the
# State Department's memorandum of conversation: `APPROVED IN S` / `4/2/62`)
_APPROVAL = re.compile(r"^(?i:approved)\s++(?:IN|in|BY|by)\s++[A-Z][\w/.-]{0,12}+$")


def _approval_dates(lines: list[Line]) -> set[int]:
    """The lines under an approval stamp (its date, not the document's)."""
    return {below.no for line, below in pairwise(lines)
            if _APPROVAL.match(bare(line.text))}


def _open_date(when: str | None, found: tuple[str, DateValue] | None) -> bool:
    """Whether a heading's date may be set: none yet, or (intel76) a month alone that the
    day in that month refines (a report's cover `July 1971` over its first page's `14 July
    1971`)."""
    if not when:
        return True
    return len(when) == 7 and found is not None and found[1].day is not None and \
        found[1].iso().startswith(when)


def heading_facts(header: Header, lines: list[Line], ctx: Context) -> None:
    """Numbers, places of origin and reception and dates from the heading lines' named
    groups; a dateline names the place before a dispatch line does (`D. Karachi 18.30
    hours ...`), both before a sender field (`FROM: U.K. HIGH COMMISSIONER IN PAKISTAN`),
    and all before a place set under a letterhead (the letterhead may be the receiving
    office's); a covering document's heading lines after the document's own; the names
    listed under a participants label are read for none."""
    kinds = [heading_kind(bare(line.text), ctx) for line in lines]
    covering = _covering_lines(kinds)
    covering = 0 if first_section_date(lines, kinds, covering, ctx) else covering
    ordered = [line for _, _, line in sorted(
        zip(range(len(lines)), kinds, lines, strict=True),
        key=lambda item: (item[0] < covering, _PLACE_ORDER.get(item[1], 2)))]
    members = _label_members(lines, ctx) | _release_dates(lines, kinds) | _approval_dates(lines) \
        | occasion_dates(lines, kinds, ctx)
    stamped = _stamp_dates(lines, kinds)
    if stamped is not None and not header.received.when:
        set_date(header.received, read_date(bare(stamped.text), ctx))
    # a place under a letterhead is the seat it writes from (`_letterhead_place`), not a
    # destination (lead33: `Embassy of Israel` / `Washington, D.C.`)
    seats = {lines[i].no for i in _seat_lines(lines, kinds)}
    posts = inward_posts(lines, kinds)  # (uk74) the sending post of the FO's inward form
    fields: dict[str, str] = {}  # the hours given in fields of their own
    day = ""  # a sending date the heading gives by the day alone
    bare_number = False  # the number taken so far stood alone (`No. 131`)
    above: str | None = None  # the action whose date the line above gave
    for line in ordered:
        if line.no in members or line is stamped:
            continue  # a participant (`Mr. Raynor` under `Participants: ...`), no sender field
        text = bare(line.text)
        stamp = ctx.res.patterns.match("stamp-open", text)
        found = heading_groups(text.rstrip("]"), ctx) if not stamp or unclosed_note(text) else None
        if not found:
            if heading_kind(text, ctx) == "language":
                header.original_language = header.original_language or text
                header.original_language_code = language_code(text, ctx)
            elif ((alone := date_alone(text, ctx)) or weekday_dated(text, ctx)) \
                    and len(header.sent.when or "") in (0, 7) \
                    and _open_date(header.sent.when, dated := read_date(alone or text, ctx)):
                set_date(header.sent, dated)
            continue
        groups = found[1]
        if "language" in groups and not header.original_language:
            code = language_code(groups["language"], ctx)
            # (letters80) a declined name in another script (`с китайского`): the table's
            header.original_language = groups["language"] if code == "und" \
                or groups["language"].isascii() else language_name(code, ctx)
            header.original_language_code = code
        number = telegram_number(header.telegram, groups, bare_number)
        if number != header.telegram:
            bare_number, header.telegram = not groups.get("label"), number
        header.incoming = header.incoming or groups.get("incoming", "")
        header.outgoing = header.outgoing or groups.get("outgoing", "")
        if groups.get("ref"):
            _heading_shelfmark(header, groups["ref"], ctx)
        if "place" in groups:  # (lang47) `París 25 (...) El Embajador ... al Sr. Ministro ...:`
            header.sent.place = refined_place(header.sent.place, groups["place"], ctx, line.no)
        if "sender" in groups and not _named_by_honorific(text, groups["sender"], ctx):
            header.sent.place = (header.sent.place
                                 or _seat_under(groups["sender"], lines, kinds, line, ctx)
                                 or place_run_on(line, lines, kinds, ctx)
                                 or (_party_place(groups["sender"], ctx) if "addressee" in groups
                                     else _sender_field_place(groups["sender"], ctx, line.no)))
        if "sent" in groups and not header.sent.place:  # `1971/06/09 19:40 (Washington)`
            header.sent.place = dated_post(groups["sent"], ctx)
        if "received" in groups and not header.received.place:
            header.received.place = dated_post(groups["received"], ctx)
        if "destination" in groups and line.no not in seats:
            header.received.place = (header.received.place
                                     or named_place(groups["destination"], ctx, line.no))
        hours, above = _line_hours(text, found, above, fields)
        if "received" in groups and not header.received.when and not hours["received"]:
            set_date(header.received, received_date(groups["received"], ctx))
            terminal_sent(header, groups, ctx)
            add_hour(header.received, stamp_hour(groups.get("stamp")))
        if "sent" in groups and not hours["sent"] and len(header.sent.when or "") in (0, 7) \
                and _open_date(header.sent.when, dated := read_date(groups["sent"], ctx)):
            set_date(header.sent, dated)
            if "received" not in groups:  # (telex71) `TRANSMITTED 1205Z 10 JUNE 1967`
                add_hour(header.sent, stamp_hour(groups.get("stamp")))
            day = day or groups["sent"]
        fields.update({k: hour for k, hour in hours.items() if hour})
    add_hour(header.received, fields.get("received"))
    add_hour(header.sent, fields.get("sent"))
    if not header.sent.when and header.received.when and day:  # `París 25 (...)` (lang47)
        set_date(header.sent, day_sent(day, header.received.when))
    for line in lines if not header.sent.place else ():
        header.sent.place = header.sent.place or (
            post_city(bare(line.text), ctx) if line.no in posts else None)
    header.sent.place = header.sent.place or _letterhead_place(lines, seat_kinds(lines, kinds), ctx)
    stamp_sends(header, lines)  # (cables64) an outgoing form's stamp is its sending
    if lines and not header.sent.when and kinds[0] is None:
        set_date(header.sent, _caption_date(lines[0].text, ctx))


# (ocr71) a date's own hour (`October 4, 2 PM`, `7 p.m.`, `14:05`)
_HOUR_IN = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\b|\b\d{1,2}:\d{2}\b")


def _line_hours(text: str, found: tuple[str, dict[str, str]], above: str | None,
                fields: dict[str, str]) -> tuple[dict[str, str | None], str | None]:
    """The hours a heading line gives its actions, and the action whose date it gave for the
    line below: `HORA: 22:40` under `FECHA: ...`; (invent28) under a receipt's date, the
    receipt's hour (`RECIBIDO: 25-10-62` / `HORA: 02:40`, a padded row split into its cells);
    (ocr64) or a clock alone, a party line between (`Rec'd: ...` / `TO: ...` / `6:21 A.M.`);
    (ocr71) or a line whose own date has its hour (the left column's `NO: 1019, October 4, 2
    PM` beside the receipt's clock: `Rec'd: October 4, 1961` / `NO: ...` / `8:14 a.m.`)."""
    groups = found[1]
    hours = {k: hour_field(text, groups[k]) for k in ("received", "sent") if k in groups}
    own = "received" if above == "received" else "sent"
    clock = groups.get("time")
    alone = clock_hour(text) if found[0] == "time" and not clock and above else None
    if (clock or alone) and own not in fields:
        hours[own] = hours.get(own) or (hour_field(text, clock) if clock else alone)
    dated = above == "received" and bool(_HOUR_IN.search(groups.get("sent") or ""))
    return hours, next((key for key in ("received", "sent") if key in groups
                        and not (key == "sent" and dated)), None if clock or alone else above)


def _heading_shelfmark(header: Header, ref: str, ctx: Context) -> None:
    """(print61) The file a heading line names beside the telegram's number (DBPO's `No. 312
    Telegraphic [FCO 8/1795]`, `Tel. No. 45 Immediate. Confidential (ENS 3/548/1)`): a
    shelfmark; a piece of a Kew series (table `series-holders`) gives its repository."""
    if ref in header.shelfmarks:
        return
    header.shelfmarks.append(ref)
    held = ctx.res.patterns.match("series-holders", ref)
    header.repository = header.repository or (held[0] if held else "")


def _caption_date(text: str, ctx: Context) -> tuple[str, DateValue] | None:
    """(misses45) The date a publisher's caption over the heading gives after a colon (`The
    UN's response: 11 January 1994`): the document's when its heading gives none; a form's
    label (`Date:`) is read as a field, not so."""
    caption, _, when = text.rpartition(":")
    if len(caption.split()) < 2 or label_fact(caption, ctx) or not ctx.res.dates.whole(
            when.strip()):
        return None
    return read_date(when.strip(), ctx)


def _named_by_honorific(text: str, sender: str, ctx: Context) -> bool:
    """`Mr. Hutchison`, `Sir F. Roberts`: a sender field naming a person by his honorific
    names no place."""
    before = text[:text.find(sender)].split()
    return bool(before) and before[-1].casefold() in ctx.res.patterns.words("honorifics")


def _label_members(lines: list[Line], ctx: Context) -> set[int]:
    """The numbers of the lines listed under a participants label (`Participants:
    Ambassador Gromyko` / `Mr. Hiss` / `Mr. Raynor`): names, never a heading's fields."""
    members: set[int] = set()
    for i, line in enumerate(lines):
        if label_alone(line.text, ctx) == "participants":
            count = heading_members(lines, i + 1, ctx, "participants")
            members.update(m.no for m in lines[i + 1:i + 1 + count])
    return members


_DATE_LABEL = re.compile(r"(?i)^date\s*+:")


def _release_dates(lines: list[Line], kinds: list[str | None]) -> set[int]:
    """(crest61) The numbers of the date lines right under a declassification stamp's line
    (`DECLASSIFIED BY DIA/DAN-1A` / `DATE: 21 JUNE 1999`), labelled `DATE:`: the day of the
    release, never the document's (a cable's dated `FM` line under a release notice is its
    own)."""
    return {line.no for i, line in enumerate(lines[1:], start=1)
            if kinds[i] == "date" and kinds[i - 1] == "declassification"
            and _DATE_LABEL.match(line.text)}


_STAMP_LABEL = re.compile(r"^(?:RECEIVED|REC'D|RECD)$")


def _stamp_dates(lines: list[Line], kinds: list[str | None]) -> Line | None:
    """(ocr74) The date line of a receipt stamp whose label stands alone over it (`RECEIVED`
    / `DEC 8 1969`), perhaps past the page's classification the scan set at the left of the
    stamp's date (`RECEIVED` / `SECRET/NODIS      DEC 8 1969` / `NSC/S`, the Nixon
    library's NSC Secretariat stamp): the day received, never the document's."""
    for i, line in enumerate(lines[:-1]):
        if not _STAMP_LABEL.match(bare(line.text)):
            continue
        past = 2 if kinds[i + 1] == "classification" else 1
        if i + past < len(lines) and kinds[i + past] == "dateline":
            return lines[i + past]
    return None


def _covering_lines(kinds: list[str | None]) -> int:
    """How many heading lines open with a covering document's own, read after the
    document's: those above a form line that stands under a dateline (a League of Nations
    document's `Geneva, September 6th, 1935.` over `TELEGRAM FROM THE ETHIOPIAN
    GOVERNMENT.` and the telegram's dateline)."""
    dated = next((i for i, kind in enumerate(kinds) if kind == "dateline"), None)
    if dated is None:
        return 0
    return next((i for i, kind in enumerate(kinds) if i > dated and kind == "document-type"), 0)


def _seat_under(sender: str, lines: list[Line], kinds: list[str | None], line: Line,
                ctx: Context) -> Entry | None:
    """`HIGH COMMISSION OF INDIA` / `KUALA LUMPUR`: a place set alone under a mission named
    by its state only (no city of its own) is the mission's seat, not that state's capital;
    (cw70) not the first of the governments a circular's open route line goes to."""
    i = next(k for k, other in enumerate(lines) if other is line)
    if i + 1 >= len(lines) or kinds[i + 1] != "destination" or OPEN_ADDRESS.match(
            bare(line.text)) or any(
            m.entry.kind == "place" and not is_country(m.entry)
            for m in ctx.res.register.find(sender)):
        return None
    return named_place(bare(lines[i + 1].text), ctx, lines[i + 1].no)


def _under_letterhead(lines: list[Line], kinds: list[str | None]) -> list[int]:
    """The indices of the lines set under a letterhead (`BRITISH EMBASSY,` / `MOSCOW.`),
    (cw60) perhaps under its building's or street's lines ending in a comma (`DEPARTMENT OF
    EXTERNAL AFFAIRS,` / `UNION BUILDINGS,` / `PRETORIA.`; `South Block,` / `New Delhi.`)
    or (lead36) opening with the house's number (`54 PARKSIDE, WIMBLEDON` / `LONDON, S.W.19`)."""
    found = []
    for i in range(1, len(lines)):
        j = i - 1
        while j > max(0, i - 1 - _ADDRESS_LINES) and kinds[j] is None and (
                bare(lines[j].text).endswith(",") or _STREET.match(bare(lines[j].text))):
            j -= 1
        if kinds[j] == "letterhead":
            found.append(i)
    return found


def _seat_lines(lines: list[Line], kinds: list[str | None]) -> list[int]:
    """The place lines in capitals set under a letterhead: its seat, no destination."""
    return [i for i in _under_letterhead(lines, kinds) if kinds[i] == "destination"]


def _letterhead_place(lines: list[Line], kinds: list[str | None], ctx: Context) -> Entry | None:
    """`BRITISH EMBASSY, / MOSCOW.`: a place set under a letterhead is where it writes from,
    as is a mission's seat after a comma on its letterhead's line (`kinds`: the heading kind
    of each line)."""
    for i in _under_letterhead(lines, kinds):
        if kinds[i] == "destination":
            return named_place(bare(lines[i].text), ctx, lines[i].no)
        # (invent31) the seat in small letters under a ministry's letterhead (`Beograd`)
        entry = ctx.res.register.lookup(bare(lines[i].text).strip(" .,")) \
            if kinds[i] is None else None
        if entry is not None and entry.kind == "place" and not is_country(entry):
            return ctx.use(entry)
    for previous, line in zip(kinds[:-1], lines[1:], strict=True):
        seat = _SEAT_IN.match(bare(line.text)) if previous == "letterhead" else None
        if seat and (entry := ctx.res.register.lookup(seat.group("seat"))) is not None \
                and entry.kind == "place" and not is_country(entry):
            return ctx.use(entry)  # `LEGACIÓN DE ESPAÑA` / `EN WASHINGTON.`
    stamped = stamped_seat([bare(line.text) for line in lines], kinds, ctx)
    if stamped is not None:
        return stamped
    for i in range(1, len(lines) - 1):
        if kinds[i - 1] == "letterhead" and kinds[i] is None and kinds[i + 1] == "dateline":
            return _seat_line_place(bare(lines[i].text), ctx, lines[i].no)
    for i in range(len(lines) - 1):
        found = _OFFICE_SEAT.match(bare(lines[i].text)) if kinds[i + 1] == "dateline" else None
        entry = ctx.res.register.lookup(found.group("seat")) if found and kinds[i] is None else None
        if entry is not None and entry.kind == "place" and not is_country(entry):
            return ctx.use(entry)
    memo_city = _memorandum_city(lines, kinds, ctx)
    if memo_city is not None:
        return memo_city
    for kind, line in zip(kinds, lines, strict=True):
        mission, _, seat = bare(line.text).rpartition(",")
        if kind == "letterhead" and _MISSION.search(mission):
            entry = ctx.res.register.lookup(seat.strip(" ."))
            if entry is not None and entry.kind == "place" and not is_country(entry):
                return ctx.use(entry)  # `ROYAL GREEK EMBASSY, ANKARA`: the mission's seat
    for kind, line in zip(kinds, lines, strict=True):
        text = bare(line.text).strip(" .,")
        entry = ctx.res.register.lookup(text) if kind == "letterhead" else None
        if entry is not None and entry.kind == "place" and located_in(entry):
            return ctx.use(entry)  # `BUCKINGHAM PALACE`: a seat of government (letters42)
    return None


def _memorandum_city(lines: list[Line], kinds: list[str | None], ctx: Context) -> Entry | None:
    """(ocr36) `WASHINGTON` / `June 4, 1973` / `MEMORANDUM FOR: ...`: a city alone over a
    memorandum's bare date (its letterhead's city, the letterhead itself cut off by the scan)
    is where it was written; a memorandum names no receiving station."""
    memo = any(kind == "document-type" and bare(line.text).upper().startswith("MEMORANDUM")
               for kind, line in zip(kinds, lines, strict=True))
    if not memo:
        return None
    for i, (kind, following) in enumerate(pairwise(kinds)):
        if kind == "destination" and following == "dateline" \
                and ctx.res.dates.whole(bare(lines[i + 1].text)):
            return named_place(bare(lines[i].text), ctx, lines[i].no)
    return None


def _seat_line_place(text: str, ctx: Context, line: int) -> Entry | None:
    """`AMERICAN EMBASSY` / `Bad Godesberg, Germany` / `October 9, 1956`: the seat on its
    own line between a letterhead and the date, perhaps with its country after a comma
    (a seat no register names gets a local entry when its country is named)."""
    seat, _, country = text.rstrip(" .").partition(",")
    seat, country = seat.strip(), country.strip()
    entry = ctx.res.register.lookup(seat)
    if entry is not None:
        return ctx.use(entry) if entry.kind == "place" and not is_country(entry) else None
    state = ctx.res.register.lookup(country) if country else None
    if state is not None and is_country(state) and PLACE_NAME.match(seat):
        return ctx.entry("place", seat, line)
    return None


# (frus37) a 19th-century FRUS dateline broken after the office and its seat, the date on
# the next line (`Department of State, Washington,` / `December 13, 1861.`; `Legation of the
# United States, Madrid,` / `May 2, 1862.`): the seat is where it was written
# (lead33) or a house or palace written from, the comma after the seat maybe left out
# (`Admiralty House, London` over `22 October 1962`)
_OFFICE_SEAT = re.compile(r"^(?=[A-Z])(?P<office>[^,]{0,60}?\b(?i:department|legation|embassy|"
                          r"consulate|consulate-general|ministry|office|mission|residency|"
                          r"agency|house|palace)\b[^,]{0,40}),\s++"
                          r"(?P<seat>[A-Z][\w.'’ -]{1,30}?),?$")
# (bloc73) in ordinary case too (`Embassy of the People's Republic of Bulgaria, Hanoi`)
_MISSION = re.compile(r"\b(?:EMBASSY|LEGATION|CONSULATE|HIGH COMMISSION|DELEGATION|MISSION)\b",
                      re.I)
# (other37) a mission's seat on the line under its letterhead, after the language's `in` (`EN
# WASHINGTON.`, `A BERLINO`, `À BERLIN`, `IN BERN`, `TE PARIJS`)
_ADDRESS_LINES = 2  # a building's and a street's line between a letterhead and its seat
# (lead36) a street's line by its house number, closed without a comma (`54 PARKSIDE, WIMBLEDON`)
_STREET = re.compile(r"^\d{1,4}[A-Za-z]?,?\s++[A-Z][\w'’.-]*+(?:\s++[\w'’.-]++){0,4},?"
                     r"\s++[A-Z][\w'’.-]++$")
_SEAT_IN = re.compile(r"^(?:EN|A|À|IN|TE|EM)\s++(?P<seat>[A-ZÀ-Ý][\w'’ -]{1,40}?)\.?$")


def _sender_field_place(text: str, ctx: Context, line: int) -> Entry | None:
    """The place a sender field names (the post's place after `in`: `High Commissioner for
    the United Kingdom in Ceylon`), or the seat of a US post designator that is not a
    place name (`STATE`, `USMISSION USNATO`: the `cable-posts` table)."""
    seat = ctx.res.patterns.words("cable-posts").get(label_key(text))
    if seat:
        return named_place(seat, ctx, line)
    return post_place(text, ctx) or named_place(text, ctx, line)


def _party_place(text: str, ctx: Context) -> Entry | None:
    """(other43) The place a heading's sending party names beside its addressee: the post's
    place (`Sändebudet i Moskva till UD`: Moscow) or a register place in it; a bare name is
    the party's (`Richert till Günther`), no place of its own."""
    places = [m.entry for m in ctx.res.register.find(text) if m.entry.kind == "place"]
    return post_place(text, ctx) or (ctx.use(places[0]) if places else None)
