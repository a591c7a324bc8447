"""(wcdy97) A register person's full name with one slip in its surname: a letter left out or
two neighbouring letters swapped. A PDF export's text loses the letters its font lacks
(Scribd's `Emil Bodnras`, `Manea Mnescu`, `Vasile Patiline` for Bodnăraș, Mănescu,
Patilineț) and a web translation slips a letter (`Ion Gheorghe Mauer`, `Emil Bondaras`).
The given name or names must be the register's in full (accents folded), the surname
written four letters or more, the register's five or more, its first letter kept (a
Vietnamese `Nguyen Van Hieu` is no Nguyen Van Thieu), a letter left out never a hyphen
(`Yun Posun` is the document's spelling, not a slip of `Yun Po-sun`), and one register
person alone must fit; the caller warns and checks the person's years (`context._variant`)."""

from __future__ import annotations

from functools import lru_cache

from tei.convert.register import KINDS, Entry, Register
from tei.convert.romanised import unaccented

_SHORTEST_WRITTEN, _SHORTEST_REGISTERED = 4, 5


def _swaps(word: str) -> list[str]:
    """`word` with each pair of neighbouring letters after its first in turn swapped."""
    return [f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}" for i in range(1, len(word) - 1)
            if word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha()]


@lru_cache(maxsize=4)
def _index(register: Register) -> tuple[dict[tuple[str, str], frozenset[str]],
                                        dict[tuple[str, str], frozenset[str]]]:
    """Register persons by (given names, surname) folded, and by (given names, surname with
    one letter left out), from every name form of two words or more without initials."""
    whole: dict[tuple[str, str], set[str]] = {}
    short: dict[tuple[str, str], set[str]] = {}
    for entry in register.entries.values():
        if entry.kind != "person":
            continue
        for element in entry.element.iter(f"{{*}}{KINDS['person']}"):
            words = unaccented("".join(element.itertext())).split()
            if len(words) < 2 or "." in " ".join(words) or len(words[-1]) < _SHORTEST_REGISTERED:
                continue
            given, surname = " ".join(words[:-1]), words[-1]
            whole.setdefault((given, surname), set()).add(entry.id)
            for i in range(1, len(surname)):  # a letter, never the first (`Thieu` is no `Hieu`)
                if surname[i].isalpha():
                    short.setdefault((given, surname[:i] + surname[i + 1:]), set()).add(entry.id)
    return ({key: frozenset(ids) for key, ids in whole.items()},
            {key: frozenset(ids) for key, ids in short.items()})


def slipped_name(name: str, register: Register) -> Entry | None:
    """The one register person whose full name `name` writes with one letter of the surname
    left out or two of its letters swapped (as the module says), or None."""
    words = unaccented(name.replace("?", "")).split()
    if len(words) < 2 or "." in name or len(words[-1]) < _SHORTEST_WRITTEN:
        return None
    whole, short = _index(register)
    given, surname = " ".join(words[:-1]), words[-1]
    if (given, surname) in whole:
        return None  # the register's own spelling: no slip
    ids = set(short.get((given, surname), frozenset()))
    for swapped in _swaps(surname):
        ids |= whole.get((given, swapped), frozenset())
    return register.entries[next(iter(ids))] if len(ids) == 1 else None
