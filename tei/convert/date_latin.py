"""(misses44) Latin dates as the Holy See's letters and other Latin documents write them:
`die XII mensis Martii, anno MCMLXII` (the day and the year in Roman numerals or in
digits, the month's name in the genitive after `mensis`, from the table `months`), and
`die 12 mensis Martii anno Domini 1962`, and the papal briefs' `die II Martii MDCCCLXXVII`
(the day in Roman numerals, no `mensis`). Read apart from the shapes of digits, as the
Chinese numerals are (`date_eras.cjk_numeral_shape`)."""

from __future__ import annotations

import re

from tei.convert.date_shapes import DateValue, valid

_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
GATE = re.compile(r"(?i)\bmensis\b|\bdie\s++[IVXL]{1,6}+\s")
OPENING = re.compile(r"(?i)die\s")  # where a text that is a Latin date begins


def roman_number(text: str) -> int | None:
    """The value of a Roman numeral in capitals (`MCMLXII`: 1962), None when it is none."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for numeral, after in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[numeral]
        total += -value if after and _ROMAN_VALUES[after] > value else value
    return total


def latin_shape(months: str) -> re.Pattern[str]:
    """The Latin date's regex, `months` the month names' alternation."""
    number = r"[IVXLCDM]{1,12}+|\d{1,4}+"
    return re.compile(rf"(?i:die)\s++(?:(?P<d>[IVXL]{{1,6}}+|\d{{1,2}}+)\s++(?i:mensis)|"
                      rf"(?P<rd>[IVXL]{{1,6}}+))\s++"
                      rf"(?P<mon>(?i:{months}))\b(?:,?\s++(?:(?i:anno)\s++(?:(?i:Domini)\s++)?"
                      rf"(?P<y>{number})|(?P<y2>[MDCLXVI]{{4,12}}+|\d{{4}}+))\b)?")


def latin_dates(shape: re.Pattern[str], text: str, months: dict[str, int]) -> list[DateValue]:
    """The Latin dates in `text` whose day, month and (when written) year are read; the
    year left out is the document's (`die XXVIII mensis Februarii`)."""
    found = []
    for match in shape.finditer(text):
        written = match.group("y") or match.group("y2")
        day, year = _number(match.group("d") or match.group("rd")), _number(written)
        month = months.get(match.group("mon").casefold())
        value = DateValue(match.start(), match.end(), year, month, day)
        latin = match.group("d") or match.group("mon").endswith(("i", "is"))  # `Martii`
        if latin and (year or written is None) and month and day and valid(value):
            found.append(value)
    return found


def _number(text: str | None) -> int | None:
    """A day's or year's number in digits or Roman numerals."""
    if text is None:
        return None
    return int(text) if text.isdigit() else roman_number(text)
