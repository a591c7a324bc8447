"""(frus64) A history.state.gov document page as a copy of the whole page keeps it: its
breadcrumb, the volume's title, then the chapter (and section) the document stands in, then
`Document 412` (`Foreign Relations of the United States, 1964–1968, Volume XXIII, Congo,
1960–1968` / `The Stanleyville Rescue, August–December 1964` / `Document 412`); and its
sidebar's panels, each under a heading of a word or two (`Info` over `Cite this resource`,
row `site-panel`). The chapter's lines and the panels' headings are the page's, not the
document's heading or text (a cable form's `Info` label stands over no panel)."""

from __future__ import annotations

from tei.convert.pages.running import SENTENCE_MARK, Rows
from tei.convert.read import Line

_VOLUME_ROWS = frozenset({"history-state-gov", "state-gov"})
_CRUMBS = 2  # a chapter and its section
_CRUMB_WORDS = 14
_PANEL_WORDS = 2
# (frus68) the volume's table of contents under its title, its links a line each down to
# `Document N` (`Contents` / `Preface` / ... / `January 1979 (Documents 121–187)` / `Index`)
_CONTENTS = "Contents"


def page_lines(lines: list[Line], rows: Rows) -> set[int]:
    """The indices of the breadcrumb's chapter lines and the sidebar panels' headings."""
    return _breadcrumb(lines, rows) | {
        i for i in range(len(lines) - 1) if not rows[i] and rows[i + 1]
        and rows[i + 1][0] == "site-panel" and _link(lines[i], _PANEL_WORDS)
        and not any(ch.isdigit() for ch in lines[i].text)}


def _breadcrumb(lines: list[Line], rows: Rows) -> set[int]:
    """The chapter lines between a volume's title row and the page's `Document N` row or,
    (frus67) in the page's foot, its `Previous` and `Next` links; (frus68) any number of
    them under `Contents`: the volume's table of contents."""
    found: set[int] = set()
    for i, row in enumerate(rows):
        if not row or not ((row[0] == "publication" and lines[i].text.startswith("Document"))
                           or (row[0] == "navigation" and lines[i].text == "Previous")):
            continue
        k = i - 1
        while k >= 0 and not rows[k] and _link(lines[k], _CRUMB_WORDS):
            k -= 1
        if k < i - 1 and k >= 0 and rows[k] and rows[k][0] in _VOLUME_ROWS and (
                i - k - 1 <= _CRUMBS or lines[k + 1].text == _CONTENTS):
            found.update(range(k + 1, i))
    return found


def _link(line: Line, words: int) -> bool:
    """A link's text: at most `words` words and no sentence's end."""
    return len(line.text.split()) <= words and not SENTENCE_MARK.search(line.text)
