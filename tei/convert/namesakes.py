"""Register persons who share a surname: which of them the surname alone names.

A surname alone (a signature `Hull`, `GENERAL ARNOLD`) that several register persons fit,
when the document has named none of them in full and no initials or title tell them
apart, is the person who claims it: the one whose forms give the surname alone
(`surname`, near their dated offices; `surname-in-office`, in office in the document's
year when no namesake was), unless the date points to another: the claimer far from
their offices then and one other person in one of their dated offices. An entry with the
full name only never blocks another's claim (John E. Hull does not take `Hull` from
Cordell Hull in 1941; he is `Hull` in 1954, a decade after Cordell Hull left office); of
persons none of whom claims the surname, none is chosen by the date alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tei.convert.ambiguity import candidates, told_apart
from tei.convert.lifespan import in_office, in_office_reach, living_in, may_be_actor
from tei.convert.name_index import IN_OFFICE, MONOGRAM
from tei.convert.register import Entry, Register
from tei.convert.romanised import fold
from tei.convert.surnames import holds_posts

if TYPE_CHECKING:
    from tei.convert.context import Context


@lru_cache(maxsize=4096)
def _alone(entry: Entry) -> tuple[tuple[str, str], ...]:
    """The (folded surname, subtype) of each one-word form of a person (read once)."""
    return tuple((fold("".join(form.itertext()).strip()), form.get("subtype") or "")
                 for form in entry.element.iterfind("{*}persName")
                 if len("".join(form.itertext()).split()) == 1
                 and form.get("subtype") != MONOGRAM)  # `MT`: no surname (leftover22)


def claims(entry: Entry, surname: str, year: int | None,
           others: list[Entry] | None = None) -> bool:
    """Does `entry` give `surname` alone as its form: a `surname` form within reach of its
    dated offices in `year`; a `surname-in-office` form in office then, when none of
    `others` was (as `office_surnames` reads it in running text); any year when `year` is
    None and `others` too (the claim as such)?"""
    key = fold(surname)
    for form, subtype in _alone(entry):
        if form != key:
            continue
        if others is None and year is None:
            return True
        if subtype != IN_OFFICE:
            return in_office_reach(entry, year)
        if year is not None and in_office(entry, year) and not any(
                in_office(other, year) for other in others or () if other != entry):
            return True
    return False


def namesake(persons: list[Entry], surname: str, year: int | None,
             title: str = "", posts: dict[str, str] | None = None) -> Entry | None:
    """The one of `persons` (several fitting a surname alone, none told by `title`) that the
    surname names: the one claiming it in `year`; else, when the only claimers are far from
    their offices then (`lifespan.in_office_reach`), the one other person in office then;
    never one whose occupations hold none of the title's `posts`."""
    persons = [p for p in persons if holds_posts(p, title.split(), posts or {})]
    if len(persons) < 2:
        return None
    claimers = [p for p in persons if claims(p, surname, year, persons)]
    if len(claimers) == 1:
        return claimers[0]
    claiming = [p for p in persons if claims(p, surname, None)]
    holding = [p for p in persons if year is not None and in_office(p, year)
               and p not in claiming]
    if claimers or not claiming or any(in_office_reach(p, year) for p in claiming):
        return None
    return holding[0] if len(holding) == 1 else None


def of_namesakes(entry: Entry, form: str, register: Register, year: int | None) -> Entry | None:
    """(misses39) The person a one-word form several register persons carry names (`KEATING`
    signing from Tel Aviv in 1974: Kenneth B. Keating, ambassador then, not Paul Keating, the
    prime minister of 1991, whom the register lists first): of those living in `year`, the
    one `namesake` chooses; None when it chooses none (no tag beats a wrong one); `entry`
    itself when no other person carries the form; (lead96) of several a full name names
    (`George Bush`), the one `ambiguity.in_reach` leaves in the document's year, else
    `entry`."""
    if entry.kind != "person":
        return entry
    if len(form.split()) != 1:
        near = candidates(register, entry, form, year)
        return near[0] if len(near) == 1 else entry
    shared = [p for p in candidates(register, entry, form) if living_in(p, year)]
    if len(shared) < 2:
        return shared[0] if shared else entry
    return namesake(shared, form, year)


def living_namesake(entry: Entry, form: str, register: Register, year: int | None) -> Entry | None:
    """(cables42) The one other register person a surname alone names when `entry`, whom the
    register matched, cannot be a living actor in `year` (`Director Reinhardt` in 1978:
    John E., not G. Frederick, dead in 1971); None when none or several are."""
    if len(form.split()) != 1:
        return None
    others = [p for p in register.persons_by_surname(form)
              if p is not entry and may_be_actor(p, form, year)]
    return others[0] if len(others) == 1 else None


def told_by_context(entry: Entry, form: str, ctx: Context) -> Entry | None:
    """(lead96) The person a surname the register gives one person as a form (`Malik`:
    Yakov Malik's) names when other register persons living in the document's year end
    their names with it (Charles Malik of Lebanon, Adam Malik of Indonesia) and the
    document's context tells them apart (`ambiguity.told_apart`: each has `name-context`
    rows, or the page names one in full); None when nothing does (the register's form
    stands)."""
    if entry.kind != "person" or len(form.split()) != 1:
        return None
    persons = [p for p in ctx.res.register.persons_by_surname(form) if living_in(p, ctx.year)]
    return told_apart(persons, ctx) if entry in persons and len(persons) > 1 else None
