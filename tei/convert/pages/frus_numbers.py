"""A FRUS telegram's number (read by `pages/frus.py`): the number that opens the message's
first paragraph (`1384. ...`; a channel's series, `Hakto 19.`), told from a first point
(`1. ...` over `2. ...`) and from a title naming it, with the channel line's persons
(`2399. Exclusive for William Bundy from McGeorge Bundy.`); a first point run on after the
number (`WH60781/Tohak 112. 1. The President ...`) is set apart to open the list."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

# the office symbol a channel line sets before a person's name (`For S/AL Thompson and EUR
# Tyler`): the person's bureau, no part of the name
_OFFICE_BEFORE = re.compile(r"\b(?:[A-Z]{2,5}|[A-Z]{1,5}/[A-Z]{1,5})\s(?=[A-Z][a-z])")
# (frus84) the Department's own second office a channel line names bare (`Eyes only for
# Under Secretary from Secretary.`, Tedul 127 of 1954): the Under Secretary of State
_BARE_UNDER = re.compile(r"^(?:the\s)?(?:Deputy\s)?Under\sSecretary$", re.IGNORECASE)
# forms whose first paragraph opens with the message's number (`1384. ...`, `WH31580. ...`)
_NUMBERED_FORMS = ("telegram", "airgram", "backchannel")
# (frus38) a `Message From ...` is numbered only by a channel's series (`Hakto 19.`, `WHS 2307.`)
_SERIES_NUMBER = re.compile(r"^[A-Z][A-Za-z]{1,5}\s?\d")
# (misses45) or by its digits when a subject label follows them (a JCS message: `6357. Subj:
# Cease-fire Planning.`): a point's number is never followed by one
_SUBJECT_AFTER = re.compile(r"^\d{2,6}\.\s++(?i:subj|subject)\.?\s*+:")
# (frus69) or by digits padded with a zero (a post's backchannel series, `0122.`): no point's
_PADDED = re.compile(r"^0\d{2,5}$")
_POINT_REACH = 7  # the paragraphs under a first point where its second is looked for
# a telegram the editors print outside its series (`Unnumbered. For Assistant Secretary Bundy
# from Ambassador Green.`): no number, its channel line read as a numbered one's
_UNNUMBERED = re.compile(r"^Unnumbered\.\s")


def telegram_number(line: Line, following: list[Line], seg: Segments, ctx: Context) -> None:
    """The message's number opening its first paragraph (`line`, over the `following` lines:
    `1384. ...`, `WH31580. ...`) as the telegram's number and form, with the title's anchor
    and the channel line's persons; an unnumbered telegram's channel line (`Unnumbered. For
    ...`) read as well."""
    if _cable_text(line, following, seg, ctx):
        return
    number = ctx.res.patterns.match("frus-number", line.text)
    named = (seg.facts.get("form", "") + seg.page_title.text).casefold()
    if number and not ctx.res.dates.find(line.text[:12]) and not _numbered_title(
            seg, ctx, number[1].group("telegram")) and not _first_point(
            number[1], following[:_POINT_REACH]) and (
            any(form in named for form in _NUMBERED_FORMS)
            or _unlabelled_telegram(number, seg, ctx) or ("message" in named and (
                _SERIES_NUMBER.match(number[1].group("telegram"))
                or _PADDED.match(number[1].group("telegram"))
                or _SUBJECT_AFTER.match(line.text)))):
        seg.facts["telegram"] = number[1].group("telegram")
        seg.facts["form"] = seg.facts.get("form") or "Telegram"
        _numbered_title_anchor(seg)
        _channel(line, seg, ctx)
    elif _UNNUMBERED.match(line.text) and any(form in named for form in _NUMBERED_FORMS):
        _channel(line, seg, ctx)


def _cable_text(line: Line, following: list[Line], seg: Segments, ctx: Context) -> bool:
    """(frus95) A telegram printed from a presidential library's copy (FRUS 1964-68): an
    address line (`For the President`, table `frus-channel`, row `for-line`) over the copy's
    caption (`Text of Cable From Ambassador Porter (Seoul 4321)`, row `cable-text`) opening
    the text: the caption gives the telegram's number and its sender, the address line its
    addressee; False where `line` opens no such pair."""
    found = ctx.res.patterns.match("frus-channel", line.text)
    to = ""
    if found and found[0] == "for-line" and following:
        to, line = found[1].group("to"), following[0]
        found = ctx.res.patterns.match("frus-channel", line.text)
    if not found or found[0] != "cable-text":
        return False
    seg.facts["telegram"] = found[1].group("telegram")
    seg.facts["form"] = seg.facts.get("form") or "Telegram"
    seg.facts["channel-to"], seg.facts["channel-from"] = to, found[1].group("from")
    seg.facts["channel-line"] = str(line.no)
    return True


def _channel(line: Line, seg: Segments, ctx: Context) -> None:
    """Whom the telegram is for and from, as its channel line names them (`2399. Exclusive
    for William Bundy from McGeorge Bundy.`): read for the persons it names."""
    found = ctx.res.patterns.match("frus-channel", line.text)
    if found:
        to = found[1].groupdict().get("to")
        seg.facts["channel-to"] = _OFFICE_BEFORE.sub("", to or "")
        if _BARE_UNDER.match(seg.facts["channel-to"]):
            seg.facts["channel-to"] += " of State"
        if to is None:  # (cables43) `1410. From Johnson.`: the sender alone on the line
            seg.facts["channel-from-alone"] = "1"
        seg.facts["channel-from"] = _OFFICE_BEFORE.sub("", found[1].groupdict().get("from") or "")
        seg.facts["channel-line"] = str(line.no)


def _numbered_title(seg: Segments, ctx: Context, number: str) -> bool:
    """An e-volume's heading names the number (`Telegram Secto 18002 From ...`: table
    `title-facts`, row `number`): the first paragraph's `1.` is then its first point;
    (repost73) not its `1587.` repeating the heading's `Telegram 1587 from Geneva`."""
    for row in ctx.res.patterns.regexes.get("title-facts", ()):
        found = row.regex.search(seg.page_title.text) if row.name == "number" else None
        if found and found.groupdict().get("telegram") != number:
            return True
    return False


