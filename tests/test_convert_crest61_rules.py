"""Rules for US intelligence-agency records as their reading rooms release them (crest61):

- a CIA intelligence information cable's head: the agencies it was disseminated to in lines of
  codes (`STATE/INR DIA NMCC/MC (SECDEF JCS ARMY NAVY AIR) ...`), the espionage notice wrapped
  over its lines, `CITE` before the TDCS number; a heading line (the notice's sentence) is no
  prose that lets a `SOURCE:` field open a page's foot; under the text the downgrading group
  (`GROUP 1` / `EXCLUDED FROM AUTOMATIC` / ...), the letter-spaced grade and the dissemination
  controls are the form's foot;
- an FBI teletype: `NR 022 WA CODE`, the time-precedence-date line with the date month first
  (`615PM URGENT 5-2-66 RLB`), the office lines with file numbers (`TO SAC CHICAGO (...)`,
  `FROM DIRECTOR FBI (...)`), the foot (`END`, `b6`, `RECEIVED: ...`, `NOT RECORDED`) and the file
  serial stamped on the copy as the archival reference; `SAC` in the Bureau's traffic is the
  FBI's Special Agent in Charge, elsewhere the Strategic Air Command (`name-context`);
- a DIA message: a `DATE:` under a declassification line is the release's date, not the
  message's; `PAGE 001  TOR: ...` is the time of receipt; the message's own `BODY` line (capitals,
  no colon, under its address lines) is no reading room's label over a document;
- an NSA release: `DOCID:` is the archive's reference, the release stamp and codeword grades
  (`TOP SECRET DINAR`) are furniture, `(b)(3)-P.L. 86-36` marks close the text, `DIRNSA` is the
  NSA; `Bundy` is McGeorge Bundy in a White House context;
- CIA routing slips (Form 237, Form 610) over a memorandum are heading furniture (no addressee
  `NAME`), and a title naming a reaction to something (`SOVIET REACTION TO THE MINING OF
  HAIPHONG`) is a subject, no parties;
- US ranks abbreviated before a name (`LTC JAMES R. HOLLIS`), and a letter with its stop after
  the given name an initial, never the article (`LTC JOHN A. MERCER`);
- the FBI teletype's form and stations (`FD-36 (Rev. ...)`, `Transmit the following in ...`,
  `FBI WASH DC` / `FBI SEATTLE`) head it, the operators' acknowledgment (`PLS ACK FOR ONE TEL`,
  `TU DISC`) closes it; the JFK collection's CIA cable: its `RETURN TO CIA` stamp, the grade
  with the day-time, the station's number after `CITE` (`DIR CITE CARA 3391`), the
  reproduction notice at the foot.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CIA_CABLE = (
    "INTELLIGENCE INFORMATION CABLE\n"
    "STATE/INR DIA NMCC/MC (SECDEF JCS ARMY NAVY AIR) CIA/NMCC NIC NSA SDO\n"
    "THIS MATERIAL CONTAINS INFORMATION AFFECTING THE NATIONAL DEFENSE OF THE UNITED STATES\n"
    "WITHIN THE MEANING OF THE ESPIONAGE LAWS, TITLE 18, U.S.C. SECS. 793 AND 794, THE\n"
    "TRANSMISSION OR REVELATION OF WHICH IN ANY MANNER TO AN UNAUTHORIZED PERSON IS PROHIBITED.\n"
    "S E C R E T\n"
    "CITE TDCS DB-315/01122-70\n"
    "DIST 3 MARCH 1970\n"
    "COUNTRY: LAOS\n"
    "SUBJECT: PLANS OF THE PATHET LAO\n"
    "SOURCE: A LAO OFFICIAL WHO HAS REGULAR ACCESS TO THE MEMBERS OF THE ROYAL LAO\n"
    "CABINET. HE HAS REPORTED RELIABLY SINCE 1967.\n"
    "1. ON 1 MARCH THE CABINET DISCUSSED THE FIGHTING ON THE PLAINE DES JARRES AND THE\n"
    "REQUESTS OF THE ARMY FOR MORE AIR SUPPORT.\n"
    "GROUP 1\n"
    "EXCLUDED FROM AUTOMATIC\n"
    "DOWNGRADING AND\n"
    "DECLASSIFICATION\n"
    "S E C R E T\n"
    "NO FOREIGN DISSEM/CONTROLLED DISSEM\n"
)

FBI_TELETYPE = (
    "NR 031 WA PLAIN\n"
    "520PM URGENT 6-4-67 TLM\n"
    "TO SAC BOSTON (100-41123)\n"
    "FROM DIRECTOR FBI (100-44120)\n"
    "PEACE COUNCIL, IS - C.\n"
    "REURTEL JUNE TWO LAST. BOSTON ADVISE BUREAU PROMPTLY. SUTEL.\n"
    "END\n"
    "b6\n"
    "RECEIVED: 5:41 PM RJK\n"
    "100-44120-391\n"
)

DIA_MESSAGE = (
    "DECLASSIFIED BY DIA/DAN-1A\n"
    "DATE: 3 MAY 2002\n"
    "PAGE 001  TOR: 081210Z JUL 82\n"
    "R 081200Z JUL 82\n"
    "FM USDAO BONN GE\n"
    "TO RUEKJCS/DIA WASHDC\n"
    "BT\n"
    "BODY\n"
    "COUNTRY: (U) WEST GERMANY (GE).\n"
    "1. (C) THE BUNDESWEHR HELD AN EXERCISE NEAR KASSEL.\n"
    "PREP: (U) LTC WALTER J. BRENNER, USA.\n"
    "BT\n"
)


def test_the_cia_cable_head_and_foot_are_the_form_s(resources: Resources) -> None:
    xml = text_xml(CIA_CABLE, resources)
    facts = text_facts(CIA_CABLE, resources)
    assert facts["telegram_number"] == "TDCS DB-315/01122-70"
    assert facts["date"] == "1970-03-03"
    assert 'subtype="other">STATE/' in xml
    assert 'subtype="other">SOURCE: A LAO OFFICIAL' in xml
    assert "CABINET. HE HAS" in xml.split("<text>")[1]  # the field, not a page's source note
    assert "<item n=\"1\">" in xml
    assert 'subtype="other">DOWNGRADING AND</' in xml
    assert "<signed>" not in xml


def test_the_fbi_teletype_is_dated_month_first_and_filed_by_its_serial(
        resources: Resources) -> None:
    facts = text_facts(FBI_TELETYPE, resources)
    xml = text_xml(FBI_TELETYPE, resources)
    assert facts["date"] == "1967-06-04"
    assert facts["archive_idno"] == "100-44120-391"
    assert 'subtype="routing">NR 031 WA PLAIN' in xml
    assert 'ref="#org-federal-bureau-of-investigation">SAC</orgName>' in xml
    assert "org-strategic-air-command" not in xml


def test_sac_outside_the_bureau_s_traffic_is_the_air_command(resources: Resources) -> None:
    xml = text_xml("Washington, 3 May 1961\n\nSAC bombers stayed on airborne alert.\n",
                   resources)
    assert 'ref="#org-strategic-air-command">SAC</orgName>' in xml


def test_the_dia_release_date_and_body_line(resources: Resources) -> None:
    facts = text_facts(DIA_MESSAGE, resources)
    xml = text_xml(DIA_MESSAGE, resources)
    assert facts["date"] == "1982-07-08"
    assert facts["date_received"] == "1982-07-08T12:10"
    assert facts["place_of_origin"] == "Bonn"
    assert 'subtype="sender">FM USDAO' in xml
    assert "per-walter-j-brenner" in xml


def test_the_nsa_release_and_its_marks(resources: Resources) -> None:
    text = ("DOCID: 4012233\n"
            "Approved for Release by NSA on\n"
            "10-12-2007, FOIA Case # 51609\n"
            "TOP SECRET DINAR\n"
            "050915Z AUG 64\n"
            "FROM: DIRNSA\n"
            "TO: WHITE HOUSE (ATTN: MR. BUNDY) CIA DIA STATE\n"
            "SUBJECT: DRV NAVAL ACTIVITY\n"
            "1. BOATS LEFT HAIPHONG ON 4 AUGUST.\n"
            "(b)(3)-P.L. 86-36\n"
            "TOP SECRET DINAR\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["archive_idno"] == "4012233"
    assert facts["date"] == "1964-08-05"
    assert 'ref="#org-national-security-agency">DIRNSA</orgName>' in xml
    assert "per-mcgeorge-bundy" in xml
    assert 'subtype="other">(b)(3)-P.L. 86-36</ab>' in xml


def test_a_routing_slip_names_no_addressee_and_a_reaction_title_no_parties(
        resources: Resources) -> None:
    text = ("SOVIET REACTION TO THE SUMMIT\n\n"
            "Content Type:\nMEMO\nBody:\n"
            "OFFICIAL ROUTING SLIP\n"
            "TO NAME AND ADDRESS DATE INITIALS\n"
            "1 DCI\n"
            "FOLD HERE TO RETURN TO SENDER\n"
            "FORM NO. 237 Use previous editions\n"
            "12 June 1972\n"
            "MEMORANDUM FOR: Director of Central Intelligence\n"
            "SUBJECT: Soviet Reaction to the Summit\n"
            "1. Moscow is pleased.\n"
            "Edward W. Proctor\n"
            "Deputy Director for Intelligence\n")
    xml = text_xml(text, resources)
    assert "per-name" not in xml
    assert "<roleName>SOVIET REACTION</roleName>" not in xml
    assert 'subtype="other">TO NAME AND ADDRESS DATE INITIALS</ab>' in xml


def test_the_fbi_form_and_station_lines_head_a_field_office_s_teletype(
        resources: Resources) -> None:
    text = ("FD-36 (Rev. 5-22-64)\n"
            "FBI\n"
            "Transmit the following in PLAIN TEXT\n"
            "Via TELETYPE URGENT\n"
            "FBI WASH DC\n"
            "FBI SEATTLE\n"
            "1015PM NITEL 9/3/70 KLR\n"
            "TO DIRECTOR (100-45221)\n"
            "FROM SEATTLE (100-3317) (P)\n"
            "STUDENT COMMITTEE, IS - C.\n"
            "SOURCE ADVISED TODAY THAT THE MEETING WAS PUT OFF.\n"
            "END\n"
            "PLS ACK FOR ONE TEL\n"
            "TU DISC\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["date"] == "1970-09-03"
    assert facts["place_of_origin"] == "Seattle"
    assert 'subtype="routing"><orgName ref="#org-federal-bureau-of-investigation">FBI</orgName>' \
        ' <placeName ref="#pla-washington">WASH DC</placeName></ab>' in xml  # (cables83) a place
    assert 'subtype="other">TU DISC</ab>' in xml
    assert "<signed>" not in xml


def test_a_cia_cable_is_numbered_by_its_station_s_cite(resources: Resources) -> None:
    text = ("RETURN TO CIA\n"
            "Background Use Only\n"
            "Do Not Reproduce\n"
            "CLASSIFIED MESSAGE\n"
            "TO     : DIRECTOR\n"
            "FROM   : CARACAS\n"
            "                                  4 JUN 64     IN 40112\n"
            "SECRET 041710Z\n"
            "DIR CITE CARA 3391\n"
            "1. STATION HAS NO FURTHER TRACES.\n"
            "SECRET\n"
            "REPRODUCTION BY OTHER THAN THE ISSUING OFFICE IS PROHIBITED.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["telegram_number"] == "CARA 3391"
    assert facts["date"] == "1964-06-04"
    assert "per-return" not in xml


def test_a_letter_with_its_stop_after_a_rank_is_an_initial(resources: Resources) -> None:
    xml = text_xml(DIA_MESSAGE.replace("WALTER J. BRENNER", "JOHN A. MERCER"), resources)
    assert "per-john-a-mercer" in xml
    assert 'ref="#per-john"' not in xml
