"""Spelling variants of register persons: a surname transliterated the German way
(`Semjonow`, `Stanischew`, `Chruschtschow`) or spelt another way (`Biryusov`) is the
register person whose surname has the same spelling key. The rewrites are data: the
`spelling-german` table reads a German transliteration the English way, the `spelling-key`
table folds what spellings disagree on (z/s, w/v, -ev/-ov, doubled letters ...). A full name
whose surname an OCR misread by one letter (`MALCOLM MarDONALD`) is the one register person
whose given name and surname it gives so. (ocr95) A name with an OCR's stray full stop
inside a word (`President Eis.enhower`) is the register's name without it (`known_spelling`).
(wcdy97) A full name whose surname leaves out a letter or swaps two is the one register
person it fits (`letter_slips`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from tei.cache import cached_data, content_key
from tei.convert import second_surnames
from tei.convert.letter_slips import slipped_name
from tei.convert.name_index import tokens
from tei.convert.patterns import Patterns
from tei.convert.register import KINDS, Entry, Register
from tei.convert.romanised import unaccented
from tei.convert.second_surnames import declared_surnames, second_surname

_TABLES = ("spelling-key", "spelling-german")  # the pattern tables keys are made with
_INITIAL = re.compile(r"[A-Z][a-z]?\.")  # `G.`, `Yu.`
# Surnames shorter than this are too alike across languages to match by key (`Damm`, `Dam`).
_SHORTEST = 5


def _rewrite(text: str, table: str, patterns: Patterns) -> str:
    for row in patterns.regexes.get(table, ()):
        text = row.regex.sub(row.name, text)
    return text


def spelling_key(word: str, patterns: Patterns) -> str:
    """The key of a word that its spelling variants share (case and accents folded)."""
    return _rewrite(unaccented(word), "spelling-key", patterns)


def keys(word: str, patterns: Patterns) -> set[str]:
    """The keys of `word` as spelt, and read as a German transliteration."""
    folded = word.casefold()
    return {spelling_key(folded, patterns),
            spelling_key(_rewrite(folded, "spelling-german", patterns), patterns)}


def _surnames(register: Register) -> list[tuple[str, str]]:
    """(surname, person id) for the last word of every person name form in the register,
    none after the person's own surname (`name_index.second_surname`: `Azcue López`)."""
    found = []
    for entry in register.entries.values():
        if entry.kind == "person":
            declared = declared_surnames(entry)
            for element in entry.element.iter(f"{{*}}{KINDS['person']}"):
                form = "".join(element.itertext())
                words = [word.group() for word in tokens(form)]
                if words and not second_surname(form, words, declared):
                    found.append((words[-1], entry.id))
    return found


@lru_cache(maxsize=4)
def surname_index(register: Register, patterns: Patterns) -> dict[str, frozenset[str]]:
    """Register persons by the spelling key of the last word of each of their name forms;
    the empty key holds the surnames as the register spells them (folded). Cached on disk
    for a register loaded from files (keyed by its contents, the spelling tables, this
    code and `second_surnames`)."""
    if not register.key:
        return _surname_index(register, patterns)
    tables = [(row.name, row.source) for table in _TABLES
              for row in patterns.regexes.get(table, ())]
    key = content_key("surnames", register.key.encode(), repr(tables).encode(),
                      Path(__file__).read_bytes(), Path(second_surnames.__file__).read_bytes())
    return cached_data(key, lambda: _surname_index(register, patterns))


def _surname_index(register: Register, patterns: Patterns) -> dict[str, frozenset[str]]:
    """`surname_index`, worked out."""
    index: dict[str, set[str]] = {"": set()}
    for surname, ident in _surnames(register):
        index[""].add(surname.casefold())
        if len(surname) >= _SHORTEST:
            index.setdefault(spelling_key(surname, patterns), set()).add(ident)
    return {key: frozenset(ids) for key, ids in index.items()}


def variant_of(name: str, register: Register, patterns: Patterns) -> Entry | None:
    """The one register person whose surname is a spelling variant of the last word of
    `name` (with a fitting first name or initial, when `name` gives one), or None; a surname the
    register spells the same way is left to the surname rules (initials must fit)."""
    words = name.split()
    if not words or len(words[-1]) < _SHORTEST:
        return None
    index = surname_index(register, patterns)
    if words[-1].casefold() in index[""]:
        return None  # spelt as the register spells it: a surname, not a variant
    ids = set().union(*(index.get(key, frozenset()) for key in keys(words[-1], patterns)))
    if len(ids) != 1:
        return None
    entry = register.entries[next(iter(ids))]
    # (misses49) an initial must open the first name too (`G. Kamenov` is no Lev Kamenev);
    # a title's abbreviation is neither (`Coms. Cher-nenko`)
    first = words[0] if len(words) > 1 else ""
    given = first.rstrip(".") if not first.endswith(".") or _INITIAL.fullmatch(first) else ""
    if given and spelling_key(given, patterns)[:1] != \
            spelling_key(entry.reg.split()[0], patterns)[:1]:
        return None
    return entry


def _one_letter_keys(word: str) -> list[str]:
    """`word` (folded) with each of its letters in turn replaced by a wildcard."""
    return [f"{word[:i]}?{word[i + 1:]}" for i in range(len(word))]


@lru_cache(maxsize=4)
def _misread_index(register: Register) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """Register persons' full names' surnames (with the person's id) by given name and
    the surname's length (`malcolm`, 9: `macdonald`)."""
    index: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for entry in register.entries.values():
        if entry.kind != "person":
            continue
        for element in entry.element.iter(f"{{*}}{KINDS['person']}"):
            words = "".join(element.itertext()).casefold().split()
            if len(words) == 2 and len(words[1]) >= _SHORTEST and len(words[0]) > 2:
                index.setdefault((words[0], len(words[1])), []).append((words[1], entry.id))
    return index


def misread_of(name: str, register: Register) -> Entry | None:
    """(OCR) The one register person whose given name and surname `name` gives with one
    letter of the surname misread (`MALCOLM MarDONALD`: Malcolm MacDonald), or None; a
    surname of five letters or more, a given name in full. The surnames compared are those
    of the given name and length only (speed59: no index of every wildcard key)."""
    words = name.casefold().split()
    if len(words) != 2 or len(words[1]) < _SHORTEST or len(words[0]) < 3 or "." in name:
        return slipped_name(name, register)  # (wcdy97) `Ion Gheorghe Mauer`
    keys = set(_one_letter_keys(words[1]))
    ids = {ident for surname, ident in _misread_index(register).get((words[0], len(words[1])), ())
           if not keys.isdisjoint(_one_letter_keys(surname))}
    # (wcdy97) a letter left out or two swapped (`Emil Bodnras`, `Emil Bondaras`)
    return register.entries[next(iter(ids))] if len(ids) == 1 else slipped_name(name, register)


# (ocr95) a full stop between two small letters inside one word (never an initial's: `J.F.`)
_STRAY_DOT = re.compile(r"(?<=[a-z])\.(?=[a-z])")


def known_spelling(name: str, kind: str, monsieur: bool, register: Register) -> Entry | None:
    """The register entry a person's name not found as written stands for: (repost67) the
    bare surname after a French `M.` (`monsieur`), (ocr95) the name without a scan's speck
    read as a full stop inside a word (`Eis.enhower`: no name has one between two small
    letters); None for any other name or kind."""
    if kind != "person":
        return None
    if monsieur:
        return register.lookup(name)
    return register.lookup(_STRAY_DOT.sub("", name)) if _STRAY_DOT.search(name) else None
