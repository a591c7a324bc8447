"""(ocr71) A British cabinet paper (CAB 129) as its page images give it: the property notice
(`THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT`), `Printed for the
Cabinet.`, the grade and copy number, the paper's number (`C. (57) 143`) and date, then
`CABINET`, the paper's subject in capitals and its author line (`MEMORANDUM BY THE SECRETARY
OF STATE FOR FOREIGN AFFAIRS`, `NOTE BY THE SECRETARY OF THE CABINET`, (cw81) a department's
`BRIEF BY THE COMMONWEALTH RELATIONS OFFICE`). The subject between `CABINET` and the author
line is the paper's title, the author line names its form; the rest is read as before. Rows:
`cabinet-paper`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_NOTICE_REACH = 6  # the notice among the page's first lines
_REACH = 16  # `CABINET`, the subject and the author line within the page's first lines
_SUBJECT_LINES = 3

NEEDS = (("cabinet-paper", ("notice",)), ("cabinet-paper", ("author",)))


def _subject(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The span of the subject's lines between `CABINET` and the author line."""
    rows = [ctx.res.patterns.match("cabinet-paper", line.text) for line in lines[:_REACH]]
    names = [row[0] if row else "" for row in rows]
    if "notice" not in names[:_NOTICE_REACH] or "cabinet" not in names:
        return None
    start = names.index("cabinet") + 1
    while start < len(names) and names[start] == "cabinet":  # (intel81) its committee's line
        start += 1
    end = next((k for k in range(start, len(names)) if names[k] == "author"), None)
    if end is None or not 0 < end - start <= _SUBJECT_LINES or any(names[start:end]):
        return None
    return start, end


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a cabinet paper's head with its subject over its author line."""
    return 2 if _subject(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The subject as the page's title; the other lines left as they are."""
    found = _subject(lines, ctx)
    if found is None:
        return lines
    start, end = found
    seg.page_title = Line(lines[start].no, " ".join(line.text for line in lines[start:end]))
    # (cw81) the author line names the paper's form (`BRIEF BY THE COMMONWEALTH RELATIONS
    # OFFICE`: a memorandum), as an edition's source note would
    seg.facts.setdefault("form", lines[end].text)
    return lines[:start] + lines[end:]
