"""Page reader for a book or journal article as OpenEdition publishes it (OpenEdition Books,
OpenEdition Journals; misses23): the chapter's title (a documents reader's `Document No. 40:
Notes of Telephone Conversation between ...`), its page in the printed book (`p. 352`) and
the marker `Texte intégral` (`Full text`) over the text, every paragraph with OpenEdition's
paragraph number glued to its first word (`1Chernyaev's notes ...`, `6[Source: ...]`), and
under the text the licence line (`Le texte seul est utilisable sous licence Licence
OpenEdition Books ...`) over the book's and the series' listing. The title is the page's
(without the reader's document number), the lines over the marker and the listing are
page text, the licence is the page's, and the paragraph numbers are dropped when they run
1, 2, 3 ... down the text. Rows: `openedition`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

# the title, the book's page, the marker; (repost96) the viewer's switch, the book's title
# and its editors, a translator line over them
_REACH = 10
_GLUED_NUMBER = re.compile(r"^(?P<n>\d{1,3})(?=[^\d\s.,:)/-])")


def _row(line: Line, ctx: Context) -> tuple[str, re.Match[str]] | None:
    return ctx.res.patterns.match("openedition", line.text)


def _marker(lines: list[Line], ctx: Context) -> int | None:
    """Where the `Texte intégral` marker stands, if among the opening lines."""
    return next((i for i, line in enumerate(lines[:_REACH])
                 if (found := _row(line, ctx)) and found[0] == "marker"), None)


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the platform's licence line (the marker's row has no needle)
NEEDS = (("openedition", ("licence",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the full-text marker near the top and the platform's licence line below."""
    return 2 if _marker(lines, ctx) is not None and _licence(lines, ctx) is not None else 0


def _licence(lines: list[Line], ctx: Context) -> int | None:
    return next((i for i, line in enumerate(lines)
                 if (found := _row(line, ctx)) and found[0] == "licence"), None)


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Title, page and marker into the page; licence and listing off the foot; the text's
    paragraphs without their glued numbers."""
    start, end = _marker(lines, ctx), _licence(lines, ctx)
    if start is None or end is None:
        return lines
    head = [(line, _row(line, ctx)) for line in lines[:start + 1]]
    # (repost96) a reader's numbered title is the page's title wherever it stands over
    # the marker (under the viewer's switch, the book's title and its editors)
    numbered = next((line for line, found in head if found and found[0] == "numbered-title"), None)
    for line, found in head:
        if seg.page_title is None and ((found is None and numbered is None) or line is numbered):
            title = found[1].group("title") if found else line.text
            seg.page_title = Line(line.no, title)
        if found is None or found[0] != "numbered-title":
            seg.fields.setdefault("page-text", []).append(line)
    seg.licence.append(lines[end])
    seg.fields.setdefault("page-text", []).extend(lines[end + 1:])
    return _unnumbered(lines[start + 1:end])


def _unnumbered(lines: list[Line]) -> list[Line]:
    """The text's lines with the paragraph numbers glued to them dropped, when they run on
    from 1 (a line without one goes on with the paragraph above it)."""
    expected, out = 1, []
    for line in lines:
        found = _GLUED_NUMBER.match(line.text)
        # (repost96) a paragraph the platform leaves unnumbered (a document's delivery
        # line over its salutation) skips a number
        if found and expected <= int(found.group("n")) <= expected + 1:
            expected = int(found.group("n")) + 1
            line = replace(line, text=line.text[found.end():])
        out.append(line)
    return out if expected > 2 else lines
