"""A catalogue's record page copied without blank lines (formats67): the record's fields, a
label alone over the document's text (`Extracted Text`, `Transcription`: the `page-fields`
row `document-start`), then the page's tail, every line its own block as the page shows it
(a record set as a table of names and values, tabs between them, is its readers': AAD's).

Copied so, the page's lines run together when hard wraps are rejoined (the title line with
the first field under it: `Telegram from ... Hull` / `Record Group 59: General Records of
...`). The record above the label is set line by line apart, as the page shows it, and the
label apart from the text; the text's own wraps are rejoined as any text's.
"""

from __future__ import annotations

import re

from tei.convert.pages.page_address import leading_address
from tei.convert.patterns import Patterns, label_key

_FIELD = re.compile(r"^[A-Z][\w()'’ .-]{1,40}:\s*+\S")
_FIELDS = 3  # the record's fields over the label that tell a record page
_HEAD = 80  # the label stands among the page's first lines


def part_record(text: str, patterns: Patterns) -> str:
    """`text` with a record page's lines above its text's label parted by blank lines (the
    page's address a copy may set over it stays apart above)."""
    address = leading_address(text)
    if address:
        return address.group() + part_record(text[address.end():], patterns)
    lines = text.split("\n")
    if any(not line.strip() for line in lines[:-1]):
        return text
    labels = patterns.words("page-fields")
    at = next((i for i, line in enumerate(lines[:_HEAD])
               if ":" not in line.rstrip().removesuffix(":")
               and labels.get(label_key(line)) == "document-start"), None)
    if at is None or sum(bool(_FIELD.match(line)) for line in lines[:at]) < _FIELDS \
            or any("\t" in line for line in lines[:at]):
        return text
    return "\n\n".join(lines[:at + 1]) + "\n\n" + "\n".join(lines[at + 1:])
