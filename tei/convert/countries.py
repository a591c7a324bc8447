"""A person's country as the register records it: the country words of their occupations
(`US Ambassador to Italy`, `Secretary of State for External Affairs of Canada`), read
against a country the text gives the name in parentheses (`Martin (Canada)`, `Smith (UK)`:
the lists of delegates of a meeting record). The country's words are its register name
forms and its adjectives (table `country-adjectives`)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.lifespan import in_office_reach, living_in
from tei.convert.patterns import Patterns
from tei.convert.register import Entry, Register

_FORM = "{*}placeName"


@lru_cache(maxsize=512)
def country_words(place: Entry, patterns: Patterns) -> re.Pattern[str]:
    """The words naming `place` in an occupation: its name forms and adjectives."""
    forms = {" ".join("".join(n.itertext()).split()) for n in place.element.iterfind(_FORM)}
    forms |= {label for label, ident in patterns.words("country-adjectives").items()
              if ident == place.id}
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w.])(?:{alternatives})(?!\w)")


def of_country(person: Entry, place: Entry, patterns: Patterns) -> bool:
    """Does an occupation of `person` name the country `place` (a capitalised word: `US
    Ambassador`, not `us`)?"""
    words = country_words(place, patterns)
    return any(found.group()[:1].isupper()
               for o in person.element.iterfind("{*}occupation")
               for found in words.finditer("".join(o.itertext())))


def of_that_country(persons: set[Entry], country: str, register: Register,
                    patterns: Patterns, year: int | None) -> list[Entry]:
    """Those of `persons` of the register place `country` names (`(Canada)`), living in
    `year` and near their dated offices, in id order."""
    places = [m.entry for m in register.find(country, ("place",))]
    return sorted((p for p in persons if places and living_in(p, year)
                   and in_office_reach(p, year) and of_country(p, places[0], patterns)),
                  key=lambda p: p.id)
