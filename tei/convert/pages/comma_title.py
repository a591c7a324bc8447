"""(bloc68) A printed page's title and what its line ends with. A documents book's title
wrapped before its date: the title's line closed by a comma, the date alone on the next line
(`Telegram from the Romanian Embassy in Beijing to the Ministry of Foreign Affairs,` / `11 March
1964`): the date line stays the page's date and ends the title too, as the book prints it. A
thesis appendix's title closed by a quoted subject with the note's number glued to the
closing quotation mark (`Cable from the Chinese Embassy in Poland ..., "Situation after the
Eighth Plenum of the PUWP"1`): the number is the title's note, when a note so numbered
opens a line below. (frus81) A US documentary edition's heading closed by the document's
date and its note's anchor (Documents on Disarmament, American Foreign Policy: Current
Documents, the Pentagon Papers: `Letter From Chairman Khrushchev to President Kennedy on
..., September 9, 1961¹`, `Cablegram From Ambassador Lodge to Secretary Rusk, Oct. 5,
1963`): the anchor is the title's note when a note so numbered opens a line below, and the
date the page's date where no date line gave one (only so anchored: an archive's title closed
by a date, `ULTRA Signal XL 3309: ..., 24 June 1944`, leaves the date to the text); the title
keeps the date, as printed.
(frus81) The Public Papers of the Presidents' heading, one sentence opening with the form and
closed by a stop over the date line (`Message to Prime Minister Macmillan on the Initialing
of the Test Ban Treaty.` / `July 26, 1963`): the stop is the heading's, not the title's."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.dates import DateReader
from tei.convert.read import Line
from tei.convert.zones import Segments

_QUOTE_NOTE = re.compile(r"(?<=[\"”’'])(?P<marker>\d{1,2})$")
_FORM_SENTENCE = re.compile(r"^(?:Message|Letter|Telegram|Cable|Note|Statement|Memorandum)\s++"
                            r"(?:to|from|by|on|of|in)\s[^.]{5,250}+\.$")
# (repost90) or in round brackets after a space, as the Avalon Project's web editions call
# their notes (`Letter from Mussolini to Hitler, August 25, 1939 (1)` over `(1) ...`)
_DATE_NOTE = re.compile(r"(?<=\d{4})(?:\[(?P<marker>\d{1,2})\]|\s?\((?P<paren>\d{1,2})\))$")
_CLOSING_DATE = re.compile(r",\s(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}"
                           r"|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})$")


def title_with_date(seg: Segments) -> None:
    """Join the page's date line to a title closed by a comma on the line right above it."""
    title, date = seg.page_title, seg.page_date
    if title is not None and date is not None and date.no == title.no + 1 \
            and title.text.rstrip().endswith(","):
        seg.page_title = Line(title.no, f"{title.text.rstrip()} {date.text.strip()}")


def quoted_title_note(lines: list[Line], seg: Segments) -> None:
    """Take the note's number glued to the title's closing quotation mark off the title, as
    the title's note, when a line below opens with it."""
    title = seg.page_title
    found = _QUOTE_NOTE.search(title.text.rstrip()) if title is not None else None
    if found is None or seg.facts.get("title-note"):
        return
    marker = found.group("marker")
    if any(line.no > title.no and re.match(rf"{marker}\s+\S", line.text) for line in lines):
        seg.page_title = Line(title.no, title.text.rstrip()[:found.start()])
        seg.facts["title-note"] = marker


def dated_title_note(lines: list[Line], seg: Segments, dates: DateReader) -> None:
    """(frus81) A title closed by its date and its note's anchor (`..., September 9,
    1961[1]`): the anchor off the title as its note when a note so numbered opens a line
    below; the closing date the page's date when there is none."""
    title = seg.page_title
    if title is None:
        return
    text = title.text.rstrip()
    found = _DATE_NOTE.search(text)
    marker = (found["marker"] or found["paren"]) if found else ""
    call = f"[{marker}] " if found and found["marker"] else f"({marker}) "
    if found and not seg.facts.get("title-note") and any(
            line.no > title.no and line.text.startswith(call) for line in lines):
        text = text[:found.start()]
        seg.page_title = Line(title.no, text)
        seg.facts["title-note"] = marker
    closing = _CLOSING_DATE.search(text) if found else None  # an edition's heading: anchored
    if seg.page_date is None and closing and dates.whole(closing["date"]) is not None:
        seg.page_date = Line(title.no, closing["date"])


def stopped_title_over_date(seg: Segments) -> None:
    """(frus81) A title of one sentence opening with its form, closed by a stop, on the line
    over the page's date line (a blank line between them perhaps): without the stop. Not on
    the American Presidency Project's page, whose title line is the site's (docs37b)."""
    title, date = seg.page_title, seg.page_date
    if title is not None and date is not None and 0 < date.no - title.no <= 2 \
            and "presidency" not in seg.layouts \
            and _FORM_SENTENCE.match(title.text.strip()):
        seg.page_title = Line(title.no, title.text.strip()[:-1])


def title_ends(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """What the page's title ends with: a note's number after a quotation mark or after
    its date, the date itself, a heading's stop over the date line; the day a release line
    under the date line says the document was dated."""
    quoted_title_note(lines, seg)
    dated_title_note(lines, seg, ctx.res.dates)
    stopped_title_over_date(seg)
    release_dated(lines, seg, ctx)


def release_dated(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """(frus81) The Public Papers' release line right under the item's date line (`[ Released
    October 14, 1961. Dated October 12, 1961 ]`, table `heading`, row `date`): the day it
    was dated is the page's date, the date line the day of its release."""
    date = seg.page_date
    under = next((line for line in lines if date is not None and line.no > date.no), None)
    found = ctx.res.patterns.match("heading", under.text) if under is not None and \
        under.text.startswith("[") else None
    sent = found[1].groupdict().get("sent") if found and found[0] == "date" else None
    if sent and ctx.res.dates.whole(sent) is not None:
        seg.page_date = Line(under.no, sent)


# (repost92) a web page's title closed by the document's date and a stop (FAS's `United States
# Note to the U.S.S.R., May 11, 1960.`): the stop ends the date, not a sentence
_DATE_STOP = re.compile(r",\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}"
                        r"|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\.$")


_LISTED = re.compile(r"^\(?\d{1,2}[.)]\s")


def dated_stop(line: Line) -> Line:
    """`line` without the stop closing the date that closes it, else as it is."""
    if not _DATE_STOP.search(line.text) or _LISTED.match(line.text):  # a contents list's entry
        return line
    return Line(line.no, line.text[:-1], line.blank_before, line.rule_before, line.bullet)
