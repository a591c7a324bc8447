"""The chapter heading over a FRUS page's first document (read by `pages/frus.py`): page
text, so that the source note, heading and dateline open the document. A scanned volume's
chapter names its subjects joined by dashes (ocr35) or its country alone (frus55, frus60);
(frus95) the Department's 2001-2009 archive pages of the 1961-1968 volumes name it by the
months it covers and its title (`October-November 1961:` over `The Crisis at the
Friedrichstrasse Crossing`, above `171. Telegram From ...`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_CHAPTER_REACH = 3  # the lines of a chapter heading above the first source note
_UNDER_CHAPTER = ("source", "document-heading")  # the lines a chapter heading stands over
# two of a chapter heading's subjects joined by a dash (`Commission)-Refusal`, `1919—Designation`)
_CHAPTER_SUBJECTS = re.compile(r"[\w)][-—]\s?[A-Z][a-z]{2,}+\s(?:[a-z]++\s){0,3}?[A-Z]?[a-z]")
# (frus95) the months a chapter covers, closed by a colon, its title after it or on the next
# line (`October-November 1961:`, `January–March 1962: The Crisis ...`)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
           "|December")
_MONTH_RANGE = re.compile(rf"^(?:{_MONTHS})(?:\s\d{{4}})?\s?[-–—]\s?(?:{_MONTHS})\s\d{{4}}:")


def without_chapter_heading(lines: list[Line], seg: Segments, ctx: Context,
                            kind: Callable[[str, Context], str | None]) -> list[Line]:
    """`lines` without the chapter heading over the first source note or numbered heading
    (told by `kind`, the FRUS heading line's kind); the heading goes to the page text."""
    note = next((i for i, line in enumerate(lines[:_CHAPTER_REACH])
                 if kind(line.text, ctx) in _UNDER_CHAPTER), 0)
    above = lines[:note]
    months = bool(above) and _MONTH_RANGE.match(above[0].text) is not None
    if not above or not all((months or _CHAPTER_SUBJECTS.search(line.text)
                             or _country_chapter(line, ctx))
                            and not line.text.endswith(".") for line in above):
        return lines
    seg.fields.setdefault("page-text", []).extend(above)
    return lines[note:]


def _country_chapter(line: Line, ctx: Context) -> bool:
    """(frus55) A volume's chapter named by its country alone, as a page copy's breadcrumb
    leaves it over the source note (`Union of Soviet Socialist Republics`, `China`): the
    whole line a place of the register."""
    entry = ctx.res.register.lookup(line.text.strip())
    return entry is not None and entry.kind == "place"
