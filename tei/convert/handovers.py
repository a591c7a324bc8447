"""(cw85) The day an office changed hands, for a document dated to the day: the register
dates offices by years, so that in a year of handover (`Prime Minister of Australia` in
1939: Lyons, Page, Menzies) an office-only party had no holder unless the document named
one. Table `office-handovers` gives each office's holders from the day each took it
(label: the office as the register's occupations write it, then the day; item/@n: the
register id of the one who took it); from an office's first row on the table is complete,
so the holder on a document's day is the one of the last row on or before it (none when
the register lacks him). Read by `office_holders.office_holder`."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.patterns import Patterns
from tei.convert.register import Entry, Register

_DAY = re.compile(r"^(?P<office>\S.*?)\s(?P<day>\d{4}-\d{2}-\d{2})$")
_SMALL = frozenset({"of", "and", "for", "the"})  # the label is case-folded: its words again
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
Handovers = dict[tuple[str, str], tuple[tuple[str, str], ...]]


def holder_on_day(country: str, title: str, day: str, patterns: Patterns,
                  register: Register) -> Entry | bool | None:
    """The register person holding the office (`country`, `title`) on `day` (ISO) by table
    `office-handovers`: None when the table's holder of that day is not in the register,
    False when the table does not cover the office on that day (the years tell)."""
    rows = _handovers(patterns, register).get((country, title), ())
    if not rows or not _FULL_DAY.match(day) or day[:10] < rows[0][0]:
        return False
    ident = [holder for start, holder in rows if start <= day[:10]][-1]
    return register.entries.get(ident)


@lru_cache(maxsize=4)
def _handovers(patterns: Patterns, register: Register) -> Handovers:
    """Each office's (day, holder id) rows of table `office-handovers`, by (country, title)
    as `office_holders.split_country` reads the office, in order of day."""
    from tei.convert.office_holders import split_country
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for label, ident in patterns.words("office-handovers").items():
        row = _DAY.match(label)
        office = " ".join(word if word in _SMALL else word.capitalize()
                          for word in row["office"].split()) if row else ""
        country, title = split_country(office, patterns, register) if row else (None, "")
        if row and country:
            found.setdefault((country, title), []).append((row["day"], ident))
    return {key: tuple(sorted(rows)) for key, rows in found.items()}
