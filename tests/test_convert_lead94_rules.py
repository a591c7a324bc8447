"""Rules from the lead's probes (lead94):

- the printed correspondence of the 1860s runs `My Lord:` on into the note's first sentence
  (table `salutation-run-on`): the salutation of a letter, so a legation's letterhead and
  dateline over it are no cable heading;
- the addressee at a note's foot by his style and name ends on the print's `&c., &c., &c.`
  (table `foot-address`): an address, not a line of the text or a summary;
- `Primer`, `Primera`, `Primeiro` open the Spanish and Portuguese Prime Minister's office
  (table `not-names`): `El Primer Ministro` at a sentence's start names no person.
"""

from __future__ import annotations

import re

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NOTE = ("Mr. Dayton to M. Drouyn de Lhuys.\n\nLegation of the United States,\n"
        "Paris, April 22, 1864.\n\n{salute} I have the honor to inform your excellency that "
        "the vessels now building at Nantes are intended for the insurgents.\n\n"
        "I have the honor to be your excellency's most obedient servant,\n\nWM. L. DAYTON.\n\n"
        "{address}\n")


@pytest.mark.parametrize("salute", ["My Lord:", "MY LORD:", "Sir:"])
def test_a_run_on_salutation_under_a_letterhead_makes_a_letter(
        salute: str, resources: Resources) -> None:
    text = NOTE.format(salute=salute, address="Hon. William H. Seward, &c., &c., &c.")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert f"<salute>{salute}</salute>" in text_xml(text, resources)


@pytest.mark.parametrize("address", [
    "His Excellency M. Drouyn de Lhuys, &c., &c., &c.",
    "His Excellency the Earl of Perth, G.C.M.G., C.B.,",
])
def test_a_styled_foot_address_with_the_prints_etc_is_an_address(
        address: str, resources: Resources) -> None:
    text = NOTE.format(salute="My Lord:", address=address)
    xml = text_xml(text, resources)
    closer = xml[xml.index("<closer"):xml.index("</closer>")]
    assert "<address>" in closer
    assert text_facts(text, resources)["summary"] is None


def test_a_lords_name_in_a_sentence_is_no_salutation(resources: Resources) -> None:
    text = NOTE.format(salute="My Lord Russell said that the law officers had the papers.",
                       address="Hon. William H. Seward, &c., &c., &c.")
    assert "<opener>" not in text_xml(text, resources)


CIPHER = ("TELEGRAMA CIFRADO No. 215\n\nLa Habana, 24 de octubre de 1962.\n\n{sentence}\n\n"
          "Gilberto Bosques\n")


@pytest.mark.parametrize(("sentence", "person"), [
    ("El Primer Ministro Fidel Castro hablará mañana por televisión.", "Fidel Castro"),
    ("El Primer Ministro hablará mañana por televisión.", None),
    ("O Primeiro-Ministro Salazar falou hoje com o embaixador.", "Salazar"),
])
def test_the_first_word_of_a_prime_ministers_office_is_no_name(
        sentence: str, person: str | None, resources: Resources) -> None:
    xml = text_xml(CIPHER.format(sentence=sentence), resources)
    body = xml[xml.index("<body"):]
    names = re.findall(r"<persName[^>]*>([^<]*)</persName>", body)
    assert not any(name.startswith(("El ", "O ", "Primer")) for name in names)
    assert person is None or person in names


TALKS = ("Record of the Third Meeting of the Liaison Officers, 12 May 1972\n\n"
         "{a}: We propose that the next session be held at Panmunjom.\n\n"
         "{b}: We have no objection to the place.\n\n"
         "{a}: Then let the officers meet on the 18th.\n\n"
         "{b}: Agreed.\n")


@pytest.mark.parametrize(("first", "second"), [("North", "South"), ("Sender", "Classification"),
                                               ("Question", "Answer")])
def test_sides_and_field_labels_are_no_one_word_speakers(
        first: str, second: str, resources: Resources) -> None:
    xml = text_xml(TALKS.format(a=first, b=second), resources)
    body = xml[xml.index("<body"):]
    assert re.findall(r"<persName[^>]*>([^<]*)</persName>", body) == []


def test_one_word_speakers_in_a_dialogue_stay_persons(resources: Resources) -> None:
    xml = text_xml(TALKS.format(a="Hamid", b="Karim"), resources)
    body = xml[xml.index("<body"):]
    assert {"Hamid", "Karim"} <= set(re.findall(r"<persName[^>]*>([^<]*)</persName>", body))
