"""Rules and register entries for the persons and places of the Cold War's crises (names60).

Rules:

- an office's years in a register occupation may separate two terms by a semicolon
  (`President of Venezuela (1945-1948; 1959-1964)`, as 60 register persons write them): both
  terms are dated, so that `Betancourt` alone is the president in 1962
  (`tei/convert/lifespan.py`);
- a surname in office opening a sentence is a name when a possessive follows it (`Wilson's
  and Kosygin's talks`), as when `and` joins it to another person's surname
  (`tei/convert/office_surnames.py`);
- a sovereign's or prelate's style standing for the person (`His Imperial Majesty said`,
  `His Royal Highness told me`) is no name (`not-names` rows);
- a parliament told or informed (`Nehru told Parliament`, `told Lok Sabha`) is no person
  (`not-names` rows; seen after the held scoring);
- plain `Congo`, which Congo-Léopoldville and Congo-Brazzaville both carry, is the one the
  document's context points to (`name-context` rows: Leopoldville, Katanga, Tshombe ...;
  Brazzaville, Youlou, Massamba-Débat ...), else neither (`place_context.py`);
- an archive's credit after the text names its scholars and translators (`Obtained by ...
  and translated by ...`), an accented second letter too (`Mónika Borbély`): `name-phrases`
  rows and the phrase's lookahead (`tei/convert/namerules.py`).

Register: the Congo crisis's neighbours and Africa's ministers (Youlou, Massamba-Débat,
Wachuku, Murumbi), the Maghreb's and Mashriq's ministers (Chatti, Dahlab, Pachachi, Hammadi,
Ardalan, Charles Malik, Shazly), Portugal's of 1968-1980 (Caetano, Patrício, Saraiva de
Carvalho, Sá Carneiro), Western Europe's and the Americas' foreign ministers (Petitpierre,
Wahlen, Spühler, Graber, Tončić-Sorinj, López-Bravo, Oreja, Schmelzer, Cárcano, Martínez
Sotomayor, Falcón Briceño, Zavala Ortiz); the surnames of Soares, Neto, Allon, Shahi, de
Guiringaud, Couve de Murville and the Dutch particles (`Van Agt`, `Den Uyl`), and in office
of Harold Wilson, Roa, Ky, Ayub, Nanda, Daoud, Deng, Hua, Zhao, Qiao, Chun, Roh, Dong, Thach,
Trinh, Thuy, Kaysone, Touré, Couve, Begin, Marcos, Riad, Amini, Minić, Nase, Raimond and
Razak; towns of the wars and crises (Nam Dinh,
Thai Nguyen, Kipushi, Port Tewfik, Porto, Setúbal: Olavo Setúbal's surname is now a form in
his office only, Rosario, Tyre, Ústí nad Labem ...).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml


def _refs(xml: str, tag: str) -> list[str]:
    """The ids the TEI's `tag` elements point to."""
    return re.findall(rf'<{tag} ref="#([^"]+)"', xml)


def test_an_office_with_two_terms_split_by_a_semicolon_is_dated(resources) -> None:
    xml = text_xml("Memorandum of Conversation\n\nCaracas, January 25, 1962.\n\nThe "
                   "Secretary saw Betancourt's Foreign Minister.\n", resources)
    assert "per-romulo-betancourt" in _refs(xml, "persName"), _refs(xml, "persName")


def test_a_possessive_surname_in_office_may_open_a_sentence(resources) -> None:
    xml = text_xml("Report\n\nHanoi, 20 February 1967\n\nThe pause ended. Wilson's and "
                   "Kosygin's talks in London were followed closely.\n", resources)
    assert "per-harold-wilson" in _refs(xml, "persName"), _refs(xml, "persName")


def test_a_surname_in_office_opening_a_sentence_alone_stays_untagged(resources) -> None:
    xml = text_xml("Report\n\nHanoi, 20 February 1967\n\nThe pause ended. Wilson was "
                   "absent.\n", resources)
    assert "per-harold-wilson" not in _refs(xml, "persName"), _refs(xml, "persName")


def test_a_sovereigns_style_is_no_person(resources) -> None:
    xml = text_xml("Telegram\n\nAddis Ababa, March 3, 1964.\n\nHis Imperial Majesty said "
                   "that he would go. His Royal Highness told me nothing.\n", resources)
    assert "<persName" not in xml.split("<text", 1)[1], _refs(xml, "persName")


@pytest.mark.parametrize("text, place", [
    ("Telegram\n\nLeopoldville, September 16, 1961.\n\nThe Congo will hold.\n",
     "pla-democratic-republic-of-the-congo"),
    ("Telegram\n\nBrazzaville, September 16, 1966.\n\nThe Congo will hold under President "
     "Massamba-Débat.\n", "pla-congo-brazzaville"),
])
def test_plain_congo_is_the_one_of_the_documents_context(resources, text: str,
                                                         place: str) -> None:
    assert place in _refs(text_xml(text, resources), "placeName")


def test_plain_congo_without_context_is_no_register_place(resources) -> None:
    places = _refs(text_xml("Telegram\n\nParis, May 3, 1966.\n\nThe Congo will hold.\n",
                            resources), "placeName")
    assert not {"pla-democratic-republic-of-the-congo", "pla-congo-brazzaville"} & set(places)


