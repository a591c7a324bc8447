"""A meeting's record dated by its meeting (memo70): the line under a record's heading
saying when (and where) the meeting was held (`held at the Permanent Headquarters, ...,
Paris,` / `on Wednesday, 24th October, 1962, at 10.15 a.m.`; `am Dienstag, dem 15. August
1961, im Sitzungssaal ...`; table `meeting-held`) gives the record's date, before the day a
secretariat issued it (`2nd November, 1962` in the heading), and its place when none other
was found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from tei.convert.action_dates import read_date, set_date
from tei.convert.context import Context
from tei.convert.model import Header, Inlines, Message, Paragraph, text_of
from tei.convert.named_parties import refs
from tei.convert.register import Entry
from tei.convert.states import is_country

_REACH = 6  # the first paragraphs under the heads that may say when the meeting was held
_ISSUED_WITHIN = 92  # days: a later date in the heading is the record's issue
# the archive's date line dates the record as the archive describes it (wcda70: the Stasi
# note's `June 12, 1974` over `... on 11 June 1974`), as it dates a journal's entry
_ARCHIVE_DATE = "the archive's date line"
# (lead79) run on from its heading: `of a meeting of the Council held at ...`
_HELD_AT = re.compile(
    r"(?i)^(?:held|(?:of\s++)?an?\s++(?:meeting|session|sitting)\s++of\b.{0,120}?\b"
    r"(?:was\s++)?held)\b")
# (memcon74) a head broken inside its sentence (`from the conversation of Vice-Minister ...
# with the` / `Ambassador of the FRG Trade Mission, ..., on 10.IV.1968`): read with the next
_WRAPPED = re.compile(r"(?:\b(?:the|of|with|and|between|an?)|[a-z,])$")
_DAY_LINE = 40  # characters: a date line alone, no sentence
# (memcon80) or the place and hours in brackets under the dating head (`(Prime Minister's
# House, New Delhi, 4 p.m. to 7.15 p.m.)`, the Indian record of talks)
_PLACE_FIELD = re.compile(r"(?i)^(?:(?:place|location|venue)\s*+:|\()")


def meeting_date(header: Header, message: Message, ctx: Context,
                 heads_only: bool = False, heading: Sequence[Any] = ()) -> None:
    """Date a record of conversation by its meeting's `held ... on` line (and place it where
    the line or the `held at` line over it says, when nothing else placed it); a date found
    before stands unless it is the record's later issue (not the archive's date line). A
    memorandum is asked its heads alone (`Memorandum` / `on the talk between ... on 17 April
    1978`, lead73): a meeting its first paragraph reports is not the memorandum's own."""
    reach = 0 if heads_only else _REACH
    blocks: list[Inlines] = [*message.heads, *(
        block.content for block in message.blocks[:reach] if isinstance(block, Paragraph))]
    record = _heading_record(heading, ctx)  # (wcdw95) the record's heading over its day
    held = ctx.res.patterns.match("meeting-held", record) if record else None
    if held and header.provenance.get("date", ("", ""))[1] == _ARCHIVE_DATE:  # no dateline
        _held_date(header, held, record, None, ctx)
        return
    place: Entry | None = None
    for at, content in enumerate(blocks):
        text = text_of(content)
        if _HELD_AT.match(text):
            place = place or next(iter(refs([content], ctx, "placeName")), None)
        held = ctx.res.patterns.match("meeting-held", text)
        if not held and at < len(message.heads) and _read_on(at, text, blocks, message, ctx):
            held = ctx.res.patterns.match("meeting-held", f"{text} {text_of(blocks[at + 1])}")
        if not held:
            continue
        _held_date(header, held, text, place or _field_place(blocks[at + 1:at + 2], ctx), ctx)
        return
    if not heads_only and not header.sent.when:
        _entry_day(header, message, ctx)


def _held_date(header: Header, held: tuple[str, re.Match[str]], text: str,
               place: Entry | None, ctx: Context) -> None:
    """Date (and place) the record by the line saying when the meeting was held."""
    found = read_date(held[1].group("sent"), ctx)
    sent = header.sent
    # (memcon79) unless the page's title names the meeting's day too (`Note on the
    # Conversation between President Tito and Ambassador Firyubin, 6 July 1956` over the
    # archive's `July 09, 1956`): the archive's line then dates the record's typing
    archived = header.provenance.get("date", ("", ""))[1] == _ARCHIVE_DATE and not (
        found and _titled_day(header.title, found[1].iso(), ctx))
    # (wcda82) a month or year alone (the archive's `February 1965`) yields to its day
    partial = bool(sent.when) and len(sent.when) < 10 and found is not None \
        and found[1].iso().startswith(sent.when)
    if found and (not sent.when or partial or (_issued_after(sent.when, found[1].iso())
                                               and not archived)):
        set_date(sent, found)
        header.provenance["date"] = ("found", "the line saying when the meeting was held")
        if sent.place is not None and (held_at := _held_at_end(text, ctx)) is not None:
            sent.place = held_at  # (memcon79) the meeting's place, not the typing's
            header.provenance["place"] = ("found", "the line saying where it was held")
    if sent.place is None and place is not None:
        sent.place = place
        header.provenance["place"] = ("found", "the line saying where the meeting was held")


