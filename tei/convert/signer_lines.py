"""Signer's lines a closer is read back to: a name closed by a full stop or a comma, a
minute's initials with its day and month (`closing.py`)."""

from __future__ import annotations

import re

from tei.convert.segment import signature_like

# a minute initialled and dated by day and month (`P.D. 12/3`), the year the document's
INITIALS_DAY_MONTH = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){1,5})\s++"
                                 r"(?P<date>(?P<d>[0-3]?\d)/(?P<m>[01]?\d))$")
_INITIALS = re.compile(r"^[A-Z]{2,4}\.$")  # a file copy's initialled signature (`BBM.`)


def stopped_name(text: str) -> bool:
    """`Charles Denby.`, `BBM.`: a name in mixed case, or initials, closed by a full stop."""
    return text.endswith(".") and (signature_like(text[:-1]) or bool(_INITIALS.match(text)))


def comma_name(text: str) -> bool:
    """`A. B. Johnson,` over the signer's office."""
    return text.endswith(",") and signature_like(text[:-1])


def initialled(text: str) -> bool:
    """`P.D. 12/3`: initials and a real day and month."""
    found = INITIALS_DAY_MONTH.match(text)
    return bool(found) and 1 <= int(found.group("d")) <= 31 and 1 <= int(found.group("m")) <= 12
