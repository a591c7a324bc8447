"""Page reader for a document's page on DocumentCloud (the document host newsrooms and
research archives use for released cables and memoranda), as a copy of the page gives it:
the host's name alone on its line, the document's title as its contributor gave it
(`Santiago 4412, 12 September 1973`), the contributor (`Contributed by National Security
Archive`), then the document's text (the OCR of its scan, its pages marked `Page 1 of 2`).

The host's name and the contributor's line are the page's text; the line between them is
the page's title. Rows: `document-cloud`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 4  # the host's name opens the page, over the title and the contributor


def _title(lines: list[Line], ctx: Context) -> int | None:
    """Index of the title line between the host's name and the contributor's line."""
    def kind(i: int) -> str:
        found = ctx.res.patterns.match("document-cloud", lines[i].text)
        return found[0] if found else ""
    return next((i for i in range(1, min(len(lines) - 1, _REACH))
                 if kind(i - 1) == "host" and kind(i + 1) == "contributor" and not kind(i)),
                None)


# the page readers' gate (`gate.py`): what `evidence` cannot do without, the contributor
NEEDS = (("document-cloud", ("contributor",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a title between the host's name and the contributor's line."""
    return 1 if _title(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The host's name and the contributor into the page's text, the title into the page's
    title; the document's lines returned."""
    k = _title(lines, ctx)
    if k is None:
        return lines
    seg.fields.setdefault("page-text", []).extend([*lines[:k], lines[k + 1]])
    seg.page_title = lines[k]
    return lines[k + 2:]
