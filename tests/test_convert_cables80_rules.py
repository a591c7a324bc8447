"""Rules for cables of 1960-1995 as archives and databases give them (cables80):

- the Digital National Security Archive's record page with no `Title:` field gives the
  record's title alone on its line between the archive's name and the fields (`Item
  Number:`, `Collection:`, `Date:`, `Origin:`, `Type: Cable`): that line is the page's
  title (`pages/record_top._untitled_record_title`), and the record's `Document Images:`
  label opens the document (table `page-fields`, row `document-start`);
- a defence agency's FOIA release stamp (`FOIA Case No. FOIA-0412-2013   Released in Part`,
  `b(1), b(3)`) is a heading line of the release (table `heading`, row
  `declassification`): a JCS message centre copy under it stays a cable;
- a US department's letterhead in ordinary case (`United States Department of State` over
  `Washington, D.C. 20520`) is a letterhead whose seat is the place of origin (table
  `heading`, row `letterhead`);
- `POLAD` (a command's political adviser) is an office, no person (`CINCPAC FOR POLAD`);
- Greek given names are given names (table `given-first`, item `el`: `GEN GRIGORIOS
  BONANOS` is one name), and `GENERAL` before a noun of military reporting is an adjective
  (table `capitals-common-words`: `GENERAL MOBILIZATION`);
- in capitals, a hyphenated given name after a family name of table `east-asian-names` is
  read as the capitalised one is (`FEI YI-MING`; `eastasian._capitals_given`);
- a UN delegate's acts (`CIRCULATED`, `CONVENED`, `ADJOURNED`) after his office and surname
  are no second word of his name (table `capitals-common-verbs`); register: Salim Ahmed
  Salim (`TANZANIAN PERMREP SALIM`).

Seen on the held samples after scoring:

- `JANEIRO` after `RIO DE` is the city, no month (`C O N F I D E N T I A L RIO DE JANEIRO
  2175` gave the year 2175 to the cable's date-time group; `dates._month_starts`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DNSA = ("Digital National Security Archive\n\n"
        "Security Council Consideration of Angolan Complaint: Tanzanian Draft\n\n"
        "Item Number: SA00731\nCollection: South Africa: The Making of U.S. Policy, 1962-1989\n"
        "Date: March 27, 1976\nOrigin: United States. Mission to the United Nations\n"
        "Recipient: United States. Department of State\nType: Cable\n"
        "Classification: Confidential\nPages: 2\n\nDocument Images:\n\nCONFIDENTIAL\n"
        "O 272314Z MAR 76\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC IMMEDIATE 3689\n"
        "INFO AMEMBASSY PRETORIA\n\nC O N F I D E N T I A L USUN 1207\n\n"
        "SUBJECT: SECURITY COUNCIL: TANZANIAN DRAFT\n\n"
        "1. THE CALL FOR MANDATORY SANCTIONS IN THE FIRST DRAFT HAS BEEN DROPPED.\n\n"
        "2. VOTE IS EXPECTED MARCH 31. PLEASE INSTRUCT.\nSCRANTON\n")


def test_dnsa_record_title_line_and_document_images(resources: Resources) -> None:
    facts = text_facts(DNSA, resources)
    assert facts["title"] == "Security Council Consideration of Angolan Complaint: Tanzanian Draft"
    assert facts["place_of_origin"] == "New York"
    assert facts["telegram_number"] == "1207"


DAO = ("DEFENSE INTELLIGENCE AGENCY\n"
       "FOIA Case No. FOIA-0412-2013                          Released in Part\n"
       "                                                      b(1), b(3)\n\n"
       "JOINT CHIEFS OF STAFF MESSAGE CENTER\n\nSECRET\n"
       "DISTR: DIA(12) CJCS(01) DJS(03) J3(05)\nNMCC  FILE(01)\n\n"
       "DE RUFHAT #2231 2011530\nZNY SSSSS\nO 201520Z JUL 74\nFM USDAO ATHENS GR\n"
       "TO DIA WASHDC IMMEDIATE\nBT\nS E C R E T\n"
       "SUBJ: IR 6 811 0177 74  GREEK MOBILIZATION (U)\n\n"
       "1. (S) RESERVISTS IN ALL CLASSES UP TO AGE 45 WERE CALLED UP TODAY.\n\n"
       "2. (U) DAO WILL REPORT FURTHER.\nHOLDEN\nBT\n")


def test_defence_foia_stamp_keeps_the_cable(resources: Resources) -> None:
    facts = text_facts(DAO, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == "Athens"
    assert "FOIA Case No." in text_xml(DAO, resources)


MEMO = ("United States Department of State\nWashington, D.C. 20520\n\n"
        "S/S 7811856\n\nCONFIDENTIAL              May 26, 1978\n\nBRIEFING MEMORANDUM\n\n"
        "TO:        The Secretary\n\nFROM:      EUR - George S. Vest\n\n"
        "SUBJECT:   Your Meeting with Foreign Minister Genscher, May 30\n\n"
        "Genscher will want to talk about Berlin and the neutron weapon.\n")


def test_department_letterhead_in_ordinary_case_is_the_seat(resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["place_of_origin"] == "Washington"
    assert facts["doc_type"] == "memorandum"


CINCPAC = ("R 140745Z OCT 77\nFM AMCONSUL HONG KONG\nTO SECSTATE WASHDC 6612\n"
           "INFO CINCPAC HONOLULU HI\n\nC O N F I D E N T I A L HONG KONG 12408\n\n"
           "CINCPAC FOR POLAD\n\nE.O. 11652: GDS\nSUBJECT: PRC: LEFTIST PRESS\n\n"
           "1. THE LOCAL LEFTIST PRESS RARELY GETS AHEAD OF PEKING.\nSHOESMITH\n")


def test_polad_is_no_person(resources: Resources) -> None:
    assert "per-polad" not in text_xml(CINCPAC, resources)


ATHENS = ("O 201520Z JUL 74\nFM USDAO ATHENS GR\nTO DIA WASHDC IMMEDIATE\nBT\nS E C R E T\n"
          "SUBJ: GREEK MOBILIZATION (U)\n\n"
          "1. (S) THE GENERAL STAFF ORDERED GENERAL MOBILIZATION OF RESERVISTS TODAY.\n\n"
          "2. (S) GEN GRIGORIOS BONANOS MET THE MINISTER FOR TWO HOURS.\nHOLDEN\nBT\n")


def test_greek_given_name_after_rank_and_general_as_adjective(resources: Resources) -> None:
    xml = text_xml(ATHENS, resources)
    assert ">GRIGORIOS BONANOS</persName>" in xml
    assert "per-mobilization" not in xml


HONG_KONG = ("R 140745Z OCT 77\nFM AMCONSUL HONG KONG\nTO SECSTATE WASHDC 6612\n\n"
             "C O N F I D E N T I A L HONG KONG 12408\n\nSUBJECT: PRC: LEFTIST PRESS\n\n"
             "1. FEI YI-MING, WHO HAS EDITED TA KUNG PAO SINCE THE 1950S, TOLD CONOFF\n"
             "THAT THE LINE ON WAGES WAS NOW FINISHED.\nSHOESMITH\n")


def test_wade_giles_name_in_capitals_the_register_lacks(resources: Resources) -> None:
    assert ">FEI YI-MING</persName>" in text_xml(HONG_KONG, resources)


USUN = ("O 272314Z MAR 76\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC IMMEDIATE 3689\n\n"
        "C O N F I D E N T I A L USUN 1207\n\nSUBJECT: SECURITY COUNCIL\n\n"
        "1. TANZANIAN PERMREP SALIM CIRCULATED TO NON-ALIGNED MEMBERS A REVISED DRAFT.\n\n"
        "2. VOTE IS EXPECTED MARCH 31.\nSCRANTON\n")


def test_delegate_verb_after_surname_is_no_name(resources: Resources) -> None:
    xml = text_xml(USUN, resources)
    assert "per-salim-circulated" not in xml
    assert 'ref="#per-salim-ahmed-salim">SALIM</persName>' in xml


RIO = ("R 191240Z MAY 76\nFM AMCONSUL RIO DE JANEIRO\nTO SECSTATE WASHDC 4471\n\n"
       "C O N F I D E N T I A L RIO DE JANEIRO 2175\n\nSUBJECT: GUANABARA MDB SPLITS\n\n"
       "1. THE DIRECTORATE MET MAY 17 AND FAILED TO AGREE.\nGRANT\n")


def test_rio_de_janeiro_holds_no_month(resources: Resources) -> None:
    assert text_facts(RIO, resources)["date"] == "1976-05-19"
