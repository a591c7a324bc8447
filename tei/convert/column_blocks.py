"""Read stage: two signature blocks set side by side under a text (signed51).

A report or a joint letter signed by two officials sets their blocks beside each other,
each block an office, a name and a rank on lines of their own:

    Head of Main Department II                Deputy Head of Department 3
    Kratsch                                   [Name redacted]
    Major General                             Lieutenant Colonel

Read row by row, the first signer's office would run into the second's and the names
would part from their offices. Such a run of rows right under the text's prose, each row
two short cells with the second starting at the same column, is read column by column:
the first block's lines, then the second's. A table of names and offices (one record a
row) stands apart from prose or is longer, and keeps its rows.

(cw77) A British telegram's distribution at its foot sets its lists side by side under
their labels (`FILES` over the departments, `COPIES TO:` over the readers): two labels on
the first row open such a run, which is read column by column too, a row holding one
cell giving it to the column it stands in.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"(?<=\S)[ \t]{5,}(?=\S)")
_ROWS = (2, 4)  # a block's lines: office, name, rank, a date
_CELL_WORDS = 6  # an office of six words at most (`Deputy Head of Department 3`)
_ALIGN = 3  # the second column starts within this many characters on every row
_PROSE = 60  # the line over the blocks is a sentence of the text, this long at least
# the labels of a British telegram's distribution lists (cw77)
_LIST_LABEL = re.compile(r"^(?:FILES|DISTRIBUTION|(?:ADVANCE\s)?COPIES(?:\sTO)?)\s*+:?$")
_LISTED_ROWS = 16  # a labelled list's lines at most
_ENDS = (".", ":", ";", "!", "?", "»", "”", '"')
SEPARATOR = "\t\t\t\t\t"  # a gap `read_cells.cells` parts a raw line's cells at


def side_by_side(raws: list[str]) -> list[str]:
    """`raws` with each run of side-by-side signature blocks given column by column: the
    run's first line holds the first block's lines as cells, its second the second's,
    the others are emptied (the source's line numbers are kept)."""
    out = list(raws)
    i = 0
    while i < len(raws):
        rows = _labelled_rows(raws, i)
        if len(rows) >= 4:  # each label on a line of its own over its list's cells
            lists = [[cell for cell in column if cell] for column in zip(*rows, strict=True)]
            out[i:i + 4] = [lists[0][0], SEPARATOR.join(lists[0][1:]),
                            lists[1][0], SEPARATOR.join(lists[1][1:])]
            out[i + 4:i + len(rows)] = [""] * (len(rows) - 4)
            i += len(rows)
            continue
        rows = _block_rows(raws, i)
        if rows:
            out[i] = SEPARATOR.join(left for left, _ in rows if left)
            out[i + 1] = SEPARATOR.join(right for _, right in rows if right)
            out[i + 2:i + len(rows)] = [""] * (len(rows) - 2)
            i += len(rows)
        else:
            i += 1
    return out


def _block_rows(raws: list[str], start: int) -> list[tuple[str, str]]:
    """The rows (left cell, right cell) of a run of side-by-side blocks opening at `start`,
    under the text's prose, else []."""
    above = next((line.strip() for line in reversed(raws[:start]) if line.strip()), "")
    if len(above) < _PROSE or not above.endswith(_ENDS):
        return []
    rows: list[tuple[str, str]] = []
    column = None
    for raw in raws[start:start + _ROWS[1] + 1]:
        cells = _GAP.split(raw.strip())
        gap = _GAP.search(raw)
        if len(cells) != 2 or gap is None or not all(map(_short_cell, cells)):
            break
        if column is not None and abs(gap.end() - column) > _ALIGN:
            break
        column = gap.end()
        rows.append((cells[0].strip(), cells[1].strip()))
    ends = start + len(rows) >= len(raws) or not raws[start + len(rows)].strip()
    return rows if _ROWS[0] <= len(rows) <= _ROWS[1] and ends else []


def _short_cell(cell: str) -> bool:
    """A block's line: a few words, no label with its value, no number alone."""
    text = cell.strip()
    return (0 < len(text.split()) <= _CELL_WORDS and ": " not in text
            and not text.endswith(":") and not text.replace(".", "").isdigit())


def _labelled_rows(raws: list[str], start: int) -> list[tuple[str, str]]:
    """The rows of two distribution lists side by side under their labels (`FILES` and
    `COPIES TO:` on the first row), one cell of a row perhaps empty; else []."""
    gap = _GAP.search(raws[start])
    cells = _GAP.split(raws[start].strip())
    if gap is None or len(cells) != 2 or not all(_LIST_LABEL.match(c) for c in cells):
        return []
    column, rows = gap.end(), [(cells[0], cells[1])]
    for raw in raws[start + 1:start + _LISTED_ROWS]:
        found = _GAP.search(raw)
        parts = _GAP.split(raw.strip())
        if not raw.strip() or len(parts) > 2 or not all(map(_short_cell, parts)):
            break
        if len(parts) == 2 and found is not None and abs(found.end() - column) <= _ALIGN:
            rows.append((parts[0].strip(), parts[1].strip()))
        elif len(parts) == 1:
            indent = len(raw) - len(raw.lstrip())
            right = abs(indent - column) <= _ALIGN
            rows.append(("", parts[0].strip()) if right else (parts[0].strip(), ""))
        else:
            break
    return rows
