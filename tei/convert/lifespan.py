"""When a register person lived and held office, against the document's year.

A name that addresses or names a living actor (an addressee, a signature, `Comrade X`) is
not a person the register has dead before the document's year or not yet born; a surname
alone (the register's one person of that surname, no form of theirs) is not a person whose
dated offices all lie further than `OFFICE_BEFORE` years after it or `OFFICE_AFTER` years
before it; one the register gives that surname alone, in a living actor's position, only
not one out of office for longer than `OFFICE_AFTER`. No name, in any position, is a
person born after the document's year (misses48)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from tei.convert.register import Entry

# years before a person's first dated office and after the last in which a surname alone
# may still name them: the register dates the highest offices, which a career rises to
# over years (Ali Sabri heads Nasser's office in 1955, prime minister from 1962), and
# after which a public life ends sooner
OFFICE_BEFORE = 10
OFFICE_AFTER = 5
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
# an office's years in an occupation: `(1977-1981)`, `(1940-1945, 1951-1955)`, `(1945-1948;
# 1959-1964)` (names60: a semicolon between terms, as 60 register persons write them)
_YEARS = re.compile(r"\(((?:1[6-9]|20)\d\d[\d\s,;–-]*+)\)")
_SPAN = re.compile(r"(\d{4})(?:\s*+[-–]\s*+(\d{4}))?")


@lru_cache(maxsize=4096)
def _dates(element: etree._Element) -> tuple[int | None, int | None, tuple[int, ...] | None]:
    """Birth year, death year and the years of the dated offices of a person's register
    element (None for the offices when one of them is undated), read once per element."""
    def year(event: str) -> int | None:
        found = element.find(f"{{*}}{event}")
        when = found.get("when", "") if found is not None else ""
        return int(when[:4]) if when[:4].isdigit() else None

    offices = [office for o in element.iterfind("{*}occupation")
               for office in "".join(o.itertext()).split(";")]
    undated = any(not _YEAR.search(office) for office in offices)
    years = None if undated else tuple(int(y) for office in offices for y in _YEAR.findall(office))
    return year("birth"), year("death"), years


def living_in(entry: Entry, year: int | None) -> bool:
    """Was `entry` alive in `year` as far as the register tells (born, not yet dead)?"""
    if year is None or entry.kind != "person":
        return True
    birth, death, _ = _dates(entry.element)
    return (birth is None or birth <= year) and (death is None or death >= year)


def born_by(entry: Entry, year: int | None) -> bool:
    """(misses48) Was `entry` born by `year`, as far as the register tells? A document
    cannot name a person not yet born (`Cárdenas` in 1885 is not Lázaro, born 1895), even
    where a person dead by then may be named (`Stalin's line` in 1988)."""
    if year is None or entry.kind != "person":
        return True
    birth = _dates(entry.element)[0]
    return birth is None or birth <= year


def in_office_reach(entry: Entry, year: int | None, before: int | None = OFFICE_BEFORE) -> bool:
    """Do `entry`'s dated occupations come near enough to `year` (`before` years before the
    first, unbounded when None; `OFFICE_AFTER` after the last; true when the register leaves
    any of them undated)?"""
    years = _dates(entry.element)[2]
    if year is None or years is None:
        return True  # an undated office (`Premier of the PRC; ...`) may reach any year
    return not years or ((before is None or min(years) - before <= year)
                         and year <= max(years) + OFFICE_AFTER)


def may_be_actor(entry: Entry, form: str, year: int | None) -> bool:
    """Can `form`, in a living actor's position in a document of `year`, be `entry`: living
    then, and, named by a surname the register gives as theirs alone, not long out of their
    dated offices (any time before them: a career rises to the offices it dates)?"""
    return living_in(entry, year) and (len(form.split()) > 1
                                       or in_office_reach(entry, year, before=None))


@lru_cache(maxsize=4096)
def office_years(entry: Entry) -> tuple[tuple[int, int], ...]:
    """The (first, last) years of each dated office of a person."""
    spans = []
    for occupation in entry.element.iterfind("{*}occupation"):
        for years in _YEARS.findall("".join(occupation.itertext())):
            spans += [(int(a), int(b or a)) for a, b in _SPAN.findall(years)]
    return tuple(spans)


def in_office(entry: Entry, year: int) -> bool:
    """Did `entry` hold one of their dated offices in `year`?"""
    return any(first <= year <= last for first, last in office_years(entry))
