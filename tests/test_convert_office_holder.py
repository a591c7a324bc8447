"""Family rule (FRUS headings `The <office> (<Surname>)`): a register place's name in the
holder's brackets is the surname of the one register person whose recorded occupation
holds the office (`The Japanese Minister of Foreign Affairs (Togo)`: Shigenori Togo, not
the state), and then no place of origin; after another office it stays the place."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, xp

_BODY = ("\n\n1103. Please convey to the Foreign Minister our thanks for his message.\n")


def _root(title: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(f"894.00/11–2741: Telegram\n\n{title}{_BODY}", "t",
                                         resources).xml)


def _sent_places(root: etree._Element) -> list[str]:
    return xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref")


def test_the_holder_of_the_office_in_brackets_is_the_person(resources) -> None:
    root = _root("The Japanese Minister of Foreign Affairs (Togo) to the Japanese Ambassador "
                 "in Germany (Oshima)", resources)
    assert action_persons(root, "sent") == ["Shigenori Togo"]
    assert "#pla-togo" not in _sent_places(root)


def test_after_an_office_no_person_of_that_name_held_it_stays_a_place(resources) -> None:
    root = _root("The Chargé in Ghana (Togo) to the Secretary of State", resources)
    assert action_persons(root, "sent") == []
