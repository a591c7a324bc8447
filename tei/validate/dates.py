"""W3C (XML Schema) dates and times as telegrams.sch reads them, without Saxon.

`is_real_date` answers `date-valid`'s question (is a value castable as one of the eight date
and time types); `start` and `end` are the rules' `tel:start` and `tel:end`, as seconds on
one time line; `bounds`, `later` and `show` are `tel:earliest` / `tel:latest`, XPath's `gt`
on their results, and `tel:show`. Their results equal Saxon's (a test compares them): a
value whose result depends on more than this module knows (a time zone, which Saxon compares
through the machine's implicit one; space that Saxon's string concatenations would keep; a
year of ten digits or more, or of five in date arithmetic; more than six decimals of a
second) raises `NotNative`, and the caller runs the compiled Schematron instead.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from lxml import etree

_YEAR = r"(?P<year>-?(?:[1-9][0-9]{3,}|0[0-9]{3}))"
_MONTH = r"(?P<month>0[1-9]|1[0-2])"
_DAY = r"(?P<day>0[1-9]|[12][0-9]|3[01])"
_TIME = (r"(?P<time>(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9]):(?P<second>[0-5][0-9]"
         r"(?:\.[0-9]+)?)|24:00:00(?:\.0+)?)")
_ZONE = r"(?P<zone>Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?"
# The lexical forms of xs:date, dateTime, gYear, gYearMonth, gMonthDay, gMonth, gDay, time.
_FORMS = {name: re.compile(r"\A" + form + _ZONE) for name, form in (
    ("date", f"{_YEAR}-{_MONTH}-{_DAY}"),
    ("dateTime", f"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}"),
    ("gYear", _YEAR),
    ("gYearMonth", f"{_YEAR}-{_MONTH}"),
    ("gMonthDay", f"--{_MONTH}-{_DAY}"),
    ("gMonth", f"--{_MONTH}"),
    ("gDay", f"---{_DAY}"),
    ("time", _TIME),
)}
_XML_SPACE = " \t\n\r"
# tel:start and tel:end drop a time zone at the very end before reading a value.
_TRAILING_ZONE = re.compile(r"(?:Z|[+\-]\d\d:\d\d)\Z")
_MAX_YEAR_DIGITS = 9
_MAX_DECIMALS = 6
_MAX_INSTANT_YEAR = 9999
_DAY_SECONDS = 86400


class NotNative(Exception):
    """Only the compiled Schematron (Saxon) gives this value's result exactly."""


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _form(value: str) -> tuple[str, re.Match[str]] | None:
    """The type whose lexical form `value` has (XML space around it ignored) and the match;
    raises NotNative for a year beyond Saxon's range checks here."""
    text = value.strip(_XML_SPACE)
    for name, form in _FORMS.items():
        found = form.fullmatch(text)
        if found:
            year = found.groupdict().get("year")
            if year and len(year.lstrip("-")) > _MAX_YEAR_DIGITS:
                raise NotNative(value)
            return name, found
    return None


def _day_exists(found: re.Match[str]) -> bool:
    """Whether the day of a matched form exists (29 February only in leap years; any year
    for gMonthDay)."""
    fields = found.groupdict()
    if not fields.get("day") or not fields.get("month"):
        return True
    year = int(fields["year"]) if fields.get("year") else 2000
    return int(fields["day"]) <= _month_days(year, int(fields["month"]))


@lru_cache(maxsize=4096)
def is_real_date(value: str) -> bool:
    """Whether `value` is castable as xs:date, dateTime, gYear, gYearMonth, gMonthDay, gMonth,
    gDay or time."""
    matched = _form(value)
    return matched is not None and _day_exists(matched[1])


def _days(year: int, month: int, day: int) -> int:
    """Days since 0000-03-01 of a proleptic Gregorian date (any year)."""
    shifted = year - (month <= 2)
    era, year_of_era = divmod(shifted, 400)
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era


def _seconds(found: re.Match[str]) -> Fraction:
    """Seconds of a matched time of day (24:00:00 is the end of the day)."""
    if not found.groupdict().get("hour"):
        return Fraction(_DAY_SECONDS)
    second = found["second"]
    if len(second.partition(".")[2]) > _MAX_DECIMALS:
        raise NotNative(found.string)
    return int(found["hour"]) * 3600 + int(found["minute"]) * 60 + Fraction(second)


def _instant(value: str | None, latest: bool) -> Fraction | None:
    """tel:start (earliest instant) or tel:end (latest instant) of a date value."""
    if value is None:
        return None
    text = _TRAILING_ZONE.sub("", value)
    matched = _form(text)
    if matched is None or not _day_exists(matched[1]):
        return None
    name, found = matched
    if name not in {"date", "dateTime", "gYear", "gYearMonth"}:
        return None
    if found["zone"] or (name.startswith("g") and text != text.rstrip(_XML_SPACE)):
        raise NotNative(value)
    fields = found.groupdict()
    year = int(fields["year"])
    if abs(year) > _MAX_INSTANT_YEAR:
        raise NotNative(value)
    month = int(fields.get("month") or (12 if latest else 1))
    day = int(fields.get("day") or (_month_days(year, month) if latest else 1))
    within = (_seconds(found) if name == "dateTime"
              else Fraction(_DAY_SECONDS - 1 if latest else 0))
    return _days(year, month, day) * _DAY_SECONDS + within


@lru_cache(maxsize=4096)
def start(value: str | None) -> Fraction | None:
    """The earliest instant a date value may denote (None: no year, or not a date)."""
    return _instant(value, latest=False)


@lru_cache(maxsize=4096)
def end(value: str | None) -> Fraction | None:
    """The latest instant a date value may denote (None: no year, or not a date)."""
    return _instant(value, latest=True)


def bounds(dated: list[etree._Element]) -> tuple[Fraction | None, Fraction | None]:
    """tel:earliest and tel:latest of dated elements (every value read, as Saxon may)."""
    starts = [start(element.get(attr)) for element in dated
              for attr in ("when", "notBefore", "from")]
    ends = [end(element.get(attr)) for element in dated
            for attr in ("when", "notAfter", "to")]
    known_starts = [value for value in starts if value is not None]
    known_ends = [value for value in ends if value is not None]
    return (min(known_starts) if known_starts else None,
            max(known_ends) if known_ends else None)


def later(first: Fraction | None, second: Fraction | None) -> bool:
    """XPath's `first gt second` (false when either is empty)."""
    return first is not None and second is not None and first > second


def show(dated: list[etree._Element]) -> str:
    """tel:show: each element's @when, or its range."""
    def one(element: etree._Element) -> str:
        if element.get("when") is not None:
            return element.get("when", "")
        begin = (element.get("notBefore") or "") + (element.get("from") or "")
        return f"{begin}..{element.get('notAfter') or ''}{element.get('to') or ''}"
    return ", ".join(one(element) for element in dated)
