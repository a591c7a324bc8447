"""(ocr87) A registry file's jacket over the first paper a scanned file carries (table
`file-jacket`): the Foreign Office's and Diplomatic Service's printed cover as an archive's
page-by-page OCR reads it (histsyn's FCO files: `DO NOT RETAIN FILES AND PAPERS
UNNECESSARILY`, `(N.B. The grading of this jacket must be the same ...)`, `H.M. DIPLOMATIC
SERVICE`, `Registry Address`, its `REFER TO` / `NAME` / `DATE` boxes and `YEAR STAMP`).
Named among the copy's first lines, it runs down to what opens the first paper (a telegram's
`CYPHER/CAT A` or `FM` line, row `start`); its lines are the copy's (kept as the source's
text), and the year its stamp gives completes a telegram's date written without one."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_JACKET_TOP = 8  # the jacket's printed lines among the copy's first lines
_JACKET_LINES = 120  # the jacket's reach (its front and its inside), down to the first paper
_YEAR = re.compile(r"^(?:YEAR\s++(?:STAMP\s++)?)?(?P<year>19[3-9]\d|20[0-2]\d)$")


def file_jacket(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index where the first paper starts under a file's jacket (the jacket's lines kept
    as the page's text, its year stamp noted as `jacket-year`); 0 when the copy opens with no
    jacket or nothing ends it."""
    patterns = ctx.res.patterns
    if not any(_row(patterns.match("file-jacket", line.text)) == "jacket"
               for line in lines[:_JACKET_TOP]):
        return 0
    for k in range(1, min(len(lines), _JACKET_LINES)):
        if _row(patterns.match("file-jacket", lines[k].text)) == "start":
            seg.fields.setdefault("page-text", []).extend(lines[:k])
            years = [m.group("year") for line in lines[:k] if (m := _YEAR.match(line.text.strip()))]
            if years:
                seg.facts.setdefault("jacket-year", years[-1])
            return k
    return 0


def _row(found: tuple | None) -> str:
    return found[0] if found else ""
