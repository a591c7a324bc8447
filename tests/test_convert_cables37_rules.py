"""Rules from the misses of the blind sample cables37 (US State Department cables of 1976-1988
as FOIA printouts, PlusD texts of released PDFs and OCR'd full texts present them): a
printout's `Date Printed:` line is the print date, never the sending date nor the year of a
yearless date; an OCR'd routing block read column by column (`PM-`, `-02`, `EUR- 00`) and the
commands and agencies of an `INFO` list (`USCINCCENT MACDILL AFB FL`, `COMSIXTHFLT`, `FBIS
RESTON VA`) keep the cable's heading whole; a possessive in capitals (`STRAUSS'`,
`SCHAUFELE'S`) stays outside the name; a press review's `HIGHLIGHTS` heading is no name; the
register's `Prince Saud` and `Pete McCloskey` are not their namesakes."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_CLEAN_PRINTOUT = (
    "Date Printed: 11/02/1995\nDOC_NUMBER: 84ATHENS07731\nCHANNEL: n/a\n\n"
    "O 091215Z AUG 84\nFM AMEMBASSY ATHENS\nTO SECSTATE WASHDC IMMEDIATE 3310\n"
    "INFO AMEMBASSY ANKARA\nUNCLAS SECTION 01 OF 02 ATHENS 07731\nE.O. 12356: N/A\n"
    "TAGS: PREL, GR\nSUBJECT: ATHENS PRESS REVIEW, AUGUST 9, 1984\n\n"
    "1. ON AUGUST 8 THE PRESS REPORTED THE PRIME MINISTER'S SPEECH.\n")

_OCR_PRINTOUT = (
    "Date Printed: 06/30/1998 \n\nDOC_NUMBER: 87NICOSI02215 \n\nCHANNEL: n/a \n\n"
    "PAGE 01 \nACTION EUR-00 \n\nNICOSI 02215 01 OF 02 121004Z \n\nINFO \n\nLOG-00 \n\n"
    "OIC \nPM- \n\n-02 \n10 \n\nCIAE-00 \nDODE- 00 \n\n121006Z /38 \n\n"
    "O 121001Z MAR 87 \nFM AMEMBASSY NICOSIA \n\nTO SECSTATE WASHDC IMMEDIATE 6612 \n\n"
    "INFO USCINCEUR VAIHINGEN GE \n\nCOMSIXTHFLT \n\nFBIS RESTON VA \n\n"
    "USIA WASHDC \n\nAMEMBASSY ATHENS \n\n"
    "C O N F I D E N T I A L SECTION 01 OF 02 NICOSIA 02215 \n\n"
    "E.O. 12356: DECL: OADR \nTAGS: PREL, CY \nSUBJECT: TALKS ON THE BUFFER ZONE \n\n"
    "1. (C) ON MARCH 11 THE FOREIGN MINISTER SAID THE TALKS WOULD RESUME. \n")


@pytest.mark.parametrize("text, date, place, number", [
    (_CLEAN_PRINTOUT, "1984-08-09", "Athens", "07731"),
    (_OCR_PRINTOUT, "1987-03-12", "Nicosia", "02215"),
])
def test_the_print_date_is_not_the_sending_date(resources, text: str, date: str, place: str,
                                                number: str) -> None:
    found = text_facts(text, resources)
    assert found["date"] == date
    assert found["place_of_origin"] == place
    assert found["telegram_number"] == number


@pytest.mark.parametrize("text, yearless", [
    (_CLEAN_PRINTOUT, '<date when="1984-08-08">AUGUST 8</date>'),
    (_OCR_PRINTOUT, '<date when="1987-03-11">MARCH 11</date>'),
])
def test_the_print_date_completes_no_yearless_date(resources, text: str, yearless: str) -> None:
    assert yearless in text_xml(text, resources)


def test_split_routing_codes_and_info_commands_stay_in_the_heading(resources) -> None:
    body = text_xml(_OCR_PRINTOUT, resources).split("<body>")[1]
    message = body.split('<div type="message">')[1]
    for furniture in ("COMSIXTHFLT", "USCINCEUR", "FBIS RESTON VA", "PM-", "121006Z /38"):
        assert furniture not in message, furniture
    assert "THE FOREIGN MINISTER SAID THE TALKS WOULD RESUME" in message


@pytest.mark.parametrize("line, name", [
    ("1. HE SHOWED INTEREST IN AMBASSADOR STRAUSS' TRAVEL PLANS.", "STRAUSS"),
    ("1. THE SECRETARY ASKED FOR SCHAUFELE'S VIEWS ON THE TALKS.", "SCHAUFELE"),
])
def test_a_possessive_in_capitals_stays_outside_the_name(resources, line: str,
                                                         name: str) -> None:
    text = f"FM AMEMBASSY ROME\nTO SECSTATE WASHDC 1234\nSUBJECT: VISIT\n\n{line}\n"
    xml = text_xml(text, resources)
    assert f">{name}</persName>" in xml
    assert f">{name}'" not in xml.split("<text>")[0]


def test_a_press_reviews_highlights_heading_is_no_sender(resources) -> None:
    text = ("FM AMEMBASSY CAIRO\nTO SECSTATE WASHDC 2968\nSUBJECT: CAIRO PRESS REVIEW\n\n"
            "THIS REVIEW COVERS THE ESTABLISHMENT PRESS.\n\nHIGHLIGHTS\n\n"
            "— THE PRIME MINISTER WILL VISIT IRAQ.\n")
    found = text_facts(text, resources)
    assert "Highlights" not in (found["sender"] or [])
    assert "per-highlights" not in text_xml(text, resources)


@pytest.mark.parametrize("line, ref, not_ref", [
    ("2. IN A MEETING INITIATED BY PRINCE SAUD JUNE 4, THE ADVISER SPOKE.",
     "per-saud-al-faisal", "per-bandar-bin-sultan"),
    ("2. Prince Saud received the ambassador on June 4.",
     "per-saud-al-faisal", "per-bandar-bin-sultan"),
    ("2. PHIL HABIB WAS PRESSED HARD BY PETE MCCLOSKEY AT THE HEARINGS.",
     "per-paul-n-mccloskey-jr", "per-robert-j-mccloskey"),
])
def test_namesakes_of_cables_are_told_apart(resources, line: str, ref: str,
                                            not_ref: str) -> None:
    text = f"FM USLO RIYADH\nTO SECSTATE WASHDC 1291\nSUBJ: TALKS\n\n{line}\n"
    xml = text_xml(text, resources)
    assert f'ref="#{ref}"' in xml
    assert f'ref="#{not_ref}"' not in xml


@pytest.mark.parametrize("line, word", [
    ("2. THE AMBASSADOR PAID A COURTESY CALL ON THE MINISTER.", "PAID"),
    ("2. THE AMBASSADOR UNDERTOOK TO REPORT THE REQUEST.", "UNDERTOOK"),
    ("2. WE MET THE DIRECTORS OF THE MAJOR LATIN AMERICAN STUDIES CENTERS.", "LATIN"),
    ("2. HE IS FORMER FOREIGN MINISTER ACTION MESSAGES ON CRITICAL ISSUES NONE", "ACTION"),
])
def test_a_word_after_a_title_in_capitals_is_no_name(resources, line: str, word: str) -> None:
    text = f"FM SECSTATE WASHDC\nTO USDEL SECRETARY PRIORITY\nSUBJECT: REPORTS\n\n{line}\n"
    assert f">{word}</persName>" not in text_xml(text, resources)
