"""Rules from the lead's probes of unseen layouts (lead79):

- a register person's name right before a word naming what is called after a person (a
  policy, school, works, street, monument, prize or room: `the Brezhnev Doctrine`, `the
  Patrice Lumumba University`, `the Lenin Shipyard`, `Dzerzhinsky Square`, `the Stalin
  Prize`, `the Roosevelt Room`) is no mention of the person (table `collection-words`,
  item `eponym`, read by `glued.eponym`); the same name elsewhere in the sentence is;
- an East-bloc ministry's number with its grade after a comma, the German `Nr.`, the
  Hungarian grade's exclamation (`No. 41/1959, Top secret!`, `Nr. 0123/64, Strictly
  confidential`) is a heading line with the telegram's number, so the `Sent:`, `Received:`
  and `To Comrade ...` lines under it stay in the heading (table `heading`, `cable-number`);
- a common surname the register gives a person of dated offices is a surname in office
  (Graham Martin's `Martin`, like Paul Martin's): a Hungarian ambassador signing `Martin` in
  1959 is no US ambassador of 1963-1975;
- a summary record's heading run on with its meeting (`SUMMARY RECORD` / `of a meeting of
  the Council held at the Permanent Headquarters, Paris, XVIe., on Wednesday, 6th
  September, 1961, ...`) dates and places the record by its meeting (table `meeting-held`,
  `meeting_dates._HELD_AT`);
- a title in title or sentence case opening with what it is about, a noun before `to`
  (`Soviet Reaction to Afghan Developments`, `Chinese aid to Hanoi`), is a subject: no
  sender `Soviet Reaction`, no addressee `Afghan Developments` (table `title-shapes`);
- an index's name written surname first with a generational suffix (`Watson, Thomas J.,
  Jr.`) is the register's person (`inverted_given`);
- a German-language cipher telegram's dateline with its despatch and arrival clocks (`Moskau,
  am 12. Mai 1955, ab 18.30 Uhr, an 22.15 Uhr`) gives the time sent and the time received,
  of the day sent, the two clocks perhaps of two time zones (table `heading`, `transmission`;
  `date_shapes`' `ab`, `action_dates.timed_receipt`);
- an envoy's title before a country's or city's name in a mixed-case text (`Ambassador Togo`,
  `Ambassador Chad`) makes it a surname (table `surname-honorifics`, item `rank`); in
  capitals (`FOR AMBASSADOR MOSCOW`) it stays the post's place;
- a European edition's form and number (`Telegramm Nr. 47`, `Télégramme n° 12`, `T. nos.
  2417 to 2423.`) is a row of the `heading` table itself, not of the editions' family
  table, so it is read when another form's rows show evidence (a Swiss legation's telegram
  whose routing line is Soviet-shaped);
- a surname with the elided particle `d'` after a given name (`Vanni d'Archirafi`, `Jean
  d'Ormesson`) is one person's name (`namerules.NAME`), no two persons.
"""

from __future__ import annotations

import re

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_LETTER = ("TELEGRAM No. 412\n\nFrom: Warsaw\nTo: Moscow\n\n12 August 1980\n\n"
           "{sentence}\n\nB. Aristov\n")


def _tagged(sentence: str, resources: Resources) -> list[str]:
    """The register persons the body's sentence is tagged with."""
    body = text_xml(_LETTER.format(sentence=sentence), resources).split("<body", 1)[1]
    return re.findall(r'<persName ref="#(per-[\w-]+)"', body)


@pytest.mark.parametrize("sentence", [
    "Strikes spread from the Lenin Shipyard to the ports.",
    "The press quotes the Brezhnev Doctrine again.",
    "Students of the Patrice Lumumba University asked for meetings.",
    "A crowd gathered on Dzerzhinsky Square at noon.",
    "The Stalin Prize was given to him in 1951.",
    "THE LENIN SHIPYARD REMAINS ON STRIKE.",
])
def test_a_thing_named_after_a_person_is_no_mention_of_the_person(
        sentence: str, resources: Resources) -> None:
    """Only the signature's Aristov is a person."""
    assert _tagged(sentence, resources) == ["per-boris-aristov"]


@pytest.mark.parametrize(("sentence", "person"), [
    ("Brezhnev spoke of the Doctrine at length.", "per-leonid-brezhnev"),
    ("The Plan was drafted for Brezhnev. Street fighting followed.", "per-leonid-brezhnev"),
    ("Lenin wrote of the shipyard workers.", "per-vladimir-lenin"),
])
def test_the_person_named_elsewhere_is_still_the_person(
        sentence: str, person: str, resources: Resources) -> None:
    """Only the word right after the name, on the same line, makes it an eponym."""
    assert _tagged(sentence, resources)[0] == person


_HUNGARIAN = ("Ciphered telegram\n\nHungarian Embassy, Beijing\n{number}\n"
              "Sent: Beijing, 13 March 1959, 20.30\nReceived: Budapest, 14 March 1959, 11.20\n\n"
              "To Comrade Endre Sík, Deputy Minister of Foreign Affairs\n\n"
              "On 12 March I called on Vice Foreign Minister Zhang Wentian at his request.\n\n"
              "Martin\n")


