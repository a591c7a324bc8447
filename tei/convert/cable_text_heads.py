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


# (repost97) a telegram's text in capitals whose first lines the structure reads as heads (a
# blog's copy of Ho Chi Minh's telegram of 1946: `ON BEHALF OF VIETNAM GOVERNMENT AND PEOPLE I
# BEG TO` / `INFORM YOU THAT IN COURSE OF CONVERSATIONS BETWEEN VIETNAM`): the writer speaking
# to the reader, its words no form's name (`CONVERSATIONS` made it a record)
_SPEAKING = re.compile(r"\b(?:YOU|YOUR|WE|OUR)\b|\bI\s(?:AM|HAVE|BEG|WISH|HOPE|SHALL|WILL|"
                       r"THEREFORE|REQUEST|REGRET|THANK)\b")
_PROSE_WORDS = 6


def telegraph_prose(text: str) -> bool:
    """Whether a head under a form's line (`TELEGRAM`) is a line of the telegram's text in
    capitals: six words or more, the writer's `I` or `WE` or the reader's `YOU` among them."""
    return len(text.split()) >= _PROSE_WORDS and text.isupper() and bool(_SPEAKING.search(text))
