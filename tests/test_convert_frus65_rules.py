"""Rules for US documents as the Office of the Historian, HathiTrust and the presidential
libraries present them (frus65):

- HathiTrust's full view copied as text: the window's title (`... - Full View | HathiTrust
  Digital Library`), the library's name, the viewer's links (`Skip to page content`, `Home
  Menu  Log in`, `Full view`, `Search in this text`, `Previous page  Next page`) and the
  catalogue's inverted corporate author (`United States. Department of State.`) are page
  furniture (table `page-furniture`, row `library-page-view`), so the FRUS heading under
  them is read;
- the Reagan Library's cover sheet over a digitized folder: its notice and links are
  furniture, its `Folder Title:` the shelfmark (table `archival-reference`); the NSC's
  `SYSTEM II` mark is a heading line (table `heading-us-cable`);
- a presidential library's declassification stamp at the foot (`DECLASSIFIED`, `E.O. 12356,
  SEC. 3.4`, `NLRR M2009-053/2 #12`, the Carter Library's `Per; Rac Project` / `ESDN;
  NLC-...`, `BY RW NARA DATE 6/4/12`) is processing (table `processing`), never the record's
  signer or its date; the Reagan and Carter stamps' own lines are declassification lines in a
  heading too (table `heading-us-cable`);
- a body's name over `MEETING` in capitals (`NATIONAL SECURITY COUNCIL MEETING`, `SPECIAL
  COORDINATION COMMITTEE MEETING`, or in title case) heads the meeting's record (table
  `meeting-titles`), also when the heading reads it as a letterhead line
  (`doc_types._meeting_or_decision`);
- a place field whose line names a building runs on to the town (`PLACE: Residence of the
  Austrian Federal Chancellor` / `Salzburg, Austria`): the run-on line stays in the heading
  and its town is the place of origin (`heading_tolerance.place_run_on`);
- a signature that shortens the given name of the one person named so far (`Ron`, `Zbig`) is
  that person (`given_signatures`);
- a typed surname in capitals after its small `c` (`JOHN A. McCONE`, `ROBERT S. McNAMARA`) is
  the register's name (`name_index.case_ok`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HATHI = (
    "Foreign relations of the United States, 1944. Europe. v.4 - Full View | HathiTrust "
    "Digital Library\n"
    "Skip to page content\n"
    "HathiTrust Digital Library\n"
    "Home  Menu  Log in\n"
    "United States. Department of State.\n"
    "Full view\n"
    "Search in this text\n\n"
    "740.0011 European War 1939/34012: Telegram\n"
    "The Ambassador in the Soviet Union (Harriman) to the Secretary of State\n"
    "MOSCOW, September 15, 1944—4 p.m.\n"
    "[Received September 16—7:20 a.m.]\n"
    "3512. Molotov told me tonight that the Soviet Government would not object.\n"
    "HARRIMAN\n"
    "Previous page  Next page\n"
)


def test_the_hathitrust_viewer_lines_leave_the_frus_heading_on_top(
        resources: Resources) -> None:
    facts = text_facts(HATHI, resources)
    assert facts["date"] == "1944-09-15"
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "3512"
    assert facts["archive_idno"] == "740.0011 European War 1939/34012"
    assert "HathiTrust" not in text_xml(HATHI, resources).split("<text>")[1]


MEETING = (
    "THE WHITE HOUSE\nWASHINGTON\n\nSECRET\n\n"
    "{heading}\n\n"
    "DATE: March 2, 1982\nTIME: 3:00 - 4:00 p.m.\nLOCATION: Cabinet Room\n\n"
    "SUBJECT: El Salvador\n\n"
    "Secretary Haig said that the elections must go ahead on schedule.\n\n"
    "DECLASSIFIED\nNLRR M2009-061/4 #7\nBY RW NARA DATE 6/4/12\n"
)


def test_a_council_meeting_heading_and_the_stamp_at_its_foot(resources: Resources) -> None:
    facts = text_facts(MEETING.format(heading="NATIONAL SECURITY COUNCIL MEETING"), resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1982-03-02"
    assert facts["signed"] is None


def test_a_committee_meeting_heading_under_a_cover_sheet(resources: Resources) -> None:
    text = ("Ronald Reagan Presidential Library\nDigital Library Collections\n"
            "This is a PDF of a folder from our textual collections.\n"
            "Collection: Executive Secretariat, NSC: Meeting Files\n"
            "Folder Title: NSC 00041 02 Mar 1982\nBox: 91283\n\n"
            + MEETING.format(heading="SENIOR INTERDEPARTMENTAL GROUP MEETING"))
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1982-03-02"
    assert "Folder Title: NSC 00041 02 Mar 1982" in text_xml(text, resources)


def test_the_carter_rac_stamp_is_no_signer(resources: Resources) -> None:
    facts = text_facts(
        "THE WHITE HOUSE\nWASHINGTON\n\nSECRET\n\nSPECIAL COORDINATION COMMITTEE MEETING\n\n"
        "Date: January 3, 1980\nTime: 9:00 - 10:15 a.m.\nPlace: White House Situation Room\n\n"
        "Subject: Afghanistan\n\n"
        "The Committee agreed that the grain embargo should take effect at once.\n\n"
        "DECLASSIFIED\nPer; Rac Project\nESDN; NLC-17-21-6-12-1\nBY KBH NARA DATE 8/2/13\n",
        resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["sender"] == []
    assert facts["date"] == "1980-01-03"


def test_the_town_on_the_place_field_s_run_on_line(resources: Resources) -> None:
    facts = text_facts(
        "MEMORANDUM\n\nTHE WHITE HOUSE\n\nWASHINGTON\n\nSECRET/NODIS/XGDS\n\n"
        "MEMORANDUM OF CONVERSATION\n\n"
        "PARTICIPANTS:     President Gerald R. Ford\n"
        "                  Chancellor Helmut Schmidt\n\n"
        "DATE AND TIME:    Tuesday, May 27, 1975\n"
        "                  10:00 a.m.\n\n"
        "PLACE:            Hotel Amigo\n"
        "                  Brussels, Belgium\n\n"
        "Schmidt: The Portuguese situation worries me more than anything else.\n", resources)
    assert facts["place_of_origin"] == "Brussels"


def test_a_short_given_name_signs_for_the_named_sender(resources: Resources) -> None:
    facts = text_facts(
        "Letter From President Reagan to British Prime Minister Thatcher\n\n"
        "Washington, October 25, 1983\n\n"
        "Dear Margaret:\n\nI want you to know how much I regret that we could not consult "
        "more fully before our forces landed on Grenada.\n\nWarm regards,\n\nRon\n",
        resources)
    xml = text_xml(
        "Letter From President Reagan to British Prime Minister Thatcher\n\n"
        "Washington, October 25, 1983\n\nDear Margaret:\n\nThank you.\n\nRon\n", resources)
    assert facts["signed"] == "Ron"
    assert '<persName ref="#per-ronald-reagan">Ron</persName>' in xml


def test_a_committee_meeting_in_title_case_and_a_stamp_in_mixed_case(
        resources: Resources) -> None:
    text = ("THE WHITE HOUSE\nWASHINGTON\n\nSECRET\n\nPolicy Review Committee Meeting\n\n"
            "Date: April 11, 1977\nTime: 3:00 - 4:30 p.m.\nPlace: White House Situation Room\n\n"
            "Subject: Southern Africa\n\n"
            "The Committee agreed to press South Africa on Rhodesia.\n\n"
            "DECLASSIFIED\nE.O. 12958, Sec. 3.6\nPER 7/14/97 NSC RE: CNDC 9-19\n"
            "BY RR NARA, DATE 5/4/99\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1977-04-11"
    assert 'subtype="other">E.O. 12958, Sec. 3.6</ab>' in text_xml(text, resources)


def test_a_typed_mc_surname_in_capitals_is_the_register_s(resources: Resources) -> None:
    xml = text_xml(
        "MEMORANDUM FOR THE RECORD\n\n22 October 1962\n\n"
        "The President decided on a quarantine.\n\nJOHN A. McCONE\nDirector\n", resources)
    assert '<persName ref="#per-john-mccone">JOHN A. McCONE</persName>' in xml
