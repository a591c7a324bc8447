"""A meeting's record headed by a sentence that says where and when the meeting was held
(the UK Cabinet's conclusions as the National Archives' CAB 128 papers print them:
`CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Thursday, 1st
November, 1956, at 9.45 a.m.`): the day dates the record (the page's date line), as a foot's
date would; the sentence stays the text's heading and (cw80) is the record's own title, its
venue the place of origin. (ocr89) As the OCR of a printed paper gives it, the sentence's first
word may stand alone on the line above (`CONCLUSIONS`) and its year's figures apart (`1 9 4 5`);
the sentence names the record's form (`seg.facts['form']`). Row: `meeting-heading`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.ocr_dates import ocr_date_text
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.states import is_country
from tei.convert.zones import Segments

_REACH = 15  # the lines at the top where the heading sentence is looked for
_FACT = "meeting-heading"
_HELD_LINE = re.compile(r"(?i)^held\s++(?:at|in)\s")
_HELD_AT_END = re.compile(r"(?i)\sheld\s++(?:at|in)$")
_SENTENCE_START = re.compile(r"(?<=\s)(?:CONCLUSIONS|MINUTES)\s++of\s++(?:a|the)\s++(?i:meeting)\b")
_OF_MEETING = re.compile(r"(?i)^of\s++(?:a|the)\s++meeting\s++of\s")
_FIRST_WORD = re.compile(r"^(?:CONCLUSIONS|MINUTES)$")
_FORM = "minutes of the meeting"  # the form the sentence names (table `doc-types`)


def _months(ctx: Context) -> frozenset[str]:
    return frozenset(name.casefold() for name in ctx.res.dates.months)


# (ocr97) the CIA Director's morning meeting minutes' heading line, a flattened CREST
# record's line again (`Morning Meeting of 13 October 1967`, `Deputies' Meeting of 4 May 1955`;
# table `flattened-heading`, row `meeting-title`): the record's title, under the record page's
# fields (so farther down than `_REACH`)
_DAY_MEETING = re.compile(r"^(?:Morning|Deputies['’`]?|Staff)\s[Mm]eeting\sof\s"
                          r"(?P<date>\d{1,2}\s[A-Z][a-z]{2,8}\s(?:1[89]|20)\d\d)$")
_FIELDS_REACH = 40


def meeting_date(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines, unchanged; the meeting's day from its heading sentence as the page's date
    when the page gave none; the sentence kept (`seg.facts`) for the title and the venue."""
    for line in lines[:_FIELDS_REACH]:
        day = _DAY_MEETING.match(line.text.strip())
        if day and ctx.res.dates.whole(day.group("date")):
            seg.facts[_FACT] = line.text.strip()
            if seg.page_date is None:
                seg.page_date = Line(line.no, day.group("date"))
            return lines
    for at, line in enumerate(lines[:_REACH]):
        text = line.text
        # (memlet82) the sentence broken after the meeting's name, `held ...` on the next
        # line (`MINUTES OF THE 57th MEETING OF THE DEFENCE COMMITTEE` / `held in Canberra
        # on Thursday, 4 April 1957, at 10.30 a.m.`): one sentence
        # (ocr89) or its first word in larger capitals the OCR set on a line of its own
        # (`CONCLUSIONS` / `of a Meeting of the War Cabinet held at ...`): one sentence
        if at and (_HELD_LINE.match(text) or (
                _OF_MEETING.match(text) and _FIRST_WORD.match(lines[at - 1].text))):
            text = f"{lines[at - 1].text} {text}"
        # (ocr94) or broken after its `held at`, the venue and day on the next line
        # (`CONCLUSIONS of a Meeting of the Cabinet held at` / `10, Downing Street, S.W.1.,
        # on SATURDAY, 2nd SEPTEMBER, 1939, at k.15 p.m.`): one sentence
        elif _HELD_AT_END.search(text) and at + 1 < len(lines):
            text = f"{text} {lines[at + 1].text}"
        elif " held " not in text.casefold():  # (cw72) or `HELD` in capitals
            continue
        # (ocr94) the record's number heading the OCR set on the same line before it
        # (`C A B I N E T 48 (39). CONCLUSIONS of a Meeting of the Cabinet held at ...`)
        opening = _SENTENCE_START.search(text)
        text = text[opening.start():] if opening and opening.start() else text
        # (ocr89) its date's figures as an OCR of the print set them (`1 9 4 5`) read as typed
        found = ctx.res.patterns.match("meeting-heading", text) or ctx.res.patterns.match(
            "meeting-heading", ocr_date_text(text, _months(ctx)))
        if found and ctx.res.dates.whole(found[1].group("date")):
            seg.facts[_FACT] = " ".join(text.split())
            # (ocr89) the sentence names the record's form, whatever its furniture looks like
            # (an OCR's `Printed` / `for the War Cabinet.` is no letter's address)
            seg.facts.setdefault("form", _FORM)
            if seg.page_date is None:
                seg.page_date = Line(line.no, found[1].group("date"))
            break
    return lines


def meeting_title(seg: Segments) -> str:
    """(cw80) The meeting's heading sentence, the record's own title; '' when none."""
    return seg.facts.get(_FACT, "")


# the venue between `held at` (or `in`) and the day's `on`
_VENUE = re.compile(r"(?i)\bheld\s++(?:at|in)\s++(?P<venue>.{1,160}?),?\s++on\s")
# (cw80) a London postal district after the building (`Admiralty House, S.W.1`, `W.C.2`)
_LONDON_DISTRICT = re.compile(r",\s*+(?:S\.?\s?[WE]|W\.?\s?C|E\.?\s?C|N\.?\s?W)\.?\s?\d{1,2}\b\.?$")


def meeting_venue(seg: Segments, ctx: Context) -> Entry | None:
    """(cw80) Where the meeting of a heading sentence was held: the last register place (no
    country) its venue names (`10 Downing Street`: the register's seat, in London; `Parliament
    House, Canberra`), else London for a building in a London postal district (`Admiralty
    House, S.W.1`); None when there is no such sentence or place."""
    venue = _VENUE.search(seg.facts.get(_FACT, ""))
    if venue is None:
        return None
    found = [match for match in ctx.res.register.find(venue["venue"], ("place",))
             if not is_country(match.entry)]
    if found:
        return ctx.use(max(found, key=lambda match: match.start).entry)
    london = ctx.res.register.lookup("London") if _LONDON_DISTRICT.search(
        venue["venue"]) else None
    return ctx.use(london) if london is not None else None
