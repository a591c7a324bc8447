"""(formats68) A word processor's document converted to plain text (pandoc's `plain` or
`markdown` writer, a LibreOffice export): its tables are drawn in characters, a grid table
between `+-----+-----+` borders alike with `|` between its cells, a simple or multiline table
between dash rules whose runs (`-------- ----------`) mark its columns, a cell's words
wrapped over several lines of its row.

Each row is read as one line of its cells' words: a row of two cells as a label and its
value (`Repeated for information to: UKMIS New York, Ottawa`, `File: TNA, FCO 82/443`),
more cells parted by tabs, as the converter reads a table's row; the rules go. Text
outside tables is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise

_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{2,}\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*$")
_RUNS = re.compile(r"-{3,}")
_ROWS = 2  # a table has rows
_LONG_RULE = 20  # a table's first rule is wider than a Markdown rule (`---`)


def untable(text: str) -> str:
    """`text` with its grid, simple and multiline tables as one line a row."""
    if "---" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = _grid_end(lines, k) or _rule_table_end(lines, k)
        if end:
            out.extend(_grid_rows(lines[k:end]) if _BORDER.match(lines[k])
                       else _rule_rows(lines[k:end]))
            k = end
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


def _grid_end(lines: list[str], k: int) -> int:
    """Where the grid table opening at `k` ends (after its last border), 0 if none."""
    if not _BORDER.match(lines[k]):
        return 0
    end = k + 1
    while end < len(lines) and (_GRID_ROW.match(lines[end]) or _BORDER.match(lines[end])):
        end += 1
    borders = {_edges(line) for line in lines[k:end] if _BORDER.match(line)}
    edges = _edges(lines[k])
    # each row's bars stand under the border's columns (a card's box drawn under a ruled
    # line parted differently is no table)
    aligned = all(all(line[i:i + 1] == "|" for i in edges) for line in lines[k:end]
                  if not _BORDER.match(line))
    return end if end - k >= 3 and _BORDER.match(lines[end - 1]) and len(borders) == 1 \
        and len(edges) > 2 and aligned else 0


def _edges(border: str) -> tuple[int, ...]:
    """Where a grid's border parts its columns (a form drawn in boxes parts its rows
    differently: it is no table)."""
    return tuple(i for i, c in enumerate(border) if c == "+")


def _grid_rows(lines: list[str]) -> list[str]:
    """A grid table's rows, each one line."""
    edges = _edges(lines[0])
    rows: list[str] = []
    cells: list[list[str]] = []
    for line in lines[1:]:
        if _BORDER.match(line):
            if cells:
                rows.append(_row([" ".join(" ".join(cell).split()) for cell in cells]))
            cells = []
            continue
        parts = [line[a + 1:b] for a, b in pairwise(edges)]
        cells = cells or [[] for _ in parts]
        for cell, part in zip(cells, parts, strict=False):
            cell.append(part.strip(" |"))
    return [*rows, ""]


def _rule_table_end(lines: list[str], k: int) -> int:
    """Where the simple or multiline table opening at `k` (a rule of two runs or more, or a
    long rule over such a rule) ends (after its closing rule), 0 if none."""
    if not _RULE.match(lines[k]) or (len(_RUNS.findall(lines[k])) < 2
                                     and len(lines[k].strip()) < _LONG_RULE):
        return 0
    for end in range(k + 2, min(len(lines), k + 200)):
        if _RULE.match(lines[end]) and len(_RUNS.findall(lines[end])) == 1:
            runs = [line for line in lines[k:end] if len(_RUNS.findall(line)) >= 2]
            return end + 1 if runs and _aligned(lines[k:end], runs[0]) else 0
        if not lines[end].strip() and not lines[end - 1].strip():
            return 0
    return 0


def _aligned(lines: list[str], rule: str) -> bool:
    """Whether every line of the table breaks at its columns (a space before each column
    but the first, or the line ended): a cut page's lines run across them."""
    starts = [m.start() for m in _RUNS.finditer(rule)][1:]
    rows = [line for line in lines if line.strip() and not _RULE.match(line)]
    return len(rows) >= _ROWS and all(len(line) <= a or line[a - 1] in " \t"
                                      for line in rows for a in starts)


def _rule_rows(lines: list[str]) -> list[str]:
    """A simple or multiline table's rows, each one line (a multiline table's rows are
    parted by blank lines, a simple table's are one line each)."""
    columns = next([m.span() for m in _RUNS.finditer(line)] for line in lines
                   if len(_RUNS.findall(line)) >= 2)
    multiline = any(not line.strip() for line in lines[1:-1])
    groups: list[list[str]] = [[]]
    for line in lines:
        if _RULE.match(line) or not line.strip() or not multiline:
            groups.append([])
        if line.strip() and not _RULE.match(line):
            groups[-1].append(line)
    rows = []
    for group in (g for g in groups if g):
        starts = [a for a, _ in columns]
        cells = [" ".join(" ".join(line[a:b].strip() for line in group).split())
                 for a, b in zip(starts, [*starts[1:], None], strict=True)]
        rows.append(_row(cells))
    return ["", *rows, ""]


def _row(cells: list[str]) -> str:
    """A row's cells as one line: a label and its value, or cells parted by tabs."""
    cells = [cell for cell in cells if cell] or [""]
    if len(cells) == 2:
        label = cells[0]
        return f"{label} {cells[1]}" if label.endswith(":") else f"{label}: {cells[1]}"
    return "\t".join(cells)
