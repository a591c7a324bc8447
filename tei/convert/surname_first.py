"""(other45) Names written surname first in running text, the Hungarian and Romanian way
(`Nagy Janos`, `Ionescu Teofil`, `Kovács Béla`): a capitalised word right before a given
name of the `surname-first-given` table (read without accents), with no capitalised word
after it; the surname no office or common word (`not-names`, `office-words`). Only names
the register lacks come of it: the register's names are matched first."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.arabic_names import arabic_name_spans
from tei.convert.given_first import given_first_spans
from tei.convert.patterns import Patterns
from tei.convert.register import Register
from tei.convert.romanised import plain

_PAIR = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿăâîșşțţőű]{2,}) "
                   r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿăâîșşțţőű]{2,})(?![\w'’-])(?! [A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=4)
def _tables(patterns: Patterns) -> tuple[frozenset[str], frozenset[str]]:
    """The table's given names, and the words that are no surname."""
    return (frozenset(patterns.words("surname-first-given")),
            frozenset({*patterns.words("not-names"), *patterns.words("office-words")}))


def surname_first_spans(text: str, patterns: Patterns) -> list[tuple[int, int]]:
    """Spans of the names of `text` written surname first (see the module)."""
    given, stop = _tables(patterns)
    return [pair.span() for pair in _PAIR.finditer(text)
            if plain(pair[2]) in given and pair[1].casefold() not in stop
            and plain(pair[1]) not in given]


def ordered_name_spans(text: str, patterns: Patterns, register: Register) -> list[tuple[int, int]]:
    """Spans of the names the register lacks written surname first (see the module) or
    given name first (`given_first`), and (wcdt94) the Arabic full names (`arabic_names`)."""
    return surname_first_spans(text, patterns) + given_first_spans(text, patterns, register) \
        + arabic_name_spans(text, patterns, register)
