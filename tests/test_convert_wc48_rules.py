"""Rules from the wc48 sample of Wilson Center pages by page layout, each tried on invented
texts in more than one layout of its family:

- a paragraph opening with the days it tells of (`From May 24 to 26 inclusive ...`, `From
  12 to 14 October ...`) is text, never a heading's `From X to Y` line nor a `From X`
  sender;
- sentences under the signature of a message a report quotes (`In closing, Comrade
  Mengistu asked ...`) are the report's text, never registry lines under a signature;
- an original-language transcript in Russian or Ukrainian: its date (`19 лютого 1993 р.`)
  over an inside address in the dative (`Першому заступнику` / ... / `В.В. Дурдинцю`), its
  salutation (`Шановний Василю Васильовичу,`) and close (`С уважением,`) make a letter.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

NARRATIVE = (
    "May 29, 1944\n\nTop Secret\n\n"
    "{first}\n\n"
    "In the city he examined the port, the repair plant and a school.\n\n"
    "Dalstroi NKVD Nikishov.\n"
)


@pytest.mark.parametrize("first", [
    "From May 24 to 26 inclusive of this year, Vice-President WALLACE, together with three "
    "companions, visited the city of Magadan.",
    "From 12 to 14 October the delegation of the Red Cross visited Ulaanbaatar and two "
    "cooperatives.",
    "From October 15 until the 17th the delegation held talks with the leadership of the "
    "society.",
])
def test_a_paragraph_opening_with_days_is_text(first: str, resources) -> None:
    xml = text_xml(NARRATIVE.format(first=first), resources)
    assert 'subtype="transmission"' not in xml and 'subtype="sender"' not in xml
    opening = re.escape(first.split()[1])
    assert re.search(rf"<p>From (?:<date[^>]*>)?{opening}", xml)


@pytest.mark.parametrize("line", [
    "From Warsaw. Sent 24.10.56, 19.20. To the CC CPSU",
    "FROM PEKING TO FOREIGN OFFICE",
    "From the Foreign Ministry [Waijiaobu], Beijing",
])
def test_a_from_line_naming_a_place_stays_a_heading_line(line: str, resources) -> None:
    xml = text_xml(f"Top Secret\n\n{line}\n\nThe talks were postponed until further notice by "
                   "both sides.\n\nPANYUSHKIN\n", resources)
    assert re.search(r'<ab type="registry" subtype="(?:transmission|sender)">From|FROM', xml)


QUOTING = (
    "{head}"
    "Dear Comrade Honecker!\n{blank}"
    "The situation is very serious. The time we have on our hands is very limited.\n{blank}"
    "Mengistu Haile Mariam\n{blank}"
    "In closing, Comrade Mengistu asked to inform him immediately after a response has been "
    "received.\n{blank}"
    "Comrade Mengistu did receive me in uniform. He looked extremely serious and concerned.\n"
    "{blank}Asking for instruction.\n{tail}"
)


@pytest.mark.parametrize("head, blank, tail", [
    ("Skip to content\n\nMarch 29, 1988\n\nTelegram from Wolfgang Bayerlacher to Erich "
     "Honecker\n\n[GDR Embassy in Ethiopia]\n\nAddis Abeba Instant Message\n\n", "\n", ""),
    ("March 29, 1988\nTelegram from Wolfgang Bayerlacher to Erich Honecker\nComrade Erich "
     "Honecker\nMengistu read out the following message:\n", "", "The ambassador reports.\n"),
])
def test_sentences_under_a_quoted_signature_stay_text(head: str, blank: str, tail: str,
                                                      resources) -> None:
    xml = text_xml(QUOTING.format(head=head, blank=blank, tail=tail), resources)
    assert 'subtype="processing"' not in xml
    assert re.search(r"<p>In closing, Comrade <persName[^>]*>Mengistu</persName> asked", xml)
    assert "<p>Asking for instruction.</p>" in xml


def test_a_short_registry_line_under_a_signature_stays_registry(resources) -> None:
    xml = text_xml("Top Secret\n\nThe talks were postponed until further notice by both "
                   "sides.\n\nGROMYKO\n\nDeciphered by Ivanov 12.10 at 14:00\n", resources)
    assert 'subtype="processing"' in xml


UKRAINIAN = (
    "[Галузевий Архів Міністерства закордонних справ України, Фонд 1, Справа 7057]\n"
    "19 лютого 1993 р.\nПершому заступнику\nГолови Верховної Ради України\nВ.В. Дурдинцю\n"
    "Шановний Василю Васильовичу,\n"
    "На Ваш запит надсилаю додаткову інформацію щодо можливих наслідків різних підходів до "
    "цього питання.\n"
)
RUSSIAN = (
    "March 12, 1962\n\nLetter from Ambassador Kudryavtsev to Andrei Gromyko\n\n"
    "12 марта 1962 г.\n\nМинистру иностранных дел СССР\n\nтоварищу Громыко А.А.\n\n"
    "Уважаемый Андрей Андреевич!\n\nНаправляю Вам запись беседы.\n\nС уважением,\n\n"
    "С. Кудрявцев\n"
)


@pytest.mark.parametrize("text, when", [(UKRAINIAN, "1993-02-19"), (RUSSIAN, "1962-03-12")])
def test_a_cyrillic_letter_has_its_opener(text: str, when: str, resources) -> None:
    xml = text_xml(text, resources)
    assert '<div type="letter">' in xml
    assert re.search(rf'<dateline><date when="{when}">', xml)
    assert re.search(r"<address>\s*<addrLine>(?:Першому|Министру)", xml)
    assert re.search(r"<salute>(?:Шановний|Уважаемый)", xml)


def test_a_russian_close_is_the_closer(resources) -> None:
    xml = text_xml(RUSSIAN, resources)
    assert re.search(r"<closer>\s*<salute>С уважением,</salute>\s*<signed>С. Кудрявцев", xml)


def test_a_cyrillic_sentence_is_no_salutation(resources) -> None:
    facts = text_facts("12 марта 1962 г.\n\nДорогие товарищи обсуждали вопрос о поставках "
                       "сахара весь день.\n\nПрошу Ваших указаний.\n", resources)
    assert facts["doc_type"] != "letter"
