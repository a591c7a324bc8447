"""Marks standing between a letter's dateline and its salutation or address, kept as the
opener's registry lines: (letters76) a translation's mark (`[Translation]`, `Unofficial
translation`); (wcda82) the Cuban year's name under a ministry's dateline, in quotation
marks or not, in Spanish or translated (`"Year of Solidarity"`, `"AÑO DEL GUERRILLERO
HEROICO"`, `Year of the Decisive Endeavor`): every Cuban official paper heads with the year's
name, which is neither the text's first paragraph nor a heading."""

from __future__ import annotations

import re

_TRANSLATION_MARK = re.compile(r"^[\[(]?(?i:(?:(?:un)?official|informal|english)\s++)?"
                               r"(?i:translation)[\])]?\.?$")
_YEAR_NAME = re.compile(r"^[\"“]?(?:Year\s++of|YEAR\s++OF|Año\s++de|AÑO\s++DE|Año\s++del|AÑO\s++DEL"
                        r")\s++[^\"“”]{3,60}+[\"”]?\.?$")


def opener_mark(text: str) -> str | None:
    """The registry subtype of a mark line in a letter's opener (`language`, `motto`)."""
    if _TRANSLATION_MARK.match(text):
        return "language"
    return "motto" if _YEAR_NAME.match(text.strip()) else None
