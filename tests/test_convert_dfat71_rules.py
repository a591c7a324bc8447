"""Rules for Documents on Australian Foreign Policy's headings and forms (dfat71):

- volume 27's heading in capitals with the number and its stop on the heading's line and
  the form's parties after a comma (`42. MINUTE, PLIMSOLL TO HASLUCK`), or a note for the
  file by its writer (`133. NOTE FOR FILE BY SHANN`), is the title without the number
  (`page-title` row after commonwealth44's); the Collected Works' `418. TELEGRAM TO X` keeps
  its number; the file a note is for is no addressee (`title-shapes` row `given`);
- the web edition's heading of both surnames in title case (`Casey to Menzies`) over the
  form line (`Cablegram 52 WASHINGTON, 3 March 1941, 7.15 p.m.`) is the title, not a
  routing line (`pages/surname_heading.py`, tried before the heading rows in
  `titles.is_title`);
- a submission and a note for the file are memoranda (`doc-types`: `submission`, `note for
  file`), so `Submission to Peacock` names no person `Submission`;
- the register's Alfred Parsons (`A.R. PARSONS` under a 1976 submission, not Sir Anthony)
  and Darwin.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_volume_27_heading_with_stop_and_comma(resources: Resources) -> None:
    text = ("Documents on Australian Foreign Policy\n\n12. MINUTE, TANGE TO BARWICK\n\n"
            "Canberra, 4 May 1962\n\nSecret\n\nI attach the draft reply to the Dutch note.\n\n"
            "A.H. TANGE\n\n[NAA: A1838, 3036/1/1, xii]\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "MINUTE, TANGE TO BARWICK"
    assert facts["doc_type"] == "memorandum"
    assert facts["addressee"] == ["Garfield Barwick"]


def test_note_for_file_by_its_writer(resources: Resources) -> None:
    text = ("Documents on Australian Foreign Policy\n\n133. NOTE FOR FILE BY SHANN\n\n"
            "Canberra, 9 October 1963\n\nSecret\n\n"
            "The Indonesian Ambassador came to see me this morning.\n\nK.C.O. SHANN\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "NOTE FOR FILE BY SHANN"
    assert facts["doc_type"] == "memorandum"
    assert facts["sender"] == ["Keith Shann"]


def test_surnames_in_title_case_over_the_form_line(resources: Resources) -> None:
    text = ("Historical documents\n\nVolume 4: July 1940 - June 1941\n\nCasey to Menzies\n\n"
            "Cablegram 52 WASHINGTON, 3 March 1941, 7.15 p.m.\n\n"
            "Received 4 March 1941, 10.20 a.m.\n\nMOST SECRET\n\n"
            "Hull told me this afternoon that the Bill would pass.\n\nCASEY\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Casey to Menzies"
    assert facts["addressee"] == ["Robert Menzies"]


def test_submission_is_a_memorandum_and_no_person(resources: Resources) -> None:
    text = ("Historical documents\n\nDocument 411\n\nSubmission to Peacock\n\n"
            "Canberra, 14 January 1976\n\nCONFIDENTIAL\n\nPurpose\n\n"
            "To seek your approval of the talking points at Attachment A.\n\n"
            "A.R. PARSONS\nFirst Assistant Secretary\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["sender"] == ["Alfred Parsons"]
    assert "per-submission" not in text_xml(text, resources)


def test_the_file_is_no_addressee(resources: Resources) -> None:
    text = ("Documents on Australian Foreign Policy\n\n133. NOTE FOR FILE BY SHANN\n\n"
            "Canberra, 9 October 1963\n\nSecret\n\n"
            "The Indonesian Ambassador came to see me this morning.\n\nK.C.O. SHANN\n")
    received = text_xml(text, resources).split('type="received"')
    assert len(received) == 1 or "File" not in received[1].split("</correspAction>")[0]
