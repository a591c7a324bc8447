"""(catalog62) A catalogue's record fields set as two columns, each label without its colon
padded out to its value on the same line, as the National Archives Catalog's newer item page
copies (`National Archives Identifier   176342915`, `Local Identifier   POL 2 CHICOM`,
`Dates   5/12/1966`): where three or more lines of one block open with a label a page-field
table knows (tables `page-fields` and `page-keyword-fields`), set off from a value by two
spaces or a tab, each takes its colon (`Local Identifier: POL 2 CHICOM`), so the page's field
reader reads it as a field with its value. A label in capitals is a form's (`TO   Department
of State`), never touched; a value's further lines (indented to the value's column) stay as
they are; every word is kept, in order, and every line keeps its number. (repost87) A university
collection's record flattened to one space between label and value (the IMTFE collection's
`Date 14 April 1941` / `Language English` / `Collection C.W.J. Phelps Collection` / `Box Box 2`
/ `Repository University of Virginia Law Library`): four such lines or more in one block, each
opening with a label in mixed case of one or two words, take their colons too."""

from __future__ import annotations

import re

from tei.convert.patterns import Patterns, label_key

_PADDED = re.compile(r"^(?P<label>[^\W\d][^\t:]{0,60}?[^\s:])(?: {2,}+|\t++)(?P<value>\S.*+)$")
_TABLES = ("page-fields", "page-keyword-fields")
_MIN_FIELDS = 3  # a block of record fields, not one line of a document set in columns
_ONE_SPACE = re.compile(r"^(?P<label>[A-Z][a-z]++(?: [A-Z][a-z]++)?) (?P<value>\S.*+)$")
_MIN_ONE_SPACE = 4  # (repost87) one space apart: a longer block
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
    for block in _blocks([i for i, line in enumerate(out) if _one_space_label(line, patterns)]):
        if len(block) >= _MIN_ONE_SPACE:
            for i in block:
                label = _one_space_label(out[i], patterns)
                out[i] = f"{label}: {out[i][len(label) + 1:]}"
    return out


def _one_space_label(line: str, patterns: Patterns) -> str:
    """(repost87) The known label, of two words or one, opening `line` one space before its
    value (`Date 14 April 1941`), else ''."""
    found = _ONE_SPACE.match(line) if " " in line and ":" not in line[:40] else None
    if found is None:
        return ""
    words = found["label"].split()
    for label in (" ".join(words), words[0]) if len(words) == 2 else (words[0],):
        key = label_key(label)
        if any(key in patterns.words(table) for table in _TABLES):
            return label
    return ""


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
