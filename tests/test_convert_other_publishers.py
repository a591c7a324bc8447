"""Family rules of the blind fixtures in the dev set's other publishers' layouts (DFAT,
British despatches and minutes, Canadian volumes, decrypts, CIA and White House cables,
journal pages, forum reposts), each tried on invented variants unlike the fixtures."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, facts, xp

TEXT = "The Minister received me today and spoke at length about the coming conference.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _body_text(root: etree._Element) -> str:
    return " ".join(" ".join(xp(root, "//tei:text")[0].itertext()).split())


@pytest.mark.parametrize(("line", "number"), [
    ("WH 40366", "WH 40366"),
    ("TDCS-314/01234-65", "TDCS-314/01234-65"),
    ("I.30112 CONFIDENTIAL", "I.30112"),
    ("TELEGRAM EX-2216", "EX-2216"),
])
def test_a_number_line_of_these_forms_gives_the_telegram_number(line: str, number: str,
                                                                 resources) -> None:
    root = _root(f"{line}\n\nFROM: OTTAWA\nDATE: 4 May 1965\n\n{TEXT}SMITH\n", resources)
    assert facts(root)["telegram_number"] == number


def test_a_dissemination_date_dates_an_information_cable(resources) -> None:
    root = _root("INTELLIGENCE INFORMATION CABLE\n\nCOUNTRY   LAOS\n\nTDCS-314/01234-65\n\n"
                 f"DIST  14 MAY 1965\n\nDOI   10 MAY 1965\n\n{TEXT}", resources)
    assert facts(root)["date"] == "1965-05-14"


@pytest.mark.parametrize(("first", "identifier"), [
    ("Sanitized Copy Approved for Release 2010/06/07 : CIA-RDP80B01676R000400080015-6",
     "CIA-RDP80B01676R000400080015-6"),
    ("PCO/2749-12", "PCO/2749-12"),
])
def test_a_release_line_or_a_department_file_number_is_the_archive_identifier(
        first: str, identifier: str, resources) -> None:
    root = _root(f"{first}\n\nTELEGRAM 412\n\nFROM: OTTAWA\n\n{TEXT}SMITH\n", resources)
    assert facts(root)["archive_idno"] == identifier
    assert identifier not in _body_text(root)


def test_a_journal_running_head_and_its_page_number_leave_the_text(resources) -> None:
    text = (f"TELEGRAM 412\n\nFROM: OTTAWA\n\n{TEXT}"
            "88          JOURNAL OF COLD WAR STUDIES, VOL. 4\n\n"
            "I shall report again tomorrow.\n\nSMITH\n")
    body = _body_text(_root(text, resources))
    assert "JOURNAL" not in body and " 88 " not in f" {body} "
    assert "I shall report again tomorrow." in body


@pytest.mark.parametrize("line", ["« Reply #3 on: May 14, 2009, 10:02:11 AM »",
                                  "Quote from: historian62 on May 13, 2009, 08:15:40 PM"])
def test_a_forum_post_line_is_furniture(line: str, resources) -> None:
    root = _root(f"{line}\nTELEGRAM 412\n\nFROM: OTTAWA\n\n{TEXT}SMITH\n", resources)
    assert "2009" not in _body_text(root)


def test_an_editions_document_number_on_the_first_line_is_page_material(resources) -> None:
    root = _root(f"57.\n\nTELEGRAM 412\n\nFROM: OTTAWA\n\n{TEXT}SMITH\n", resources)
    assert not _body_text(root).startswith("57")
    assert facts(root)["telegram_number"] == "412"


def test_a_foot_address_keeps_its_office_and_seat_lines_and_the_role_its_stop(
        resources) -> None:
    root = _root("No. 88\n\nTHE RESIDENCY,\nSINGAPORE.\n\n3rd March, 1951.\n\nSir,\n\n"
                 f"{TEXT}I have the honour to be,\nSir,\nYour obedient Servant,\n\n"
                 "W. G. HAYTER\nCOMMISSIONER-GENERAL.\n\n"
                 "THE RIGHT HONOURABLE HERBERT MORRISON, M.P.,\nSECRETARY OF STATE FOR "
                 "FOREIGN AFFAIRS,\nFOREIGN OFFICE,\nLONDON, S.W.1.\n", resources)
    found = facts(root)
    assert found["signed"] == "W. G. HAYTER COMMISSIONER-GENERAL."
    assert action_persons(root, "sent") == ["William Hayter"]
    assert action_persons(root, "received") == ["Herbert Morrison"]
    assert "LONDON" in " ".join(xp(root, "//tei:closer/tei:address//text()"))
    assert found["place_of_origin"] == "Singapore"


def test_a_typed_signature_in_parentheses_signs(resources) -> None:
    root = _root(f"OUTWARD SAVINGRAM\n\nNo. 4\n\nFROM: CANBERRA\n\n{TEXT}(P.M.C. Hasluck)\n"
                 "Minister\n", resources)
    assert action_persons(root, "sent") == ["Paul Hasluck"]


def test_a_name_in_a_footnote_of_the_address_is_no_addressee(resources) -> None:
    root = _root("From: NEW YORK\nTo: MOSCOW\nNo: 412\n12 March 1944\n\nTo MAKSIM[i].\n\n"
                 f"{TEXT}ANTON[ii]\n\nNotes:\n[i] MAKSIM: Vasilij ZARUBIN.\n"
                 "[ii] ANTON: Leonid KVASNIKOV.\n", resources)
    assert "Zarubin" not in " ".join(action_persons(root, "received")).title()


def test_a_decrypts_issue_date_does_not_give_the_year_of_dates_without_one(resources) -> None:
    root = _root("Issued: 2/3/1952\n\nFrom: NEW YORK\nTo: MOSCOW\nNo: 412\n12 March 1944\n\n"
                 "On 5 March the source reported again on the conference.\n\nANTON\n",
                 resources)
    assert "1944-03-05" in xp(root, "//tei:text//tei:date/@when")


def test_an_editors_bracketed_source_line_gives_shelfmark_and_translator(resources) -> None:
    root = _root("Cipher Telegram from Ambassador Zorin to the CPSU Central Committee, "
                 "4 May 1962\n\n[Source: RGANI, fond 5, opis 30, delo 399, listy 12-14. "
                 "Translated by Svetlana Savranskaya.]\n\nTOP SECRET\n\n"
                 f"{TEXT}V. ZORIN\n", resources)
    found = facts(root)
    assert found["archive_idno"] == "RGANI, fond 5, opis 30, delo 399, listy 12-14"
    assert found["translator"] == "Svetlana Savranskaya"
    assert found["editorial_insertions"] == []
    assert "fond 5" in " ".join(xp(root, "//tei:text//tei:note//text()"))
