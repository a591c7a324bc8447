"""British and Commonwealth telegrams and cablegrams.

Foreign Office and Dominions Office telegrams (`D. 6.40 p.m. 3rd October, 1950.` /
`R. 1.15 a.m. ...`, `Mr. Hutchison`, `Cypher/OTP`) and the Australian Department of
External Affairs' cablegrams (`Cablegram 344 LONDON, 22 August 1939`, `O.JA8135`). Besides
its rows, the form shows in `Repeated to ...` and `Following from/for ...` lines.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.forms import Form
from tei.convert.read import Line

_ROUTING = re.compile(r"(?i)^(?:repeated to|following (?:from|for|is)|addressed to)\b")


def _routing(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines if _ROUTING.match(line.text))


FORM = Form("commonwealth", "British or Commonwealth telegram", "telegram", _routing)
