"""Rules found on the blind sample other22 (Irish, New Zealand and FRUS pages of 1940-1970):
a routing line opening an unsaluted text makes it a telegram; a print volume's lot file
over a telegram is its shelfmark; register persons and places the sample named (Hoyt and
Paulis of the Congo hostage crisis, Kudirka, Viscount Caldecote)."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import xp


@pytest.mark.parametrize("routing", [
    "Following for Secretary from Ambassador begins:",
    "Following for Minister from Hearne. Begins:",
])
def test_a_routing_line_under_a_dateline_makes_a_telegram(routing, resources) -> None:
    text = (f"No. 512 NAI DFA/5/305/7\nWashington DC, 9 June 1951\n{routing}\n"
            "Secretary of State will see me on Tuesday.\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"


def test_a_saluted_text_stays_a_letter(resources) -> None:
    text = ("No. 513 NAI DFA/5/305/8\nWashington DC, 10 June 1951\nA Chara,\n"
            "I enclose the report of the Secretary of State's remarks.\nMise, le meas,\n"
            "JOHN J. HEARNE\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


@pytest.mark.parametrize(("line", "idno"), [
    ("Conference files, lot 60 D 123, CF 310: Telegram", "Conference files, lot 60 D 123, CF 310"),
    ("Karachi Embassy files, lot 58 F 2: Telegram", "Karachi Embassy files, lot 58 F 2"),
])
def test_a_lot_file_over_a_telegram_is_its_shelfmark(line, idno, resources) -> None:
    text = (f"{line}\n\nNo. 88\nThe Secretary of State to the Embassy in Pakistan 1\n\n"
            "secret\n\n612. Please inform Foreign Minister of our views.\n\n"
            "  1. Drafted in the Office of South Asian Affairs.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == idno
    assert facts["doc_type"] == "telegram"


@pytest.mark.parametrize(("sentence", "ref"), [
    ("Hoyt reports rebel leaders hold the consulate staff.", "#per-michael-hoyt"),
    ("General Hoyt Vandenberg will attend.", "#per-hoyt-vandenberg"),
    ("The rebels still hold Paulis and Stanleyville.", "#pla-isiro"),
    ("They asked us to give back Mr. [Kudirka] at once.", "#per-simas-kudirka"),
    ("The message went to Viscount Caldecote last night.", "#per-thomas-inskip"),
    ("Nehru will meet Mohammed Ali in Karachi.", "#per-muhammad-ali-bogra"),
    ("A portrait of Mohammed Ali Jinnah hung there.", "#per-muhammad-ali-jinnah"),
])
def test_the_samples_persons_and_places_are_in_the_register(sentence, ref, resources) -> None:
    xml = text_xml(f"Washington, December 3, 1964.\n\n{sentence}\n", resources)
    assert f'ref="{ref}"' in xml


_RIF = ("JFK ASSASSINATION SYSTEM IDENTIFICATION FORM\nAGENCY : FBI\n"
        "RECORD NUMBER : 124-10011-10222\nRECORD SERIES : HQ\n{document}"
        "CURRENT STATUS : RELEASED IN FULL\nDATE OF LAST REVIEW : 09/11/98\nCOMMENTS :\n\n"
        "MEMORANDUM\nTO: Director\nFROM: SAC, Dallas\nDATE: 12/2/63\n\n"
        "The informant was interviewed again today.\n")


def test_an_identification_forms_title_date_and_record_number(resources) -> None:
    document = ("ORIGINATOR : FBI\nFROM : SAC, DL\nTO : DIRECTOR, FBI\n"
                "TITLE : REQUEST OF MEXICAN AUTHORITIES TO CUBA\nDATE : 11/29/63\nPAGES : 3\n")
    facts = text_facts(_RIF.format(document=document), resources)
    assert facts["title"] == "REQUEST OF MEXICAN AUTHORITIES TO CUBA"
    assert facts["date"] == "1963-11-29"
    assert facts["archive_idno"] == "124-10011-10222"
    assert not facts["addressee"]  # the title's `TO CUBA` is the subject's, no party


def test_a_form_read_by_columns_gives_the_first_date_of_its_values(resources) -> None:
    document = ("ORIGINATOR : FROM : TO : TITLE : DATE : PAGES : SUBJECTS :\n"
                "DOCUMENT INFORMATION FBI SAC, DL DIRECTOR, FBI REQUEST 11/29/63 3 OSWALD\n")
    facts = text_facts(_RIF.format(document=document), resources)
    assert facts["date"] == "1963-11-29"


def test_a_forms_from_and_to_name_register_persons_surname_first(resources) -> None:
    document = ("ORIGINATOR : CIA\nFROM : HELMS, RICHARD\nTO : MCCONE, JOHN\n"
                "TITLE : CUBAN CONTACTS\nDATE : 12/04/63\n")
    facts = text_facts(_RIF.format(document=document), resources)
    assert facts["sender"] == ["Richard Helms"]
    assert facts["addressee"] == ["John McCone"]


def test_a_form_under_agency_information_is_told_by_its_record_number(resources) -> None:
    text = ("Agency Information\n\nAGENCY: FBI\nRECORD NUMBER: 124-10158-10322\n"
            "RECORD SERIES: HQ\n\nDocument Information\n\nORIGINATOR: FBI\n"
            "FROM: HOOVER, J. EDGAR\nTO: RANKIN, J. LEE\n"
            "TITLE: LETTER: REQUEST FOR TRAVEL RECORDS\n\nDATE: 03/12/1964\nPAGES: 2\n"
            "SUBJECTS:\nTRAVEL\n\nCURRENT STATUS: Redact\nDATE OF LAST REVIEW: 08/04/1998\n\n"
            "OPENING CRITERIA:\n\nCOMMENTS: Letter with one enclosure.\n"
            "Dear Mr. Rankin:\nThe records you asked for are enclosed.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "LETTER: REQUEST FOR TRAVEL RECORDS"
    assert facts["date"] == "1964-03-12"
    assert facts["sender"] == ["J. Edgar Hoover"]
    assert facts["archive_idno"] == "124-10158-10322"


# 1940 is a year of handover (Savage died in office on 27 March, Fraser followed): the day
# tells (cw85, table `office-handovers`), and Viscount Galway was Governor-General then
@pytest.mark.parametrize(("year", "refs"), [
    ("1943", ["#per-peter-fraser"]),
    ("1940", ["#per-viscount-galway", "#per-michael-joseph-savage"])])
def test_a_governor_generals_own_prime_minister_is_the_offices_holder(year, refs,
                                                                       resources) -> None:
    text = ("The Governor-General of New Zealand to the Secretary of State for Dominion "
            f"Affairs\n\n12 March {year}\n\nFollowing for Prime Minister from my Prime "
            "Minister:\n\nHis Majesty's Government in New Zealand agree.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert xp(root, "//tei:correspAction[@type='sent']/tei:roleName/@ref") == refs
