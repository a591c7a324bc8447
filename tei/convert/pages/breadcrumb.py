"""(frus64) A history.state.gov page's breadcrumb as a copy of the page keeps it: the
volume's title, then the chapter (and section) the document stands in, then `Document 412`
(`Foreign Relations of the United States, 1964–1968, Volume XXIII, Congo, 1960–1968` /
`The Stanleyville Rescue, August–December 1964` / `Document 412`). The chapter's lines
between the two are links of the page, not the document's heading."""

from __future__ import annotations

from tei.convert.pages.running import SENTENCE_MARK, Rows
from tei.convert.read import Line

_VOLUME_ROWS = frozenset({"history-state-gov", "state-gov"})
_CRUMBS = 2  # a chapter and its section
_CRUMB_WORDS = 14


def breadcrumb_lines(lines: list[Line], rows: Rows) -> set[int]:
    """The indices of the chapter lines between a volume's title row and the page's
    `Document N` row."""
    found: set[int] = set()
    for i, row in enumerate(rows):
        if not row or row[0] != "publication" or not lines[i].text.startswith("Document"):
            continue
        k = i - 1
        while k >= 0 and i - k <= _CRUMBS and not rows[k] and _crumb(lines[k]):
            k -= 1
        if k < i - 1 and k >= 0 and rows[k] and rows[k][0] in _VOLUME_ROWS:
            found.update(range(k + 1, i))
    return found


def _crumb(line: Line) -> bool:
    """A link's text: a few words and no sentence's end."""
    return len(line.text.split()) <= _CRUMB_WORDS and not SENTENCE_MARK.search(line.text)
