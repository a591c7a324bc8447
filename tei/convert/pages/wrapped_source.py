"""(repost97) An old Foreign Relations page whose HTML source a copying site kept with its line
breaks: the Office of the Historian's pages of 2001-2009 (`Foreign Relations, 1969-1976,
Volume XI`, notes set inline as `/1/`), reposted by sites that keep the source's breaks inside
the sentences (`Released by the Office of` / `the Historian`, `Letter` / `From President Nixon
to Pakistani President Yahya/1/`, `Dear` / `Mr. President:`, `Thank` / `you for your two
recent messages/2/ ...`). With no blank line between them and no width to tell a wrap by, the
words on both sides of each break tell it: a line runs on into the next when it ends in a small
word that ends no sentence (`of`, `the`, `during`), when the next opens in small letters, when
it is one word the next finishes (a form's name over `From ...`, `Dear`, `Foreign` over
`Relations`), and when it is a note's number alone (`/3/` over its text). Only on a page whose
notes are set so (`/1/` glued to a line's end, or alone on a line), never a paragraph's end
(a stop), never into a note's number. The heading's anchor (`Yahya/1/`) is then set in brackets
(`Yahya[1]`), as an e-book's is, so the FRUS reader knows the heading without its number.
A copyist's telegram number alone under the receipt line (`[Received July 24, ...]` / `716.`)
runs on into the text it opens in the print, on any page."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.rewrap import RUNNING_ON_WORDS

_SLASHED = re.compile(r"(?:\S/|^/)\d{1,2}/$")  # a note's anchor glued to the line's end, or alone
_NOTE_ALONE = re.compile(r"^/\d{1,2}/$")
_NOTE_OPENS = re.compile(r"^/\d{1,2}/")
_ENDS = re.compile(r"[.!?:;]['\"”’)]*+$")
_ONE_WORD = re.compile(r"^[A-Z][a-z]{1,12}$")
_FORMS = frozenset(("Letter", "Telegram", "Memorandum", "Message", "Airgram", "Note"))
_SLASHED_LINES = 2  # a page of this layout sets two notes so at least
_HEAD_REACH = 8  # the heading stands among the page's first lines
_HEADING_ANCHOR = re.compile(r"(?<=[\w.)])/1/$")


# (repost97) a FRUS telegram's number set alone under its receipt line in brackets by a copyist
# (marxists.org's 1918 Russia telegrams: `[Received July 24, 11: 32 a.m.]` / `716.` /
# `Commissariat for Foreign Affairs officially informed ...`): the print opens the first
# paragraph with it, and so does the page then
_RECEIPT = re.compile(r"^\[Received\s[^\]]{4,60}\]$")
_NUMBER_ALONE = re.compile(r"^\d{1,5}\.$")
_TEXT_WORDS = 5


def _number_over_text(lines: list[Line]) -> list[Line]:
    """`lines` with a telegram's number alone under the receipt line run on into the text."""
    for i in range(1, len(lines) - 1):
        number, text = lines[i], lines[i + 1]
        if _NUMBER_ALONE.match(number.text) and _RECEIPT.match(lines[i - 1].text) and \
                text.text[:1].isupper() and len(text.text.split()) >= _TEXT_WORDS:
            joined = Line(number.no, f"{number.text} {text.text}", number.blank_before,
                          number.rule_before, number.bullet)
            return [*lines[:i], joined, *lines[i + 2:]]
    return lines


def join_wrapped_source(lines: list[Line]) -> list[Line]:
    """`lines` with an old FRUS page's source breaks inside its sentences closed up (and a
    copyist's telegram number over its text run on: `_number_over_text`)."""
    lines = _number_over_text(lines)
    if sum(1 for line in lines if _SLASHED.search(line.text)) < _SLASHED_LINES:
        return lines
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and not line.blank_before and not line.rule_before \
                and _runs_on(last.text, line.text):
            glue = "" if _NOTE_ALONE.match(last.text) else " "
            out[-1] = Line(last.no, f"{last.text}{glue}{line.text}", last.blank_before,
                           last.rule_before, last.bullet)
        else:
            out.append(line)
    return _bracketed_heading_anchor(out)


def _bracketed_heading_anchor(lines: list[Line]) -> list[Line]:
    """The first line among the first ones that ends in the first note's anchor (`/1/`)
    with that anchor in brackets (`[1]`)."""
    for i, line in enumerate(lines[:_HEAD_REACH]):
        if _HEADING_ANCHOR.search(line.text):
            text = _HEADING_ANCHOR.sub("[1]", line.text)
            return [*lines[:i], Line(line.no, text, line.blank_before, line.rule_before,
                                     line.bullet), *lines[i + 1:]]
    return lines


def _runs_on(text: str, following: str) -> bool:
    """Whether the line `text` runs on into `following` (see the module's rules)."""
    if _NOTE_OPENS.match(following) or not following or _ENDS.search(text):
        return False
    if _NOTE_ALONE.match(text):
        return True
    words = text.split()
    if following[0].islower() or words[-1] in RUNNING_ON_WORDS:
        return not _SLASHED.search(text)
    return bool(_ONE_WORD.match(text)) and (
        text == "Dear" or (text in _FORMS and following.startswith("From "))
        or (text == "Foreign" and following.startswith("Relations")))
