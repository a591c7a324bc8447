"""Dates of the Solar Hijri calendar, the civil calendar of Iran and Afghanistan (invent24):
a day, a month's name and a year of that era (`Tehran, 24 Esfand 1349`, the Afghan month
first `Hamal 14, 1341 S.H.`). The month names are the table `solar-months` (Persian and the
Afghan zodiac names; item/@n the month's number); the Western date is worked out by the
33-year leap rule of the jalaali algorithm (Borkowski), whose break years are below."""

from __future__ import annotations

from datetime import date, timedelta

# the years where the pattern of leap years changes
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178)
_ERA_OFFSET = 621  # the Western year in which a Solar Hijri year begins, less that year
_LONG_MONTHS = 6  # Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30


def _nowruz(year: int) -> date:
    """The Western date of 1 Farvardin of Solar Hijri `year` (20, 21 or 22 March)."""
    western = year + _ERA_OFFSET
    leaps, before, jump = -14, _BREAKS[0], 0
    for brk in _BREAKS[1:]:
        jump = brk - before
        if year < brk:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        before = brk
    n = year - before
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    western_leaps = western // 4 - (western // 100 + 1) * 3 // 4 - 150
    return date(western, 3, 20 + leaps - western_leaps)


def western_date(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """(year, month, day) in the Western calendar of a Solar Hijri date, or None when the day
    is not in its month."""
    if not (_BREAKS[0] < year < _BREAKS[-1] and 1 <= month <= 12):
        return None
    length = 31 if month <= _LONG_MONTHS else 30
    if not 1 <= day <= length:
        return None
    before = (month - 1) * 31 if month <= _LONG_MONTHS + 1 else (
        _LONG_MONTHS * 31 + (month - _LONG_MONTHS - 1) * 30)
    found = _nowruz(year) + timedelta(days=before + day - 1)
    if month == 12 and found >= _nowruz(year + 1):
        return None  # 30 Esfand of a common year
    return found.year, found.month, found.day
