"""Family rules of the wc26 blind sample (East-bloc, Latin American and Middle Eastern
records of 1960-1989 on the WCDA), each tried on invented variants: an Itamaraty telegram's
division minute under the signature (`NOTE OF DCA: -- ...`) is a processing line, so the
signature and the page's summary after it are still read; a record's title closed by the
city after a comma (`Minutes of Conversation between Todor Zhivkov and Yasser Arafat,
Damascus`) gives the place of origin when the register knows the city; the Bulgarian Cold
War Research Group's citation credits (`Document obtained by Dr. ...;`, `Translated and
edited by Dr. ... and ...`) name their persons without the academic title; a translator's
`[sic, Correct Name]` after a misspelt name tags the corrected name as a person; and the
minutes of a joint meeting or session are its record and name no sender."""

from __future__ import annotations

import re

import pytest

from tei.convert.context import Context
from tests.cases import text_facts, text_xml

ITAMARATY = ("{date}\nTelegram from the Brazilian Embassy in Lima (Souza Dantas), 11 a.m., "
             "Monday\nThis document was made possible with support from Leon Levy Foundation"
             "\nSECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n05.311\n"
             "FROM THE EMBASSY IN LIMA\nON/8/9/IV/63\nSECRET—URGENT\nDAC/DOr/600.(24h)\n"
             "Question of Peru.\n77 – MONDAY – 11hs – The minister told me that the cabinet "
             "will resign this week.\nRAUL SOUZA DANTAS\n{note}\n"
             "Souza Dantas reports that the Peruvian cabinet will resign.\n"
             "Associated People & Organizations\nDocument Information\n")


@pytest.mark.parametrize("date", ["April 8, 1963", "Skip to content\n\nApril 8, 1963\n"])
@pytest.mark.parametrize("note", [
    "NOTE OF DCA: -- This telegram was communicated to the Minister of State.",
    "NOTA DA DAM: Comunicado ao Senhor Ministro de Estado."])
def test_a_divisions_minute_under_the_signature_is_a_processing_line(date: str, note: str,
                                                                      resources) -> None:
    found = text_facts(ITAMARATY.format(date=date, note=note), resources)
    assert found["registry_notes"] == [note]
    assert found["signed"] == "RAUL SOUZA DANTAS"
    assert found["summary"] == "Souza Dantas reports that the Peruvian cabinet will resign."
    assert found["telegram_number"] == "77"


@pytest.mark.parametrize(("line", "minute"), [
    ("NOTE OF DCA: -- This telegram was communicated to the Minister of State.", True),
    ("NOTA DA DAM/DAS: Comunicado ao Senhor Ministro.", True),
    ("Note that the minister spoke: he will resign.", False),
    ("NOTE OF PROTEST: the ministry rejects the charge.", False)])
def test_only_a_divisions_capital_initials_make_a_minute(line: str, minute: bool,
                                                         resources) -> None:
    rows = Context(resources, "t").res.patterns
    assert (rows.match("processing", line) is not None) is minute


@pytest.mark.parametrize(("title", "place"), [
    ("Minutes of Conversation between Todor Zhivkov and Houari Boumediene, Algiers",
     "Algiers"),
    ("Minutes of Todor Zhivkov – Robert Mugabe Conversation, Sofia", "Sofia"),
    ("Minutes of Conversation between Todor Zhivkov and Muammar al-Qaddafi , Tripoli",
     "Tripoli"),
    ("Memorandum of Conversation of Bulgarian President Todor Zhivkov with Chinese Leader "
     "Deng Xiaoping, Beijing, 7 May 1987", "Beijing"),
    ("Minutes of Conversation between Todor Zhivkov and Fidel Castro, Kennedy", None)])
def test_a_records_title_closed_by_a_city_gives_the_place(title: str, place: str | None,
                                                          resources) -> None:
    text = (f"Skip to content\n\nMay 7, 1977\n\n{title}\n\nThe two leaders discussed the "
            "trade between their countries.\n")
    assert text_facts(text, resources)["place_of_origin"] == place


OLD_PAGE = ("Search in\n\nDigital Archive International History Declassified\n\n"
            "  • Citation\n\n    get citation\n\n    The two leaders discuss trade.\n"
            "    \"Minutes of Conversation between Todor Zhivkov and Houari Boumediene,\" "
            "May 11, 1977, History and Public Policy Program Digital Archive, Central State "
            "Archive, Sofia, Fond 1-B, Record 66, File 1402. {credits}\n  • share document\n\n"
            "English HTML\n\nComrade Todor Zhivkov thanked the president for the welcome.\n")


@pytest.mark.parametrize(("credits", "translator", "obtainer"), [
    ("Document obtained by Dr. Nikolai Dimitrov; Translated and edited by Dr. Vesela Petrova "
     "and Boyan Iliev. Obtained by the Bulgarian Cold War Research Group.",
     "Vesela Petrova and Boyan Iliev", "Nikolai Dimitrov"),
    ("Translated by Assistant Professor Vesela Petrova; Edited by Dr. Nikolai Dimitrov and "
     "Boyan Iliev.", "Vesela Petrova", None),
    ("Obtained by Prof. Nikolai Dimitrov and translated by Boyan Iliev.", "Boyan Iliev",
     "Nikolai Dimitrov")])
def test_credits_name_their_persons_without_the_academic_title(
        credits: str, translator: str, obtainer: str | None, resources) -> None:
    text = OLD_PAGE.format(credits=credits)
    assert text_facts(text, resources)["translator"] == translator
    xml = text_xml(text, resources)
    assert not re.search(r"<persName[^>]*>(?:Dr|Prof|Assistant)\b", xml)
    if obtainer:
        assert re.search(rf"<resp>Obtained</resp>\s*<persName[^>]*>{obtainer}</persName>", xml)


@pytest.mark.parametrize("line", [
    "A journalist came, Bhagvan Mozert [sic, Moses Bhagwan], from the journal Thunder.",
    "The delegate Raul Amprosio [sic; Raúl Ambrosio] asked for a meeting."])
def test_a_sic_correction_after_a_misspelt_name_names_the_person(line: str, resources) -> None:
    text = f"Skip to content\n\nMarch 2, 1962\n\nRecord of a Meeting\n\nRecord\n\n{line}\n"
    xml = text_xml(text, resources)
    name = line.split("[sic")[1].split("]")[0].lstrip(",; ")
    assert f">{name}</persName></supplied>" in xml


def test_a_sic_correction_after_a_common_word_names_no_one(resources) -> None:
    text = ("Skip to content\n\nMarch 2, 1962\n\nRecord of a Meeting\n\nRecord\n\n"
            "He came with the recomendation [sic, Letter Of Credit] of the party.\n")
    assert "Letter Of Credit</persName>" not in text_xml(text, resources)


@pytest.mark.parametrize("title", [
    "Minutes of the Joint Meeting of the Bulgarian Central Committee, the State Council, and "
    "the Council of Ministers, on the Situation in the Middle East",
    "Minutes of the Plenary Session of the Central Committee of the Bulgarian Communist Party"])
def test_the_minutes_of_a_meeting_are_its_record_and_name_no_sender(title: str,
                                                                      resources) -> None:
    text = (f"Skip to content\n\nMarch 15, 1972\n\n{title}\n\nComrade Todor Zhivkov has the "
            "floor to present the report on his visit.\n")
    found = text_facts(text, resources)
    assert found["sender"] == [] and found["doc_type"] == "record of conversation"
