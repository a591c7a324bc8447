"""(repost87) An edition's or a site's headnote in square brackets opening the page, over the
letter's salutation or dateline (a Gandhi site's `[The letter reproduced below was written by
Gandhiji in the Christmas week of 1941, but the Government of India would not allow it to be
transmitted ...]` over `Dear Friend,`): the editors' summary of the page, so the letter opens
with its salutation. The note tells of the document in the third person: it names a form
(`letter`, `telegram`, `message`, ...) and holds no `I` or `we`."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_WHOLE = re.compile(r"^\[(?P<note>[^\[\]]{40,800}+)\]\.?$")
_FORM = re.compile(r"\b(?:letter|telegram|cable|message|note|despatch|dispatch|memorandum"
                   r"|document)s?\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


def bracket_headnote(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without a bracketed headnote opening them over a salutation or a dateline
    (table `salutation`, a `heading` row `dateline`); the note goes to the page's summary."""
    if len(lines) < 3 or "summary" in seg.fields:
        return lines
    found = _WHOLE.match(lines[0].text.strip())
    if found is None or not _FORM.search(found.group("note")) \
            or _FIRST_PERSON.search(found.group("note")):
        return lines
    under = lines[1].text
    row = ctx.res.patterns.match("heading", under)
    if ctx.res.patterns.match("salutation", under) is None and not (row and row[0] == "dateline"):
        return lines
    seg.fields.setdefault("summary", []).append(replace(lines[0], text=found.group("note")))
    return lines[1:]
