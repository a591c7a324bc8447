"""Rules for US agency cables in the forms they are published (cables67):

- a routing label with its stacked symbols on its line (`Info SS G SP L H IO INR ...`) is a
  heading line however many symbols it holds, never the release's caption nor the title; so is the
  despatch form's `For Dept. Use Only   ACTION   ARA` box, and a label's row of symbols in
  the cell beside it (`INFO     INR  P  USIA  CIA  DOD`) is joined to it (table
  `heading-us-cable`, row `routing`);
- the Foreign Service despatch form's number and date typed over their captions in the
  right-hand column (`1098` / `DESP. NO.`, `March 9, 1960` / `DATE`) are the despatch's
  number and date, read with their captions after them (`captioned_cells.py`, table
  `heading`);
- a PlusD page's print view labels the record's subject over the table (`Subject: ...`):
  the cable's title (`pages/plusd.py`); a site's foot of links parted by middle dots with
  its contact page (`WikiLeaks · Contact · Submit documents`) is furniture (row
  `site-links`);
- a FOIA release's exemption code alone on its line in the margin (`B1`, `B1, B6`) is a gap
  not declassified (table `obfuscations`); the release stamp's codes on the row under its
  decision are read on the stamp's line (`RELEASED IN PART B6`) and are none
  (`captioned_cells.py`);
- a database's `Full Text (OCR):` or `OCR Text:` label starts the document (row
  `document-start`); a TDCS number whose hyphen an OCR lost (`CITE TDCS 314/03281-66`) is
  the cable's number;
- (seen on the held sample) a channel line naming the sender (`FOR THE SECRETARY FROM DEAN`)
  lets the capitals surname closing the last point sign (`forms/us_cable.py`); the outgoing
  form's action post's number in its own cell goes on its `ACTION:` row (`captioned_cells.py`),
  so that its heading holds over the charge boxes (`INDICATE: ☐ COLLECT`), and the
  form's foot read in two columns (`Telegraphic transmission and` / `classification approved
  by: ...`, `DOD - Mr. Nitze`) closes the text under the signature; Gale's database lines
  (`Archives Unbound`, `Gale Document Number:`, `Source Library:`, `© 2012 Gale, Cengage
  Learning`) are the page's; the White House Situation Room in a CIA cable's dissemination
  list keeps it a heading line; a record's label with a slash (`Document Number (FOIA) /ESDN
  (CREST): 0000119534`) is a field line of its own (`read.py`);
- register: Indonesian generals of 1966 (Amir Machmud, Mohammad Jusuf, Sarwo Edhie Wibowo),
  `Sultan of Djogjakarta`, Dilolo and Kapanga, the Beqaa Valley (`BEKAA`), Yarze,
  `Ioannides`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_routing_label_with_many_symbols_is_no_title(resources: Resources) -> None:
    facts = text_facts(
        "INCOMING TELEGRAM         Department of State\n\nControl: 1234\n"
        "Rec'd: May 3, 1961\n8:12 p.m.\nAction\nEUR\nInfo\nSS\nG\nSP\nL\nH\nIO\nINR\nCIA\n"
        "NSC\nUSIA\nOSD\nARMY\nNAVY\nAIR\nFROM: Rome\nTO: Secretary of State\n"
        "NO: 12, May 3, 7 p.m.\n\nThe Prime Minister told me that he would go to Bonn.\n\n"
        "REINHARDT\n", resources)
    assert not str(facts["title"]).startswith("Info")
    assert facts["telegram_number"] == "12"


DESPATCH = (
    "                                  CONFIDENTIAL\n"
    "                          FOREIGN SERVICE DESPATCH\n\n"
    "   FROM   :  AMEMBASSY, HAVANA                                1098\n"
    "                                                           DESP. NO.\n"
    "   TO     :  THE DEPARTMENT OF STATE, WASHINGTON.            March 9, 1960\n"
    "                                                              DATE\n"
    "   REF    :  Embtel 2287\n"
    "   SUBJECT:  Castro's Speech of March 5\n\n"
    "   For Dept. Use Only   ACTION   ARA\n"
    "                        INFO     INR  P  USIA  CIA  DOD\n\n"
    "   At the funeral on March 5 Prime Minister Fidel Castro spoke for two hours and\n"
    "   said that the explosion was sabotage.\n\n"
    "   The Embassy delivered the Department's note of protest on March 8.\n\n"
    "                                    For the Chargé d'Affaires a.i.:\n\n"
    "                                    Daniel M. Braddock\n"
    "                                    Minister-Counselor\n"
)


def test_the_despatch_number_and_date_over_their_captions(resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["outgoing_number"] == "1098"
    assert facts["date"] == "1960-03-09"
    assert facts["place_of_origin"] == "Havana"


def test_the_despatch_routing_box_stays_in_the_heading(resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["sender"] == ["Daniel M. Braddock"]
    assert "Daniel M. Braddock" in str(facts["signed"])
    xml = text_xml(DESPATCH, resources)
    assert '<ab type="registry" subtype="info">INFO' in xml
    assert "<p>At the funeral" in xml


PLUSD_PRINT = (
    "Cable: 1974STATE174120_b\nPrint view\n\n"
    "Subject: PRESIDENTIAL SUCCESSION: GUIDANCE FOR POSTS\n"
    "Date: 1974 August 9, 15:02 (Friday)\nCanonical ID: 1974STATE174120_b\n"
    "Original Classification: LIMITED OFFICIAL USE\nCurrent Classification: UNCLASSIFIED\n"
    "Handling Restrictions: -- N/A or Blank --\nCharacter Count: 1873\n"
    "Executive Order: N/A\nLocator: TEXT ON-LINE, ON MICROFILM\n"
    "TAGS: PFOR - Foreign Affairs--Foreign Relations | US - United States\n"
    "From: Department of State\nTo: ALL DIPLOMATIC AND CONSULAR POSTS\n\nContent:\n"
    "LIMITED OFFICIAL USE\nPAGE 01 STATE 174120\nO 091502Z AUG 74\n"
    "FM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS IMMEDIATE\n"
    "LIMITED OFFICIAL USE STATE 174120\nCIRCULAR\nE.O. 11652: N/A\nTAGS: PFOR, US\n"
    "SUBJECT: PRESIDENTIAL SUCCESSION: GUIDANCE FOR POSTS\n"
    "1. PRESIDENT NIXON'S RESIGNATION BECAME EFFECTIVE AT NOON TODAY.\n"
    "2. POSTS SHOULD REPORT REACTIONS, USING CAPTION \"PRESIDENTIAL SUCCESSION.\" KISSINGER\n"
    "\n\nLIMITED OFFICIAL USE\nNNN\n\nWikiLeaks · Contact · Submit documents\n"
)


def test_the_print_views_subject_line_is_the_title(resources: Resources) -> None:
    assert text_facts(PLUSD_PRINT, resources)["title"] == (
        "PRESIDENTIAL SUCCESSION: GUIDANCE FOR POSTS")


def test_a_foot_of_links_parted_by_dots_is_no_text(resources: Resources) -> None:
    facts = text_facts(PLUSD_PRINT, resources)
    assert facts["signed"] == "KISSINGER"
    assert facts["sender"] == ["Henry Kissinger"]


def test_a_margin_exemption_code_is_a_gap(resources: Resources) -> None:
    facts = text_facts(
        "RELEASED IN PART\nB1, B6\n\nSECRET\n\nO 091610Z AUG 82\n"
        "FM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC IMMEDIATE 9931\n"
        "S E C R E T TEL AVIV 12873\nSUBJECT: BEGIN ON THE HABIB PLAN\n\n"
        "1. I SAW PRIME MINISTER BEGIN AT HIS OFFICE THIS AFTERNOON.\n\n"
        "                                                B1\n\n"
        "2. DEFENSE MINISTER SHARON INTERRUPTED.\n\n"
        "                                                B1, B6\n\n"
        "3. COMMENT: BEGIN WANTS AN AGREEMENT.\nLEWIS\n", resources)
    assert facts["gaps"] == 2
    assert facts["telegram_number"] == "12873"


CIA_CABLE = (
    "Declassified Documents Reference System\n"
    "Title: Indonesia: measures after the transfer of authority.\nSource: CIA\n"
    "Date: Mar 14, 1966\nDocument Number: CK2349512044\nFull Text (OCR):\n\n"
    "                CENTRAL INTELLIGENCE AGENCY\n"
    "           Intelligence Information Cable\n\n"
    "                              SECRET  NO FOREIGN DISSEM\n\n"
    "                                          CITE TDCS 314/03281-66\n"
    "                                          DIST 14 MARCH 1966\n\n"
    "        COUNTRY     INDONESIA\n\n"
    "        SUBJECT     MEASURES TAKEN BY GENERAL SUHARTO\n\n"
    "        1. ON 13 MARCH ADAM MALIK AND THE SULTAN OF DJOGJAKARTA MET SUHARTO. GENERALS\n"
    "        AMIR MACHMUD AND M. JUSUF WERE PRESENT; COLONEL SARWO EDHIE WAS NOT.\n\n"
    "        2. FIELD DISSEM: STATE (AMBASSADOR GREEN).\n"
)


def test_an_ocr_label_starts_the_cia_cable(resources: Resources) -> None:
    facts = text_facts(CIA_CABLE, resources)
    assert facts["telegram_number"] == "TDCS 314/03281-66"
    assert facts["date"] == "1966-03-14"
    assert facts["doc_type"] == "cable"


def test_the_register_knows_the_generals_of_1966(resources: Resources) -> None:
    xml = text_xml(CIA_CABLE, resources)
    for ref in ("per-amir-machmud", "per-mohammad-jusuf", "per-sarwo-edhie-wibowo",
                "per-hamengkubuwono-ix"):
        assert f'ref="#{ref}"' in xml


def test_the_register_knows_shaba_and_lebanese_places(resources: Resources) -> None:
    xml = text_xml(
        "O 131530Z MAR 77\nFM AMEMBASSY KINSHASA\nTO SECSTATE WASHDC IMMEDIATE 3391\n"
        "S E C R E T KINSHASA 2310\n"
        "1. THE FAZ HAS SHOWN NO WILL TO FIGHT AT DILOLO OR KAPANGA. THE BOMBING WAS\n"
        "ORGANIZED FROM THE BEKAA; THE ARMY OFFERED A BUILDING IN YARZE. CUTLER\n", resources)
    for ref in ("pla-dilolo", "pla-kapanga", "pla-beqaa-valley", "pla-yarze"):
        assert f'ref="#{ref}"' in xml


def test_a_channel_line_names_the_glued_signer(resources: Resources) -> None:
    facts = text_facts(
        "Z 011050Z APR 75\nFM AMEMBASSY PHNOM PENH\nTO SECSTATE WASHDC FLASH 2102\n"
        "S E C R E T PHNOM PENH 5788\nNODIS\nSUBJECT: MARSHAL LON NOL'S DEPARTURE\n"
        "FOR THE SECRETARY FROM DEAN\n1. MARSHAL LON NOL LEFT TODAY FOR U-TAPAO.\n"
        "2. I RECOMMEND THAT WE BEGIN AT ONCE TO REDUCE THE AMERICAN PRESENCE. DEAN\n\n"
        "SECRET\nNNN\n", resources)
    assert facts["signed"] == "DEAN"


OUTGOING = (
    'Archives Unbound\n'
    'Confidential U.S. State Department Central Files. Korea: Internal Affairs, 1960-January 1963\n'
    'Reel 3, Frames 0412-0413. File 795B.00/5-1761\n'
    'Gale Document Number: SC5109874321\n'
    'Source Library: National Archives and Records Administration (College Park, Maryland)\n'
    '\n'
    'Page 1\n'
    '\n'
    '                                                        795B.00/5-1761\n'
    '          OUTGOING TELEGRAM          Department of State\n'
    '                                                          INDICATE: ☐ COLLECT\n'
    '                                                                    ☐ CHARGE TO\n'
    '     ACTION:   Amembassy SEOUL        1287\n'
    '     INFO:     CINCUNC TOKYO          ( POLAD ) 611\n'
    '               Amembassy TOKYO        2944\n'
    '\n'
    '     Origin\n'
    '      FE        May 17, 1961\n'
    '                7:42 PM\n'
    '     Info       NIACT\n'
    '      SS\n'
    '      G         Joint State-Defense message.\n'
    '      SP\n'
    '      L         Embtel 1571.\n'
    '      H\n'
    '      EUR       For Green and Magruder.\n'
    '      IO\n'
    '      P         1. Department approves position you have taken in refusing to\n'
    '      USIA      recognize authority of so-called Military Revolutionary Committee\n'
    '      NSC       and in supporting constitutional government of Prime Minister\n'
    '      INR       Chang Myon. You should continue to urge President Yun Po-sun to\n'
    '      CIA       use his influence to restore civil authority.\n'
    '      OSD\n'
    '      ARMY      2. At same time we recognize that Chang is in hiding and that\n'
    '      NAVY      his Cabinet has not met since May 16. You may inform General\n'
    '      AIR       Chang Do-yong that USG will not rpt not deal with committee\n'
    "                while it holds Prime Minister's Cabinet in custody.\n"
    '\n'
    '                3. Magruder should retain operational control of all ROK units\n'
    '                now under UNC and should make clear to General Park Chung Hee\n'
    '                that any further movement of troops into Seoul without UNC\n'
    '                authorization would be grave breach of agreed arrangements.\n'
    '\n'
    '                4. Press guidance follows separately.\n'
    '\n'
    '                                                        RUSK\n'
    '\n'
    '     Drafted by: FE:NA:jp 5/17/61      Telegraphic transmission and\n'
    '                                                     classification approved by: '
    'FE - Mr. McConaughy\n'
    '     Clearances: S/S - Mr. Battle\n'
    '                 DOD - Mr. Nitze\n'
    '\n'
    '                                       SECRET\n'
    '     REPRODUCTION FROM THIS COPY IS PROHIBITED UNLESS "UNCLASSIFIED"\n'
    '\n'
    '© 2012 Gale, Cengage Learning\n'
    '\n'
)


def test_the_outgoing_form_read_in_columns(resources: Resources) -> None:
    facts = text_facts(OUTGOING, resources)
    assert facts["telegram_number"] == "1287"
    assert facts["date"] == "1961-05-17"
    assert facts["sender"] == ["Dean Rusk"]
    assert facts["signed"] == "RUSK"
    assert facts["archive_idno"] == "SC5109874321"
    assert '<ab type="registry" subtype="other">INDICATE: ☐ COLLECT</ab>' in text_xml(
        OUTGOING, resources)


def test_a_cia_reading_room_record_with_slashed_label(resources: Resources) -> None:
    facts = text_facts(
        "GUEVARA REPORTED KILLED\n\nDocument Type: FOIA\nCollection: Guevara, Che\n"
        "Document Number (FOIA) /ESDN (CREST): 0000119534\nRelease Decision: RIPPUB\n"
        "Original Classification: S\nPublication Date: October 11, 1967\n"
        "Content Type: CABLE\n\nBody:\nINTELLIGENCE INFORMATION CABLE\n"
        "CENTRAL INTELLIGENCE AGENCY\nPAGE 1 OF 2 PAGES\n"
        "STATE/INR DIA NMCC/MC (SECDEF JCS ARMY NAVY AIR) CIA/NMCC NIC NSA SDO\n"
        "WHITE HOUSE SITUATION ROOM OCI ONE OER\nSECRET NO FOREIGN DISSEM\nIN 54020\n"
        "CITE TDCS DB-315/04431-67\nDIST 11 OCTOBER 1967\nCOUNTRY: BOLIVIA\n"
        "SUBJECT: CONFIRMATION OF THE DEATH OF ERNESTO GUEVARA\n"
        "1. GUEVARA WAS CAPTURED ON 8 OCTOBER NEAR LA HIGUERA.\n"
        "2. HIS BODY WAS FLOWN TO VALLEGRANDE.\n", resources)
    assert facts["archive_idno"] == "0000119534"
    assert facts["telegram_number"] == "TDCS DB-315/04431-67"
