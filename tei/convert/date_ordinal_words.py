"""(letters72) A day written as an ordinal word, as letters of credence and recall, full
powers and treaties date themselves (`Given at Prague Castle, on the twelfth day of October,
1965`, `this 3rd day of May, 1958`, `the twenty-first day of June 1961`): the day's word or
ordinal number, `day of`, the month's name and the year in digits. Read apart from the
shapes of digits (as `date_latin` reads the Latin dates), only in a text with `day of`."""

from __future__ import annotations

import re

from tei.convert.date_shapes import DateValue, valid

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_DAY_WORDS = {word: n for n, word in enumerate(_UNITS, 1)} | {
    word: n for n, word in enumerate(_TEENS, 10)} | {"twentieth": 20, "thirtieth": 30} | {
    f"{tens}{sep}{word}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
    for n, word in enumerate(_UNITS, 1) for sep in ("-", " ", "")}
_DAY = "|".join(sorted((re.escape(word) for word in _DAY_WORDS), key=len, reverse=True))


def gate(text: str) -> bool:
    """A quick test: can `text` hold such a date?"""
    return "day of" in text or "DAY OF" in text or "Day of" in text


def ordinal_shape(months: str) -> re.Pattern[str]:
    """The date's regex, `months` the month names' alternation."""
    return re.compile(rf"(?i:the\s++)?(?P<d>(?i:{_DAY})|\d{{1,2}}(?i:st|nd|rd|th|d)?)"
                      rf"\s++(?i:day\s++of)\s++(?=[A-Z])(?P<mon>(?i:{months}))\b"
                      rf"(?:,?\s++(?:(?i:in\s++the\s++year\s++(?:of\s++our\s++lord\s++)?))?"
                      rf"(?P<y>1[5-9]\d\d|20\d\d)\b)?")


def ordinal_dates(shape: re.Pattern[str], text: str, months: dict[str, int]) -> list[DateValue]:
    """The dates in `text` whose day is an ordinal before `day of`; the year left out is
    the document's (`the fifth day of March`)."""
    found = []
    for match in shape.finditer(text):
        word = match.group("d").casefold()
        digits = re.match(r"\d+", word)
        day = _DAY_WORDS.get(word) or (int(digits.group()) if digits else None)
        year = int(match.group("y")) if match.group("y") else None
        month = months.get(match.group("mon").casefold().rstrip("."))
        value = DateValue(match.start(), match.end(), year, month, day)
        if month and day and valid(value):
            found.append(value)
    return found
