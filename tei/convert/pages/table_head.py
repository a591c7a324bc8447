"""(cw96) A documents volume's contents table head left over a document's page: the Documents
on Irish Foreign Policy volume pages set their list's column heads a line each (`Doc No.` /
`Date` / `Subject`) under the volume's line, over the document. `Doc No.` is furniture (the
`page-furniture` table's `difp-site` row); the column heads after it go with it, so that
`Subject` reaches neither the source's citation nor the heading, which then stays the
editors' `Michael MacWhite to Joseph P. Walshe (Dublin)`."""

from __future__ import annotations

from tei.convert.pages.running import Rows
from tei.convert.read import Line

_HEAD_ROWS = frozenset({"difp-site"})  # the table's first column head: `Doc No.`
_COLUMNS = frozenset({"date", "subject", "title", "document", "description"})
_REACH = 3  # column heads after the first


def table_head(lines: list[Line], rows: Rows) -> set[int]:
    """Indexes of the column heads alone on their lines right after a contents table's first
    head (`Doc No.`), which a furniture row took."""
    found: set[int] = set()
    for i, row in enumerate(rows):
        if not (row and row[0] in _HEAD_ROWS and lines[i].text.strip().startswith("Doc")):
            continue
        for k in range(i + 1, min(i + 1 + _REACH, len(lines))):
            if lines[k].text.strip().lower() not in _COLUMNS:
                break
            found.add(k)
    return found
