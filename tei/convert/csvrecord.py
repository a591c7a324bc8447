"""A record exported from a spreadsheet or a database as CSV, one field a row, the label in
the first column and the value in the second (`"Date","1958-04-14"`), a long value quoted
over several lines: read as `Label: value` lines, a value of several lines under its label
alone (`Text:`), so the page reader sees labelled fields and the document's text; a first
row naming the columns (`"Field","Value"`) is one line, page furniture (row
`spreadsheet-header`)."""

from __future__ import annotations

import csv
import io
import re

# the export's first row: two quoted cells, the first a short label
_FIRST_ROW = re.compile(r'^"[^"\n]{1,40}+","')
# the columns' names over the fields (`"Field","Value"`)
_HEADER = re.compile(r"^(?i:field|label|key|name|attribute|property)\s(?i:value|content|data)$")
_MIN_ROWS = 4
_LABEL_WORDS = 4


def field_lines(text: str) -> list[str] | None:
    """The lines of `text` read as a two-column CSV record, or None when it is not one (every
    row two cells, the labels short and without a colon, at least four rows)."""
    if not _FIRST_ROW.match(text):
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    except csv.Error:
        return None
    if len(rows) < _MIN_ROWS or not all(_field_row(row) for row in rows):
        return None
    lines: list[str] = []
    if _HEADER.match(" ".join(rows[0])):  # the columns' names (table `page-furniture`)
        lines.append(" ".join(rows.pop(0)))
    for label, value in rows:
        value_lines = value.strip().split("\n")
        if len(value_lines) == 1:
            lines.append(f"{label.strip()}: {value_lines[0]}")
        else:
            lines.extend([f"{label.strip()}:", *value_lines])
    return lines


def _field_row(row: list[str]) -> bool:
    return (len(row) == 2 and 0 < len(row[0].split()) <= _LABEL_WORDS
            and ":" not in row[0] and "\n" not in row[0])
