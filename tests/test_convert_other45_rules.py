"""other45: Serbo-Croatian and Czech case endings, a person's surname declined in the
document's language, names written surname first (Hungarian, Romanian).

- `corpus/patterns/declension.xml` lists `sh` (Latin), `sr` (Cyrillic) and `cs`: the
  register's forms in those languages match in their cases (`iz Vašingtona`, `u Beogradu`,
  `Moskvi`, `v Praze`, `do Moskvy`, `z Washingtonu`), with the table's guards.
- `declined_surnames`: in a document whose language has a table (`Register.forget`), a
  register person's surname of five letters or more matches in that language's cases
  (`Molotovin`, `Wittingiltä`), never for a surname of two persons, never a listed form.
- `surname_first_spans`: a capitalised word before a given name of the
  `surname-first-given` table (accents aside) is a name (`Nagy Janos`, `Ionescu Teofil`).
"""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.declension import declined
from tei.convert.declined_surnames import declined_surnames
from tei.convert.loading import load_resources
from tei.convert.register import Entry, Register
from tei.convert.surname_first import surname_first_spans
from tei.xmlio import TEI_NS, XML_NS


@pytest.mark.parametrize("form, language, wanted", [
    ("Vašington", "sr-Latn", {"Vašingtona", "Vašingtonu", "Vašingtonom"}),
    ("Beograd", "sr-Latn", {"Beograda", "Beogradu"}),
    ("Moskva", "sr-Latn", {"Moskve", "Moskvi", "Moskvu", "Moskvom"}),
    ("Popović", "sr-Latn", {"Popovića", "Popoviću", "Popovićem"}),
    ("Kairo", "sr-Latn", {"Kaira", "Kairu"}),
    ("Мићуновић", "sr", {"Мићуновића", "Мићуновићу", "Мићуновићем"}),
    ("Praha", "cs", {"Prahy", "Praze", "Prahou"}),
    ("Moskva", "cs", {"Moskvy", "Moskvě", "Moskvou"}),
    ("Washington", "cs", {"Washingtonu", "Washingtona", "Washingtonem"}),
    ("Osuský", "cs", {"Osuského", "Osuskému", "Osuským"}),
    ("Beneš", "cs", {"Beneše", "Benešovi", "Benešem"}),
    ("Londýn", "cs", {"Londýně", "Londýna"}),
])
def test_serbocroatian_and_czech_cases(form: str, language: str, wanted: set[str]) -> None:
    assert wanted <= set(declined(form, language))


@pytest.mark.parametrize("form, language", [
    ("Niš", "sr-Latn"),      # under the table's four letters
    ("UNRRA", "sr-Latn"),    # an acronym
    ("Brno", None),     # a form in no language
    ("Praha", "sk"),    # a language without a table
])
def test_guards_of_the_new_tables(form: str, language: str | None) -> None:
    assert declined(form, language) == []


def _person(ident: str, forms: list[tuple[str, str | None]]) -> Entry:
    element = etree.Element(f"{{{TEI_NS}}}person")
    for position, (form, language) in enumerate(forms):
        name = etree.SubElement(element, f"{{{TEI_NS}}}persName",
                                type="reg" if position == 0 else "variant")
        name.text = form
        if language:
            name.set(f"{{{XML_NS}}}lang", language)
    return Entry(ident, "person", forms[0][0], element)


def _found(register: Register, text: str) -> list[tuple[str, str]]:
    return [(match.form, match.entry.id) for match in register.find(text)]


def _register() -> Register:
    return Register([
        _person("per-molotov", [("Vyacheslav Molotov", None), ("Molotov", None)]),
        _person("per-witting", [("Rolf Witting", None), ("Witting", None)]),
        _person("per-rusk", [("Dean Rusk", None), ("Rusk", None)]),
        _person("per-john-smith", [("John Smith", None)]),
        _person("per-adam-smith", [("Adam Smith", None)]),
        _person("per-kallio", [("Kyösti Kallio", None), ("Kallion", None)]),
    ])


def test_surnames_declined_in_the_documents_language() -> None:
    register = _register()
    register.forget("fi")
    assert _found(register, "Molotovin vastaus saapui.") == [("Molotovin", "per-molotov")]
    assert _found(register, "Kysyin Wittingiltä asiasta.") == [("Wittingiltä", "per-witting")]
    register.forget("cs")
    assert _found(register, "rozhovor s Molotovem") == [("Molotovem", "per-molotov")]


def test_no_surname_declined_in_a_language_without_a_table() -> None:
    register = _register()
    register.forget("en")
    assert _found(register, "Molotovin reply") == []
    register.forget()
    assert _found(register, "Molotovin reply") == []


def test_guards_of_declined_surnames() -> None:
    register = _register()
    register.forget("cs")
    assert _found(register, "z Ruska") == []        # `Rusk`: under five letters
    register.forget("fi")
    assert _found(register, "Smithin kirje") == []  # two persons named Smith
    assert _found(register, "molotovin") == []      # not capitalised
    # a listed form (`Kallion`, Kallio's own) is never another's declined form
    assert declined_surnames({"kallio": {"per-kallio"}}, {"kallion"}, "fi").get(
        "kallion") is None


@pytest.fixture(scope="module")
def patterns():
    return load_resources().patterns


@pytest.mark.parametrize("text, names", [
    ("Ionescu Teofil kulugyi allamtitkar ma kozolte", ["Ionescu Teofil"]),
    ("A beszelgetesen Nagy Janos kovetsegi titkar", ["Nagy Janos"]),
    ("domnul Szabó Gyula, consilierul", ["Szabó Gyula"]),
    ("Popescu Grigore si Marinescu Dumitru", ["Popescu Grigore", "Marinescu Dumitru"]),
    ("Nagy Janos Kovacs jelen volt", []),        # a capitalised word after it
    ("the Embassy Ferenc said", []),             # `Embassy`: an office word
    ("Janos Bela", []),                           # two given names
])
def test_surname_first_names(patterns, text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in surname_first_spans(text, patterns)] == names
