"""The State Department's printed telegram form of the 1910s-1940s, as presidential
libraries and archives transcribe it line by line.

A code designation or the code room's initials (`GRAY`, `HM`), the caution that the text be
paraphrased, the post alone on its line (`London`) over `Dated November 26, 1941` (read
as one line), the receipt (`Rec'd 12:55 a.m.`, `Recorded ...`), the inside address
`Secretary of State,` / `Washington.`, a precedence (`TRIPLE PRIORITY.`), then the
telegram's number with the day and hour it was sent (`5670, November 26, 6 a.m.`) and a
channel line naming whom it is for and from (`FOR THE PRESIDENT FROM THE FORMER NAVAL
PERSON`). A receipt line is common to many forms: the form shows only where two of its own
kinds of line stand among the opening lines.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.forms import REACH, Form
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports the forms
    from tei.convert.zones import Segments

_SIGNS = frozenset({"handling", "addressee", "cable-number"})
_NEEDED = 2
_DATED = "Dated "


@dataclass(frozen=True)
class _StateForm(Form):
    """A form whose evidence counts only where two of its distinctive rows match."""

    def evidence(self, lines: list[Line], candidates: list[Line], ctx: Context) -> int:
        found = [ctx.res.patterns.match(self.table, line.text) for line in candidates]
        signs = {row[0] for row in found if row and row[0] in _SIGNS}
        return sum(1 for row in found if row) if len(signs) >= _NEEDED else 0


def _post_over_date(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`London` / `Dated November 26, 1941`: a register place alone on its line over the
    date line is the post the telegram was sent from; the two are read as one line."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        previous = out[-1] if out else None
        if (i < REACH and previous is not None and line.text.startswith(_DATED)
                and _is_place(previous.text, ctx)):
            out[-1] = replace(previous, text=f"{previous.text} {line.text}")
            continue
        out.append(line)
    return out


def _is_place(text: str, ctx: Context) -> bool:
    entry = ctx.res.register.lookup(text)
    return entry is not None and entry.kind == "place"


FORM = _StateForm("state-form", "State Department telegram form", "telegram",
                  opening=_post_over_date)
