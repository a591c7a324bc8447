"""Rules for US cables and intelligence records as published online, learnt from real pages
(cables86: WikiLeaks PlusD printout pages of 1974-1979 on its mirrors, a CIA reading room
record of the Agency's copy of a State circular, a JFK-records site's transcript of an FBI
file, a Venona retranslation, an OSS memorandum's OCR, a Hong Kong despatch's last page):

- the State Department's systematic-review stamp goes to `availability` as before, as
  plain text (the lead took back the reviewer's mark: the header's reuse statement names
  none of the document's persons, as `test_convert_misses14_rules` holds);
- a delegation list in a capitals cable, each member a surname alone before his office and a
  comma (`CONSISTED OF ROMANOV, DEPUTY CHIEF, MFA ...; KOVALEV, ...; AND YAKOVLYEV,
  COUNSELOR, MFA ...`): each surname a person (`capitals_roles.capitals_apposition`, the
  `apposition` rule's capitals branches, which no longer take a function word into a name;
  `counselor` joins table `apposition-roles`);
- two drafters glued by a colon (`OES:NET/RD:HDBENGELSDORF:JBDEVINE:LMT`): the second is an
  officer too (`drafting_lines._joint_drafter`); the Secretariat's office with a stray colon
  (`S/S:O:DLMACK`) is an office symbol before its officer (`drafting_lines._OFFICE_BEFORE`);
- the E.O. line's classifier surname first with the middle initial unstopped (`(DEVINE,
  FRANK J) OR-M`, `heading-us-cable` row `declassification`, group `inverted`);
- the Agency's copy of a State cable as CREST flattens it: the copy's classification, page
  and time of receipt with the routing indicators (`UNCLASSIFIED PAGE 001 TOR: 0805492 MAR
  84 00 RUEAIIB ...`, `heading-us-cable` row `routing`), the collective address (`TO ALL
  AMERICAN REPUBLIC DIPLOMATIC POSTS IMMEDIATE`), `INFO RUEHxx/...`, `XMT ...` and `BT`
  (`flattened-heading` rows `to`, `info`, `break`): the heading is read, its number line
  (`UNCLAS STATE 067977`) gives the number and Washington;
- the FBI's routing box one office a line (`Assoc. Dir.`, `Dep. AD Inv.`, `Loboratory`,
  `Director Sec'y`, ...): processing lines (`processing` row `distribution`), no signature,
  no person (`inv`, `sec'y` join table `not-names`);
- a JFK-records site's transcript title (`Transcript of 124-10271-10013.pdf`): the page's,
  its RIF number the archive's reference, no `Transcript of` record form (`page-furniture`
  row `reading-room-attachment`, group `ref`);
- the State incoming telegram form as a worse OCR flattens it (`FROM; MOSCOW TAO: Secretary
  of State NO; 191, JULY 24, 8 P.M. Rec'd ; ...`, `flattened-heading` rows `form-*`): each
  item cut out, the place and number read;
- an FBI letter's file number and date on one line at its head (`62-116395 June 17, 1975`,
  table `heading` row `dateline`): the document's date;
- register: John R. Stevenson (not Ralph Stevenson by the initial R), William C. Sullivan of
  the FBI (not the ambassador William H. Sullivan), Semyon Kozyrev's `Kuzyrev`, Gerard C.
  Smith's office of 1977-1980.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

STAMP = ("Ann P. Doerner Declassified/Released US Department of State EO Systematic Review"
         " 04 Jun 2013")
PLUSD = ("CONFIDENTIAL\nPAGE 01\nSTATE 120377\nORIGIN OES-06\n"
         "DRAFTED BY OES/OPA:KMHALVERSEN:TRPELLOW:BJK\nAPPROVED BY S/S:O:RWKESTNER\n"
         "------------------044120 121907Z /47\nO 121845Z MAY 78\nFM SECSTATE WASHDC\n"
         "TO AMEMBASSY OSLO IMMEDIATE\nC O N F I D E N T I A L STATE 120377\n"
         "E.O. 12065: GDS 5/12/84 (HALVERSEN, KARL M)\nTAGS: PLOS, NO\n"
         "SUBJECT: FISHERIES TALKS\n1. (C - ENTIRE TEXT).\n"
         "2. THE VISITING TEAM CONSISTED OF LAPTEV, DEPUTY CHIEF, MINISTRY OF FISHERIES;\n"
         "GORBUNOVSKY, COUNSELOR, MFA TREATY DIVISION; AND ZOTNIKOV, DIRECTOR OF THE\n"
         "NORTHERN BASIN AUTHORITY.\nCONFIDENTIAL\nPAGE 02\nSTATE 120377\n"
         f"{STAMP}\n{STAMP}\n3. EMBASSY SHOULD INFORM THE MINISTRY.\n")


def test_review_stamp_goes_to_availability(resources: Resources) -> None:
    xml = text_xml(PLUSD, resources)
    availability = xml.split("<availability>", 1)[1].split("</availability>", 1)[0]
    assert "Ann P. Doerner Declassified/Released" in availability


def test_delegation_surnames_before_their_offices(resources: Resources) -> None:
    xml = text_xml(PLUSD, resources)
    for name in ("LAPTEV", "GORBUNOVSKY", "ZOTNIKOV"):
        assert f'">{name}</persName>' in xml
    assert ">CONSISTED OF" not in xml


def test_joint_drafter_and_secretariat_office(resources: Resources) -> None:
    xml = text_xml(PLUSD, resources)
    assert '">TRPELLOW</persName>' in xml
    assert '">RWKESTNER</persName>' in xml
    assert '">BJK</persName>' not in xml


def test_classifier_with_unstopped_initial(resources: Resources) -> None:
    xml = text_xml(PLUSD, resources)
    assert '">HALVERSEN, KARL M</persName>' in xml


CREST = ("Approved For Release 2010/04/09 : CIA-RDP91B00390R000300410017-2 UNCLASSIFIED PAGE "
         "001 TOR: 1804212 FEB 86 00 RUEAIIB ZNR UUUUU ZOC STATE ZZH 00 RUEHC DE RUEHC #4410 "
         "0490355 ZNR UUUUU ZZH 0 R 180322Z FEB 86 ZEX FM SEC.GTATC WAGWIIN TO ALL DIPLOMATIC "
         "AND CONSULAR POSTS PRIORITY RUEHKG/AMEMBASSY KINGSTON PRIORITY 0000 INFO "
         "RUEHMI/AMCONSUL MIAMI 0000 XMT AMEMBASSY BRIDGETOWN BT UNCLAS STATE 054410 E.O. "
         "12356: N/A TAGS: SOPN, HA SUBJECT: PRESS GUIDANCE 1. FOLLOWING IS THE GUIDANCE FOR "
         "THE NOON BRIEFING ON THE FERRY SINKING NEAR JEREMIE AND THE SEARCH FOR SURVIVORS "
         "WHICH THE COAST GUARD IS CONDUCTING WITH HAITIAN AUTHORITIES TODAY.\n")


def test_crest_copy_of_a_state_circular(resources: Resources) -> None:
    facts = text_facts(CREST, resources)
    assert facts["telegram_number"] == "054410"
    assert facts["place_of_origin"] == "Washington"
    assert 'subtype="routing">UNCLASSIFIED PAGE 001 TOR:' in text_xml(CREST, resources)


FBI = ("Transcript of 124-10333-10044.pdf\n=====\nPage 1\n=====\nUNITED STATES GOVERNMENT\n"
       "Memorandum\nTO : Mr. W. C. Sullivan\nFROM : Mr. D. J. Brennan\n"
       "SUBJECT: TRAVEL OF A TRADE DELEGATION\nDATE: April 3, 1968\n"
       "The delegation will now visit Detroit before returning to New York.\n"
       "Assoc. Dir.\nDep. AD Adm.\nDep. AD Inv.\nGen. Inv.\nLoboratory\nPlan. & Evol_\n"
       "Telephone Rm.\nDirector Sec'y\n")


def test_fbi_routing_box_and_transcript_title(resources: Resources) -> None:
    facts = text_facts(FBI, resources)
    assert facts["signed"] is None
    assert facts["doc_type"] == "memorandum"
    assert facts["archive_idno"] == "124-10333-10044"
    assert facts["addressee"] == ["William C. Sullivan"]
    xml = text_xml(FBI, resources)
    assert 'subtype="distribution">Loboratory</ab>' in xml
    assert '"#per-inv"' not in xml and '"#per-sec-y"' not in xml


def test_register_stevenson_with_unstopped_initial(resources: Resources) -> None:
    text = PLUSD.replace("TO AMEMBASSY OSLO IMMEDIATE\n",
                         "TO AMEMBASSY OSLO IMMEDIATE\n").replace(
        "SUBJECT: FISHERIES TALKS\n", "SUBJECT: FISHERIES TALKS\n"
        "ATTENTION: AMBASSADOR JOHN R STEVENSON\n")
    assert '"#per-john-r-stevenson"' in text_xml(text, resources)


INCOMING = ("Approved For Release 2001/10/30 : CIA-RDP62B00844R000300100017-2 INCOMING TELEGRAM "
            "Department of State 61 Action EUR CONFIDENTIAL Cantro.l ; 10422 FROM; WARSAW TAO: "
            "Secretary of State NO; 214, AUGUST 2, 6 P.M. Rec'd ; AUGUST 3, 1957 1;05 A.M. Info "
            "SS G SP PASS DEFENSE. FOREIGN MINISTRY OFFICIAL TOLD EMBASSY TODAY THAT THE TRADE "
            "TALKS WOULD OPEN NEXT WEEK AND THAT THE DELEGATION WOULD BE LED BY A DEPUTY MINISTER "
            "OF FOREIGN TRADE. EMBASSY WILL REPORT FURTHER AS THE AGENDA BECOMES KNOWN.\n")


def test_incoming_form_under_a_worse_ocr(resources: Resources) -> None:
    facts = text_facts(INCOMING, resources)
    assert facts["place_of_origin"] == "Warsaw"
    assert facts["telegram_number"] == "214"


def test_fbi_file_number_dateline(resources: Resources) -> None:
    text = ("62-116395 June 17, 1975\nUNITED STATES SENATE SELECT COMMITTEE\n"
            "RE: MANUAL OF INSTRUCTIONS\nReference is made to the committee's letter of "
            "April 3, 1975, which asked for the superseded sections.\n")
    assert text_facts(text, resources)["date"] == "1975-06-17"
