"""Page reader for an Omeka item page copied as text: the Dublin Core fields (`Title`,
`Subject`, `Description`, `Creator`, `Source`, `Publisher`, `Date`, `Rights`, `Identifier`,
each label over its value; read by the generic reader), then the heading of the item type's
elements (`Item Type Metadata`, `Document Item Type Metadata`) with the element's label under
it (`Text`): there the document begins. Under the document, the item's file list (`Files`
over `letter_1958.pdf`) is the page's, as are its collection, tags and suggested citation
(the generic reader's foot). Rows: `omeka-item`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the item type's heading stands under the Dublin Core fields
_START = "Item Type Metadata"  # the document-start label the generic reader knows


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("omeka-item", line.text)
    return found[0] if found else ""


def _item_type(lines: list[Line], ctx: Context) -> int | None:
    """The index of the item type's heading, when the page has one near its top."""
    return next((i for i, line in enumerate(lines[:_REACH])
                 if _kind(line, ctx) == "item-type"), None)


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the item type's heading
NEEDS = (("omeka-item", ("item-type",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for an Omeka item's item type heading."""
    return 1 if _item_type(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The item type's heading as the document's start label (its element's label under it
    dropped); the file list under the document into the page text."""
    k = _item_type(lines, ctx)
    if k is None:
        return lines
    label = 1 if k + 1 < len(lines) and _kind(lines[k + 1], ctx) == "element" else 0
    rest = _files(lines[k + 1 + label:], seg, ctx)
    return [*lines[:k], Line(lines[k].no, _START, lines[k].blank_before), *rest]


def _files(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without the `Files` label and the file names under it (page text)."""
    for i, line in enumerate(lines):
        if _kind(line, ctx) != "files":
            continue
        end = i + 1
        while end < len(lines) and _kind(lines[end], ctx) == "file":
            end += 1
        if end > i + 1:
            seg.fields.setdefault("page-text", []).extend(lines[i:end])
            return [*lines[:i], *lines[end:]]
    return lines
