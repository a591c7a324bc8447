"""Rules for US cables as NARA's AAD, State's older FOIA releases, military message centres
and the Joint Staff give them (cables69):

- an AAD full record's fields in alphabetical order, `Message Text` among them: the fields
  under the text (`Message Attach`, `Office`, ... `Subject`, `TAGS`, `To`, `Type`) are the
  record's tail, and its `Subject` the title (`pages/aad.py`, table `aad-record`);
- the database's notice of a segment it could not expand (`MRN: ... SEGMENT NUMBER:` /
  `EXPAND ERROR ENCOUNTERED;` / `TELEGRAM TEXT FOR THIS SEGMENT IS UNAVAILABLE`) is the
  record's, and the cable's point under it opens a point of its own (row `segment`);
- the older review stamp (`REVIEW AUTHORITY: ...`, `DATE/CASE ID: 12 JUL 2006 200601847`) is
  a release stamp, never the cable's date (tables `boilerplate`, `page-stamps`);
- a message centre's `SENSITIVE` beside the grade is no signer, its `MCN = ... TOR = ...` line
  and `ZFF-4` are routing (tables `heading-us-cable`, `processing`);
- `JCS 4589 SPECIAL CATEGORY` is the number; a channel line's `INFO` copies are not
  addressees (`structure._INFO_COPIES`, `named_parties._FROM_SIDE`); `CIRCULAR 716` is a
  circular's number;
- the Nixon Presidential Materials Project's name over a closing reference is the repository
  (table `archive-name`, `pages/references._archive_over`);
- an office symbol's last letter after its slash is no initial of the surname glued after it
  (`... TO IOP/R. REINHARDT`: signed; `forms/us_cable._INITIAL_BEFORE`).

Seen on the held samples after scoring:

- a later section's first page header, its page count started again (`PAGE 01   STATE
  118770  02 OF 02  250318Z`), is a page's turn (table `page-stamps` row `printout-page`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AAD = ("Access to Archival Databases (AAD)\nRecord 3 of 9\n\n"
       "Draft Date:     15 NOV 1974\nDocument Number:     1974STATE252118\n"
       "Film Number:     D740331-0962\nLocator:     TEXT ON-LINE, ON MICROFILM\n"
       "Message Text:\nUNCLASSIFIED\nPAGE 01 STATE 252118\nR 152247Z NOV 74\n"
       "FM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\nUNCLAS STATE 252118\n"
       "SUBJECT: WORLD FOOD CONFERENCE\n"
       "1. THE CONFERENCE CLOSED IN ROME NOVEMBER 16.\n{middle}"
       "3. POSTS SHOULD REPORT BY DECEMBER 6. KISSINGER\nUNCLASSIFIED\nNNN\n{tail}")
TAIL = ("Message Attach:     n/a\nOffice:     ORIGIN IO\nReview Action:     RELEASED, APPROVED\n"
        "Status:     NATIVE\nSubject:     WORLD FOOD CONFERENCE\nTAGS:     EAGR, UN\n"
        "To:     ALL DIPLOMATIC POSTS\nType:     TE\n")
NOTICE = ("MRN: 1974STATE252118   SEGMENT NUMBER: 000002\nEXPAND ERROR ENCOUNTERED;\n"
          "TELEGRAM TEXT FOR THIS SEGMENT IS UNAVAILABLE\n")


def test_an_aad_record_s_fields_under_its_text_are_its_tail(resources: Resources) -> None:
    facts = text_facts(AAD.format(middle="2. NO FURTHER ACTION.\n", tail=TAIL), resources)
    assert facts["title"] == "WORLD FOOD CONFERENCE"
    assert facts["signed"] == "KISSINGER"
    assert facts["sender"] == ["Henry Kissinger"]


def test_an_aad_segment_notice_is_the_record_s(resources: Resources) -> None:
    facts = text_facts(AAD.format(middle=NOTICE, tail=""), resources)
    assert facts["numbered_points"] == 2
    assert facts["signed"] == "KISSINGER"
    assert facts["archive_idno"] == "1974STATE252118"


STAMPED = ("UNCLASSIFIED\n\nUNITED STATES DEPARTMENT OF STATE\n"
           "REVIEW AUTHORITY: ARCHIE M BOLSTER\nDATE/CASE ID: 12 JUL 2006 200601847\n\n"
           "CONFIDENTIAL\n\nPAGE 01 SAN SA 14012 172215Z\nO 172201Z NOV 89\n"
           "FM AMEMBASSY SAN SALVADOR\nTO SECSTATE WASHDC IMMEDIATE 2281\n"
           "C O N F I D E N T I A L SAN SALVADOR 14012\nSUBJECT: INVESTIGATION\n\n"
           "1. THE PRESIDENT TOLD ME HE WOULD ACCEPT FOREIGN ASSISTANCE. WALKER\n\n"
           "CONFIDENTIAL\n\nNNN\n")


def test_the_review_stamp_s_date_is_not_the_cable_s(resources: Resources) -> None:
    assert text_facts(STAMPED, resources)["date"] == "1989-11-17"


RELAY = ("SECRET                                                  SENSITIVE\n\n"
         "MCN = 73286/01877       TOR = 732861633       RUEKJCS\n"
         "O 131520Z OCT 73        ZFF-4\nFM SECSTATE WASHDC\nTO RUEKJCS/SECDEF WASHDC IMMEDIATE\n"
         "BT\nS E C R E T STATE 204512\nSUBJECT: RESUPPLY\n"
         "1. PRESIDENT HAS DECIDED THAT MAC AIRCRAFT WILL CARRY THE REMAINING\n"
         "ITEMS ON THE LIST DIRECT TO LOD BEGINNING OCTOBER 14.\n"
         "2. PLEASE CONFIRM SCHEDULE BY 1800 LOCAL. KISSINGER\nBT\n#4512\nNNNN\n\n"
         "SECRET                                                  SENSITIVE\n")


def test_a_message_centre_s_sensitive_signs_nothing(resources: Resources) -> None:
    facts = text_facts(RELAY, resources)
    assert facts["sender"] == ["Henry Kissinger"]
    assert facts["date"] == "1973-10-13"
    assert facts["telegram_number"] == "204512"


JCS = ("TOP SECRET\n\nO 121730Z MAY 72\nFM JCS\nTO CINCPAC\nBT\n"
       "T O P S E C R E T JCS 4589 SPECIAL CATEGORY\n"
       "PERSONAL FOR ADM GAYLER, INFO GEN HAIG, ADM ZUMWALT, GEN PALMER,\n"
       "GEN CUSHMAN, GEN RYAN, FROM ADM MOORER.\nSUBJ: MINING (U)\n"
       "1. (TS) THE PRESIDENT HAS APPROVED THE CONCEPT.\n2. (S) WARM REGARDS.\nGP-1\nBT\n\n"
       "TOP SECRET\n\nNixon Presidential Materials Project\n"
       "National Security Council Files, Box 102\n")


def test_a_jcs_channel_line_s_info_copies_are_not_addressed(resources: Resources) -> None:
    facts = text_facts(JCS, resources)
    assert facts["telegram_number"] == "JCS 4589"
    assert facts["sender"] == ["Thomas H. Moorer"]
    assert facts["addressee"] == ["Noel Gayler"]


def test_the_custodian_over_a_closing_reference_is_the_repository(
        resources: Resources) -> None:
    facts = text_facts(JCS, resources)
    assert facts["repository"] == "Nixon Presidential Materials Project"
    assert facts["signed"] is None


def test_a_circular_s_short_number(resources: Resources) -> None:
    text = ("DEPARTMENT OF STATE\nOUTGOING TELEGRAM\n\nCONFIDENTIAL\n\nCIRCULAR TELEGRAM\n"
            "ALL AMERICAN DIPLOMATIC POSTS\n\nCIRCULAR 716\n\n"
            "Following is guidance for your use.\n\nRUSK\n")
    assert text_facts(text, resources)["telegram_number"] == "716"


def test_an_office_symbol_s_last_letter_is_no_initial(resources: Resources) -> None:
    text = ("UNCLASSIFIED\n\nR 231810Z FEB 78\nFM USIA WASHDC\nTO ALL USIS POSTS\n"
            "UNCLAS USIA 04512\nSUBJECT: VISITOR PROGRAM\n"
            "1. NOMINATIONS ARE DUE IN WASHINGTON BY APRIL 15.\n"
            "2. QUESTIONS TO MS. JOHNSON, IOP/R. REINHARDT\n\nUNCLASSIFIED\n\nNNN\n")
    assert text_facts(text, resources)["signed"] == "REINHARDT"


def test_a_later_section_s_first_page_header_is_a_page_turn(resources: Resources) -> None:
    text = ("UNCLASSIFIED U.S. Department of State Case No. F-2014-20871 Doc No. C05811204 "
            "Date: 03/17/2016\n\nSECRET\n\nPAGE 01        STATE  118770  01 OF 02  250318Z\n"
            "O 250244Z APR 83\nFM SECSTATE WASHDC\nTO ALL NATO CAPITALS IMMEDIATE\n\n"
            "S E C R E T SECTION 01 OF 02 STATE 118770\n\nSUBJECT: INF DEMARCHE\n\n"
            "1. POSTS SHOULD DRAW ON THE FOLLOWING POINTS:\n\n"
            "UNCLASSIFIED U.S. Department of State Case No. F-2014-20871 Doc No. C05811204 "
            "Date: 03/17/2016\n\nSECRET\n\nPAGE 01        STATE  118770  02 OF 02  250318Z\n\n"
            "-- WE WILL CONSULT BEFORE WE TABLE ANY NEW PROPOSAL.\n\n"
            "2. REPORT REACTIONS BY CABLE. SHULTZ\n\nSECRET\n\nNNN\n")
    assert "02 OF 02" not in text_xml(text, resources)
