"""(ocr71) A covering slip or sheet over the document a library's or archive's copy
carries (table `cover-slip`): the State Department's transmittal slip (`TRANSMITTAL SLIP`,
its `TO:`, `REMARKS:`, `FROM: S/S - ...` and form number), a routing slip, Standard Form
704's cover sheet (`THIS IS A COVER SHEET` / `(This cover sheet is unclassified)`). Named
among the copy's first lines, it runs down to a rule or to what opens the carried
document (the library's `DECLASSIFIED` stamp, row `start`); its lines are the copy's
(kept as the source's text), so the slip's parties and date are not the document's."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.file_jacket import file_jacket
from tei.convert.read import Line
from tei.convert.zones import Segments

_SLIP_TOP = 4  # the slip's name among the copy's first lines
_SLIP_LINES = 30  # the slip's reach, down to the carried document


def cover_slip(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index where the carried document starts under a covering slip (the slip's lines
    kept as the page's text); 0 when the copy opens with no slip or nothing ends it."""
    patterns = ctx.res.patterns
    named = next((k for k, line in enumerate(lines[:_SLIP_TOP])
                  if _row(patterns.match("cover-slip", line.text)) == "slip"), None)
    if named is None:
        return file_jacket(lines, seg, ctx)  # (ocr87) a registry file's jacket
    for k in range(named + 1, min(len(lines), named + _SLIP_LINES)):
        if lines[k].rule_before or _row(patterns.match("cover-slip", lines[k].text)) == "start":
            seg.fields.setdefault("page-text", []).extend(lines[:k])
            return k
    return 0


def _row(found: tuple | None) -> str:
    return found[0] if found else ""
