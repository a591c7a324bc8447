"""Declined forms of the register's names (misses41): a name form in a language with
case endings (`xml:lang="ru"` `Молотов`, `pl` `Warszawa`, `hu` `Moszkva`) is also
matched in its oblique cases (`Молотову`, `Warszawie`, `Moszkvában`) by the table of
endings of its language (`corpus/patterns/declension.xml`), so the register need not
list every case. `name_index.index_of` adds these forms to the token trie, never one
that another entry lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path

from tei import resources
from tei.xmlio import NSMAP, XML_NS, parse_bytes, read_bytes

TABLE = "declension.xml"
TITLES = "/titles"  # the key of a language's table of titles beside its table of names


@dataclass(frozen=True, slots=True)
class Declension:
    """One language's endings: the fewest letters of a word it declines, whether only
    the last word of a form is declined, whether it declines titles only (misses48: type
    `title`, the titles of `title_forms`, never a register form), and the word classes
    (the nominative ending's regex and the replacements by case)."""

    shortest: int
    last_word: bool
    titles: bool
    classes: tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...]


def table_path(patterns: Path | None = None) -> Path:
    """The table of case endings (language data, like the pattern tables): (misses43) a
    project's own in its `patterns` folder (`corpus/patterns/declension.xml`) when it has
    one, as its `patterns.xml` stands for the tool's; else the bundled one."""
    own = patterns / TABLE if patterns is not None else None
    return own if own is not None and own.is_file() else resources.patterns_dir() / TABLE


@cache
def declensions(path: Path | None = None) -> dict[str, Declension]:
    """The languages' tables of the file at `path` (default: `table_path()`), by code (a
    table of titles by its code and `TITLES`)."""
    path = path or table_path()
    root = parse_bytes(read_bytes(path), str(path)).getroot()
    found = {}
    for table in root.iterfind(".//tei:list", NSMAP):
        classes = []
        for item in table.iterfind("tei:item", NSMAP):
            cases: dict[str, tuple[str, ...]] = {}
            for label in item.iterfind("tei:label", NSMAP):
                cases[label.get("n", "")] = (*cases.get(label.get("n", ""), ()), label.text or "")
            classes.append((re.compile(item.findtext("tei:code", "", NSMAP)), cases))
        titles = table.get("type") == "title"  # (lead34) a language's titles apart from its names
        found[table.get(f"{{{XML_NS}}}lang", "") + (TITLES if titles else "")] = Declension(
            int(table.get("n", "4")), table.get("type") in ("last-word", "title"),
            titles, tuple(classes))
    return found


def declined_languages(path: Path | None = None) -> frozenset[str]:
    """The languages whose names are declined (those with a table of names in the file at
    `path`)."""
    return frozenset(code for code, table in declensions(path).items() if not table.titles)


def _word_cases(word: str, declension: Declension) -> dict[str, tuple[str, ...]] | None:
    """The forms of `word` by case (the first class its ending matches), or None for a
    word left as it is: not capitalised, in capitals (an acronym), or too short."""
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or \
            len(word) < declension.shortest:
        return None
    for ending, cases in declension.classes:
        found = ending.search(word)
        if found is None:
            continue
        stem = word[:found.start()]
        return {case: tuple(stem + _expanded(found, label) for label in labels)
                for case, labels in cases.items()}
    return None


# a label's group reference (`\1`); a label with any other escape is left to `re`
_GROUP = re.compile(r"\\([1-9])(?!\d)")


@cache
def _template(label: str) -> str | None:
    """`label` as a `str.format` template of the match's groups (`\\1`: `{0}`), or None
    when it has another escape (the labels are the tables': parsed once, not at each
    `Match.expand`)."""
    parts = _GROUP.split(label.replace("{", "{{").replace("}", "}}"))
    if any("\\" in part for part in parts[::2]):
        return None
    return "".join(f"{{{int(part) - 1}}}" if i % 2 else part for i, part in enumerate(parts))


def _expanded(found: re.Match[str], label: str) -> str:
    """`found.expand(label)` (a group that did not take part: empty)."""
    template = _template(label)
    return found.expand(label) if template is None else template.format(*found.groups(""))


def declined(form: str, language: str | None, path: Path | None = None) -> list[str]:
    """The oblique-case forms of name `form` in `language` (none for a language without a
    table in the file at `path`): each declinable word in the same case, the others as
    they are."""
    declension = declensions(path).get(language or "")
    if declension is None or declension.titles:
        return []
    return _declined(form, declension)


def declined_title(title: str, language: str, path: Path | None = None) -> list[str]:
    """(misses48) The oblique-case forms of a capitalised `title` in `language` by its table
    of titles (`des Präsidenten`, `des Botschafters`: the last word declined), none when
    the language has no such table."""
    declension = declensions(path).get(language + TITLES)
    if declension is None or not declension.titles:
        return []
    return _declined(title, declension)


def _declined(form: str, declension: Declension) -> list[str]:
    """The oblique-case forms of `form` by `declension`."""
    words = form.split(" ")
    if len(words) == 1:  # (speed59) a surname: its own forms, case by case
        found = []
        for forms in (_word_cases(form, declension) or {}).values():
            found += [new for new in forms if new != form and new not in found]
        return found
    positions = [len(words) - 1] if declension.last_word else range(len(words))
    by_word = {at: cases for at in positions
               if (cases := _word_cases(words[at], declension)) is not None}
    if not by_word:
        return []
    found: list[str] = []
    for case in dict.fromkeys(case for cases in by_word.values() for case in cases):
        choices = [by_word[at].get(case, (word,)) if at in by_word else (word,)
                   for at, word in enumerate(words)]
        found += [new for new in map(" ".join, product(*choices))
                  if new != form and new not in found]
    return found
