"""Rules for US government cables as the archives and presidential libraries present them
(cables64):

- the White House Communications Agency's CAP relay to the President (LBJ Library): the
  start-of-message signal and White House station lines (`ZCZCWHA123`, `OO WTE10`, `DE WTE
  1411`, no number sign), `FROM WALT ROSTOW` without a colon (the sender), `CITE CAP67431`
  (the number) are heading lines (table `heading-us-cable`);
- the Johnson Library's citation with the folder's title in quotes after the box and its
  `Digitized from the holdings of ...` line are the archive's lines, not the heading;
- a presidential library's declassification stamp in capitals with a comma before the item
  (`AUTHORITY MR 04-12, #3; State Review 5/12/04`) and NARA's `Authority NND 959107` are
  later handling: their dates never give the year of a cable dated `AUG 75`;
- the Situation Room's captions over a relayed cable (`SIT:`, `EOB:`, `SIT: BRZ HEN`,
  `WHSR COMMENT: ...`), its page line with DTG and PSN and its `TOR:`/`CSN:` line are heading
  lines, so the heading goes on to the cable's own envelope;
- the Clinton Library's three-line stamp (`Declassified per E.O. 13526` / `2014-0010-M
  (1.07)` / `8/18/2015 KBH`) is a release stamp (table `boilerplate`): its year is not the
  cable's;
- NARA AAD's full record copied with each label alone over its value: label and value are
  joined as a record field (`pages/aad._joined`; AAD's other labels in `page-fields` and the
  `aad-record` row `tail`);
- a second reference lettered under `REFS:` (`B. COMUSMACV 09641/260730Z MAR 65`, `B. PORT
  AU PRINCE 4102`) stays in the heading;
- a classification alone letter-spaced or between dashes (`C O N F I D E N T I A L`,
  `-SECRET-`) is a heading line;
- a State FOIA release's exemption code in brackets (`TOLD (B6) THAT`, `3. (B1)`) is a
  gap not declassified (table `obfuscations`, row `not-declassified`);
- the Department's outgoing telegram form's time stamp in figures (`1962 MAY 12 PM 7 44`),
  a receipt on the incoming form, is the sending date of an `OUTGOING TELEGRAM`
  (`outgoing_stamp.py`);
- register: Leonard Unger was ambassador in Laos from 1962 (`Ambassador Unger`); Robert
  W. Komer held the rank of ambassador in 1967-1968 (`AMBASSADOR KOMER`); Bromley Smith,
  who sent CAP relays, is a person, not the place of a sender field.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CAP = (
    "LBJ Library, National Security File, Files of Walt W. Rostow, Box 16, \"Meetings\"\n"
    "Digitized from the holdings of the Lyndon B. Johnson Presidential Library\n\n"
    "-SECRET-\n\nZCZCWHA123\nOO WTE10\nDE WTE 1411\nFROM WALT ROSTOW\nTO THE PRESIDENT\n"
    "CITE CAP67431\n\nS E C R E T\n\nMAY 16, 1967\n\n"
    "1. AMBASSADOR KOMER HAS TAKEN UP HIS NEW DUTIES IN SAIGON.\n\n"
    "2. THE MISSION COUNCIL MET THIS MORNING.\n\nDTG: 161650Z MAY 1967\n"
)


def test_a_cap_relay_names_its_sender_and_number(resources: Resources) -> None:
    facts = text_facts(CAP, resources)
    assert facts["sender"] == ["Walt Rostow"]
    assert facts["telegram_number"] == "CAP67431"
    assert facts["date"] == "1967-05-16"
    assert facts["doc_type"] == "cable"


def test_the_library_lines_are_no_heading(resources: Resources) -> None:
    xml = text_xml(CAP, resources)
    assert "<head>" not in xml
    assert '<ab type="registry" subtype="routing">DE WTE 1411</ab>' in xml


def test_komer_is_an_ambassador_in_1967(resources: Resources) -> None:
    assert "#per-robert-w-komer" in text_xml(CAP, resources)


def test_an_unknown_sender_of_a_relay_is_no_place(resources: Resources) -> None:
    facts = text_facts(CAP.replace("WALT ROSTOW", "BROMLEY SMITH"), resources)
    assert facts["sender"] == ["Bromley Smith"]
    assert facts["place_of_origin"] is None


SECTO = (
    "DECLASSIFIED\nAUTHORITY MR 04-12, #3; State Review 5/12/04\nBY dal NARA, DATE 8/3/04\n\n"
    "O 231745Z AUG 75\nFM USDEL JERUSALEM\nTO THE WHITE HOUSE\n"
    "T O P S E C R E T SECTO 10042\nNODIS\n\n"
    "1. I MET RABIN AND ALLON THIS EVENING.\n\n2. TOMORROW I FLY TO ALEXANDRIA.\n\n"
    "KISSINGER\n"
)


def test_a_stamp_in_capitals_does_not_date_the_cable(resources: Resources) -> None:
    facts = text_facts(SECTO, resources)
    assert facts["date"] == "1975-08-23"
    assert facts["sender"] == ["Henry Kissinger"]


def test_the_national_archives_authority_is_a_stamp(resources: Resources) -> None:
    text = SECTO.replace("AUTHORITY MR 04-12, #3; State Review 5/12/04", "Authority NND 959107")
    assert '<ab type="registry" subtype="declassification">Authority NND 959107</ab>' in \
        text_xml(text, resources)


WHSR = (
    "S E C R E T\n\nPAGE 01 OF 01 KINSHA 4410 DTG: 171405Z MAY 78 PSN: 041118\n"
    "TOR: 137/1452Z CSN: HCE207\n\nDISTRIBUTION: BRZ-01 /001 A2\n\n"
    "WHSR COMMENT: DR. BRZEZINSKI HAS SEEN\n\nSIT: BRZ\nEOB:\n\nOP IMMED\n"
    "DE RUEHKI #4410 1371405\nO 171405Z MAY 78\nFM AMEMBASSY KINSHASA\n"
    "TO SECSTATE WASHDC IMMEDIATE 6602\nBT\nS E C R E T KINSHASA 4410\n\n"
    "1. MOBUTU ASKED FOR TRANSPORT AIRCRAFT.\n\n2. PLEASE INSTRUCT.\nCUTLER\nBT\n"
)


def test_the_situation_room_captions_are_heading_lines(resources: Resources) -> None:
    facts = text_facts(WHSR, resources)
    assert facts["telegram_number"] == "4410"
    assert facts["place_of_origin"] == "Kinshasa"
    assert facts["date"] == "1978-05-17"
    xml = text_xml(WHSR, resources)
    assert '<ab type="registry" subtype="distribution">EOB:</ab>' in xml


def test_the_situation_room_page_line_is_a_heading_line(resources: Resources) -> None:
    xml = text_xml(WHSR, resources)
    assert 'subtype="date">PAGE 01 OF 01 KINSHA 4410 DTG:' in xml
    alone = text_xml(WHSR.replace("PSN: 041118\n", "PSN: 041118\n\n"), resources)
    assert '<ab type="registry" subtype="other">TOR: 137/1452Z CSN: HCE207</ab>' in alone


CLINTON = (
    "Declassified per E.O. 13526\n2014-0010-M (1.07)\n8/18/2015 KBH\n\n"
    "O 150110Z APR 94\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC IMMEDIATE 6011\n\n"
    "C O N F I D E N T I A L USUN NEW YORK 001654\n\n"
    "REFS: A. STATE 97233\n      B. USUN NEW YORK 1601\n\n"
    "1. IN CONSULTATIONS APRIL 14 THE COUNCIL HEARD (B6) ON THE BELGIAN DECISION.\n\n"
    "2. (B1)\n\nALBRIGHT\n"
)


def test_the_clinton_stamp_is_a_release_stamp(resources: Resources) -> None:
    facts = text_facts(CLINTON, resources)
    assert facts["date"] == "1994-04-15"
    assert facts["sender"] == ["Madeleine Albright"]
    xml = text_xml(CLINTON, resources)
    assert "<p>8/18/2015 KBH</p>" in xml[:xml.index("<text")]


def test_a_lettered_reference_stays_in_the_heading(resources: Resources) -> None:
    xml = text_xml(CLINTON, resources)
    assert '<ab type="registry" subtype="reference">B. USUN' in xml


def test_exemption_codes_in_brackets_are_gaps_not_declassified(resources: Resources) -> None:
    facts = text_facts(CLINTON, resources)
    assert facts["gaps"] == 2
    assert '<gap reason="not-declassified"><desc>(B6)</desc></gap>' in text_xml(CLINTON, resources)


AAD = (
    "Draft Date\n26 MAR 1976\nDocument Number\n1976BUENOS02012\nFilm Number\nD760114-0733\n"
    "From\nBUENOS AIRES\nTo\nSECSTATE WASHDC\nTAGS\nPINT, AR\nSubject\nJUNTA NAMES VIDELA "
    "PRESIDENT\nChannel Indicators\nn/a\nDisposition Approved on Date\n\nDisposition "
    "Authority\nFunkBR\nDocument Unique ID\n00\nLine Count\n48\nPage Count\n1\n"
    "Message Text\nCONFIDENTIAL\nO 261840Z MAR 76\nFM AMEMBASSY BUENOS AIRES\n"
    "TO SECSTATE WASHDC IMMEDIATE 1840\nC O N F I D E N T I A L BUENOS AIRES 2012\n"
    "1. THE JUNTA NAMED GENERAL VIDELA PRESIDENT.\n2. WE RECOMMEND CONTINUING RELATIONS.\n"
    "HILL\n"
)


def test_aad_labels_alone_are_joined_with_their_values(resources: Resources) -> None:
    facts = text_facts(AAD, resources)
    assert facts["archive_idno"] == "1976BUENOS02012"
    assert facts["title"] == "JUNTA NAMES VIDELA PRESIDENT"
    assert facts["sender"] == ["Robert C. Hill"]
    assert "<bibl type=\"source\">Line Count: 48</bibl>" in text_xml(AAD, resources)


OUTGOING = (
    "DEPARTMENT OF STATE\n\nOUTGOING TELEGRAM\n\n"
    "ACTION: Amembassy VIENTIANE 1311\n1962 MAY 12 PM 7 44\nSECRET\n\n"
    "Eyes only for Ambassador Unger from Secretary.\n\n"
    "1. You should see Souvanna at once.\n\n2. Governor Harriman concurs.\n\nRUSK\n"
)


def test_an_outgoing_form_is_dated_by_its_stamp(resources: Resources) -> None:
    facts = text_facts(OUTGOING, resources)
    assert facts["date"] == "1962-05-12"
    assert facts["addressee"] == ["Leonard Unger"]
