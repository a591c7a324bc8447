"""Soviet and East-bloc cipher telegrams (`CIPHERED TELEGRAM No.`, `CABLE Nº`).

Copy and distribution lists (`Copy Nº 1 to Cde. Stalin`, `Produced in 5 copies for:`),
transmission and receipt lines (`from [BEIJING] received 2100 5 July 1951`,
`From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950`, `WASHINGTON 55380 8 50 1 XII
63`), registry numbers (`Incoming Nº ...`), series and routing to a unit. Besides its rows,
the form shows in the comrades of its distribution and the Nº sign.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.forms import REACH, Form
from tei.convert.read import Line

_SIGNS = re.compile(r"\bNº|\bN°|\bCdes?\.|\bComrades?\b|\bVKP\(b\)|\bCPSU\b")


def _signs(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines[:REACH] if _SIGNS.search(line.text))


FORM = Form("soviet", "Soviet or East-bloc cipher telegram", "telegram", _signs)
