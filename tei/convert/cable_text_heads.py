"""(cables90) A US cable's own heading names its form: its `FM` line and its number line
(`FM AMEMBASSY KIGALI` / `TO SECSTATE WASHDC 4715` / `C O N F I D E N T I A L SECTION 1 OF
3 KIGALI 370`). A heading in the cable's text (an annual assessment's `PART I - POLICY
ASSESSMENT`, a report's `ANNEX`) is the text's own section, not the document's form."""

from __future__ import annotations

import re

from tei.convert.model import RegistryLine, text_of

_FM = re.compile(r"^FM\s++[A-Z]")


def us_cable_heading(heading: list[RegistryLine]) -> bool:
    """Whether the heading is a US cable's: an `FM` sender line and a cable-number line."""
    return any(line.subtype == "sender" and _FM.match(text_of(line.content).strip())
               for line in heading) and any(line.subtype == "cable-number" for line in heading)
