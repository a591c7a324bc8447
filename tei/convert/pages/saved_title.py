"""(wcda67) A page saved as text (a browser's `Save Page As` text, a text-mode dump) opens
with its HTML title, the document's title and the site's name after a bar or dash
(`Report, Embassy of Hungary ... | Wilson Center Digital Archive`, table `site-title`).
When the page shows that title again under it, the first line is the page's: it goes to
the header's page text and the page's own title line titles the document."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 25  # the lines under the HTML title where the page's own title line stands


def saved_title(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without a saved page's HTML title line when its title stands again below."""
    found = ctx.res.patterns.match("site-title", lines[0].text) if lines else None
    if not found or found[0] != "site-name":
        return lines
    title = " ".join(found[1].group("title").split()).casefold()
    if not any(" ".join(line.text.split()).casefold() == title for line in lines[1:_REACH]):
        return lines
    seg.fields.setdefault("page-text", []).append(lines[0])
    return lines[1:]