@pytest.mark.parametrize(("number", "telegram"), [
    ("No. 41/1959, Top secret!", "41/1959"),
    ("Nr. 0123/64, Strictly confidential", "0123/64"),
    ("Top secret! No. 41/1959.", "41/1959"),
])
def test_a_number_with_its_grade_after_a_comma_keeps_the_heading(
        number: str, telegram: str, resources: Resources) -> None:
    """The received time and the addressee under the number line are read."""
    facts = text_facts(_HUNGARIAN.format(number=number), resources)
    assert facts["telegram_number"] == telegram
    assert facts["date_received"] == "1959-03-14T11:20"
    assert facts["addressee"] == ["Endre Sík"]


def test_a_common_surname_out_of_its_holders_offices_is_no_register_person(
        resources: Resources) -> None:
    """`Martin` signing in 1959 is a local person, not Graham Martin (1963-1975)."""
    xml = text_xml(_HUNGARIAN.format(number="No. 41/1959"), resources)
    assert "per-graham-martin" not in xml
    assert text_facts(_HUNGARIAN.format(number="No. 41/1959"), resources)["signed"] == "Martin"


def test_a_summary_records_run_on_meeting_line_dates_and_places_it(
        resources: Resources) -> None:
    """The meeting's day, not the issue date over the heading, and its city."""
    text = ("NATO SECRET\nC-R(61)45\n7th September, 1961\n\nNORTH ATLANTIC COUNCIL\n\n"
            "SUMMARY RECORD\nof a meeting of the Council held at the Permanent Headquarters, "
            "Paris, XVIe., on Wednesday, 6th September, 1961, at 10.15 a.m.\n\n"
            "1. The CHAIRMAN summed up the discussion of the Soviet note.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1961-09-06"
    assert facts["place_of_origin"] == "Paris"


@pytest.mark.parametrize("title", [
    "Soviet Reaction to Afghan Developments", "Chinese Aid to Hanoi",
    "Soviet Shipments to Cuba"])
def test_a_subject_title_with_to_names_no_parties(title: str, resources: Resources) -> None:
    """No person is made of the title's words."""
    text = f"{title}\n\nDecember 28, 1979\n\nThe Ambassador should see Gromyko at once.\n"
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["sender"] == [] and facts["addressee"] == []


def test_an_index_name_with_its_suffix_is_the_register_person(resources: Resources) -> None:
    """`Watson, Thomas J., Jr.` in a catalogue's index of names: Thomas J. Watson Jr."""
    text = ("SECRET\n\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW\n\nThe Ambassador should see "
            "Gromyko at once.\n\nIndividuals/Organizations Named: Gromyko, Andrei A.; Watson, "
            "Thomas J., Jr.\n\nVANCE\n")
    assert '<persName ref="#per-thomas-j-watson-jr">Watson, Thomas J., Jr.</persName>' \
        in text_xml(text, resources)


@pytest.mark.parametrize(("dateline", "sent", "received"), [
    ("Moskau, am 12. Mai 1955, ab 18.30 Uhr, an 22.15 Uhr", "1955-05-12", "1955-05-12T22:15"),
    ("Washington, den 3.6.1961, ab: 19.10 Uhr, an: 23.30 Uhr", "1961-06-03", "1961-06-03T23:30"),
])
def test_a_german_datelines_despatch_and_arrival_clocks(
        dateline: str, sent: str, received: str, resources: Resources) -> None:
    """The arrival's clock is of the day sent (the two clocks may be of two time zones)."""
    text = (f"Chiffretelegramm Nr. 88\n\n{dateline}\n\nAn das Bundeskanzleramt, Wien\n\n"
            "Minister Molotov received me today at 4 p.m.\n\nBischoff\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["date_received"]) == (sent, received)
    assert facts["telegram_number"] == "88"


def test_an_envoys_title_before_a_countrys_name_makes_a_surname(resources: Resources) -> None:
    """Fumihiko Togo, Japan's ambassador, is no country; the post in capitals stays a place."""
    text = ("Memorandum of Conversation\n\nWashington, May 3, 1977\n\nAmbassador Togo called "
            "on the Secretary today about the message FOR AMBASSADOR MOSCOW.\n\nCyrus Vance\n")
    body = text_xml(text, resources).split("<body", 1)[1]
    assert '<persName ref="#per-togo">Togo</persName>' in body
    assert '<placeName ref="#pla-moscow">MOSCOW</placeName>' in body


@pytest.mark.parametrize(("form", "number"), [
    ("Telegramm Nr. 47", "47"), ("Télégramme n° 12", "12"), ("Telegram No. 47", "47")])
def test_a_european_editions_form_and_number_beside_another_forms_evidence(
        form: str, number: str, resources: Resources) -> None:
    """`To the Federal Political Department, Bern` is a Soviet form's routing line."""
    text = (f"{form}\n\nMoscow, 19 November 1956, 21.40 hours\n\nTo the Federal Political "
            "Department, Bern\n\nDeputy Foreign Minister Kuznetsov received me today.\n\n"
            "Zehnder\n")
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize("signer", ["Vanni d'Archirafi", "Jean d’Ormesson"])
def test_a_surname_with_an_elided_particle_after_a_given_name_is_one_name(
        signer: str, resources: Resources) -> None:
    """The signature is one local person, named whole."""
    text = ("Telegramma in arrivo n. 18422\n\nFrom: Embassy in Beijing\nSent: 9 February 1970, "
            "14.30\nTo: Ministry of Foreign Affairs, Rome\n\nVice Minister Han Nianlong "
            f"received me this morning.\n\n{signer}\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == signer
    assert facts["sender"] == [signer]
