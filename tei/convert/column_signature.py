"""A signature a two-column page set beside the enclosure's label (misses30), or (repost94)
beside the addressee's first line under the closing salute.

A scanned documents volume (FRUS of the 1860s-1910s as Google Books, HathiTrust or a
library's page view give its OCR) prints the despatch's signature on the right of the
line that labels the enclosure (`[Inclosure. Translation.]`); the OCR reads the label
first: `I have the honor to be, etc.,` / `[Inclosure. Translation.]` / `CHARLES H. GRAVES.`.
The name in capitals closed by a stop, right under the label that follows the closing
salute, is the despatch's signature: it is read before the label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.signature_shape import signature_like

# (repost94) the addressee's first line set at the left of the signature's line, the OCR
# reading it first (`I have the honor to be, sir, your obedient servant,` / `Hon. WM. H.
# SEWARD,` / `CHARLES FRANCIS ADAMS.` / `Secretary of State, Washington, D. C.`)
_ADDRESS_OPENING = re.compile(r"^(?:Hon\.|Honorable|His\s+Excellency|The\s+Hon)\s")


def signature_over_label(units: list[Unit], kind: Callable[[str], str | None],
                         patterns: Patterns) -> list[Unit]:
    """`units` with a signature read after the enclosure's label set back over it (`kind`
    tells a closing line's kind: `salute`)."""
    for i in range(len(units) - 2):
        salute, label, name = units[i:i + 3]
        if any(unit.embedded or len(unit.lines) != 1 for unit in (salute, label, name)):
            continue
        if _capital_stopped_name(name.text) and (patterns.match("attachment", label.text) or (
                _ADDRESS_OPENING.match(label.text) and label.text.endswith(","))) \
                and kind(salute.text) == "salute":  # the costly test last
            return [*units[:i + 1], name, label, *units[i + 3:]]
    return units


def _capital_stopped_name(text: str) -> bool:
    """`CHARLES H. GRAVES.`: a name in capitals closed by a full stop."""
    return text.endswith(".") and text.isupper() and signature_like(text[:-1])
