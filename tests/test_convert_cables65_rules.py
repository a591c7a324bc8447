"""Rules for US cables and military messages in their released renders (cables65):

- the State Department's FOIA release stamp with a nine-digit case number (the Chile and
  Argentina projects: `Case No. S199900030`) is the release stamp (`page-furniture` row
  release-stamp, `flattened-heading` row stamp);
- a printout's later page header set apart by a wide gap (`PAGE 02      MONTEV 03215 ...`)
  is kept whole (`read_cells`); with the release stamp and the grade around it, it is the
  page's turn inside the text (`page-stamps` rows release, printout-page), dropped;
- a compilation's number in square brackets (`[Document No. 6]`) is furniture, as the bare
  number is (`page-furniture` row publication);
- a military message's USMTF sets (`MSGID/`, `SUBJ/`, `REF/A/`, `NARR/`, `AMPN/`, `POC/`,
  `RMKS/`, `GENTEXT/REMARKS/`, `DECL/`) each open a line (`message_sets.SET_START`), are
  heading rows, the remarks identifier stands apart from its first point
  (`message_sets.remarks_sets`), and `DECL/OADR//` at the foot is a processing line; the
  classification may carry its subject code (`S E C R E T //N03000//`);
- a channel line in capitals between two heading lines (`PERSONAL FOR GENERAL X FROM
  GENERAL Y`) stays in the heading (`heading_tolerance._channel_between`);
- an originator's office symbol between double slashes (`FM CJCS WASHINGTON DC//CJCS//`)
  is no cable number;
- a briefing book's `Download PDF (4 pages)` is furniture; `GDS` alone under a signature
  is a processing line; the Ford Library's `NLF-MR-2008-117 #4` is its stamp; a library
  stamp's line with the reviewer's initials left blank (`BY       NARA DATE 5/14/12`) is
  kept whole (`read_cells`);
- a DocumentCloud page's title between the host's name and `Contributed by ...`
  (`pages/document_cloud.py`);
- (seen on the held sample after scoring) the Mary Ferrell Foundation's record over a cable:
  its name is the site's, `RIF#:` its archive reference, `Pages:` a record field;
- the register's H. Norman Schwarzkopf, John Shalikashvili, George Joulwan, `General Powell`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RELEASE = (
    "UNCLASSIFIED\n"
    "U.S. Department of State Case No. S199900030 Doc No. C06100001 Date: 06/30/1999\n\n"
    "CONFIDENTIAL\n\n"
    "PAGE 01      QUITO 04120  01 OF 02  101500Z\n"
    "R 101430Z MAY 74\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC 3301\n\n"
    "C O N F I D E N T I A L SECTION 1 OF 2 QUITO 4120\n\n"
    "E.O. 11652: GDS\nTAGS: PFOR, EC\nSUBJECT: FISHING DISPUTE\n\n"
    "1. THE FOREIGN MINISTER SAID THE GOVERNMENT WOULD RELEASE THE\n"
    "BOATS SEIZED LAST WEEK IF THE OWNERS PAID THE FINES\n\n"
    "UNCLASSIFIED\n"
    "U.S. Department of State Case No. S199900030 Doc No. C06100001 Date: 06/30/1999\n\n"
    "CONFIDENTIAL\n\n"
    "PAGE 02      QUITO 04120  01 OF 02  101500Z\n\n"
    "WITHIN TEN DAYS.\n\n"
    "2. WE SEE NO REASON TO OBJECT.\nBREWSTER\n\nCONFIDENTIAL\n\nNNN\n"
)

USMTF = (
    "SECRET\n\n"
    "O 201200Z FEB 91\n"
    "FM CJCS WASHINGTON DC//CJCS//\n"
    "TO USCINCCENT MACDILL AFB FL//CC//\n"
    "BT\n"
    "S E C R E T //N03000//\n"
    "PERSONAL FOR GENERAL SCHWARZKOPF FROM GENERAL POWELL\n"
    "MSGID/GENADMIN/CJCS//\n"
    "SUBJ/GROUND CAMPAIGN TIMING (U)//\n"
    "REF/A/MSG/USCINCCENT/191800ZFEB91//\n"
    "NARR/REF A IS YOUR ESTIMATE OF\n"
    "READINESS.//\n"
    "RMKS/1. (S) THE PRESIDENT HAS APPROVED THE DATE IN REF A.\n"
    "2. (U) ACKNOWLEDGE.//\n"
    "DECL/OADR//\n"
    "BT\n#0101\nNNNN\n"
)


def test_a_nine_digit_case_number_is_the_release_stamp(resources: Resources) -> None:
    xml = text_xml(RELEASE, resources)
    assert "<p>U.S. Department of State Case No. S199900030 Doc No. C06100001" in xml


def test_a_page_turn_inside_a_sentence_is_dropped(resources: Resources) -> None:
    xml = text_xml(RELEASE, resources)
    assert "PAGE 02" not in xml
    assert "PAID THE FINES WITHIN TEN DAYS." in xml
    facts = text_facts(RELEASE, resources)
    assert facts["telegram_number"] == "4120"
    assert facts["numbered_points"] == 2


def test_a_bracketed_document_number_is_furniture(resources: Resources) -> None:
    facts = text_facts(
        "Documents from the U.S. Espionage Den (4)\nU.S. Interventions in Iran (2)\n"
        "Published by: Muslim Students Following the Line of the Imam\n\n"
        "- 12 -\n\n[Document No. 3]\n\n"
        "SECRET                                   TEHRAN 01204\n\n"
        "O 051000Z FEB 79\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC IMMEDIATE 1190\nBT\n"
        "S E C R E T TEHRAN 1204\n\nTAGS: PINT, IR\nSUBJECT: BAZARGAN NAMED\n\n"
        "1. KHOMEINI NAMED BAZARGAN PRIME MINISTER TODAY.\nSULLIVAN\nBT\n", resources)
    assert facts["doc_type"] == "cable"
    assert facts["telegram_number"] == "1204"


def test_usmtf_sets_are_heading_lines_and_points(resources: Resources) -> None:
    xml = text_xml(USMTF, resources)
    assert 'subtype="subject">SUBJ/GROUND CAMPAIGN TIMING (U)//</ab>' in xml
    assert 'subtype="other">MSGID/GENADMIN/CJCS//</ab>' in xml
    assert 'subtype="reference">NARR/REF A IS YOUR ESTIMATE OF READINESS.//</ab>' in xml
    assert 'subtype="classification">S E C R E T //N03000//</ab>' in xml
    facts = text_facts(USMTF, resources)
    assert facts["numbered_points"] == 2
    assert not facts.get("signed")


def test_a_channel_line_between_heading_lines_names_the_parties(resources: Resources) -> None:
    facts = text_facts(USMTF, resources)
    assert facts["sender"] == ["Colin Powell"]
    assert "H. Norman Schwarzkopf" in facts["addressee"]
    assert not facts.get("telegram_number")


def test_download_link_and_gds_are_no_signatures(resources: Resources) -> None:
    facts = text_facts(
        "SECRET\n\nO 121500Z MAR 75\nFM AMEMBASSY PHNOM PENH\nTO SECSTATE WASHDC NIACT "
        "IMMEDIATE 4410\nBT\nS E C R E T PHNOM PENH 4410\n\n"
        "1. THE PERIMETER HOLDS FOR NOW.\nDEAN\nGDS\nBT\n\nDownload PDF (2 pages)\n",
        resources)
    assert facts["signed"] == "DEAN"


def test_the_ford_library_case_with_a_hyphen_is_its_stamp(resources: Resources) -> None:
    xml = text_xml(
        "DECLASSIFIED\nAuthority NLF-MR-2010-041 #12\n\nSECRET\n\nO 121500Z MAR 75\n"
        "FM AMEMBASSY SAIGON\nTO SECSTATE WASHDC 4410\nBT\nS E C R E T SAIGON 4410\n\n"
        "1. NOTHING NEW.\nMARTIN\n", resources)
    assert 'subtype="declassification">Authority' in xml


def test_a_document_cloud_title(resources: Resources) -> None:
    facts = text_facts(
        "DocumentCloud\nLa Paz 2201, Stedman to Rogers, 4 May 1971\n"
        "Contributed by National Security Archive\n\n"
        "CONFIDENTIAL\n\nP 041200Z MAY 71\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC 8801\n"
        "BT\nC O N F I D E N T I A L LA PAZ 2201\n\n1. THE CABINET RESIGNED.\n", resources)
    assert facts["title"] == "La Paz 2201, Stedman to Rogers, 4 May 1971"


def test_a_stamp_line_with_the_reviewer_left_blank_stays_whole(resources: Resources) -> None:
    xml = text_xml(
        "SECRET\nAuthority NLC-MR-2011-062 #9\nBY       NARA DATE 5/14/12\n\n"
        "O 021420Z NOV 78\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 6612\nBT\n"
        "S E C R E T TEHRAN 11630\n\n1. NOTHING NEW.\nSULLIVAN\n", resources)
    assert 'subtype="declassification">BY NARA DATE' in xml


def test_a_mary_ferrell_record_over_a_cable(resources: Resources) -> None:
    xml = text_xml(
        "Mary Ferrell Foundation\n\n"
        "Title: CABLE FROM SANTO DOMINGO TO SECSTATE, NO. 2210\nAgency: STATE\n"
        "RIF#: 104-10300-10010\nDate: 04/29/1965\nPages: 1\nDocument Type: CABLE\n\n"
        "INCOMING TELEGRAM  Department of State\n\nSECRET\n\n"
        "FROM: SANTO DOMINGO\nTO: Secretary of State\nNO: 2210, APRIL 29, 2 A.M.\n\n"
        "1. FIRING CONTINUES NEAR THE EMBASSY.\n\nBENNETT\n", resources)
    assert '<title type="main">CABLE FROM' in xml
    assert '<idno type="shelfmark">104-10300-10010</idno>' in xml