def _first_point(number: re.Match[str], following: list[Line]) -> bool:
    """`1. Secretary Kissinger wants to inform you ...` over a paragraph opening `2.`: the
    first of the message's numbered points, not its number (a backchannel message with
    none)."""
    return number.group("telegram") == "1" and any(
        line.text.startswith("2. ") for line in following)


def _unlabelled_telegram(number: tuple[str, re.Match[str]], seg: Segments,
                         ctx: Context) -> bool:
    """The older volumes (1918) print a telegram under its file number with no form
    (`File No. 763.72119/987`): an editors' heading `The X to the Y` over a first paragraph
    opening with a number other than a first point's `1.` (`1891. Your 2061 ...`); the
    conference volumes (1941-1945) print a message under its collection alone (`Leahy
    Papers`): a heading by rank and name over a channel line giving its number (`No. 28.
    Personal and confidential for the President.`)."""
    row, found_number = number
    if seg.facts.get("form") or found_number.group("telegram") == "1" or seg.page_title is None:
        return False
    found = ctx.res.patterns.match("frus", seg.page_title.text)
    return bool(found) and found[0] == "heading" and (
        seg.page_title.text.startswith("The ") or row == "channel")


def _numbered_title_anchor(seg: Segments) -> None:
    """`Circular Telegram 5001` over `500. Joint State–USIA.`: a title that repeats the
    telegram's number carries the source note's anchor (`0` or `1`) glued after it."""
    title, number = seg.page_title, seg.facts["telegram"]
    if title is None or seg.facts.get("title-note") or not number.isdigit():
        return
    found = re.search(rf"\s{number}(?P<marker>[01])$", title.text)
    if found:
        seg.page_title = Line(title.no, title.text[:found.start("marker")])
        seg.facts["title-note"] = found.group("marker")


def run_on_point(line: Line, following: list[Line], seg: Segments) -> int | None:
    """(frus59) Where the message's first point starts when it is run on after the telegram's
    number on the first paragraph's line (`8312. 1. C—Entire text.`, `WH60781/Tohak 112. 1.
    The President ...`) over a paragraph opening `2.`; None when it is not."""
    number = seg.facts.get("telegram")
    head = f"{number}. " if number else ""
    if head and line.text.startswith(f"No. {head}"):
        head = f"No. {head}"  # (frus77) a head of government's message: `No. 279. 1. I have ...`
    if not head or not line.text.startswith(head) or not line.text[len(head):].startswith("1. "):
        return None
    return len(head) if any(below.text.startswith("2. ")
                            for below in following[:_POINT_REACH]) else None


# (frus92) the posts the telegram was sent and repeated to, the first sentence after its
# number (`105. Repeated information Paris 46, Hanoi unnumbered. Prime Minister ...`, `Secto
# 32. Sent Saigon 10, repeated information Paris 139, ... Manila 5. Saigon's 7 ...`)
_ROUTING = re.compile(r"(?:Sent|Repeated)\s[^.\n]{2,200}?\.(?=\s[A-Z“\"(])")


def routing_end(line: Line, seg: Segments, ctx: Context) -> int | None:
    """(frus92) Where the text starts after the routing sentence run on after the telegram's
    number (`105. Repeated information Paris 46, Hanoi unnumbered.`): the number and the
    sentence are then a line of the heading (table `heading`, the routing row), read as
    furniture, not as the first paragraph; None when no such sentence follows the number."""
    number = seg.facts.get("telegram")
    head = f"{number}. " if number else ""
    found = _ROUTING.match(line.text, len(head)) if head and line.text.startswith(head) else None
    if not found or not ctx.res.patterns.match("processing", found.group(0)):
        return None
    return found.end() + 1  # the space before the text
