"""Register persons who share a surname: which of them the surname alone names.

A surname alone (a signature `Hull`, `GENERAL ARNOLD`) that several register persons fit,
when the document has named none of them in full and no initials tell them apart, is the
person who claims it: the one whose forms give the surname alone (`surname`, near their
dated offices; `surname-in-office`, in office in the document's year), unless the date
points to another (the claimer out of office, the other in one of their dated offices
then); with no claimer, the one in a dated office in the document's year. An entry with
the full name only never blocks another's claim (John E. Hull does not take `Hull` from
Cordell Hull in 1941; he is `Hull` in 1953, when Cordell Hull is out of office).
"""

from __future__ import annotations

from functools import lru_cache

from tei.convert.lifespan import in_office, in_office_reach
from tei.convert.name_index import IN_OFFICE, fold
from tei.convert.register import Entry
from tei.convert.surnames import holds_posts


@lru_cache(maxsize=4096)
def _alone(entry: Entry) -> tuple[tuple[str, str], ...]:
    """The (folded surname, subtype) of each one-word form of a person (read once)."""
    return tuple((fold("".join(form.itertext()).strip()), form.get("subtype") or "")
                 for form in entry.element.iterfind("{*}persName")
                 if len("".join(form.itertext()).split()) == 1)


def claims(entry: Entry, surname: str, year: int | None) -> bool:
    """Does `entry` give `surname` alone as its form: a `surname-in-office` in office in
    `year`, any other within reach of its dated offices?"""
    key = fold(surname)
    return any(form == key and (in_office(entry, year) if subtype == IN_OFFICE
                                else in_office_reach(entry, year))
               for form, subtype in _alone(entry) if year is not None or subtype != IN_OFFICE)


def namesake(persons: list[Entry], surname: str, year: int | None,
             title: str = "", posts: dict[str, str] | None = None) -> Entry | None:
    """The one of `persons` (several fitting a surname alone, none told by `title`) that the
    surname names: the claimer, unless only another was in office in `year`; else the one
    in office then; never one whose occupations hold none of the title's `posts`."""
    persons = [p for p in persons if holds_posts(p, title.split(), posts or {})]
    if len(persons) < 2:
        return None
    holding = [p for p in persons if year is not None and in_office(p, year)]
    claimers = [p for p in persons if claims(p, surname, year)]
    if len(claimers) == 1 and (claimers[0] in holding or not holding):
        return claimers[0]
    return holding[0] if len(holding) == 1 else None
