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
    if not any(" ".join(line.text.split()).casefold() == title
               for line in lines[first + 1:first + _REACH]):
        return _crest_title(lines, first, found[1].group("title"), seg)
    seg.fields.setdefault("page-text", []).append(lines[first])
    return lines[:first] + lines[first + 1:]


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
