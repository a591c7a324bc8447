"""Rules for cases other helpers noticed (misses36), each tried on invented cables:

- a register surname in capitals right after a word of the `capitals-noun-modifiers` table
  is the noun it qualifies (`EXPORT LEVY`), not the person; `LEVY SAID` still is;
- a State cable's drafting and clearance lines name their officers by initials glued to
  the surname after the office symbol (`APPROVED BY: D:STALBOTT`): the one register
  person of that surname and first initial, no one when none fits;
- a date-time group whose zone letter OCR reads as `2` (`0 1923162 APR 94`) is the date,
  in the heading or referred to in the text;
- a surname before its country in parentheses and a role (`KEATING (NEW ZEALAND, COUNCIL
  PRESIDENT)`) is that country's person, not a namesake of another.
- a cable mirror's title that repeats the subject line (`ANNUAL TERRORISM REPORT`) names no
  document type: the cable heading does (a telegram, its number the telegram's).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

LEVY = (
    "CONFIDENTIAL\n\nFM TEL AVIV\nTO ROUTINE FCO\nTELNO 88\nOF 041015Z MAY 91\n\n"
    "SUBJECT: CITRUS\n\n1. THE {word} LEVY ON CITRUS WAS DROPPED. LEVY SAID SO TODAY.\n\n"
    "GREENWOOD\n"
)


@pytest.mark.parametrize("word", ["EXPORT", "IMPORT", "AGRICULTURAL", "CUSTOMS"])
def test_a_surname_after_a_qualifying_word_is_the_noun(word: str, resources) -> None:
    xml = text_xml(LEVY.format(word=word), resources)
    assert f"{word} LEVY ON" in xml
    assert re.search(r'<persName ref="#per-david-levy">LEVY</persName> SAID', xml)


def test_a_surname_after_other_words_stays_the_person(resources) -> None:
    xml = text_xml(LEVY.format(word="WE CALLED ON").replace("THE WE", "WE")
                   .replace(" ON CITRUS WAS DROPPED", " ABOUT CITRUS"), resources)
    assert '<persName ref="#per-david-levy">LEVY</persName> ABOUT' in xml


CABLE = (
    "CONFIDENTIAL\nPAGE 01 STATE 061144\nORIGIN NEA-10\nINFO OCT-01 ISO-00 /011 R\n"
    "DRAFTED BY {drafted}\nAPPROVED BY {approved}\n--------------------- 118822\n"
    "{dtg}\nFM SECSTATE WASHDC\nTO AMEMBASSY CAIRO IMMEDIATE\n"
    "C O N F I D E N T I A L STATE 061144\nSUBJECT: CONSULTATIONS\n"
    "1. THE AMBASSADOR WILL BE INSTRUCTED TOMORROW.\nKISSINGER\n"
)


def _cable(drafted: str = "NEA/EGY:JSMITH:LG", approved: str = "NEA:ALATHERTON",
           dtg: str = "O 121430Z MAR 76") -> str:
    return CABLE.format(drafted=drafted, approved=approved, dtg=dtg)


@pytest.mark.parametrize(("approved", "person"), [
    ("NEA:ALATHERTON", "per-alfred-l-atherton-jr"),  # two initials, A. L. Atherton
    (": NEA: ALATHERTON", "per-alfred-l-atherton-jr"),  # spaced, colon after BY
    ("AF:WESCHAUFELE, JR.", "per-william-schaufele"),
])
def test_a_drafting_line_officer_is_the_register_person(approved: str, person: str,
                                                        resources) -> None:
    xml = text_xml(_cable(approved=approved), resources)
    word = approved.split(":")[-1].strip().split(",")[0]
    assert f'<persName ref="#{person}">{word}</persName>' in xml


@pytest.mark.parametrize(("approved", "person"), [
    ("NEA:BLATHERTON", "per-b-l-atherton"),  # the initial fits no Atherton: not his
    ("NEA:QZXWORTHY", "per-q-z-x-worthy"),  # no register surname (cables44: a local one)
])
def test_a_drafting_line_officer_the_register_lacks_is_a_local_person(
        approved: str, person: str, resources) -> None:
    xml = text_xml(_cable(approved=approved), resources)
    line = next(x for x in xml.splitlines() if "APPROVED BY" in x)
    word = approved.split(":")[-1]
    assert f'<persName ref="#{person}">{word}</persName>' in line


def test_a_drafting_line_typist_and_office_are_no_names(resources) -> None:
    xml = text_xml(_cable(drafted="NEA/EGY:ALATHERTON:JLS"), resources)
    line = next(x for x in xml.splitlines() if "DRAFTED BY" in x)
    assert line.count("<persName") == 1 and ">JLS<" not in line


@pytest.mark.parametrize(("dtg", "when"), [
    ("0 1214302 MAR 76", "1976-03-12T14:30:00"),  # OCR: 0 for O, 2 for Z
    ("R 2214302 NOV 79", "1979-11-22T14:30:00"),
    ("O 121430Z MAR 76", "1976-03-12T14:30:00"),  # the group as typed
])
def test_a_date_time_group_with_an_ocr_zone_two(dtg: str, when: str, resources) -> None:
    facts = text_facts(_cable(dtg=dtg), resources)
    assert facts["date"] == when[:10]
    assert f'when="{when}"' in text_xml(_cable(dtg=dtg), resources)


def test_an_ocr_date_time_group_referred_to_is_a_date(resources) -> None:
    text = _cable().replace("THE AMBASSADOR WILL", "REF USDAO 2210502 JAN 75. AMBASSADOR WILL")
    body = text_xml(text, resources).split("<body>")[1]
    assert '<date when="1975-01-22T10:50:00">2210502 JAN 75</date>' in body


COUNCIL = (
    "CONFIDENTIAL\nR 191500Z APR 94\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC 1420\n"
    "C O N F I D E N T I A L USUN NEW YORK 001420\nSUBJECT: RWANDA\n"
    "1. {name} ({country}, COUNCIL PRESIDENT) OPENED THE CONSULTATIONS.\nALBRIGHT\n"
)


def test_a_surname_before_its_country_and_role_is_that_countrys_person(resources) -> None:
    xml = text_xml(COUNCIL.format(name="KEATING", country="NEW ZEALAND"), resources)
    assert '<persName ref="#per-colin-keating">KEATING</persName>' in xml


def test_a_surname_before_another_country_is_no_namesake(resources) -> None:
    xml = text_xml(COUNCIL.format(name="KEATING", country="FRANCE"), resources)
    assert "per-colin-keating" not in xml and "per-paul-keating" not in xml


MIRROR = (
    "{title}\n\nR 161811Z NOV 01\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\n"
    "UNCLAS STATE 198001\n\nE.O. 12958: N/A\nTAGS: PTER\nSUBJECT: {subject}\n\n"
    "1. POSTS SHOULD SEND THEIR CONTRIBUTIONS BY DECEMBER 14.\n\nPOWELL\n"
)


@pytest.mark.parametrize("page", [
    # a mirror's labels in a column, then their values, the title under `Cable title:`
    "Identifier\nCreated\nClassification\nOrigin\n01STATE198001\n2001-11-16 18:11:00\n"
    "UNCLASSIFIED\nSecretary of State\nCable title:  \n\nWEEKLY STATUS REPORT\n\nTags:  PTER",
    # another's site heading, the title, labelled values
    "US embassy cable - 01STATE198001\n\nWEEKLY STATUS REPORT\n\nIdentifier: 01STATE198001\n"
    "Origin: Secretary of State",
])
def test_a_mirror_title_that_is_the_subject_names_no_type(page: str, resources) -> None:
    facts = text_facts(MIRROR.format(title=page, subject="WEEKLY STATUS REPORT"), resources)
    assert facts["doc_type"] in ("telegram", "cable")
    assert facts["telegram_number"] == "198001"
