"""(wcda84) A close glued to the text's last sentence: a text-only copy of an archive's page
that lost the document's line breaks ends its one long line with the signer's name and the
date under it (the Wilson Center's older layout of a telegram from Zhou Enlai's or Mao
Zedong's manuscripts: `... does not allow for this. Zhou Enlai August 23 [1950]`). When the
name is a register person the page's title names and a date closes the line, the name and
the date become lines of their own, so the closer reader sees the signature and the
dateline. Every word is kept, in order."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_LONG = 200  # characters: a paragraph run together, not a closer's own line
# a sentence's end, then two or three capitalised words and a date (its year maybe supplied)
_GLUED = re.compile(
    r"(?<=[.!?\"”’)\]])\s++(?P<name>[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++){1,2})"
    r"\s++(?P<date>(?:\d{1,2}\s)?[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?,?(?:\s\[?\d{4}\]?)?)$")


def split_glued_close(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`lines` with the signer's name and the date cut off the last line they close."""
    if not seg.is_page or seg.page_title is None or not lines:
        return lines
    last = lines[-1]
    found = _GLUED.search(last.text) if len(last.text) > _LONG else None
    if found is None or not _dated(found["date"], ctx) \
            or not _title_person(found["name"], seg.page_title.text, ctx):
        return lines
    head = last.text[:found.start()].rstrip()
    return [*lines[:-1], Line(last.no, head, last.blank_before, last.rule_before, last.bullet),
            Line(last.no, found["name"]), Line(last.no, found["date"])]


def _dated(text: str, ctx: Context) -> bool:
    """Whether `text` is a date as a whole (its supplied year's brackets aside)."""
    bare = text.replace("[", "").replace("]", "")
    dates = ctx.res.dates.find(bare)
    return bool(dates) and dates[0].start == 0 and not bare[dates[-1].end:].strip(" .,")


def _title_person(name: str, title: str, ctx: Context) -> bool:
    """Whether `name` is, as a whole, a register person the page's title names."""
    found = ctx.res.register.find(name, ("person",))
    if len(found) != 1 or found[0].end - found[0].start != len(name):
        return False
    return any(match.entry.id == found[0].entry.id
               for match in ctx.res.register.find(title, ("person",)))
