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


# (repost94) the year in words after `in the year of our Lord` or `of the Christian Era` (a
# President's letter to a sovereign: `... on the twelfth day of September in the year of the
# Christian Era, one thousand eight hundred and fifty-five`)
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBERS = {word: n for n, word in enumerate(_CARDINALS, 1)} | _TENS | {
    f"{tens}-{word}": base + n for tens, base in _TENS.items()
    for n, word in enumerate(_CARDINALS[:9], 1)}
_YEAR_WORDS = (r"(?:one\s++thousand\s++(?:seven|eight|nine)|seventeen|eighteen|nineteen)"
               r"\s++hundred(?:\s++and)?(?:\s++[a-z]++(?:-[a-z]++)?)?")


def _year_of(words: str) -> int | None:
    """`one thousand eight hundred and fifty-five` (1855), `eighteen hundred and sixty-one`."""
    parts = [word for word in words.casefold().split() if word not in ("and", "thousand")]
    if parts[0] == "one":
        parts = parts[1:]  # `one thousand eight hundred ...`
    hundreds = _NUMBERS.get(parts[0], 0) + (10 if words.casefold().startswith("one") else 0)
    rest = parts[2] if len(parts) > 2 else ""
    if rest and rest not in _NUMBERS:
        return None
    return hundreds * 100 + _NUMBERS.get(rest, 0)


def worded(text: str) -> bool:
    """(repost94) Can `text` hold such a date with its year in words (no digit in it)?"""
    return ("hundred" in text or "Hundred" in text) and gate(text)


def gate(text: str) -> bool:
    """A quick test: can `text` hold such a date?"""
    return "day of" in text or "DAY OF" in text or "Day of" in text


def ordinal_shape(months: str) -> re.Pattern[str]:
    """The date's regex, `months` the month names' alternation."""
    return re.compile(rf"(?i:the\s++)?(?P<d>(?i:{_DAY})|\d{{1,2}}(?i:st|nd|rd|th|d)?)"
                      rf"\s++(?i:day\s++of)\s++(?=[A-Z])(?P<mon>(?i:{months}))\b"
                      rf"(?:,?\s++(?:(?i:in\s++the\s++year\s++(?:of\s++(?:our\s++lord|the\s++christian"
                      rf"\s++era)\s*+)?),?\s*+)?(?:(?P<y>1[5-9]\d\d|20\d\d)\b|(?P<yw>(?i:{_YEAR_WORDS}))))?")


def ordinal_dates(shape: re.Pattern[str], text: str, months: dict[str, int]) -> list[DateValue]:
    """The dates in `text` whose day is an ordinal before `day of`; the year left out is
    the document's (`the fifth day of March`)."""
    found = []
    for match in shape.finditer(text):
        word = match.group("d").casefold()
        digits = re.match(r"\d+", word)
        day = _DAY_WORDS.get(word) or (int(digits.group()) if digits else None)
        year = int(match.group("y")) if match.group("y") else (
            _year_of(match.group("yw")) if match.group("yw") else None)
        month = months.get(match.group("mon").casefold().rstrip("."))
        value = DateValue(match.start(), match.end(), year, month, day)
        if month and day and valid(value):
            found.append(value)
    return found
