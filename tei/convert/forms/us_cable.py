"""US State Department and White House cables.

Classification with post and number (`C O N F I D E N T I A L BEIJING 001398`,
`UNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164`), `FM` / `TO` / `INFO` lines, date-time groups
(`O 071304Z FEB 74`), precedence (`OP IMMED`), routing (`DE WTE #0661`), `E.O.`, `TAGS:`,
`REF:`, `Classified By:`, `ACTION`/`ORIGIN`/`DRAFTED BY` lines. Besides its rows, the form
shows in classification markings opening paragraphs (`1. (C) ...`) and `¶` numbering.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.forms import Form
from tei.convert.read import Line

_MARKED = re.compile(r"^(?:¶\s*)?\d{1,2}\.\s+\([CSU]\)|^¶\d")


def _marked(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines if _MARKED.match(line.text))


FORM = Form("us-cable", "US State Department cable", "cable", _marked)
