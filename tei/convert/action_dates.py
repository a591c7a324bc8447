"""The dates of a document's actions: read from a dateline, a receipt line (the year in
force completing a day and month), the archive's date line, a FRUS file number or the
archive's record."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.date_shapes import compact_date
from tei.convert.dates import DateValue
from tei.convert.model import Action, Embedded, Inlines, Mark, Message, Paragraph, text_of
from tei.convert.read import Line
from tei.convert.segment import bare, heading_groups, heading_kind
from tei.convert.zones import Segments

# a day and month without the year, the year being the dispatch's (`received at 05.29 at 06:25`);
# (series74) not a clock with its a.m./p.m. (`7.30 a.m. of the 4th`)
_NO_YEAR = re.compile(r"^(?P<dm>\d{1,2}\.\d{1,2})(?![\d.]*\d)(?!\s?[ap]\.\s?m\.)")
# a receipt's day by the month's name and its clock time (`November 6, 1:04 a.m.`)
# (the day may come first, as British editions write it: `10 May`)
_MONTH_DAY = re.compile(r"[A-Z][a-z]{2,8}\.?\s\d{1,2}(?!\d)"
                        r"|(?<![\d.:])\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}\b\.?")
# (frus73) or in Greenwich time, as the 1970s source notes give it (`Received at 2047Z.`);
# (cw81) the British prints' hour with a nought for its minutes (`Received August 25, 11.0 p.m.`)
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}(?:[:.]\d{2}|\.0)?\s?[ap]\.\s?m\.|noon|midnight"
                    r"|(?<!\d)(?:[01]\d|2[0-3])[0-5]\dZ\b")
# a year alone, or (wcda59) a year the archive gives as approximate (`c. 1966`, `ca. 1966`,
# `circa 1966`): the date to the year, the text keeping its mark
_CIRCA = r"(?i:(?:c|ca)\.\s?+|circa\s++)"
# (wcda71) `Circa 1957` capitalised; a range of years (`1961-1962`) dated by its first
YEAR_ONLY = re.compile(rf"{_CIRCA}?(?P<year>(?:1[89]|20)\d\d)(?:\s*+[-–—]\s*+(?:1[89]|20)\d\d)?")
APPROXIMATE_YEAR = re.compile(rf"{_CIRCA}(?:1[89]|20)\d\d")
# (lang50) the Portuguese and Spanish forms' 24-hour clock (the Itamaraty's `23 h. 40`, `20 h.`,
# `7,45 h`; the Argentine `9.40 hs.`), maybe after `às` / `a las`; (catalog62) and the English
# forms' (`18.20 hours`, `18.20 hrs.`); (lead79) the German (`22.15 Uhr`)
_IBERIAN_CLOCK = (r"(?:(?i:às|as|a\s++las)\s++)?(?:[01]?\d|2[0-3])\s?(?:h\.?\s?(?:[0-5]\d)?"
                  r"|[.,:][0-5]\d\s?(?:h|hs|horas|hours|hrs|Uhr)\.?)")
_IBERIAN_PARTS = re.compile(r"(?P<h>[01]?\d|2[0-3])\s?(?:h\.?\s?|[.,:])(?P<m>[0-5]\d)?")
# a heading line's clock time and nothing else (`10 P.M.`, `8:30 P.M.`; lang50: `23 h. 40`)
_CLOCK_ONLY = re.compile(rf"\d{{1,2}}(?:[:.]\d{{2}})?\s?[APap]\.\s?[Mm]\.|{_IBERIAN_CLOCK}")
# a clock's minutes after a full stop (`10.19 a.m.`, the older FRUS volumes): no day and month
_DOTTED_CLOCK = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?=\s?[APap]\.\s?[Mm]\.)")
# the civil date in brackets after a date of another calendar, the time after the bracket
# (`19 Tishri 5717 (24.9.56), 07:15`)
_BRACKETED_DATE_TIME = re.compile(
    r"\((?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})\),?\s*+(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d)\b")


# (other37) the dash between the day and the hour of a receipt printed as a hyphen, a space
# after the hour's colon (Avalon's pages of Documents on German Foreign Policy: `Received
# October 1-12: 20 a.m.`, the print's `October 1—12:20 a.m.`)
_HYPHENED_CLOCK = re.compile(r"(?<![\d-])(?P<day>\d{1,2})-(?P<hour>\d{1,2}):\s?(?P<minute>\d{2})"
                             r"(?=\s?[ap]\.\s?m\.)")
# (intel73) the Situation Room's receipt stamp parting the day from the GMT clock by a slash
# (`21/1907Z OCT 73`): read as the date-time group it stands for (`211907Z OCT 73`)
_SLASHED_GROUP = re.compile(r"\b(?P<day>[0-3]?\d)/(?P<clock>[0-2]\d[0-5]\dZ)(?=\s++[A-Z]{3}\b)")
# or month and day in figures before the clock (`12/7 0310Z`), of the year in force
_MONTH_DAY_CLOCK = re.compile(r"^(?P<mo>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)"
                              r"\s++(?P<clock>[0-2]\d[0-5]\dZ)$")
_MONTH_WORDS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                "DEC")


# (telex71) the British Post Office's date stamp: the month in two letters, the year in two
# figures (`14 MR 42`, `3 JE 41`, `21 SE 39`)
_POST_OFFICE_STAMP = re.compile(r"(?P<d>[0-3]?\d)\s++(?P<m>JA|FE|MR|AP|MY|JE|JY|AU|SE|OC|NO|DE)"
                                r"\s++(?P<y>\d\d)")
_POST_OFFICE_MONTHS = ("JA", "FE", "MR", "AP", "MY", "JE", "JY", "AU", "SE", "OC", "NO", "DE")


def post_office_stamp(text: str) -> tuple[str, DateValue] | None:
    """The day a Post Office stamp gives (`14 MR 42`: 14 March 1942), of the 1900s."""
    found = _POST_OFFICE_STAMP.fullmatch(text.strip())
    if not found:
        return None
    year, month = 1900 + int(found["y"]), _POST_OFFICE_MONTHS.index(found["m"]) + 1
    try:
        date(year, month, int(found["d"]))
    except ValueError:
        return None
    return text.strip(), DateValue(0, 0, year, month, int(found["d"]))


def received_date(text: str, ctx: Context) -> tuple[str, DateValue] | None:
    """The date of a receipt line; one that gives the day and month alone (a Polish
    ciphergram's `and received at 05.29 at 06:25`) is of the year in force; a civil date in
    brackets takes the time after the bracket (`19 Tishri 5717 (24.9.56), 07:15`); a Post
    Office stamp's (`14 MR 42`) is read by its months' two letters."""
    if stamp := post_office_stamp(text):
        return stamp
    text = _BRACKETED_DATE_TIME.sub(r"(\g<date>, \g<time>", text)  # `(` parts it from the year
    text = _HYPHENED_CLOCK.sub(r"\g<day>, \g<hour>:\g<minute>", text)
    slashed = _SLASHED_GROUP.sub(lambda m: f"{int(m['day']):02d}{m['clock']}", text)
    month_day = _MONTH_DAY_CLOCK.match(text.strip()) if ctx.year else None
    if month_day:
        slashed = (f"{int(month_day['day']):02d}{month_day['clock']} "
                   f"{_MONTH_WORDS[int(month_day['mo']) - 1]} {ctx.year}")
    if slashed != text:
        found = read_date(slashed, ctx)
        return (text.strip(), found[1]) if found else None
    if _CLOCK_ONLY.fullmatch(text.strip()):
        return None  # a clock time alone is of the day sent (`timed_receipt`)
    found = read_date(text, ctx)
    short = _NO_YEAR.match(text) if not found and ctx.year else None
    if not short:
        return found
    year = f".{ctx.year}"
    found = read_date(short.group("dm") + year + text[short.end():], ctx)
    rest = text[short.end():]  # (series74) `10.4. kl. 05.40`: the day's stop is the year's
    if rest.startswith(". ") and not (found and found[1].hour is not None):
        clocked = read_date(short.group("dm") + year + rest[1:], ctx)
        if clocked and clocked[1].hour is not None:
            return text.strip(), clocked[1]
    return (found[0].replace(year, "", 1), found[1]) if found else None


def read_date(text: str, ctx: Context) -> tuple[str, DateValue] | None:
    found = ctx.res.dates.find(text)
    value = found[0] if found else compact_date(text)
    if value is None:
        return None
    return text[value.start:value.end], value.with_year(ctx.year)


# a form's hour field alone (`Time received: 23.05`, invent14: a table flattened to fields;
# `Zeit: 9.05 Uhr`)
# (cw67) or four figures run together (a New Zealand form's `Time: 1645`)
_HOUR_FIELD = re.compile(
    r"^(?P<h>(?:[01]?\d|2[0-3])(?=[.:])|[01]\d|2[0-3])[.:]?(?P<m>[0-5]\d)"
    r"(?:\s*+(?:hrs?\.?|hours|Uhr|h))?$")


_HOUR_LABEL = re.compile(r"(?i)^(?:time|hour|hora|heure|ora|zeit|uhrzeit)\b")


def hour_field(line: str, text: str) -> str | None:
    """The hour a field labelled so gives alone (`Time received: 23.05`: `23:05:00`)."""
    found = _HOUR_FIELD.match(text.strip()) if _HOUR_LABEL.match(line) else None
    return f"{int(found['h']):02d}:{found['m']}:00" if found else None


# (telex70) a telegraph company's receipt stamp's clock after its date (`1961 OCT 3 PM 5 12`)
_STAMP_CLOCK = re.compile(r"(?P<half>[AP])M\s++(?P<h>1[0-2]|0?[1-9])\s++(?P<m>[0-5]\d)")
_ZULU_CLOCK = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)Z")


def stamp_hour(text: str | None) -> str | None:
    """The hour a receipt stamp's clock gives (`PM 5 12`: `17:12:00`; `AM 12 05`: `00:05:00`;
    a terminal's GMT clock, `0847Z`: `08:47:00`)."""
    found = _STAMP_CLOCK.fullmatch(text or "")
    if not found:
        zulu = _ZULU_CLOCK.fullmatch(text or "")  # (telex71) the hotline's `0847Z`
        return f"{zulu['h']}:{zulu['m']}:00" if zulu else None
    hour = int(found["h"]) % 12 + (12 if found["half"] == "P" else 0)
    return f"{hour:02d}:{found['m']}:00"


def add_hour(action: Action, hour: str | None) -> None:
    """Give an action dated to the day the hour a field of its own gave."""
    if hour and action.when and len(action.when) == len("1967-06-04"):
        action.when += f"T{hour}"


def set_date(action: Action, found: tuple[str, DateValue] | None) -> None:
    if found:
        action.date_text, action.when = found[0], found[1].iso()


def new_year(value: DateValue) -> bool:
    """Whether an archive's date is the first of January: the placeholder a reading room's
    catalogue gives an item it could not date to the day (CREST's `Publication Date: January
    1, 2000` over a cable `Dated 4 December 1971`, ocr38)."""
    return (value.month, value.day) == (1, 1) and value.hour is None


def archive_date(seg: Segments, ctx: Context) -> tuple[str, DateValue] | None:
    """The date the archive's date line gives; a year alone there (an undated record the
    archive dates by its year: `1986`) is the date to the year."""
    if seg.page_date is None:
        return None
    year = YEAR_ONLY.fullmatch(seg.page_date.text.strip())
    if year:
        return year.group(), DateValue(0, len(year.group()), int(year.group("year")), None, None)
    line = ctx.res.dates.date_line(seg.page_date.text)  # (wcda71) the line's whole text
    return (seg.page_date.text.strip(), line) if line else read_date(seg.page_date.text, ctx)


def file_date(seg: Segments, ctx: Context) -> tuple[str, DateValue] | None:
    """A FRUS file number's date (`893.00/1–2149`), the day the file was made: the last
    resort, after every dateline (a telegram is filed on the day it was received); (cw69) or
    the date of the message a covering routing line passes on (`Following is text of message
    from the Prime Minister to President Eisenhower dated 5th November, 1956.`)."""
    for key in ("file-date", "channel-date"):
        value = ctx.res.dates.find(seg.facts[key]) if seg.facts.get(key) else None
        if value:
            return "", value[0]
    return None


def noted_receipt(seg: Segments, sent: str, ctx: Context) -> tuple[str, DateValue] | None:
    """The receipt a FRUS source note gives, of the year the telegram was sent (`sent`, an
    ISO date): `Received November 6, 1:04 a.m.`; a time alone is of the day it was sent
    (`Received at 2:28 a.m.`)."""
    received = seg.facts.get("note-received", "")
    day, time = _MONTH_DAY.search(received), _CLOCK.search(received)
    if not received or len(sent) < (4 if day else 10) or not (day or time):
        return None  # (cw88) no day nor clock read (`31st May`: the ordinal kept) is no day sent
    base = f"{day.group()}, {sent[:4]}" if day else sent[:10]
    found = read_date(f"{base}, {time.group()}" if time else base, ctx)
    return (received, found[1]) if found else None


def timed_receipt(lines: list[Line], sent: str, ctx: Context) -> tuple[str, DateValue] | None:
    """A receipt line giving a clock time alone (British Documents: `R. 10 P.M.` under
    `D. 8:30 P.M.`; the older FRUS volumes' `[Received 10.19 a.m.]`, ocr35): of the day the
    telegram was sent (`sent`, an ISO date), the day after when the clock is earlier than
    the despatch line's (not the sending date's own: the two clocks may be of two time
    zones, `Peking, June 3, 1920, 6 p.m.` / `[Received 10.19 a.m.]` in Washington the same
    day); a Soviet cable's 24-hour receipt time over the heading's dateline (`Received at
    1710` / `2 October 1946`) is of that day."""
    dated = _clock_over_dateline(lines, ctx) or _second_clock_and_day(lines, ctx)
    if dated:
        return dated
    times = {key: value for line in lines if (found := heading_groups(bare(line.text), ctx))
             for key, value in found[1].items() if key in ("sent", "received")
             and _CLOCK_ONLY.fullmatch(value.strip())}
    if "received" not in times or len(sent) < 10:
        return None
    clocks = {key: _clock_text(value) for key, value in times.items()}
    received = read_date(f"{sent[:10]}, {clocks['received']}", ctx)
    despatched = read_date(f"{sent[:10]}, {clocks['sent']}", ctx) if "sent" in times else None
    if not received or received[1].hour is None:
        return None
    value = received[1]
    if despatched and despatched[1].hour is not None and (value.hour, value.minute or 0) < (
            despatched[1].hour, despatched[1].minute or 0):
        day = date(value.year, value.month, value.day) + timedelta(days=1)
        value = replace(value, year=day.year, month=day.month, day=day.day)
    return times["received"], value


def _clock_text(value: str) -> str:
    """A clock time as the date reader reads it: `10.19 a.m.` as `10:19 a.m.`, and (lang50) an
    Iberian form's `23 h. 40` (or `às 20 h.`) as `23:40`."""
    if re.fullmatch(_IBERIAN_CLOCK, value.strip()):
        found = _IBERIAN_PARTS.search(value)
        if found:
            return f"{int(found['h']):02d}:{found['m'] or '00'}"
    return _DOTTED_CLOCK.sub(r"\1:\2", value)


# a receipt's 24-hour clock alone (`1710`, `17.10`, `17:10`)
_CLOCK_24 = re.compile(r"(?P<h>[01]\d|2[0-3])[.:]?(?P<m>[0-5]\d)")


def _clock_over_dateline(lines: list[Line], ctx: Context) -> tuple[str, DateValue] | None:
    """A heading's receipt line giving a 24-hour clock alone directly over a dateline (the
    Soviet incoming cable of the 1940s, sample wc30): the received date and time."""
    for line, below in pairwise(lines):
        found = heading_groups(bare(line.text), ctx)
        clock = _CLOCK_24.fullmatch(found[1].get("received") or "") if found else None
        if clock and heading_kind(bare(below.text), ctx) == "dateline":
            day = read_date(below.text, ctx)
            if day and day[1].day and day[1].hour is None:
                at = read_date(f"{day[0]}, {clock['h']}:{clock['m']}", ctx)
                return (f"{day[0]}, {clock.group()}", at[1]) if at else None
    return None


def _second_clock_and_day(lines: list[Line], ctx: Context) -> tuple[str, DateValue] | None:
    """(commonwealth41) A British telegram's despatch and receipt lines with their `D.` and
    `R.` lost, each a clock line over a dateline (the Wilson Center's pages of Foreign Office
    telegrams: `1.11 p.m.` / `19th July, 1949` then `3.50 p.m.` / `19th July,1949`): the
    second pair is the receipt."""
    pairs = [(line.text.strip(), below.text.strip()) for line, below in pairwise(lines)
             if heading_kind(bare(line.text), ctx) == "time"
             and _CLOCK_ONLY.fullmatch(line.text.strip())
             and heading_kind(bare(below.text), ctx) == "dateline"]
    if len(pairs) != 2:
        return None
    clock, day = pairs[1]
    colon_clock = _DOTTED_CLOCK.sub(r"\1:\2", clock)
    at = read_date(f"{day.rstrip('.')}, {colon_clock}", ctx)
    return (f"{clock} {day}", at[1]) if at and at[1].hour is not None else None


def recorded_date(lines: list[Line], ctx: Context) -> tuple[str, DateValue] | None:
    """The date an archive's record gives its document (`Created: 2005-12-08 15:03`): the
    last resort, when the document gives no date of its own."""
    for line in lines:
        found = heading_groups(bare(line.text), ctx)
        if found and "recorded" in found[1]:
            return read_date(found[1]["recorded"], ctx)
    return None


def sent_date(seg: Segments, message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    for part in [*message.closer, *message.opener]:
        if part.kind == "dateline":
            found = read_date(text_of(_without_notes(part.content)), ctx) or \
                _marked_date(part.content)
            if found:
                return found
    return None


def quoted_date(seg: Segments, message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """(other29) The date line opening the first telegram or letter a text quotes, where
    nothing else dates the text (Historic Hansard: the Speaker reads the Duma's telegram,
    `"August, 10th, 1914.`, then his reply): the quoted document is the one the page gives."""
    quoted = [block for block in message.blocks if isinstance(block, Embedded)]
    if not quoted or quoted[0].doc_type == "document":
        return None
    inner = quoted[0].message
    first = inner.blocks[0] if inner.blocks else None
    own = sent_date(seg, inner, ctx)
    if own or not isinstance(first, Paragraph):
        return own
    text = text_of(first.content)
    return read_date(text, ctx) if ctx.res.dates.whole(text) else None


def form_receipt(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """(misses28) The receipt of a printed telegram form that OCR ran into the first
    paragraph (`... INWARD Cypher/O.T. P. ... Received 221630 June 1948 TO BE DECIPHERED
    ...`): read only where the paragraph opens as a form does (table `introduced-form`;
    the receipt, table `form-receipt`)."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    text = text_of(first.content) if first else ""
    if not text or not ctx.res.patterns.match("introduced-form", text):
        return None
    found = ctx.res.patterns.match("form-receipt", text[:600])
    return read_date(found[1].group("received"), ctx) if found else None


def dateline_receipt(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """(invent29) A receipt field typed under the message's opening dateline, over the
    address (`Вашингтон, 12. марта 1963.` / `Примљено: 13. марта 1963. у 08.30 часова`;
    `Moscow, 12 March 1963` / `Received: 13 March 1963, 08.30`): the first paragraph, a
    labelled receipt field of the `heading-labels` table; (misses44) or the opener's own
    receipt line, when the address follows it."""
    first = message.blocks[0] if message.blocks else None
    opener = next((part for part in message.opener
                   if part.kind == "registry" and part.subtype == "incoming"), None)
    if not any(part.kind == "dateline" for part in message.opener) or not (
            opener or isinstance(first, Paragraph)):
        return None
    found = heading_groups(bare(text_of((opener or first).content)), ctx)
    received = found[1].get("received") if found else None
    return read_date(received, ctx) if received else None


_FORM_FIELDS, _FIELD_WORDS, _TEXT_WORDS = 3, 8, 12


def form_date(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """(misses35) A message form's date typed alone on its line among the form's fields,
    which OCR set apart from their labels (a Canadian teletype form's `Originated by.` /
    `Authorized by......` / `Despatched by.` / `April 4th, 1951.`): the first paragraph that
    is a whole date (day, month and year) after three short lines or more (the fields) and
    before the text's first sentence of twelve words or more. (cables60) A field labelled as
    the form's date among them (the CIA information report's `DATE DISTR. 2 July 1953`,
    table `heading-us-cable`) comes first: the other dates of such a form are its
    information's (`DATE OF` / `INFO.` / `18 - 22 June 1953`). (lead36) So is a whole date
    that is the first block under a head naming a meeting's record (table `meeting-titles`:
    `Session of the Politburo of the CC CPSU` / `13 November 1986`); under another head
    (`HEADQUARTERS, FIRST DIVISION`) a date over the text is none (misses29)."""
    fields, found, whole_seen = 0, None, False
    for block in message.blocks:
        if not isinstance(block, Paragraph):
            return None
        text = text_of(block.content).strip(" .-")  # OCR's stray dash (`April 18, 1955-`)
        words = len(text.split())
        if words >= _TEXT_WORDS:
            break
        labelled = heading_groups(text, ctx) if words <= _FIELD_WORDS else None
        if labelled and labelled[0] == "date" and labelled[1].get("sent"):
            return read_date(labelled[1]["sent"], ctx)
        value = ctx.res.dates.whole(text) if words <= _FIELD_WORDS else None
        if not whole_seen and value is not None and value.day and value.year:
            found = read_date(text, ctx) if fields >= _FORM_FIELDS or (
                not fields and _meeting_head(message, ctx)) else None
            whole_seen = True
        fields += words <= _FIELD_WORDS
    return found


def _without_notes(content: Inlines) -> Inlines:
    """A dateline's content without the notes set in it (`4 November 1956` + note 1, whose
    text would run into the year)."""
    return [" " if isinstance(item, Mark) and item.tag == "note" else item for item in content]


def _marked_date(content: Inlines) -> tuple[str, DateValue] | None:
    """A dateline's date the closer has already valued (a minute's `12/3`, which no date
    shape reads alone)."""
    for mark in content:
        when = mark.attrs.get("when", "") if isinstance(mark, Mark) and mark.tag == "date" \
            else ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
            year, month, day = (int(n) for n in when.split("-"))
            text = text_of(mark.children)
            return text, DateValue(0, len(text), year, month, day)
    return None


def _meeting_head(message: Message, ctx: Context) -> bool:
    """Whether one of the message's heads names a meeting's record (`meeting-titles`)."""
    return any(ctx.res.patterns.match("meeting-titles", text_of(head)) for head in message.heads)
