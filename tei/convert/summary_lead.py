"""A despatch's summary set between its heading and its dateline (cw77).

A British Diplomatic Report, as the Foreign and Commonwealth Office printed its despatches,
sets a summary under the title and the parties' line, before the mission's dateline and
the salutation:

    MONGOLIA: ANNUAL REVIEW FOR 1978
    Her Majesty's Ambassador at Ulan Bator to the Secretary of State ...
    SUMMARY
    A quiet year in which ... (paragraphs 1-3).
                                            British Embassy,
                                            Ulan Bator.
                                            2 January 1979.
    Sir,

The summary's paragraphs belong to the heading: the dateline and salutation under them
still open the letter. The report's number line (`DIPLOMATIC REPORT No. 121/79`) marks the
series; the subject in capitals among the heads is the despatch's own title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from tei.convert.quoted import Unit

SUMMARY_LABEL = re.compile(r"^\(?(?:SUMMARY|Summary)\)?[.:]?$")
_REACH = 6  # the summary's paragraphs at most
_OPENER_REACH = 4  # the dateline or salutation comes within these units after them
_PROSE_WORDS = 5  # a summary's paragraph is longer than a dateline's line
_REPORT_SERIES = re.compile(r"^DIPLOMATIC\s++REPORT\s++No\.?\s*+\d{1,4}/\d{2}\.?$", re.IGNORECASE)
_SUBJECT = re.compile(r"^[A-Z][A-Z0-9 ,.:;'’&()/-]{5,160}$")
_TITLE_REACH = 4  # the subject comes among the first heads
_NOT_TITLES = frozenset({"SUMMARY", "CONFIDENTIAL", "SECRET", "RESTRICTED", "UNCLASSIFIED"})


def summary_end(units: Sequence[Unit], start: int, last_head: str,
                opener_kind: Callable[[str], str | None], dated: Callable[[str], bool],
                opening: set[str]) -> int:
    """The index of the dateline or salutation that follows closely the summary's
    paragraphs opening at `start` under a summary label (`last_head`), the seat's short
    lines over it (`British Embassy,` / `Ulan Bator.`) taken with the summary; a date alone
    (`dated`) over the salutation is added to the `opening` datelines; `start` when there
    is none."""
    if not SUMMARY_LABEL.match(last_head.strip()):
        return start
    end = start
    while (end < len(units) and end - start < _REACH and not units[end].embedded
           and len(units[end].text.split()) > _PROSE_WORDS
           and opener_kind(units[end].text) is None):
        end += 1
    if end == start:
        return start
    for at in range(end, min(end + _OPENER_REACH, len(units))):
        kind = opener_kind(units[at].text)
        if kind == "salute" and at - 1 >= end and dated(units[at - 1].text):
            opening.add(units[at - 1].text)  # a date alone over the salutation: the dateline
            return at - 1
        if kind in ("dateline", "salute"):
            return at  # the seat's lines over the dated line go with the heads
        if units[at].embedded or kind or len(units[at].text.split()) > _PROSE_WORDS:
            return start
    return start


def series_title(lines: Sequence[str], heads: Sequence[str]) -> str:
    """The subject in capitals (`MONGOLIA: ANNUAL REVIEW FOR 1978`) among the first heads of
    a despatch printed as a Diplomatic Report (its number line among the heading's lines
    and heads, `lines`); else ''."""
    if not any(_REPORT_SERIES.match(line.strip()) for line in lines):
        return ""
    for head in heads[:_TITLE_REACH]:
        words = [word.strip(",.:;") for word in head.split()]
        if _SUBJECT.match(head.strip()) and not _NOT_TITLES.intersection(words) and len(
                [word for word in words if word.isalpha() and len(word) >= 3]) >= 2:
            return " ".join(head.split())
    return ""


# (cw80) a department's brief for a minister's visit or meeting by its number in the set, or a
# steering brief, on a head of its own (`BRIEF No. 3`, `STEERING BRIEF`)
_BRIEF_LINE = re.compile(r"(?i)^(?:(?:steering|background)\s++brief|brief\s++(?:no\.?|number)\s*+"
                         r"\d{1,3}[A-Z]?)\.?$")


_BRIEF_REACH = 8  # the heading's lines and first heads the brief's number line is looked for in


def brief_title(lines: Sequence[str]) -> str:
    """(cw80) The subject in capitals on the heading's line or head right under a brief's
    number line (`BRIEF No. 3` / `EUROPEAN POLITICAL CO-OPERATION: THE EURO-ARAB DIALOGUE`),
    the brief's own title (the occasion's line above it names the set of briefs); else ''."""
    for line, following in pairwise(lines[:_BRIEF_REACH + 1]):
        subject = " ".join(following.split())
        words = [word.strip(",.:;") for word in subject.split()]
        if _BRIEF_LINE.match(line.strip()) and _SUBJECT.match(subject) \
                and not _NOT_TITLES.intersection(words):
            return subject
    return ""
