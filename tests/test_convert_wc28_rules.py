"""Rules from the blind Wilson Center sample wc28 (South Korean, Japanese, Romanian, Brazilian
and Argentine documents of 1975-1987): a Japanese outgoing draft telegram's record number
(`Number: 067639-002`) is a control number and its cable number may carry a handling
instruction (`No. 401 Secret Urgent (Priority Processing) Q55ID`); a distribution line
`This telegram only passed to X.` is a processing line; its addressee line's post (`To:
Ambassador to Syria Kato`) is no seat of origin; `Special Envoy` and `Presidential
Assistant` stand before surnames; a Romanian telegram title's number after its date
(`..., January 21, 1980, 057026, Secret`); a holder named after a title, its country and
`here` (`the Ambassador of Argentina here, Esteban Taracs, told me`); an Argentine
memorandum's `Produced by:` line keeps its dateline in the opener, and `Worship` and
`Directory` name no one. Tried on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

JP_FIELDS = ["Number: 052218-004", "Draft Telegram", "Drafted:  May 6, 1986",
             "Primary: Southeast Asia Division Director",
             "To: Ambassador to Thailand Okada", "From: Foreign Minister",
             "Refugee Camps on the Border",
             "No. 233 Secret Urgent (Priority Processing) Q17MB", "Re: Your Telegram No. 918",
             "Special Envoy Morita will visit the camps on the 12th with Presidential "
             "Assistant Carlucci's staff.", "This telegram only passed to Malaysia.", "(End)"]
JP_TITLE = ("May 6, 1986\n\nCable No. 233, Foreign Minister to the Ambassador to Thailand "
            "Okada, 'Refugee Camps on the Border'\n\n")
JP_LAYOUTS = {
    # the current site: blank lines and lines of one space between the fields
    "current": "Skip to content\n\n" + JP_TITLE + "\n\n \n\n".join(JP_FIELDS) + "\n",
    # a mirror's compact page: one field a line
    "compact": JP_TITLE.replace("\n\n", "\n") + "\n".join(JP_FIELDS) + "\n",
}


@pytest.mark.parametrize("layout", sorted(JP_LAYOUTS))
def test_japanese_draft_record_number_is_no_cable_number(layout: str, resources) -> None:
    facts = text_facts(JP_LAYOUTS[layout], resources)
    assert facts["telegram_number"] == "233"
    assert facts["addressee"] == ["Okada"]
    assert facts["place_of_origin"] is None  # the addressee's post is no seat of origin


@pytest.mark.parametrize("layout", sorted(JP_LAYOUTS))
def test_japanese_distribution_line_is_registry(layout: str, resources) -> None:
    notes = text_facts(JP_LAYOUTS[layout], resources)["registry_notes"]
    assert any(note.startswith("This telegram only passed to Malaysia.") for note in notes)


@pytest.mark.parametrize("layout", sorted(JP_LAYOUTS))
def test_special_envoy_and_presidential_assistant_are_titles(layout: str, resources) -> None:
    xml = text_xml(JP_LAYOUTS[layout], resources)
    assert ">Morita</persName>" in xml
    assert ">Carlucci</persName>" in xml


@pytest.mark.parametrize(("title", "number"), [
    ("Telegram from the Romanian Embassy in Pyongyang to the Ministry of Foreign Affairs, "
     "March 2, 1981, 061044, Secret", "061044"),
    ("Telegram from the Romanian Embassy in Hanoi to the Ministry of Foreign Affairs, "
     "4 March 1979, 084.112", "084.112"),
])
def test_romanian_title_number_after_date(title: str, number: str, resources) -> None:
    text = (f"{title}\nThis document was made possible with support from ROK Ministry of "
            "Unification\nTo Comrade Ion Dinu, Deputy Minister,\nThe Deputy Minister told "
            "me that the talks will resume in May.\n")
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize(("sentence", "name"), [
    ("the Ambassador of Chile here, Manuel Ortega, told me that the talks had failed.",
     "Manuel Ortega"),
    ("the Minister of Commerce there, Tomas Brenner, said the contract was signed.",
     "Tomas Brenner"),
    ("the Ambassador of Peru, Raul Montes, told me the same.", "Raul Montes"),
])
def test_holder_after_title_country_and_here(sentence: str, name: str, resources) -> None:
    text = ("Telegram received\nFrom: Embassy in Ottawa\nDate: 03/14/78\nNo: 204\n\n"
            f"Information: {sentence}\n\n(Signed) PRADO\n")
    assert f">{name}</persName>" in text_xml(text, resources)


MEMO_BODY = ("Ministry of Foreign Affairs and Worship           Urgent\n\n"
             "Memorandum No 311/86\n\n"
             "For the information of: Secretary of State for Foreign Affairs and Worship\n\n"
             "Produced by: General Directory for Nuclear and Disarmament Affairs\n\n"
             "{dateline}\n\nTopic: uranium supplies from Peru\n\n"
             "I) The Directorate-General considers that the offer deserves study.\n")


@pytest.mark.parametrize(("head", "dateline", "place"), [
    ("Skip to content\n\nJune 3, 1986\n\nMemorandum No 311/86 from Ambassador Ortiz to the "
     "Secretary of State Luis Vidal, 'Uranium Supplies from Peru'\n\n",
     "Buenos Aires, June 3rd 1986", "Buenos Aires"),
    ("Search in\n\nDigital Archive International History Declassified\n\nJune 3, 1986\n\n"
     "English HTML\n\n", "Rosario, June 3, 1986", "Rosario"),
])
def test_memorandum_produced_by_keeps_dateline(head: str, dateline: str, place: str,
                                                resources) -> None:
    text = head + MEMO_BODY.format(dateline=dateline)
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place
    xml = text_xml(text, resources)
    assert ">Worship</persName>" not in xml
    assert ">Directory</persName>" not in xml
