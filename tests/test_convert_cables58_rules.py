"""Rules of the cables58 sample (US government cables as researchers find them: the presidential
libraries' incoming forms and backchannel copies, CREST's CIA cables, DIA messages, FOIA
releases' OCR, PlusD pages), each tried on invented texts:

- the foot of the Department's incoming telegram form (Kennedy and Johnson Libraries): the
  note of the copies passed (`NOTE: PASSED WHITE HOUSE ...`, `NOTE: ADVANCE COPY TO S/S-O
  ...`), the correction line (`CFN 2364 3 9`), the operator's two initials alone (`SK`) and
  the reproduction notice broken over two lines are processing lines: the surname above
  them signs (table `processing`);
- the CIA intelligence information cable's headquarters number (`IN 61532`, with the page
  count on the second page) is its incoming number, never the TDCS number; the page count
  and `NO FOREIGN DISSEM` alone are the form's furniture (table `heading-us-cable`);
- a military message's JANAP 128 header line (`PTTCZYUW RUEKJCS2431 2911530-CCCC--RUEAIIA.`)
  is routing: the heading goes on to the DTG and FM/TO under it;
- an OCR's zero for the O: in the letter-spaced classification with its section mark (the
  line ends and gives the post and number: `read._CLOSED`, `read._NEW_BLOCK`), in `INF0`
  and `E.0.`;
- the date-time group with an OCR's zero for the precedence (`0 121530Z JUN 82`) or after
  its label without a colon (`DTG 121530Z JUN 82`) dates the cable;
- in capitals a name after a title goes on past a middle initial (`COL. JOHN F. ROSS`:
  `titled_names._name_end`);
- in capitals `AND` parts the names of an address line's group (`FOR THE SECRETARY AND CLARK
  FROM HABIB`: `parts.group_names`), so a register surname in office is the addressee;
- a handling caption before `FOR` (`EXDIS FOR AMBASSADOR STOESSEL`, `PERSONAL FOR ... FROM
  SISCO`) is no post: the line is the channel's, its person the addressee, the one after
  `FROM` a sender (tables `heading-us-cable`, `address`);
- (held misses, no longer blind) two posts' officers on one line (`LONDON FOR AMBASSADOR
  BREWSTER, PARIS FOR AMBASSADOR HARTMAN`: group `persons2`) are the addressees
  (`recognise._POST_FOR`), and the E.O. line under it starts a line of its own
  (`read._NEW_BLOCK`);
- a capitals surname before a capitals collection word names the collection (`NIXON
  PRESIDENTIAL MATERIALS STAFF`: `glued.eponym`);
- in capitals a surname in office alone is the person the document named by it before when
  a verb of speech follows (`CHANCELLOR SCHMIDT ...`, then `SCHMIDT SAID`:
  `office_surnames._speaking`); not before that mention, nor as another word (`WE WILL RUSH`);
- a word after `of`, `in`, `at`, `from` before a verb of speech is no speaker (`officials in
  Ramallah told`, `Fernandez of Fedecamaras told`: `inline._BODY_OF`); a consulate's
  `ConGen` is no name (table `not-names`);
- register: the CIA's transliterations (`GAMAL ABDUL NASIR`, `ZAKARIYA MUHYI AL-DIN`, `ABDUL
  HAKIM AMIR`), surnames in office (Minh 1963-1964, Clark 1982-1983, Zia, Dillon in Beirut
  1981-1983, Sharon).
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

INCOMING = (
    "INCOMING TELEGRAM Department of State\nSECRET\nControl: 3127\nRec'd: JUNE 3, 1964\n"
    "9:41 A.M.\nFROM: SAIGON\nACTION: SECSTATE 2364\nDATE: JUNE 3, 9 PM\nPRIORITY\n"
    "1. I SAW GENERAL KHANH THIS AFTERNOON. HE SAID THAT GENERAL MINH WAS LOYAL.\n"
    "LODGE\nSK\nNOTE: PASSED WHITE HOUSE 6/3/64 10:15 A.M.\nSECRET\n"
    "REPRODUCTION FROM THIS COPY IS PROHIBITED\nUNLESS \"UNCLASSIFIED\"\n"
)


def test_the_incoming_forms_foot_under_the_signature_is_processing(resources) -> None:
    found = text_facts(INCOMING, resources)
    assert found["signed"] == "LODGE"
    assert found["sender"] == ["Henry Cabot Lodge Jr."]
    assert "SK" in found["registry_notes"]
    assert "per-duong-van-minh" in text_xml(INCOMING, resources)  # `GENERAL MINH` in 1964


IIC = (
    "Approved For Release 2005/11/21 : CIA-RDP79T00826A002100010044-7\n"
    "CENTRAL INTELLIGENCE AGENCY\nINTELLIGENCE INFORMATION CABLE\nIN 61532\n"
    "PAGE 1 OF 2 PAGES\nS E C R E T\nNO FOREIGN DISSEM\nTDCS DB-315/02011-67\n"
    "DIST 14 JUNE 1967\nCOUNTRY: UAR\nSUBJECT: NASIR'S RESIGNATION\n"
    "1. ON 9 JUNE PRESIDENT GAMAL ABDUL NASIR NAMED ZAKARIYA MUHYI AL-DIN AS HIS SUCCESSOR.\n"
)


def test_the_cia_cables_in_number_is_its_incoming_number(resources) -> None:
    found = text_facts(IIC, resources)
    assert found["telegram_number"] == "TDCS DB-315/02011-67"
    assert found["incoming_number"] == "61532"
    assert found["date"] == "1967-06-14"
    xml = text_xml(IIC, resources)
    assert "per-gamal-abdel-nasser" in xml and "per-zakaria-mohieddin" in xml


DIA = (
    "DEFENSE INTELLIGENCE AGENCY\nPTTCZYUW RUEKJCS2431 2911530-CCCC--RUEAIIA.\nZNY CCCCC\n"
    "P 181500Z OCT 73\nFM USDAO TEL AVIV\nTO RUEKJCS/DIA WASHDC PRIORITY\nBT\n"
    "C O N F I D E N T I A L\n1. (C) COL. JOHN F. ROSS SAW GENERAL SHARON AT THE CANAL.\nBT\n"
)


def test_the_janap_header_line_keeps_the_heading_going(resources) -> None:
    found = text_facts(DIA, resources)
    assert found["date"] == "1973-10-18"
    assert found["place_of_origin"] == "Tel Aviv"


def test_a_capitals_name_after_a_title_goes_past_its_initial(resources) -> None:
    xml = text_xml(DIA, resources)
    assert ">JOHN F. ROSS</persName>" in xml
    assert "per-ariel-sharon" in xml


OCR = (
    "CONFIDENTIAL\nO 141150Z APR 84\nFM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC IMMEDIATE 4471\n"
    "INF0 AMEMBASSY ISLAMABAD\nC 0 N F I D E N T I A L SECTION 01 OF 02 NEW DELHI 05512\n"
    "E.0. 12356: DECL: OADR\nTAGS: PREL, IN\nSUBJECT: SIACHEN\n"
    "1. FOREIGN SECRETARY RASGOTRA CALLED IN THE AMBASSADOR APRIL 13.\nBARNES\n"
)


def test_an_ocrs_zero_in_the_spaced_classification_with_its_section(resources) -> None:
    found = text_facts(OCR, resources)
    assert found["telegram_number"] == "05512"
    assert found["sender"] == ["Harry G. Barnes Jr."]


CHANNEL = (
    "SECRET\nO 121530Z JUN 82\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC NIACT IMMEDIATE 4411\n"
    "S E C R E T BEIRUT 04411\nNODIS\nFOR THE SECRETARY AND CLARK FROM HABIB\n"
    "SUBJECT: MY MEETING WITH PRESIDENT SARKIS\n1. I SAW SARKIS AT BAABDA THIS MORNING.\n"
    "DILLON\n"
)


def test_and_parts_the_names_of_a_channel_line_in_capitals(resources) -> None:
    found = text_facts(CHANNEL, resources)
    assert found["addressee"] == ["William P. Clark"]
    assert "Robert S. Dillon" in found["sender"]  # not C. Douglas Dillon in 1982


def test_a_presidential_collection_in_capitals_names_no_person(resources) -> None:
    text = ("NIXON PRESIDENTIAL MATERIALS STAFF\nTOP SECRET\nO 160215Z OCT 72\n"
            "FM THE WHITE HOUSE\nTO AMEMBASSY SAIGON\nWH 29711\n"
            "1. PLEASE ARRANGE A MEETING WITH THIEU.\n")
    assert "per-richard-nixon" not in text_xml(text, resources)


def test_no_speaker_after_of_or_in(resources) -> None:
    text = ("UNCLASSIFIED\nFM AMCONSUL JERUSALEM\nTO SECSTATE WASHDC 1234\n"
            "1. Fatah officials in Ramallah told ConGen that Carlos Fernandez of Fedecamaras"
            " told poloff nothing.\n")
    xml = text_xml(text, resources)
    assert "per-ramallah" not in xml and "per-fedecamaras" not in xml
    assert "per-congen" not in xml


def test_a_capitals_surname_in_office_speaking_after_its_titled_mention(resources) -> None:
    text = ("CONFIDENTIAL\nR 121530Z JUN 78\nFM AMEMBASSY BONN\nTO SECSTATE WASHDC 1234\n"
            "C O N F I D E N T I A L BONN 1234\nSUBJECT: VIEWS\n"
            "1. CHANCELLOR SCHMIDT RECEIVED ME TODAY. SCHMIDT SAID THE TALKS WOULD GO ON.\n"
            "2. SECRETARY RUSH SPOKE. WE WILL RUSH THE REPLY.\nSTOESSEL\n")
    xml = text_xml(text, resources)
    assert xml.count('ref="#per-helmut-schmidt">SCHMIDT<') == 2
    assert xml.count('ref="#per-kenneth-rush">RUSH<') == 1


def test_a_date_time_group_read_with_a_zero_or_after_a_bare_label(resources) -> None:
    for line in ("0 121530Z JUN 82", "DTG 121530Z JUN 82"):
        text = (f"SECRET\n{line}\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC 4411\n"
                "S E C R E T BEIRUT 04411\n1. THE MINISTER SAW ME TODAY.\nDILLON\n")
        assert text_facts(text, resources)["date"] == "1982-06-12"


def test_a_handling_caption_before_for_opens_the_channel_line(resources) -> None:
    def parties(line: str) -> tuple[object, object]:
        found = text_facts("SECRET\nO 121530Z JUN 74\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW\n"
                           f"S E C R E T STATE 123456\n{line}\nSUBJECT: TALKS\n"
                           "1. PLEASE SEE GROMYKO TODAY.\nKISSINGER\n", resources)
        return found["addressee"], found["sender"]
    assert parties("EXDIS FOR AMBASSADOR STOESSEL")[0] == ["Walter J. Stoessel Jr."]
    addressee, sender = parties("PERSONAL FOR AMBASSADOR STOESSEL FROM SISCO")
    assert addressee == ["Walter J. Stoessel Jr."] and "Joseph Sisco" in sender


def test_two_posts_officers_on_one_line_and_the_eo_line_apart(resources) -> None:
    text = ("SECRET\nO 211630Z MAR 79\nFM SECSTATE WASHDC\nTO AMEMBASSY LONDON IMMEDIATE\n"
            "AMEMBASSY PARIS IMMEDIATE\nS E C R E T STATE 071204\nNODIS\n"
            "LONDON FOR AMBASSADOR BREWSTER, PARIS FOR AMBASSADOR HARTMAN\n"
            "E.O. 12065: RDS-1 3/21/99 (SAUNDERS, HAROLD H.)\nSUBJECT: TALKS\n"
            "1. PLEASE SEE THE MINISTER.\nVANCE\n")
    xml = text_xml(text, resources)
    assert "per-harold-h-saunders" in xml
    assert text_facts(text, resources)["addressee"] == ["Kingman Brewster", "Arthur Hartman"]
