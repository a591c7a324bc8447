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

from tei.convert.quoted import Unit

SUMMARY_LABEL = re.compile(r"^\(?(?:SUMMARY|Summary)\)?[.:]?$")
_REACH = 6  # the summary's paragraphs at most
_OPENER_REACH = 4  # the salutation comes within these units after them
_PROSE_WORDS = 5  # a summary's paragraph is longer than a dateline's line
_REPORT_SERIES = re.compile(r"^DIPLOMATIC\s++REPORT\s++No\.?\s*+\d{1,4}/\d{2}\.?$", re.IGNORECASE)
_SUBJECT = re.compile(r"^[A-Z][A-Z0-9 ,.:;'’&()/-]{5,160}$")
_TITLE_REACH = 4  # the subject comes among the first heads
_NOT_TITLES = frozenset({"SUMMARY", "CONFIDENTIAL", "SECRET", "RESTRICTED", "UNCLASSIFIED"})


def summary_end(units: Sequence[Unit], start: int, last_head: str,
                opener_kind: Callable[[str], str | None]) -> int:
    """The index after the summary's paragraphs opening at `start` under a summary label
    (`last_head`) when a salutation follows them closely; `start` when there is none."""
    if not SUMMARY_LABEL.match(last_head.strip()):
        return start
    end = start
    while (end < len(units) and end - start < _REACH and not units[end].embedded
           and len(units[end].text.split()) > _PROSE_WORDS
           and opener_kind(units[end].text) is None):
        end += 1
    following = units[end:end + _OPENER_REACH]
    if end == start or not any(opener_kind(unit.text) == "salute" for unit in following):
        return start
    return end


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
