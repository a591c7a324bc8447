"""When a register person lived and held office, against the document's year.

A name that addresses or names a living actor (an addressee, a signature, `Comrade X`) is
not a person the register has dead before the document's year or not yet born; a surname
alone (the register's one person of that surname) is not a person whose dated offices all
lie further than `OFFICE_BEFORE` years after it or `OFFICE_AFTER` years before it."""

from __future__ import annotations

import re

from tei.convert.register import Entry

# years before a person's first dated office and after the last in which a surname alone
# may still name them: the register dates the highest offices, which a career rises to
# over years (Ali Sabri heads Nasser's office in 1955, prime minister from 1962), and
# after which a public life ends sooner
OFFICE_BEFORE = 10
OFFICE_AFTER = 5
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


def _event_year(entry: Entry, event: str) -> int | None:
    found = entry.element.find(f"{{*}}{event}")
    when = found.get("when", "") if found is not None else ""
    return int(when[:4]) if when[:4].isdigit() else None


def living_in(entry: Entry, year: int | None) -> bool:
    """Was `entry` alive in `year` as far as the register tells (born, not yet dead)?"""
    if year is None or entry.kind != "person":
        return True
    birth, death = _event_year(entry, "birth"), _event_year(entry, "death")
    return (birth is None or birth <= year) and (death is None or death >= year)


def in_office_reach(entry: Entry, year: int | None) -> bool:
    """Do `entry`'s dated occupations come near enough to `year` (`OFFICE_BEFORE`,
    `OFFICE_AFTER`; true when the register dates none)?"""
    if year is None:
        return True
    years = [int(y) for o in entry.element.iterfind("{*}occupation")
             for y in _YEAR.findall("".join(o.itertext()))]
    return not years or min(years) - OFFICE_BEFORE <= year <= max(years) + OFFICE_AFTER


def may_be_actor(entry: Entry, form: str, year: int | None) -> bool:
    """Can `form`, in a living actor's position in a document of `year`, be `entry`: living
    then, and, named by a surname alone, within reach of their dated offices?"""
    return living_in(entry, year) and (len(form.split()) > 1 or in_office_reach(entry, year))
