"""Rules from the wc46 sample of Wilson Center pages by document form, each tried on
invented texts in more than one layout of its family:

- a Soviet memorandum's two-column heading read across puts its date before the address
  (`6 May 1968 Comrade L.I. BREZHNEV.`): the address line is still the addressee's, under a
  letterhead taken for the document's text or for a registry heading;
- `By order of the Minister` over a signature is the closer's, a role of the signer;
- a page's summary naming the document by its author after `by` (`Yearly report by KGB
  Chief Andropov to ...`) gives the sender when the text names none;
- a dateline's venue in parentheses after its place (`Beijing (The Great Hall of the
  People), 16 May 1965`) leaves it a dateline.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

KGB = (
    "Top Secret\n\n"
    "Committee of State Security\nof the Council of Ministers\nof the USSR\n\n"
    "{address}\nno. 417-A/ov\n\n"
    "On measures taken in connection with the visit of foreign journalists.\n\n"
    "The Committee reports that the visit passed without incident. Measures were taken to "
    "prevent unsanctioned meetings.\n"
)


@pytest.mark.parametrize("address, who", [
    ("6 May 1968 Comrade L.I. BREZHNEV.", "Leonid Brezhnev"),
    ("12 March 1962 To Comrade N. S. KHRUSHCHEV", "Nikita Khrushchev"),
    ("3 July 1979 Cde. Brezhnev, L.I.", "Leonid Brezhnev"),
])
def test_a_dated_address_line_names_the_addressee(address: str, who: str, resources) -> None:
    facts = text_facts(KGB.format(address=address), resources)
    assert who in facts["addressee"]


def test_a_dated_address_keeps_its_date_and_words(resources) -> None:
    xml = text_xml(KGB.format(address="6 May 1968 Comrade L.I. BREZHNEV."), resources)
    assert re.search(r'<date when="1968-05-06">6 May 1968</date> Comrade '
                     r'<persName ref="#per-leonid-brezhnev">L\.I\. BREZHNEV</persName>\.', xml)


def test_a_sentence_opening_with_a_date_is_no_address(resources) -> None:
    text = KGB.format(address="6 May 1968 Comrade Brezhnev received the delegation in the "
                              "Kremlin and spoke with it.")
    assert "Leonid Brezhnev" not in text_facts(text, resources)["addressee"]


ORDER = (
    "{intro}"
    "The delegation left Budapest on 12 April. Its members kept a certain reticence all "
    "the time.\n\n"
    "{formula}\n{name}\n{office}\n"
)


@pytest.mark.parametrize("intro, formula", [
    ("For the information of the Ambassador I should like to relate our experiences.\n\n",
     "By order of the Minister"),
    ("Comrade Ambassador,\n\n", "By order of the Minister:"),
])
def test_by_order_of_the_minister_is_the_closers(intro: str, formula: str, resources) -> None:
    xml = text_xml(ORDER.format(intro=intro, formula=formula, name="Irén Rózsa",
                                office="Deputy Assistant Under-Secretary"), resources)
    assert re.search(r"<signed>By order of the Minister:?<lb/>\s*<persName[^>]*>Irén Rózsa"
                     r"</persName>", xml)
    assert "<p>By order" not in xml


PAGE = (
    "Skip to content\n\nMay 6, 1968\n\n{title}\n\n"
    "Top Secret\n\n"
    "The Committee reports that the visit passed without incident. Measures were taken to "
    "prevent unsanctioned meetings.\n\n[…]\n\n"
    "{summary}\n\nAuthor(s):\n\nDocument Information\n\nSource\n\nTsKhSD, f. 89, op. 5, d. 4.\n"
)


@pytest.mark.parametrize("summary, who", [
    ("Yearly report by KGB Chief Andropov to the CPSU leadership on the work of the KGB.",
     "Yuri Andropov"),
    ("Report by Soviet Ambassador Puzanov on the visit of foreign journalists.",
     "Alexander Puzanov"),
])
def test_the_summarys_report_by_names_the_sender(summary: str, who: str, resources) -> None:
    facts = text_facts(PAGE.format(title="On the Visit of Foreign Journalists",
                                   summary=summary), resources)
    assert who in facts["sender"]


def test_the_summarys_report_by_a_body_names_no_person(resources) -> None:
    facts = text_facts(PAGE.format(title="On the Visit of Foreign Journalists",
                                   summary="Report by the Committee of State Security to the "
                                           "CPSU leadership on the visit."), resources)
    assert not [name for name in facts["sender"] if name.split()[-1] in ("Security", "State")]


RECORD = (
    "ZHOU ENLAI AND HO CHI MINH\n\n"
    "{dateline}\n\n"
    "Zhou Enlai: The new Soviet leadership is carrying out nothing but Khrushchevism. We "
    "should observe it for some more time.\n\n"
    "Ho Chi Minh: We agree with this.\n"
)


@pytest.mark.parametrize("dateline, place", [
    ("Beijing (The Great Hall of the People), 16 May 1965", "Beijing"),
    ("Hanoi (Presidential Palace), 1 March 1965", "Hanoi"),
])
def test_a_datelines_venue_in_parentheses(dateline: str, place: str, resources) -> None:
    facts = text_facts(RECORD.format(dateline=dateline), resources)
    assert facts["place_of_origin"] == place
    assert re.search(r"<dateline><placeName[^>]*>\w+</placeName> \([^)]+\), <date ",
                     text_xml(RECORD.format(dateline=dateline), resources))
