"""(bloc66) A printed page's head or foot in any words, set apart from its page number in a
column of its own at the page's corner, as a PDF's text keeps a course reader's, a thesis
appendix's or a book's page (`HIST 4371: Vietnam and the Socialist Camp — Course Reader,
Unit 6        37`, `38        HIST 4371 Course Reader — for class use only`,
`Appendix B: Documents        241`). The words alone say nothing (a title, a heading line
or a table's row may stand so); the page does: the line is the document's first or last
(its words in mixed case), or another such line's number is one away from its own (the
facing page). (ocr67) A shelfmark set so on a scan's first line (`NATIONAAL ARCHIEF, 2.10.14,
inv.nr. 5472        4`: an `archival-reference` row) is the archive's reference: its folio
alone goes."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.read import Line

Rows = list[tuple[str, re.Match[str]] | None]
# (bloc68) a PDF viewer's or a collection's count of the pages after it (`page 61 of 212`)
_NUMBER = re.compile(r"^(?:[Pp]age\s++)?(?P<page>[1-9]\d{0,3})(?:\s++of\s++[1-9]\d{0,3})?$")
# (cw68) beside a shelfmark, the file's item or folio number so marked (`CO 822/440   no. 58`,
# `FO 371/134198   f. 12`)
_ITEM = re.compile(r"^(?:no|f|fol|folio)\.?\s*+(?P<page>[1-9]\d{0,3})$")
# a head's words: a letter among them, no sentence closed at the end, a line's length
_WORDS = re.compile(r"^(?=.*[A-Za-z])(?!.*[.!?;,]$).{3,110}$")
_ROW = "running-head"


def corner_heads(lines: list[Line], rows: Rows, shelfmark: Callable[[str], bool]) -> Rows:
    """`rows` with each page-corner head found among `lines` (its words' cell and its
    number's cell) read as row `running-head`; of a `shelfmark`, the number's cell only."""
    cells = _cells(lines)
    found: list[tuple[list[int], re.Match[str], bool]] = []
    for place, group in enumerate(cells):
        if len(group) != 2 or all(rows[i] for i in group):
            continue
        first, last = (lines[i].text.strip() for i in group)
        number = _NUMBER.match(last) or _NUMBER.match(first) or (
            _ITEM.match(last) if shelfmark(first) else None)
        words = first if number and number.string == last else last
        # (bloc68) the number's cell may be furniture already (`page 61 of 212`), the words'
        worded = rows[group[0] if words == first else group[1]] is None
        if number and worded and _WORDS.match(words) and not _NUMBER.match(words):
            # at the document's edge, a head in mixed case (a form's printed foot in
            # capitals beside a copy's number is none: `12   THE MAKING OF AN EXACT COPY ...`;
            # cw68: a shelfmark in capitals is, `CO 822/440   no. 58`)
            found.append((group, number, place in (0, len(cells) - 1) and (
                not words.isupper() or shelfmark(words))))
    pages = [int(number.group("page")) for _, number, _ in found]
    marked = list(rows)
    for group, number, edge in found:
        page = int(number.group("page"))
        if edge or {page - 1, page + 1} & set(pages):
            for i in group:
                if not shelfmark(lines[i].text) or lines[i].text.strip() == number.string:
                    marked[i] = (_ROW, number)
    return marked


def _cells(lines: list[Line]) -> list[list[int]]:
    """The indices of each source line's cells among `lines`, in order."""
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups and lines[groups[-1][0]].no == line.no:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
