"""Register entries and one rule for the names of the Third World, the Nordic countries and
the Soviet records' transliterations (reg59).

The register widened with leaders, negotiators and ministers earlier rounds had left out:
Nigeria's and Ghana's of 1966-1981 (`Chief Awolowo`, `Enahoro`, `Mbanefo`, `Ironsi`,
`Busia`, `Acheampong`, `Rawlings`), Finland's party leaders and prime ministers of the Note
Crisis years (`Honka`, `Virolainen`, `Paasio`, `Miettunen`) and the Soviet ambassador in
their Finnish transliteration (`Zaharov`), Argentina's juntas (`Lami Dozo`, `Anaya` in
office, `Massera`), the ministers of Syria and Egypt and the Soviet ambassador in Cairo of
1967 as Soviet records spell them (`Makhus`, `Atasi` in office, `Mahmud Riyad`,
`Pozhidaev`); places under their former Soviet and colonial names (`Voroshilovgrad`,
`Ordzhonikidze`, `Leninabad`, `Chkalov`, `Pondicherry`, `Gwelo`, `Philippeville`), the
Sinai front, the South Atlantic of 1982 (`Puerto Argentino`, `South Georgia`, `Ascension
Island`) and Indonesia's sites of 1965 (`Lubang Buaja`). Rule:

- a place's one-word name that is the surname of a register person the document names in
  full (`Mahmud RIYAD`, then `Riyad said`) is that person (`tei/convert/surname_places.py`),
  not after a place's preposition (`flew to Riyad`) and never a country's name (`Hamilton
  Jordan` leaves `Jordan` the kingdom);
- a place's name two register places share (`Salisbury`: Harare's former name, the English
  cathedral city) is the one the document's context points to (`name-context` rows:
  `Lusaka`, `Rhodesia`; `Wiltshire`, `Porton`), else no register place
  (`tei/convert/place_context.py`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _refs(xml: str, tag: str) -> list[str]:
    """The ids the TEI's `tag` elements point to."""
    return re.findall(rf'<{tag} ref="#([^"]+)"', xml)


@pytest.mark.parametrize("text, person", [
    ("TELEGRAM\n\nLAGOS, MAY 27, 1968\n\n1. CHIEF AWOLOWO SAID THAT ENAHORO WOULD LEAD THE "
     "DELEGATION.\n", "per-obafemi-awolowo"),
    ("TELEGRAM\n\nLAGOS, MAY 27, 1968\n\n1. CHIEF AWOLOWO SAID THAT ENAHORO WOULD LEAD THE "
     "DELEGATION.\n", "per-anthony-enahoro"),
    ("Telegram\n\nHelsinki, November 25, 1961\n\nThe Social Democrats say Honka's withdrawal "
     "was bought.\n", "per-olavi-honka"),
    ("Telegram\n\nHelsinki, November 25, 1961\n\nThe Soviet Ambassador, Mr. Zaharov, gave a "
     "reception.\n", "per-aleksei-zakharov-diplomat"),
    ("Memorandum\n\nBuenos Aires, April 10, 1982\n\nLami Dozo asked whether the offer "
     "stood.\n", "per-basilio-lami-dozo"),
    ("Record of conversation\n\nCairo, 26 May 1967\n\nHe said that Comrades Atasi and Makhus "
     "were firm.\n", "per-ibrahim-makhous"),
    ("Telegram\n\nAccra, March 3, 1970\n\nDr. Busia will visit Lagos next month.\n",
     "per-kofi-busia"),
    ("Telegram\n\nCaracas, March 3, 1985\n\nLusinchi will not devalue again.\n",
     "per-jaime-lusinchi"),
])
def test_the_new_persons_resolve(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons, persons


@pytest.mark.parametrize("text, place", [
    ("Report\n\nMoscow, 3 May 1975\n\nThe delegation went on to Voroshilovgrad.\n",
     "pla-luhansk"),
    ("Report\n\nMoscow, 3 May 1975\n\nThe plenum met in Ordzhonikidze.\n", "pla-vladikavkaz"),
    ("Telegram\n\nMoscow, 9 December 1988\n\nThe relief flights land near Leninakan.\n",
     "pla-gyumri"),
    ("Telegram\n\nLuanda, 3 May 1975\n\nThe column reached Sá da Bandeira.\n", "pla-lubango"),
    ("Memorandum\n\nBuenos Aires, April 10, 1982\n\nThe garrison in Puerto Argentino was "
     "reinforced.\n", "pla-port-stanley"),
    ("Telegram\n\nDjakarta, October 14, 1965\n\nThe bodies were found at Lubang Buaja.\n",
     "pla-lubang-buaya"),
    ("Telegram\n\nCairo, May 26, 1967\n\nForces moved to El Arish and Abu Ageila.\n",
     "pla-abu-ageila"),
])
def test_the_new_places_resolve(resources, text: str, place: str) -> None:
    places = _refs(text_xml(text, resources), "placeName")
    assert place in places, places


def test_a_place_that_is_a_named_persons_surname_is_the_person(resources) -> None:
    xml = text_xml("RECORD OF CONVERSATION\nwith UAR Minister of Foreign Affairs\nMahmud RIYAD"
                   "\n\n26 May 1967\n\nI visited Riyad at his request. Riyad said that the "
                   "Gulf was closed.\n", resources)
    assert _refs(xml, "persName").count("per-mahmoud-riad") >= 3, _refs(xml, "persName")
    assert "pla-riyadh" not in _refs(xml, "placeName"), _refs(xml, "placeName")


def test_the_surname_after_a_preposition_stays_the_place(resources) -> None:
    xml = text_xml("Record of conversation\n\nCairo, 26 May 1967\n\nMahmud Riyad said that "
                   "the King had flown to Riyad.\n", resources)
    assert "pla-riyadh" in _refs(xml, "placeName"), _refs(xml, "placeName")


def test_a_country_stays_the_country_after_a_namesakes_full_name(resources) -> None:
    xml = text_xml("Memorandum\n\nWashington, March 3, 1979\n\nHamilton Jordan met the "
                   "President. Jordan's King will come in May.\n", resources)
    assert _refs(xml, "placeName").count("pla-jordan") == 1, _refs(xml, "placeName")


def test_without_the_full_name_the_place_stays(resources) -> None:
    xml = text_xml("Telegram\n\nJidda, May 3, 1967\n\nRiyad is quiet; the King returns on "
                   "Monday.\n", resources)
    assert "pla-riyadh" in _refs(xml, "placeName"), _refs(xml, "placeName")


@pytest.mark.parametrize("text, place", [
    ("TELEGRAM\n\nLUSAKA, SEPTEMBER 23, 1976\n\n1. KAUNDA HAD HEARD FROM SALISBURY THAT SMITH "
     "WOULD SPEAK.\n", "pla-harare"),
    ("Letter\n\nLondon, 3 May 1957\n\nThe trials near Porton will go ahead; the Minister will "
     "stay in Salisbury overnight.\n", "pla-salisbury-england"),
])
def test_salisbury_is_the_place_of_the_documents_context(resources, text: str,
                                                          place: str) -> None:
    places = _refs(text_xml(text, resources), "placeName")
    assert place in places, places


def test_salisbury_without_context_is_no_register_place(resources) -> None:
    xml = text_xml("Letter\n\nLondon, 3 May 1957\n\nHe went to Salisbury for the week-end.\n",
                   resources)
    places = _refs(xml, "placeName")
    assert "pla-harare" not in places and "pla-salisbury-england" not in places, places
