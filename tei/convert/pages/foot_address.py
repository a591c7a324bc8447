"""The page's address a copy sets under a FRUS page's notes, bare or under a field's label
(`https://history.state.gov/historicaldocuments/...`, `source: https://github.com/...`): the
text's source URL, not words of the last note."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.page_address import is_address
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments


def without_foot_address(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`lines` without the addresses closing them, each kept as the page's `url` field."""
    end = len(lines)
    while end > 0 and (address := _address(lines[end - 1], ctx)):
        seg.fields.setdefault("url", []).insert(0, Line(lines[end - 1].no, address))
        end -= 1
    return lines[:end]


def _address(line: Line, ctx: Context) -> str:
    """The address `line` holds alone, or under a `url` or `source` field's label; else ''."""
    if is_address(line.text):
        return line.text.strip()
    label = label_of(line.text, ctx)
    return label[2] if label is not None and label[1] in ("url", "source") \
        and is_address(label[2]) else ""
