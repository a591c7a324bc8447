"""(lead96) A person's surname the register declares (`subtype="surname"`), and the word
after it that ends a longer form: an Iberian mother's surname after the father's (`Eusebio
Azcue López`), which is no surname of the person's alone in the surname and spelling
indexes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tei.convert.romanised import fold
from tei.xmlio import TEI_NS

if TYPE_CHECKING:
    from tei.convert.register import Entry


def declared_surnames(entry: Entry) -> frozenset[str]:
    """A person's one-word `surname` forms, folded."""
    if entry.kind != "person":
        return frozenset()
    forms = ("".join(el.itertext()).split() for el in entry.element.iter(f"{{{TEI_NS}}}persName")
             if el.get("subtype") == "surname")
    return frozenset(fold(form[0]) for form in forms if len(form) == 1)


def second_surname(form: str, words: list[str], declared: frozenset[str]) -> bool:
    """(lead96) Whether a person's form ends in a word after their one-word surname
    (`declared`): an Iberian mother's surname after the father's (`Eusebio Azcue López`),
    no surname of theirs alone; not a double surname's hyphen (`Mirbach-Harff`)."""
    return bool(declared) and fold(words[-1]) not in declared and "-" not in form.split()[-1] \
        and any(fold(word) in declared for word in words[1:-1])