# (wcdw95) a journal record's heading naming the interlocutor (`RECORD OF CONVERSATION with
# DRV prime-minister Pham Van Dong`) over the conversation's day, both lines of the heading
_RECORD_HEAD = re.compile(r"(?i)^record\s++of\s++(?:the\s++)?conversation\s++with\s")
_RECORD_ALONE = re.compile(r"(?i)^record\s++of\s++(?:the\s++)?conversation$")


def _heading_record(heading: Sequence[Any], ctx: Context) -> str | None:
    """The heading's record line run on with the whole date line right under it, or None."""
    texts = [text_of(line.content).strip() for line in heading]
    for at, text in enumerate(texts[:-1]):
        if _RECORD_ALONE.match(text) and texts[at + 1].startswith("with "):  # over two lines
            text, at = f"{text} {texts[at + 1]}", at + 1
        day = texts[at + 1] if at + 1 < len(texts) else ""
        if _RECORD_HEAD.match(text) and len(day) <= _DAY_LINE and ctx.res.dates.whole(day):
            # not under the record's own dateline (`"21" March 1974`: wcdf86's journal)
            return None if any(ctx.res.dates.whole(t) for t in texts[:at]) else f"{text} {day}"
    return None


def _read_on(at: int, text: str, blocks: list[Inlines], message: Message, ctx: Context) -> bool:
    """Whether the head at `at` is read with the block after it: a head broken inside its
    sentence over the next head (memcon74), or (wcdg87) a journal record's head naming the
    interlocutor over the conversation's day alone, the first paragraph (`with Nguyen Duy
    Trinh, VWP CC Politburo member ...` / `17 April 1969`, a staging mirror's compact page)."""
    if at + 1 < len(message.heads):
        return bool(_WRAPPED.search(text))
    following = text_of(blocks[at + 1]).strip() if at + 1 < len(blocks) else ""
    value = ctx.res.dates.whole(following) if 0 < len(following) <= _DAY_LINE else None
    return value is not None and bool(value.day and value.year)


def _entry_day(header: Header, message: Message, ctx: Context) -> None:
    """(memcon77) A diary's or journal's entry headed by its day alone, the text's first
    paragraph (`October 14, 1986` under `THE DIARY OF ...` and its translator's line): the
    record's date, when nothing else dated it."""
    first = next((block for block in message.blocks[:1] if isinstance(block, Paragraph)), None)
    text = text_of(first.content).strip() if first else ""
    value = ctx.res.dates.whole(text) if 0 < len(text) <= _DAY_LINE else None
    if value is not None and value.day and value.year:
        set_date(header.sent, read_date(text, ctx))
        header.provenance["date"] = ("found", "the entry's day over the text")


def _field_place(blocks: list[Inlines], ctx: Context) -> Entry | None:
    """(memcon74) The register place of a record's place field under its time field (`Time:
    from 9:00 to 10:40, 3 March 1966` / `Place: Presidential Palace, Hanoi`)."""
    return next((next(iter(refs([content], ctx, "placeName")), None) for content in blocks
                 if _PLACE_FIELD.match(text_of(content))), None)


# (memcon79) the meeting's place closing the line that dates it (`held on 6 July 1956 at Brioni`)
_AT_END = re.compile(r"\b(?:at|in)\s++(?P<place>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++)?)\.?$")


def _held_at_end(text: str, ctx: Context) -> Entry | None:
    """The register's town (no country) that closes the line after `at` or `in`, or None."""
    found = _AT_END.search(text.strip())
    entry = ctx.res.register.lookup(found["place"]) if found else None
    return ctx.use(entry) if entry is not None and entry.kind == "place" \
        and not is_country(entry) else None


def _titled_day(title: str, day: str, ctx: Context) -> bool:
    """Whether the title names the whole day `day` (ISO)."""
    return any(value.day and value.year and value.iso()[:10] == day[:10]
               for value in ctx.res.dates.find(title or ""))


def _issued_after(issued: str, held: str) -> bool:
    """Whether `issued` falls after the meeting `held`, within a quarter's issue delay."""
    try:
        first, later = date.fromisoformat(held[:10]), date.fromisoformat(issued[:10])
    except ValueError:
        return False
    return 0 < (later - first).days <= _ISSUED_WITHIN
