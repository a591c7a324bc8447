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

# `\bNº`, `\bCdes?\.`, ...: each sign opens with its letter (the lookbehind then checks the
# word boundary before it), so that the regex engine skips to those letters quickly.
_SIGNS = re.compile(r"N(?<!\wN)[º°]|C(?<!\wC)(?:des?\.|omrades?\b|PSU\b)|V(?<!\wV)KP\(b\)")


def _signs(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines[:REACH] if _SIGNS.search(line.text))


FORM = Form("soviet", "Soviet or East-bloc cipher telegram", "telegram", _signs)
