"""(repost81) A page of two text columns as a PDF's layout-keeping text extraction gives it
(`pdftotext -layout` of a journal's page: the article's prose in one column and the quoted
telegram boxed in the other), each row holding a line of either column, set apart by a run
of spaces:

    were in no doubt about the               The Ambassador in the Soviet Union
    Embassy's view. Bohlen's tele-           (Bohlen) to the Department of State

Read row by row, the article's sentences and the telegram's run into each other. A run of
such rows, the second column starting at one column on most of them (a row holding one
column's line only: under or right of that column), both cells of most rows lines of
wrapped prose (a table's labels and values are not), is read column by column: the left
column's lines, then the right's under a blank line. Text without such a run is left as it
is.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"(?<=\S)[ \t]{3,}+(?=\S)")
_SLACK = 2  # the second column starts within this many characters on every row
_LEAST = 6  # rows with both columns in the run
_SHARE = 0.6  # of the run's rows
_MARGIN = 3  # a left column's line ends this far before the second column at least
_NARROW = 20  # each column this wide at least
_FILLED = 0.5  # a prose column's line fills this share of the column's width at least
_WORDS = 3
_PROSE_SHARE = 0.75


def _starts(line: str) -> list[int]:
    """Where the text after each run of three spaces or more starts in `line`."""
    return [found.end() for found in _GAP.finditer(line)]


def _row(line: str, column: int) -> str:
    """`both` when `line` holds both columns' lines, `left` or `right` when one, `blank`, or
    '' when it fits neither (a wider line: no row of the two columns)."""
    if not line.strip():
        return "blank"
    if any(abs(start - column) <= _SLACK for start in _starts(line)):
        return "both"
    if len(line.rstrip()) <= column - _MARGIN:
        return "left"
    indent = len(line) - len(line.lstrip())
    return "right" if abs(indent - column) <= _SLACK else ""


def _cut(line: str, column: int) -> tuple[str, str]:
    """The left and right columns' parts of a row."""
    start = next(s for s in _starts(line) if abs(s - column) <= _SLACK)
    return line[:start].rstrip(), line[start:].strip()


def _prose_cells(cells: list[tuple[str, str]], column: int) -> bool:
    """Whether most rows' cells are lines of wrapped prose, the left one filling most of its
    column and the right one of some words (a table's label and value, a form's fields or
    a routing column are not)."""
    full = [len(a.strip()) >= _FILLED * column and len(b.split()) >= _WORDS for a, b in cells]
    return sum(full) >= _PROSE_SHARE * len(cells)


def uncolumn(text: str) -> str:
    """`text` with a two-column run read column by column (see the module's docstring)."""
    lines = text.split("\n")
    starts = Counter(s for line in lines for s in _starts(line) if s >= _NARROW)
    if not starts:
        return text
    column, count = starts.most_common(1)[0]
    if count < _LEAST:
        return text
    rows = [_row(line, column) for line in lines]
    both = [k for k, row in enumerate(rows) if row == "both"]
    first, last = both[0], both[-1]
    while first > 0 and rows[first - 1] in ("left", "right"):
        first -= 1
    while last + 1 < len(rows) and rows[last + 1] in ("left", "right"):
        last += 1
    run = rows[first:last + 1]
    if "" in run or "blank" in run or len(both) < _SHARE * len(run) or not _prose_cells(
            [_cut(lines[k], column) for k in both], column):
        return text
    left, right = [], []
    for line, row in zip(lines[first:last + 1], run, strict=True):
        if row == "both":
            a, b = _cut(line, column)
            left.append(a)
            right.append(b)
        elif row == "left":
            left.append(line.rstrip())
        else:
            right.append(line.strip())
    return "\n".join([*lines[:first], *left, "", *right, *lines[last + 1:]])
