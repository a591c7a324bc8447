"""Declined forms of the register's names (misses41, `tei.convert.declension`).

- A name form in a language with a table of case endings (`corpus/patterns/declension.xml`)
  also matches in its oblique cases: Russian every word in the same case (`Молотову`,
  `Советским Союзом`; in Latin transliteration, `ru-Latn`: `Molotovym`), Polish
  (`Warszawie`, `Paryżu`, `Polski`), Hungarian the last word with its suffix by vowel
  harmony (`Moszkvában`, `Londonnal`, `Berlinben`).
- Guards: only a form that carries the table's `xml:lang`; never an acronym, a word in
  small letters or one shorter than the table's `n`; never a form another entry lists or
  another entry declines to.
"""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.declension import declined
from tei.convert.register import Entry, Register
from tei.xmlio import TEI_NS, XML_NS


@pytest.mark.parametrize("form, language, expected", [
    ("Молотов", "ru", ["Молотова", "Молотову", "Молотовым", "Молотове"]),
    ("Шуленбург", "ru", ["Шуленбурга", "Шуленбургу", "Шуленбургом", "Шуленбурге"]),
    ("Вышинский", "ru", ["Вышинского", "Вышинскому", "Вышинским", "Вышинском"]),
    ("Советский Союз", "ru", ["Советского Союза", "Советскому Союзу", "Советским Союзом",
                              "Советском Союзе"]),
    ("Москва", "ru", ["Москвы", "Москве", "Москву", "Москвой"]),
    ("Warszawa", "pl", ["Warszawy", "Warszawie", "Warszawę", "Warszawą"]),
    ("Ameryka", "pl", ["Ameryki", "Ameryce", "Amerykę", "Ameryką"]),
    ("Paryż", "pl", ["Paryża", "Paryżu", "Paryżowi", "Paryżem"]),
    ("Londyn", "pl", ["Londyna", "Londynu", "Londynowi", "Londynem", "Londynie"]),
    ("Molotov", "ru-Latn", ["Molotova", "Molotovu", "Molotovym", "Molotove"]),
    ("Rossiya", "ru-Latn", ["Rossii", "Rossiyu", "Rossiej"]),
    ("Moskva", "ru-Latn", ["Moskvy", "Moskve", "Moskvu", "Moskvoj"]),
])
def test_every_word_declined_in_the_same_case(form: str, language: str,
                                              expected: list[str]) -> None:
    assert declined(form, language) == expected


@pytest.mark.parametrize("form, wanted, unwanted", [
    ("Moszkva", {"Moszkvában", "Moszkvából", "Moszkvával", "Moszkván"}, {"Moszkvaben"}),
    ("London", {"Londonban", "Londonnal", "Londonhoz", "Londonon"}, {"Londonben"}),
    ("Berlin", {"Berlinben", "Berlinből", "Berlinnel", "Berlinhez"}, {"Berlinban"}),
    ("Párizs", {"Párizsban", "Párizsból"}, {"Párizsben"}),
    ("Magyarország", {"Magyarországon", "Magyarországgal"}, {"Magyarországben"}),
])
def test_hungarian_suffix_by_vowel_harmony(form: str, wanted: set[str],
                                           unwanted: set[str]) -> None:
    found = set(declined(form, "hu"))
    assert wanted <= found
    assert not unwanted & found
    assert declined(f"Nagy {form}", "hu")[0].startswith("Nagy ")  # the last word only


@pytest.mark.parametrize("form, language", [
    ("СССР", "ru"),          # an acronym
    ("Громыко", "ru"),       # indeclinable: no class
    ("Ким", "ru"),           # too short
    ("Moskwa", None),        # no language
    ("Moskwa", "en"),        # a language without a table
    ("В. М.", "ru"),          # initials
])
def test_words_left_as_they_are(form: str, language: str | None) -> None:
    assert declined(form, language) == []


def test_multiword_name_keeps_initials_and_small_words() -> None:
    assert "В. М. Молотову" in declined("В. М. Молотов", "ru")
    assert declined("Министерство иностранных дел", "ru") == []


def _entry(ident: str, kind: str, forms: list[tuple[str, str | None]]) -> Entry:
    tag = {"person": "persName", "place": "placeName"}[kind]
    element = etree.Element(f"{{{TEI_NS}}}{kind}")
    for position, (form, language) in enumerate(forms):
        name = etree.SubElement(element, f"{{{TEI_NS}}}{tag}",
                                type="reg" if position == 0 else "variant")
        name.text = form
        if language:
            name.set(f"{{{XML_NS}}}lang", language)
    return Entry(ident, kind, forms[0][0], element)


def _found(register: Register, text: str) -> list[tuple[str, str]]:
    return [(match.form, match.entry.id) for match in register.find(text)]


def test_declined_forms_match_without_being_listed() -> None:
    register = Register([
        _entry("per-molotov", "person", [("Vyacheslav Molotov", None), ("Молотов", "ru")]),
        _entry("pla-moscow", "place", [("Moscow", None), ("Moskwa", "pl"), ("Moszkva", "hu")]),
    ])
    assert _found(register, "Передано Молотову.") == [("Молотову", "per-molotov")]
    assert _found(register, "ТЕЛЕГРАММА МОЛОТОВУ") == [("МОЛОТОВУ", "per-molotov")]
    assert _found(register, "Rozmowa w Moskwie.") == [("Moskwie", "pla-moscow")]
    assert _found(register, "A követ Moszkvából jött.") == [("Moszkvából", "pla-moscow")]


def test_no_declension_without_the_forms_language() -> None:
    register = Register([_entry("pla-moscow", "place", [("Moscow", None), ("Moskwa", None)])])
    assert _found(register, "Rozmowa w Moskwie.") == []


def test_never_across_another_entry() -> None:
    # `Polski` is listed by another entry: the declined form of `Polska` is not added
    register = Register([
        _entry("pla-poland", "place", [("Poland", None), ("Polska", "pl")]),
        _entry("per-polski", "person", [("Jan Polski", None), ("Polski", None)]),
    ])
    assert _found(register, "sprawy Polski") == [("Polski", "per-polski")]
    assert _found(register, "w Polsce") == [("Polsce", "pla-poland")]
    # two entries declining to the same form: neither takes it
    register = Register([
        _entry("pla-a", "place", [("Alpha", None), ("Kowna", "pl")]),
        _entry("pla-b", "place", [("Beta", None), ("Kowno", "pl"), ("Kownie", None)]),
    ])
    assert _found(register, "w Kownie") == [("Kownie", "pla-b")]
