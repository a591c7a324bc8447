"""Messages as a documents edition numbers and dates them, reposted as page text.

The Soviet edition of the wartime correspondence of Stalin with Churchill, Attlee,
Roosevelt and Truman (Moscow 1957, on marxists.org and other sites page by page) heads each
message with the edition's number (`No. 28`, not the telegram's), the day it was received
or sent (`Received on January 5, 1942`, `Sent on January 8, 1942`) and its parties
(`W. CHURCHILL TO J. V. STALIN*`, or `Personal and Secret Message from Premier Stalin to
Prime Minister Churchill` in another printing). The form shows only where a parties line
stands among the opening lines: an edition's number alone is any form's `No. 28`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tei.convert.context import Context
from tei.convert.forms import Form
from tei.convert.read import Line


@dataclass(frozen=True)
class _EditionForm(Form):
    """A form whose evidence counts only where one of its `parties` rows is seen."""

    def evidence(self, lines: list[Line], candidates: list[Line], ctx: Context) -> int:
        found = [ctx.res.patterns.match(self.table, line.text) for line in candidates]
        if not any(row and row[0] == "parties" for row in found):
            return 0
        return sum(1 for row in found if row)


FORM = _EditionForm("edition", "message of a documents edition", "telegram")
