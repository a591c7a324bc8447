"""A register person's titled form in the archives' languages (misses47): the register lists
a form with a title in English (subtype `with-title`: `President Kennedy`, `King Hussein`),
a text in German, French, Russian ... writes the title in its own words (`Präsident
Kennedy`, `le roi Hussein`, `посол Добрынин`). The table of title equivalents
(`corpus/patterns/titles.xml`) gives each English title's forms by language;
`name_index.index_of` adds the titled forms so made, never one another entry lists (as it
adds the declined forms of `declension`), so that a titled surname several persons share
(`Kennedy`) is read as the titled one's and not as a local person."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from lxml import etree

from tei import resources
from tei.convert.declension import declined_title
from tei.xmlio import NSMAP, TEI_NS, XML_NS, parse_bytes, read_bytes

TABLE = "titles.xml"
WITH_TITLE = "with-title"
# An English title's equivalents: (title as written, language), in the table's order.
Equivalents = dict[str, tuple[tuple[str, str], ...]]


def table_path(patterns: Path | None = None) -> Path:
    """The table of title equivalents: a project's own in its `patterns` folder when it has
    one (as `declension.table_path`), else the bundled one."""
    own = patterns / TABLE if patterns is not None else None
    return own if own is not None and own.is_file() else resources.patterns_dir() / TABLE


@cache
def equivalents(path: Path | None = None) -> Equivalents:
    """The titles of the table at `path` (default: `table_path()`), by English title: each
    equivalent once by its folded spelling, the small-letter one kept (it also matches
    capitalised), with the languages writing it (space-separated)."""
    path = path or table_path()
    root = parse_bytes(read_bytes(path), str(path)).getroot()
    found: Equivalents = {}
    for item in root.iterfind(".//tei:item", NSMAP):
        spelt: dict[str, tuple[str, str]] = {}
        for label in item.iterfind("tei:label", NSMAP):
            title = " ".join((label.text or "").split())
            language = label.get(f"{{{XML_NS}}}lang", "")
            key = title.casefold()
            was, languages = spelt.get(key, (title, ""))
            spelt[key] = (min(was, title, key=lambda t: t[:1].isupper()),
                          f"{languages} {language}".strip())
        found[item.get("n", "")] = tuple(spelt.values())
    return found


def _script(word: str) -> str:
    """The script of a word's first letter (`LATIN`, `CYRILLIC`, `CJK` ...)."""
    letter = next((ch for ch in word if ch.isalpha()), "")
    return unicodedata.name(letter, "").partition(" ")[0]


def titled_forms(names: Iterable[tuple[str, str, str]], path: Path | None = None,
                 declension: Path | None = None) -> list[str]:
    """The titled forms in other languages of one person whose name forms are `names`
    (form, subtype, `xml:lang`): each `with-title` form's English title replaced by each
    equivalent, before the form's rest when it is written in the title's script, else before
    the person's one-word forms in the title's language (`посол` + `Добрынин`); (misses48)
    also each equivalent declined by its language's table of titles in the table of case
    endings at `declension` (`des Präsidenten Kennedy`, `dem Botschafter Dobrynin`)."""
    names = list(names)
    table = equivalents(path)
    found: list[str] = []
    for form, subtype, _ in names:
        if subtype != WITH_TITLE:
            continue
        for english, titles in table.items():
            rest = form[len(english) + 1:] if form.startswith(f"{english} ") else ""
            if not rest:
                continue
            for title, languages in _declined(titles, declension):
                script = _script(title)
                rests = [rest] if _script(rest) == script else []
                rests += [name for name, _, language in names if " " not in name
                          and language.partition("-")[0] in languages.split()
                          and _script(name) == script]
                found += [new for new in (f"{title} {r}" for r in rests) if new not in found]
    return found


def _declined(titles: tuple[tuple[str, str], ...], declension: Path | None
              ) -> list[tuple[str, str]]:
    """The equivalents `titles` (title, languages) with their declined forms after them."""
    found = list(titles)
    for title, languages in titles:
        found += [(form, language) for language in languages.split()
                  for form in declined_title(title, language, declension)
                  if all(form != was for was, _ in found)]
    return found


def declined_titles(titles: frozenset[str], path: Path | None = None,
                    declension: Path | None = None) -> frozenset[str]:
    """(misses48) The folded `titles` with the folded oblique-case forms of those that are
    equivalents in the table at `path` in a language with a table of titles at
    `declension` (`bundeskanzlers`, `präsidenten`): a title declined is still a title."""
    return titles | {form.casefold() for labels in equivalents(path).values()
                     for title, languages in labels if title.casefold() in titles
                     for language in languages.split()
                     for form in declined_title(title, language, declension)}


def person_names(element: etree._Element) -> list[tuple[str, str, str]]:
    """The name forms of a register person's element: (form, subtype, `xml:lang`)."""
    return [(" ".join("".join(el.itertext()).split()), el.get("subtype", ""),
             el.get(f"{{{XML_NS}}}lang", "")) for el in element.iter(f"{{{TEI_NS}}}persName")]
