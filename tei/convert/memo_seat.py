"""(memcon79) A seat of government alone on a heading line (`10 DOWNING STREET`, read as a
destination: a register place alone) in the heading of a form that is sent to no station (a
`NOTE FOR THE RECORD`, a memorandum, a record of a meeting): the house it was written in, as
a letterhead's seat is (letters42), since such a paper names no place of reception."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.segment import bare, doc_type_in
from tei.convert.states import located_in

_UNSENT = frozenset({"memorandum", "record-of-conversation"})


def memo_seat(lines: list[Line], kinds: list[str | None], ctx: Context) -> Entry | None:
    """The seat entry of the first such line, or None."""
    if not any(kind == "document-type" and doc_type_in(bare(line.text), ctx, at_start=True)
               in _UNSENT for kind, line in zip(kinds, lines, strict=True)):
        return None
    for kind, line in zip(kinds, lines, strict=True):
        if kind == "document-type":
            return None  # a place under the form's line is the meeting's, not the house's
        entry = ctx.res.register.lookup(bare(line.text).strip(" .,")) \
            if kind == "destination" else None
        if entry is not None and entry.kind == "place" and located_in(entry):
            return ctx.use(entry)
    return None
