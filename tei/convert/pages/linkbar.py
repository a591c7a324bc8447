"""A site's bar of links set on one source line and split at its `|` into cells
(`Home | Collections | Search | About`): when most of its cells are furniture, the others
are links too (`Collections` there is no page field); so are they when the bar has four
cells or more and its home link at either end (`Marx-Engels | Lenin | Stalin | Home Page`,
a reprint site's bar over every page: misses29). A link's words are those with a letter:
(lead32) the years of a period's link do not count (`Medieval 400 - 1399`, the Avalon
Project's bar). (sites59) A cell that gives the page's address under its field's label
(`Printer-friendly version | Cite this document | Permalink: https://...`, the Margaret
Thatcher Foundation's bar) is no link: the generic reader takes it as the page's URL.
(frus67) A breadcrumb trail copied one link a line, each separator alone on a line between
two links (`Home` / `›` / `Historical Documents` / `›` / `Papers Relating ..., 1927, Volume
III` / `›` / `Nicaragua`), is the page's, not the document's heading; (lead54) so is one set
under its label alone (`You are here:`) one link a line with no separator, when the record's
first field label or a blank line follows it (`labelled_trail`)."""

from __future__ import annotations

import re
from collections import defaultdict

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import label_of

_LINK_WORDS = 3  # a link's text: at most three words
_END_LINK_CELLS = 3  # a bar with one furniture link, at an end: at least this many cells
# (bloc66: three, a database's `Login | Korean | English`)
_SENTENCE_MARK = re.compile(r"[.!?:;,]$")
_TRAIL_SEPARATORS = frozenset("›»>/→")  # a trail's separator, alone on its line
_TRAIL_SEPARATORS_MIN = 2  # `A › B › C`: a separator alone is no trail
_TRAIL_LINK_WORDS = 20  # a volume's title may be a trail's link
_LABELLED_TRAIL_LINKS = 6  # the most links of a trail under its label


def link_bar_cells(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Indices of the cells of source lines split into three or more cells, at least two
    of them furniture (`furniture[i]`: line `i` matched a `page-furniture` row) or four and
    more with the first or last one furniture, the others short unpunctuated link texts."""
    cells: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        cells[line.no].append(index)
    found: set[int] = set()
    for indices in cells.values():
        links = [i for i in indices if not furniture[i]]
        if (len(indices) >= 3 and (len(indices) - len(links) >= 2 or _end_link(indices, furniture))
                and all(_words(lines[i].text) <= _LINK_WORDS
                        and not _SENTENCE_MARK.search(lines[i].text) for i in links)):
            found.update(indices)
    return found


def _words(text: str) -> int:
    """The words of a link's text that hold a letter."""
    return sum(1 for word in text.split() if any(c.isalpha() for c in word))


def _end_link(indices: list[int], furniture: list[bool]) -> bool:
    """A bar of four cells or more with a furniture link (the site's home) at an end."""
    return len(indices) >= _END_LINK_CELLS and (furniture[indices[0]] or furniture[indices[-1]])


def address_cells(lines: list[Line], ctx: Context) -> set[int]:
    """Indices of the lines that give a page's address under a `url` field's label
    (`Permalink: https://...`): kept when a link bar's other cells go."""
    return {i for i, line in enumerate(lines)
            if "://" in line.text and page_address_field(label_of(line.text, ctx))}


def page_address_field(label: tuple[str, str, str] | None) -> bool:
    """Whether a page field's `label` (`segment.label_of`) gives the page's address under
    its label (`Permalink: https://...`)."""
    return label is not None and label[1] == "url" \
        and label[2].startswith(("http://", "https://"))


def trail_lines(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Indices of a breadcrumb trail's lines when each separator stands alone on a line
    between two links: at least two separators, every link a furniture line or a short text
    with no sentence's end (a volume's title is one)."""
    found: set[int] = set()
    index = 1
    while index < len(lines) - 1:
        end = index
        while (end < len(lines) - 1 and lines[end].text in _TRAIL_SEPARATORS
               and all(_trail_link(lines[k], furniture[k]) for k in (end - 1, end + 1))):
            end += 2
        if end - index >= 2 * _TRAIL_SEPARATORS_MIN:
            found.update(range(index - 1, end))
        index = max(end, index + 1)
    return found


def _trail_link(line: Line, furniture: bool) -> bool:
    """A trail's link: a furniture line, or a short text of a letter or more and no stop."""
    return furniture or (any(c.isalpha() for c in line.text) and line.text not in _TRAIL_SEPARATORS
                         and len(line.text.split()) <= _TRAIL_LINK_WORDS
                         and not _SENTENCE_MARK.search(line.text))


def labelled_trail(lines: list[Line], rows: list, ctx: Context) -> set[int]:
    """Indices of a trail's links set one a line under the trail's label alone (a
    `trail-label` row of `rows`, the lines' `page-furniture` matches): up to six short
    unpunctuated lines ending where a field's label stands or a blank line falls (Archives
    Portal Europe's archive, finding aid, series and file over the record's `Title`)."""
    found: set[int] = set()
    for i, row in enumerate(rows):
        if not row or row[0] != "trail-label":
            continue
        end = i + 1
        while (end < len(lines) and end - i <= _LABELLED_TRAIL_LINKS
               and not (end > i + 1 and lines[end].blank_before) and not rows[end]
               and not label_of(lines[end].text, ctx) and _trail_link(lines[end], False)):
            end += 1
        closed = end < len(lines) and (lines[end].blank_before or label_of(lines[end].text, ctx))
        if end > i + 1 and closed:
            found.update(range(i + 1, end))
    return found
