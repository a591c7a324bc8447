"""Persons and places the blind samples missed (names27), by cause: the register's Russian
(Cyrillic) forms of the great capitals and states and of Soviet leaders, inflected as a
Russian edition prints them (`ИЗРАИЛЯ`, `в Москву`, `Маленкова`); capitals cables' words
after a title that are no names (`THE SENATOR ABOUT HIS TRIP`,
`Lord Privy Seal`, `MINISTRE AFFAIRES ÉTRANGÈRES`); a surname in office hyphened to another
register person's surname (`Carter-Gromyko Private Meeting`); `Amin` told by the document's
context (Kabul or Kampala), and `Johnson` in 1963-1969 when a namesake held office too;
Chiang alone as Chiang Kai-shek's surname in office; and the register's new entries (the
senators of 1975, envoys and aides, the Caribbean islands and the US states)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import xp


def _marks(text: str, resources, kind: str = "persName") -> list[tuple[str, str]]:
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    return [("".join(el.itertext()), el.get("ref") or "")
            for el in xp(root, f"//tei:titleStmt//tei:{kind} | //tei:text//tei:{kind}")]


def _refs(text: str, resources, kind: str = "persName") -> set[str]:
    return {ref for _, ref in _marks(text, resources, kind)}


@pytest.mark.parametrize(("text", "expected"), [
    # coldwar.ru's Russian edition: the heading in capitals, the parties inflected
    ("ТЕЛЕГРАММА ПОСЛАННИКА ИЗРАИЛЯ В ВЕНГРИИ Г.ЛЕВИНА В МИД ИЗРАИЛЯ\n\n12 марта 1954 г.\n\n"
     "1. Посол СССР принял нас.\n\nЛевин\n",
     {"#pla-israel", "#pla-hungary", "#pla-soviet-union"}),
    # a Soviet record's prose: accusative, genitive and prepositional cases
    ("ЗАПИСЬ БЕСЕДЫ\n\n3 июня 1955 г.\n\nОн прибыл в Палестину из Соединенных Штатов и "
     "работал в Иерусалиме, затем выехал в Москву и в Софию.\n",
     {"#pla-palestine", "#pla-united-states", "#pla-jerusalem", "#pla-moscow", "#pla-sofia"}),
])
def test_russian_case_forms_of_places_are_the_registers(text: str, expected: set[str],
                                                       resources) -> None:
    assert expected <= _refs(text, resources, "placeName")


@pytest.mark.parametrize(("text", "ident"), [
    ("ТЕЛЕГРАММА МИНИСТРА ИНОСТРАННЫХ ДЕЛ ИЗРАИЛЯ М.ШЕРТОКА В МИД\n\n20 июня 1948 г.\n\n"
     "Пожалуйста, сообщите.\n\nШерток\n", "#per-moshe-sharett"),
    ("ЗАПИСЬ БЕСЕДЫ\n\n28 мая 1953 г.\n\nПосол передал письмо Маленкова и просил ответа.\n",
     "#per-georgy-malenkov"),
])
def test_russian_case_forms_of_soviet_and_israeli_leaders(text: str, ident: str,
                                                          resources) -> None:
    assert ident in _refs(text, resources)


@pytest.mark.parametrize(("text", "word"), [
    # PlusD / National Security Archive cables in capitals
    ("O 010027Z AUG 75\nFM SECSTATE WASHDC\nTO USDEL SECRETARY IMMEDIATE\n\n"
     "1. I TALKED WITH THE SENATOR ABOUT HIS AUGUST 4 TRIP TO CUBA.\n", "ABOUT"),
    ("R 161904Z JAN 76\nFM AMEMBASSY SAN JOSE\nTO SECSTATE WASHDC\n\n"
     "1. TODAY I SPOKE TO THE MINISTER ABOUT THE LOAN.\n", "ABOUT"),
    # Hansard's written answer and a French heading
    ("WRITTEN ANSWERS\n\nMr. Driberg asked the Lord Privy Seal what information he has.\n",
     "Privy Seal"),
    ("TÉLÉGRAMME OFFICIEL\n\nMINISTRE AFFAIRES ÉTRANGÈRES SAIGON\n\nSaigon, le 3 mai 1963\n\n"
     "Texte.\n", "AFFAIRES"),
])
def test_words_after_a_title_in_capitals_cables_are_no_names(text: str, word: str,
                                                             resources) -> None:
    names = [name for name, _ in _marks(text, resources)]
    assert not any(word in name for name in names)


@pytest.mark.parametrize("text", [
    "MEMORANDUM OF CONVERSATION\n\nWashington, September 23, 1977\n\n"
    "SUBJECT: Carter-Gromyko Private Meeting\n\nThe talks went on.\n",
    "MEMORANDUM\n\nWashington, October 3, 1978\n\nWe reviewed the record of the "
    "Gromyko-Carter talks of last week.\n",
])
def test_a_surname_in_office_hyphened_to_another_persons_surname(text: str,
                                                                 resources) -> None:
    assert {"#per-jimmy-carter", "#per-andrei-gromyko"} <= _refs(text, resources)


def test_a_surname_in_office_hyphened_to_no_person_is_left(resources) -> None:
    text = "MEMORANDUM\n\nWashington, October 3, 1978\n\nWe reviewed the Carter-Smith plan.\n"
    assert "#per-jimmy-carter" not in _refs(text, resources)


@pytest.mark.parametrize(("text", "ident"), [
    ("MEMORANDUM\n\nMoscow, December 3, 1979\n\nThe repressions carried out by Amin "
     "in Kabul continue. Amin's differences with Moscow are talked of.\n",
     "#per-hafizullah-amin"),
    ("TELEGRAM 412\n\nKampala, March 3, 1977\n\nPresident Amin received me today. "
     "Amin said Uganda would not yield.\n", "#per-idi-amin"),
])
def test_amin_alone_is_told_by_the_documents_context(text: str, ident: str,
                                                     resources) -> None:
    assert _refs(text, resources) == {ident}


def test_chiang_alone_is_chiang_kai_shek_while_his_son_held_no_office(resources) -> None:
    text = ("MEMORANDUM\n\nWashington, April 11, 1955\n\nThe Secretary pointed out that "
            "Chiang might not take to the suggestion.\n")
    assert _refs(text, resources) == {"#per-chiang-kai-shek"}


def test_chiang_alone_is_nobodys_while_father_and_son_were_both_in_office(resources) -> None:
    text = ("MEMORANDUM\n\nWashington, April 11, 1973\n\nThe Secretary pointed out that "
            "Chiang might not take to the suggestion.\n")
    assert "#per-chiang-kai-shek" not in _refs(text, resources)


@pytest.mark.parametrize(("text", "expected"), [
    # a National Security Archive OCR cable in capitals, its punctuation lost
    ("O 010027Z AUG 75\nFM SECSTATE WASHDC\nTO USDEL SECRETARY IMMEDIATE\n\n1 I TALKED WITH "
     "EAGLETON BEALL BURDICK INOUYE ABOUREZK TALMADGE AND HUDDLESTON BUNKER WAS HELPFUL WITH "
     "PASTORE ALSO PRESENT WERE BREZHNEV'S AIDE A M ALEKSANDROV AND HIS INTERPRETER SUKHADREV\n",
     {"#per-thomas-eagleton", "#per-j-glenn-beall-jr", "#per-quentin-burdick",
      "#per-daniel-inouye", "#per-james-abourezk", "#per-herman-talmadge",
      "#per-walter-huddleston", "#per-john-pastore", "#per-andrei-aleksandrov-agentov",
      "#per-viktor-sukhodrev"}),
    # a translated coloured book and a telephone record in mixed case
    ("No. 45.\n\nSt. Petersburg, July 28, 1914.\n\nMy German colleague Count Pourtalès saw "
     "the Minister today. Anatoly Chernyaev took the notes.\n",
     {"#per-friedrich-pourtales", "#per-anatoly-chernyaev"}),
])
def test_the_registers_new_persons(text: str, expected: set[str], resources) -> None:
    assert expected <= _refs(text, resources)


@pytest.mark.parametrize(("text", "expected"), [
    ("TELEGRAM 1291\n\nLondon, November 3, 1914\n\nThe islands of the West Indies, namely: "
     "Aruba, Bonaire, Guadeloupe, Martinique, St. Croix, St. Thomas and Tobago.\n",
     {"#pla-aruba", "#pla-bonaire", "#pla-guadeloupe", "#pla-martinique",
      "#pla-saint-croix", "#pla-saint-thomas", "#pla-tobago"}),
    ("TELEGRAM\n\nBerlin, January 16, 1917\n\nMexico is to reconquer the lost territory "
     "in Texas, New Mexico, and Arizona.\n",
     {"#pla-texas", "#pla-new-mexico", "#pla-arizona"}),
    ("REPORT\n\nTabriz, April 20, 1946\n\nThe movement continues in the areas of Saqqez, "
     "Serdesht, Sha’in Dezh and Bokan; the train left Jul’fa.\n",
     {"#pla-sardasht", "#pla-shahin-dezh", "#pla-bukan", "#pla-jolfa"}),
])
def test_the_registers_new_places(text: str, expected: set[str], resources) -> None:
    assert expected <= _refs(text, resources, "placeName")


def test_st_thomas_is_the_island_not_a_person(resources) -> None:
    text = "TELEGRAM\n\nLondon, May 3, 1916\n\nThe ship called at St. Thomas and Tobago.\n"
    assert not any("Thomas" in name for name, _ in _marks(text, resources))
    assert ("St. Thomas", "#pla-saint-thomas") in _marks(text, resources, "placeName")
    assert text_facts(text, resources)["date"] == "1916-05-03"


@pytest.mark.parametrize("text", [
    # a Vietnamese Politburo cable in translation
    "CABLE\n\nHanoi, April 3, 1968\n\nUnder pressure from world public opinion, Johnson has "
    "been forced to restrict the bombing of North Vietnam.\n",
    # a Mongolian record of conversation in translation
    "RECORD OF CONVERSATION\n\nUlaanbaatar, January 29, 1968\n\nAlso on January 26 Thompson "
    "delivered a letter from Johnson to comrade Kosygin about the Pueblo.\n",
])
def test_johnson_alone_is_the_president_when_the_context_says_so(text: str,
                                                                 resources) -> None:
    assert "#per-lyndon-b-johnson" in _refs(text, resources)


def test_johnson_alone_is_not_the_president_in_the_traffic_on_japan(resources) -> None:
    text = ("TELEGRAM\n\nTokyo, May 3, 1968\n\nThe Japanese Government received the note; "
            "Johnson will call on Sato about Okinawa.\n")
    assert "#per-lyndon-b-johnson" not in _refs(text, resources)
