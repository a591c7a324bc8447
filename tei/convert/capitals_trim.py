"""(bloc72) A surname in capitals after a given name (`Comrade Pál ILKU`, `Imre NAGY`,
`Sándor RAJKI`: East-bloc records and their translations set surnames so) is the name's, not
an office symbol set after a name (`Mr. Tyler EUR`, table `name-trim`): a trim that would
leave a given name alone (one the register's persons open with, or of the `given-first` or
`surname-first-given` tables) is undone when the word cut is one word of four or five
letters, a vowel among them, that the register knows as no body or place."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.patterns import Patterns
from tei.convert.register import Register
from tei.convert.romanised import plain

_WORD = re.compile(r"[A-Z]{4,5}")
_VOWELS = frozenset("AEIOUY")


@lru_cache(maxsize=4)
def _given(patterns: Patterns) -> frozenset[str]:
    """The given names of the tables, folded without accents."""
    return frozenset(plain(name) for table in ("given-first", "surname-first-given")
                     for name in patterns.words(table))


def capitals_surname(name: str, cut: str, register: Register, patterns: Patterns) -> bool:
    """Is the word `name` loses when trimmed to `cut` its surname in capitals?"""
    rest = name[len(cut):].strip() if name.startswith(cut) else ""
    given = cut.strip()
    if not _WORD.fullmatch(rest) or not _VOWELS.intersection(rest) or " " in given:
        return False
    if given.casefold() not in register.given_names and plain(given) not in _given(patterns):
        return False
    known = register.lookup(rest)
    return known is None or known.kind == "person"
