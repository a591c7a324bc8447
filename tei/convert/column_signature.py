"""A signature a two-column page set beside the enclosure's label (misses30).

A scanned documents volume (FRUS of the 1860s-1910s as Google Books, HathiTrust or a
library's page view give its OCR) prints the despatch's signature on the right of the
line that labels the enclosure (`[Inclosure. Translation.]`); the OCR reads the label
first: `I have the honor to be, etc.,` / `[Inclosure. Translation.]` / `CHARLES H. GRAVES.`.
The name in capitals closed by a stop, right under the label that follows the closing
salute, is the despatch's signature: it is read before the label.
"""

from __future__ import annotations

from collections.abc import Callable

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.signature_shape import signature_like


def signature_over_label(units: list[Unit], kind: Callable[[str], str | None],
                         patterns: Patterns) -> list[Unit]:
    """`units` with a signature read after the enclosure's label set back over it (`kind`
    tells a closing line's kind: `salute`)."""
    for i in range(len(units) - 2):
        salute, label, name = units[i:i + 3]
        if any(unit.embedded or len(unit.lines) != 1 for unit in (salute, label, name)):
            continue
        if _capital_stopped_name(name.text) and patterns.match("attachment", label.text) \
                and kind(salute.text) == "salute":  # the costly test last
            return [*units[:i + 1], name, label, *units[i + 3:]]
    return units


def _capital_stopped_name(text: str) -> bool:
    """`CHARLES H. GRAVES.`: a name in capitals closed by a full stop."""
    return text.endswith(".") and text.isupper() and signature_like(text[:-1])
