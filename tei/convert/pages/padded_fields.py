"""(catalog62) A catalogue's record fields set as two columns, each label without its colon
padded out to its value on the same line, as the National Archives Catalog's newer item page
copies (`National Archives Identifier   176342915`, `Local Identifier   POL 2 CHICOM`,
`Dates   5/12/1966`): where three or more lines of one block open with a label a page-field
table knows (tables `page-fields` and `page-keyword-fields`), set off from a value by two
spaces or a tab, each takes its colon (`Local Identifier: POL 2 CHICOM`), so the page's field
reader reads it as a field with its value. A label in capitals is a form's (`TO   Department
of State`), never touched; a value's further lines (indented to the value's column) stay as
they are; every word is kept, in order, and every line keeps its number."""

from __future__ import annotations

import re

from tei.convert.patterns import Patterns, label_key

_PADDED = re.compile(r"^(?P<label>[^\W\d][^\t:]{0,60}?[^\s:])(?: {2,}+|\t++)(?P<value>\S.*+)$")
_TABLES = ("page-fields", "page-keyword-fields")
_MIN_FIELDS = 3  # a block of record fields, not one line of a document set in columns
_BLOCK_GAP = 3  # a value's further lines (a catalogue's path) between two fields


def padded_fields(lines: list[str], patterns: Patterns) -> list[str]:
    """`lines` with the padded labels of each block of record fields given their colons."""
    found = [i for i, line in enumerate(lines) if _field(line, patterns)]
    out = list(lines)
    for block in _blocks(found):
        if len(block) >= _MIN_FIELDS:
            for i in block:
                padded = _PADDED.match(lines[i])
                out[i] = f"{padded['label']}: {padded['value']}" if padded else lines[i]
    return out


def _field(line: str, patterns: Patterns) -> bool:
    """Whether `line` is a known label, not in capitals, padded out to its value."""
    padded = _PADDED.match(line)
    if padded is None or padded["label"].isupper():
        return False
    key = label_key(padded["label"])
    return any(key in patterns.words(table) for table in _TABLES)


def _blocks(found: list[int]) -> list[list[int]]:
    """The indexes of field lines in runs, at most `_BLOCK_GAP` lines apart."""
    blocks: list[list[int]] = []
    for i in found:
        if blocks and i - blocks[-1][-1] <= _BLOCK_GAP:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks
