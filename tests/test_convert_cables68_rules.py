"""Rules for US cables in the forms their publishers give them (cables68):

- a post's cable in capitals whose last point ends with a surname the register does not know
  (`... AT ONCE. NORLAND`) is signed by it (`forms/us_cable._post_signer`), unless the word
  is one a cable closes with (table `cable-closing-words`: `REGARDS`);
- an AAD record page's `Top of Page` link is navigation, no signature;
- the airgram form's records box (`FOR RM USE ONLY`) is a form line, so the heading goes on
  to the number, `FROM :` and `DATE:`; a label padded to its colon (`REF    :`) opens its own
  line under the subject;
- NARA's citation over a scanned copy (`RG 59, Central Decimal File 1955-59, 764.00/10-2656`,
  table `archival-reference`, row `record-group`) stands on its own line and gives the
  shelfmark;
- the Kennedy Library's folder citation and `Digital Identifier:` line are references, not
  the telegram's heading;
- a research database's `Source: State` names the originating agency (table
  `originating-agencies`), no shelfmark;
- (seen on the held sample) the 1950s incoming form's foot, its permanent record notice
  (`PERMANENT RECORD COPY. THIS COPY MUST BE RETURNED TO DC/R CENTRAL FILES`) and the
  telegraph branch's initials (`JH:CB`), is no signature: the surname over them signs.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _post_cable(last: str, foot: str = "") -> str:
    return (
        "CONFIDENTIAL\n\nPAGE 01        LILONG 01234  101310Z\n"
        "O 101245Z MAR 78\nFM AMEMBASSY LILONGWE\nTO SECSTATE WASHDC IMMEDIATE 2210\n\n"
        "C O N F I D E N T I A L LILONGWE 1234\n\nE.O. 11652: GDS\nTAGS: PFOR, MI\n"
        "SUBJECT: BANDA ON RHODESIA\n\n"
        "1. PRESIDENT BANDA RECEIVED ME THIS MORNING AND SPOKE OF THE RAIDS.\n\n"
        f"2. HE ASKED FOR OUR VIEWS ON THE INTERNAL SETTLEMENT. {last}\n\n"
        f"CONFIDENTIAL\n\nNNN\n{foot}")


def test_an_unknown_surname_closing_a_posts_cable_signs_it(resources: Resources) -> None:
    facts = text_facts(_post_cable("STEVENSON"), resources)
    assert facts["signed"] == "STEVENSON"
    assert facts["sender"] == ["Stevenson"]


def test_a_closing_word_is_no_signature(resources: Resources) -> None:
    assert not text_facts(_post_cable("REGARDS"), resources)["signed"]


def test_top_of_page_is_no_signature(resources: Resources) -> None:
    facts = text_facts(_post_cable("CUTLER", "\nBack to Search Results\nTop of Page\n"),
                       resources)
    assert facts["signed"] == "CUTLER"


AIRGRAM = (
    "RG 59, Central Foreign Policy Files, 1967-69, POL 15-1 MOR\n"
    "National Archives, College Park, Maryland\n\n"
    "   AIRGRAM                                  DEPARTMENT OF STATE\n\n"
    "                                                 FOR RM/R USE ONLY\n"
    "   LIMITED OFFICIAL USE            HANDLING INDICATOR\n\n"
    "                A-145\n"
    "   TO     :  Department of State\n"
    "   FROM   :  Amembassy RABAT                          DATE:  March 22, 1968\n"
    "   SUBJECT:  The King's Audiences\n"
    "   REF    :  Rabat 3310\n\n"
    "   1. King Hassan received the party leaders on March 18.\n\n"
    "                                                       TASCA\n")


def test_the_airgram_records_box_keeps_the_heading_going(resources: Resources) -> None:
    facts = text_facts(AIRGRAM, resources)
    assert facts["telegram_number"] == "A-145"
    assert facts["place_of_origin"] == "Rabat"


def test_a_padded_reference_label_opens_its_own_line(resources: Resources) -> None:
    xml = text_xml(AIRGRAM, resources)
    assert 'subtype="reference">REF : ' in xml
    assert "Audiences REF" not in xml


def test_nara_citation_run_into_the_archive_line_gives_the_shelfmark(
        resources: Resources) -> None:
    facts = text_facts(
        "RG 59, Central Decimal File 1955-59, 764.00/10-2656\n"
        "National Archives at College Park -- microfilm C-0113, reel 4\n\n"
        "INCOMING TELEGRAM     Department of State\n\n"
        "Control: 13455\nRec'd: October 26, 1956\n\nFROM: Budapest\n"
        "TO: Secretary of State\nNO: 181, October 26, 2 p.m.\n\n"
        "Fighting continues in several districts this morning.\n\nBARNES\n", resources)
    assert facts["archive_idno"] == "764.00/10-2656"


def test_the_kennedy_library_citation_lines_are_references(resources: Resources) -> None:
    facts = text_facts(
        "John F. Kennedy Presidential Library and Museum\n"
        "Papers of John F. Kennedy. Presidential Papers. National Security Files. "
        "Countries. Cuba: Cables, 10/21/62-10/22/62\n"
        "JFKNSF-040-004-p0023\nDigital Identifier: JFKNSF-040-004\n\n"
        "                 TOP SECRET\n         JOINT CHIEFS OF STAFF\n"
        "            MESSAGE CENTER\n          INCOMING MESSAGE\n\n"
        "ZCZC\nOO RUEPCR\nZNY TTTTT\nO 211817Z OCT 62\nFM CINCLANT\nTO JCS\nBT\n"
        "1. REINFORCEMENT OF GUANTANAMO COMPLETED TODAY.\nBT\n", resources)
    assert facts["date"] == "1962-10-21"
    assert "JFKNSF-040-004" in facts["archive_idno"]


def test_a_database_source_naming_an_agency_is_no_shelfmark(resources: Resources) -> None:
    facts = text_facts(
        "Declassified Documents Reference System\n"
        "Title: Malawi: Banda on Rhodesia.\nSource: State\nDate: Mar 10, 1978\n"
        "Document Number: CK3100512234\nFull Text (OCR):\n\n" + _post_cable("STEVENSON"),
        resources)
    assert facts["archive_idno"] == "CK3100512234"


def test_the_permanent_record_notice_is_no_signature(resources: Resources) -> None:
    facts = text_facts(
        "INCOMING TELEGRAM     Department of State\n\nSECRET\n"
        "Control: 8712\nRec'd: June 18, 1954\n\nFROM: Guatemala City\n"
        "TO: Secretary of State\nNO: 1124, June 18, 11 a.m.\n\n"
        "Foreign Minister Toriello called me to his office this morning.\n\n"
        "PEURIFOY\n\nJH:CB\nSECRET\n"
        "PERMANENT RECORD COPY. THIS COPY MUST BE RETURNED TO DC/R CENTRAL FILES\n",
        resources)
    assert facts["signed"] == "PEURIFOY"
