"""(wcda67) A page saved as text (a browser's `Save Page As` text, a text-mode dump) opens
with its HTML title, the document's title and the site's name after a bar or dash
(`Report, Embassy of Hungary ... | Wilson Center Digital Archive`, table `site-title`).
When the page shows that title again under it, the first line is the page's: it goes to
the header's page text and the page's own title line titles the document."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.pages.page_address import is_address
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 25  # the lines under the HTML title where the page's own title line stands
_CREST_SITE = re.compile(r"\sCIA\s++FOIA\s++\(foia\.cia\.gov\)$")
_CREST_FIELD = re.compile(r"^Document\s++(?:Type|Number\s++\(FOIA\))\b")


def saved_title(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without a saved page's HTML title line when its title stands again below
    (the page's address a copy may set over it stays)."""
    first = 1 if lines and is_address(lines[0].text) else 0
    if first and len(lines) > 2 and is_address(lines[2].text):
        return lines  # a print header's title and own address under another address
    found = ctx.res.patterns.match("site-title", lines[first].text) if lines[first:] else None
    if not found or found[0] != "site-name":
        return lines
    title = " ".join(found[1].group("title").split()).casefold()
    # (frus86) a mirror's HTML title printed twice over the page (the same line again)
    twice = first + 1 < len(lines) and lines[first + 1].text.strip() == lines[first].text.strip()
    below = lines[first + 1 + twice:first + _REACH]
    if not any(_again(below, i, title) for i in range(len(below))):
        return _crest_title(lines, first, found[1].group("title"), seg)
    seg.fields.setdefault("page-text", []).extend(lines[first:first + 1 + twice])
    return lines[:first] + lines[first + 1 + twice:]


def _again(lines: list[Line], i: int, title: str) -> bool:
    """Whether line `i` repeats the HTML title, alone or (frus86) with the dateline line
    under it (`Letter From President Kennedy to Chairman Khrushchev` / `Washington, October
    22, 1962.` under the title `... Khrushchev Washington, October 22, 1962.`)."""
    text = " ".join(lines[i].text.split()).casefold()
    if text == title:
        return True
    return i + 1 < len(lines) and len(text.split()) >= 3 and title.startswith(text + " ") \
        and " ".join(f"{text} {lines[i + 1].text}".split()).casefold() == title


def _crest_title(lines: list[Line], first: int, title: str, seg: Segments) -> list[Line]:
    """(intel69) The CIA reading room's record page saved as text: its HTML title (`... |
    CIA FOIA (foia.cia.gov)`) is the record's only title when no line repeats it; the title
    without the site's name stays, the whole line goes to the header's page text."""
    line = lines[first]
    if not _CREST_SITE.search(line.text) or not any(
            _CREST_FIELD.match(other.text) for other in lines[first + 1:first + _REACH]):
        return lines
    seg.fields.setdefault("page-text", []).append(line)
    return [*lines[:first], replace(line, text=title.strip()), *lines[first + 1:]]
