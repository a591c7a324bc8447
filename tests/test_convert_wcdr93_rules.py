"""Rules for Wilson Center Digital Archive records on the current site and its staging mirrors
(wave 93, wcdr93), learnt from real pages of collections earlier waves had least (Soviet
journals from Ethiopia 1977, Indonesia 1955-1959 and India 1962, the Polish October of 1956,
the Iranian crisis of 1946, Bulgaria's talks of 1982):

- a Soviet ambassador's journal record titled `Memorandum of Meeting with X` (the article
  left out) is a record of conversation, as `memorandum of the meeting` was (table
  `doc-types`);
- a participant's own notes titled by his possessive (`Aleksander Zawadzki’s Notes from the
  19-20 October Polish-Soviet Talks`, `Imre Horvath’s Notes of Khrushchev’s Speech`) are a
  record of conversation (table `doc-types`, labels from the possessive's `s`) and his: the
  sender (table `title-shapes`, row `author-of`);
- a record titled by the talks alone with the guest's office and the city after commas
  (`Talks between Todor Zhivkov and John Whitehead, US Under Secretary of State, Sofia`) is
  placed at the city (table `title-shapes`, row `registered-place`);
- register: Khosrow Eghbal (the 1946 journalist, not Manouchehr Eghbal).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MEETING = ("Skip to content\n\nMarch 3, 1978\n\n"
           "Soviet Ambassador to Guinea V. Petrov, Memorandum of Meeting with Sekou Toure\n\n"
           "TOP SECRET, Copy No. 2\nPETROV, V. Issue No. 118\n\n"
           "with the President of Guinea SEKOU TOURE\n3 March 1978\n\n"
           "I was received by Sekou Toure at the presidential palace, where he spoke of the "
           "harbour works at Conakry and asked for more engineers.\n")


def test_memorandum_of_meeting_is_a_record_of_conversation(resources: Resources) -> None:
    assert text_facts(MEETING, resources)["doc_type"] == "record of conversation"


NOTES = ("Skip to content\n\nNovember 4, 1956\n\n"
         "Jerzy Morawski’s Notes from the 4 November Polish Politburo Talks\n\n"
         "This document was made possible with support from Leon Levy Foundation\n\n"
         "Comrade Ochab [says] that the situation in Budapest must be discussed first. "
         "Comrade Gomulka asks for the latest reports from the embassy.\n")


def test_possessive_notes_title_is_a_record_by_its_keeper(resources: Resources) -> None:
    facts = text_facts(NOTES, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["sender"] == ["Jerzy Morawski"]


TALKS = ("Skip to content\n\nMay 6, 1983\n\n"
         "Talks between Todor Zhivkov and Lawrence Eagleburger, US Under Secretary of State, "
         "Sofia\n\nTODOR ZHIVKOV:\nWelcome to Bulgaria; we value this visit and the talks "
         "we are starting today.\n\nLAWRENCE EAGLEBURGER:\nThank you; we hope for progress "
         "on trade and on the open questions between our countries.\n")


def test_talks_title_closed_by_office_and_city_is_placed(resources: Resources) -> None:
    assert text_facts(TALKS, resources)["place_of_origin"] == "Sofia"


def test_register_khosrow_eghbal_not_manouchehr(resources: Resources) -> None:
    text = ("Moscow, 5 July 1946\n\nto his Excellency\nGeneralissimo I. V. Stalin\n\n"
            "I have the honour to ask for an interview for my newspaper.\n\n"
            "Publisher of the newspaper Nabard\n[signature]\n/Khosrow Eghbal/\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-khosrow-eghbal"' in xml and "per-manouchehr-eghbal" not in xml
