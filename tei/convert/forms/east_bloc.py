"""East-bloc embassy telegram forms with labelled parties.

The printed form of East German, Bulgarian and other embassies' telegrams: `(Delete Where
Inapplicable)`, `Sender: Sofia – Stojanow`, `Recipient: Berlin – Mielke`, `Recipients:`
over several lines, `Classification level and register number:`. Besides its rows, the
form shows in a dateline of the sending city right under its labels.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.forms import REACH, Form
from tei.convert.read import Line


def _dateline(lines: list[Line], ctx: Context) -> int:
    return int(any(ctx.res.patterns.match("heading", line.text) is not None
                   and "," in line.text and ctx.res.dates.find(line.text)
                   for line in lines[:REACH]))


FORM = Form("east-bloc", "East-bloc embassy telegram form", "telegram", _dateline)
