"""(bloc81) Dates of the Indian national calendar, the Saka era's (`12 Asvina 1887 (Saka)`):
the Government of India's papers give it beside or instead of the Western date. Its year
begins on 1 Chaitra, 22 March of the Western year that is 78 more (21 March in a Western
leap year); Chaitra has 30 days (31 in a leap year), Vaisakha to Bhadra 31, Asvina to
Phalguna 30. The month names are the table `saka-months`."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

_ERA_OFFSET = 78  # the Western year in which a Saka year begins, less that year
_LONG_MONTHS = range(2, 7)  # Vaisakha to Bhadra: 31 days
_FIRST, _LAST = 1800, 1999  # the years read (1878-2077)


def western_date(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """(year, month, day) in the Western calendar of a Saka date, or None when the day is not
    in its month or the year is out of reach."""
    if not (_FIRST <= year <= _LAST and 1 <= month <= 12):
        return None
    western = year + _ERA_OFFSET
    leap = calendar.isleap(western)
    lengths = [31 if leap else 30, *(31 for _ in _LONG_MONTHS), *(30 for _ in range(6))]
    if not 1 <= day <= lengths[month - 1]:
        return None
    found = date(western, 3, 21 if leap else 22) + timedelta(
        days=sum(lengths[:month - 1]) + day - 1)
    return found.year, found.month, found.day
