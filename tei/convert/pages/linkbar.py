"""A site's bar of links set on one source line and split at its `|` into cells
(`Home | Collections | Search | About`): when most of its cells are furniture, the others
are links too (`Collections` there is no page field)."""

from __future__ import annotations

import re
from collections import defaultdict

from tei.convert.read import Line

_LINK_WORDS = 3  # a link's text: at most three words
_SENTENCE_MARK = re.compile(r"[.!?:;,]$")


def link_bar_cells(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Indices of the cells of source lines split into three or more cells, at least two
    of them furniture (`furniture[i]`: line `i` matched a `page-furniture` row), the others
    short unpunctuated link texts."""
    cells: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        cells[line.no].append(index)
    found: set[int] = set()
    for indices in cells.values():
        links = [i for i in indices if not furniture[i]]
        if (len(indices) >= 3 and len(indices) - len(links) >= 2
                and all(len(lines[i].text.split()) <= _LINK_WORDS
                        and not _SENTENCE_MARK.search(lines[i].text) for i in links)):
            found.update(indices)
    return found
