"""(other45) A person's surname declined in the document's language: in a text whose
`xml:lang` has a table of case endings (`corpus/patterns/declension.xml`), the register's
surnames are matched in that language's oblique cases too (`Molotovin`, `Wittingiltä` in a
Finnish text; `Шуленбургом` in a Russian one), whatever language the register gives the
surname. The declension itself is `declension.declined`; the guards are this module's: a
surname of one register person only, of `SHORTEST` letters or more (a short one declined is
too often a word of the language: Czech `Ruska` of `Rusk` is `of Russia`), and a declined
form that is no form the register lists, no other surname and no other surname's declined
form."""

from __future__ import annotations

from pathlib import Path

from tei.convert.declension import declined
from tei.convert.name_index import TOKEN
from tei.convert.romanised import fold

# the fewest letters of a surname declined by the document's language
SHORTEST = 5


def declined_surnames(surnames: dict[str, set[str]], listed: set[str], language: str,
                      table: Path | None = None) -> dict[str, str]:
    """The folded declined forms of the folded `surnames` (a register's persons by
    surname) in `language`, with their person's id; `listed`: the folded one-word forms
    the register lists (never taken)."""
    found: dict[str, str | None] = {}
    for surname, ids in surnames.items():
        if len(ids) != 1 or len(surname) < SHORTEST or not surname.isalpha():
            continue
        ident = next(iter(ids))
        for form in declined(surname[:1].upper() + surname[1:], language, table):
            key = form.casefold()
            if key in listed or key in surnames:
                continue
            found[key] = ident if found.get(key, ident) == ident else None
    return {key: ident for key, ident in found.items() if ident is not None}


def declined_words(text: str, forms: dict[str, str], taken: list[tuple[int, int]]
                   ) -> list[tuple[int, int, str]]:
    """The capitalised words of `text` that are declined surnames (`forms`, of
    `declined_surnames`), outside the spans `taken`: each word's span and person's id."""
    return [(token.start(), token.end(), ident) for token in TOKEN.finditer(text)
            if token.group()[:1].isupper() and (ident := forms.get(fold(token.group())))
            and not any(a < token.end() and token.start() < b for a, b in taken)]