def test_an_archives_credit_names_its_scholar_and_translator(resources) -> None:
    xml = text_xml("Report\n\nHanoi, 2 March 1967\n\nThe talks went on.\n\nMOL, 84. doboz. "
                   "Obtained by Balázs Szalontai and translated by Mónika Borbély.\n",
                   resources)
    names = re.findall(r"<persName[^>]*>([^<]+)</persName>", xml.split("<text", 1)[1])
    assert "Balázs Szalontai" in names and "Mónika Borbély" in names, names


@pytest.mark.parametrize("text, person", [
    ("Telegram\n\nLeopoldville, September 16, 1961.\n\nAbbé Youlou is loud.\n",
     "per-fulbert-youlou"),
    ("Telegram\n\nCairo, September 6, 1956.\n\nUnden and Ardalan were present.\n",
     "per-ali-gholi-ardalan"),
    ("TELEGRAM\n\nLISBON, AUGUST 14, 1975\n\n1. OTELO SARAIVA DE CARVALHO AND SA CARNEIRO "
     "SPOKE.\n", "per-francisco-sa-carneiro"),
    ("TELEGRAM\n\nLISBON, AUGUST 14, 1975\n\n1. HE SAID NETO'S FORCES HOLD LUANDA.\n",
     "per-agostinho-neto"),
    ("Record\n\nMoscow, 10 June 1969\n\nThe Israelis, Dayan and Allon, speak openly.\n",
     "per-yigal-allon"),
    ("Memorandum\n\nPunta del Este, January 25, 1962.\n\nHe said Roa had attacked "
     "Venezuela.\n", "per-raul-roa"),
    ("Memorandum\n\nPunta del Este, January 25, 1962.\n\nDr. Cárcano and Falcón Briceño "
     "agreed.\n", "per-marcos-falcon-briceno"),
    ("Report\n\nHanoi, 20 February 1967\n\nHe said Ky and Thieu quarrel.\n",
     "per-nguyen-cao-ky"),
])
def test_the_new_persons_resolve(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons, persons


@pytest.mark.parametrize("text, place", [
    ("Report\n\nHanoi, 2 March 1967\n\nThe bombing of Thai Nguyen and Nam Dinh went on.\n",
     "pla-nam-dinh"),
    ("Report\n\nHanoi, 2 March 1967\n\nThe bombing of Thai Nguyen and Nam Dinh went on.\n",
     "pla-thai-nguyen"),
    ("TELEGRAM\n\nLISBON, AUGUST 14, 1975\n\n1. HE SPOKE IN PORTO AND SETUBAL.\n",
     "pla-setubal"),
    ("Telegram\n\nCairo, June 10, 1969\n\nSuez and Port Tewfik were shelled.\n",
     "pla-port-tewfik"),
    ("Telegram\n\nLeopoldville, September 16, 1961\n\nTshombe is at Kipushi.\n",
     "pla-kipushi"),
])
def test_the_new_places_resolve(resources, text: str, place: str) -> None:
    places = _refs(text_xml(text, resources), "placeName")
    assert place in places, places


def test_setubal_in_1975_is_no_person(resources) -> None:
    xml = text_xml("TELEGRAM\n\nLISBON, AUGUST 14, 1975\n\n1. HE SPOKE IN PORTO AND "
                   "SETUBAL.\n", resources)
    assert "per-olavo-setubal" not in _refs(xml, "persName")


@pytest.mark.parametrize("text, person", [
    ("Memorandum\n\nWashington, May 5, 1970.\n\nHe said that Thuy and Le Duc Tho met.\n",
     "per-xuan-thuy"),
    ("Memorandum\n\nWashington, May 5, 1966.\n\nHe said that Couve had called.\n",
     "per-maurice-couve-de-murville"),
    ("Memorandum\n\nWashington, May 5, 1978.\n\nHe said that Begin would speak.\n",
     "per-menachem-begin"),
    ("Memorandum\n\nWashington, May 5, 1978.\n\nHe said that Van Agt and Den Uyl met.\n",
     "per-joop-den-uyl"),
    ("Memorandum\n\nWashington, May 5, 1981.\n\nHe said that Zhao and Hua disagreed.\n",
     "per-zhao-ziyang"),
])
def test_surnames_alone_in_office_resolve(resources, text: str, person: str) -> None:
    persons = _refs(text_xml(text, resources), "persName")
    assert person in persons, persons


@pytest.mark.parametrize("text, person", [
    ("Memorandum\n\nWashington, May 5, 1970.\n\nHe said that Begin would speak.\n",
     "per-menachem-begin"),
    ("Memorandum\n\nWashington, May 5, 1975.\n\nHe said that Couve had called.\n",
     "per-maurice-couve-de-murville"),
])
def test_surnames_in_office_stay_untagged_out_of_office(resources, text: str,
                                                        person: str) -> None:
    assert person not in _refs(text_xml(text, resources), "persName")


def test_a_parliament_told_is_no_person(resources) -> None:
    xml = text_xml("Telegram\n\nNew Delhi, November 21, 1962.\n\nNehru told Parliament that "
                   "Walong had fallen. He told Lok Sabha nothing.\n", resources)
    assert _refs(xml, "persName") == ["per-jawaharlal-nehru"], _refs(xml, "persName")
