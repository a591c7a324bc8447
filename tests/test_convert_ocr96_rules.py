"""Rules for OCR'd typescripts as archives and their copies give them, learnt from real pages
(ocr96: CIA CREST records of 1952-1968 in the barest, newest, labelled and flattened markdown
exports, a CIA reading room record of the newer collections, a National Security Archive OCR
view of a State Department action memorandum):

- CREST's barest export: the record's three bare dates over the record's number
  (`CIA-RDP83-...-2`) or its file's name (`CIA-RDP76-...-3.pdf`) alone on its line: the
  dates take their labels back even where the release line under them is garbled, the
  number takes its label, the file's name is the archive's reference
  (`pages/crest_dates.py`; table `page-furniture`, row `reading-room-attachment`);
- the Department's telegram form of the 1940s-1950s flattened by CREST's OCR (`... OUTGOING
  TELEGRAM DEPARTMENT OF STATE Jan. 31 6:06 p.m. SENT TO: ... CIRCULAR 676 Re DEPCIRTEL 363
  Oct. 18. ...`): cut at the form's name, the addressees' label and the circular's number,
  which is the telegram's (table `flattened-heading`, rows `state-form`, `sent-to`,
  `circular`); a day after a month's abbreviation (`Oct. 18.`) opens no numbered point
  (row `point`);
- CREST's release line without its `Approved` (the scan's edge) or with a speck read as a
  stop inside the record's id (`For Release 2004/05/12 : CIA-RDP58-00597A0002001.00081-2`):
  still the release line, never an inside address naming a person `Release` (tables
  `archival-reference`, `page-stamps`, `flattened-heading`);
- the CIA's daily publications' heads repeated at a scanned page's head (`DAILY BRIEF`,
  `CENTRAL INTELLIGENCE BULLETIN`): no signature, no person (table `section-words`);
- a State telegram's `DULLES` in the 1950s form flattened by CREST's OCR: the form's name
  and `DEPCIRTEL` point to the Secretary (table `name-context`);
- register: `Park Armstrong` (W. Park Armstrong), John Magruder, Stephen J. Spingarn, Robert
  L. Funseth; Karavas, Réunion.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BARE_DATES = ("December 19, 2016\nAugust 16, 2000\nNovember 5, 1956\n{number}\n"
              "25X1A9A 25X1A6A 25X1A6A 25X1A6A 25X1A6A 25X1A9A Approved For Release 2006/01/03 : "
              "CIA-RDP76-00183R000200080094-3 DIARY NOTES 5 November 1956 1. Lunched with the "
              "Chief of Station. 2. Spoke about the new building and the guard force.\n")


def test_bare_dates_over_the_record_number(resources: Resources) -> None:
    facts = text_facts(BARE_DATES.format(number="CIA-RDP76-00183R000200080094-3"), resources)
    assert facts["date"] == "1956-11-05"
    assert facts["archive_idno"] == "CIA-RDP76-00183R000200080094-3"
    assert facts["title"] != "August 16, 2000"


def test_bare_dates_over_the_file_name(resources: Resources) -> None:
    facts = text_facts(BARE_DATES.format(number="CIA-RDP76-00183R000200080094-3.pdf"),
                       resources)
    assert facts["date"] == "1956-11-05"
    assert facts["archive_idno"] == "CIA-RDP76-00183R000200080094-3"


def test_bare_dates_over_a_line_of_text_stay_text(resources: Resources) -> None:
    text = BARE_DATES.format(number="The diary of the day follows.")
    assert text_facts(text, resources)["date"] != "1956-11-05"


CIRCULAR = ("Approved For Release 2000/08/12 : CIA-RDP80-01065A000200050035-3 TOP SECRET 535 "
            "OUTGOING TELEGRAM DEPARTMENT OF STATE Jan. 31 6:06 p.m. SENT TO: CERTAIN AMERICAN "
            "DIPLOMATIC AND CONSULAR OFFICERS CIRCULAR 512 Re DEPCIRTEL 344 Oct. 18. The Board "
            "has approved a program for the reception and care of escapees in Austria, Italy "
            "and Greece and for their resettlement in other countries. Posts concerned should "
            "report the numbers now on hand and the cost of their care to the end of the year. "
            "Missions should consult the local representatives before any approach to the "
            "governments and report their views by telegram. Further instructions follow.\n")


def test_flattened_state_form_gives_the_circular_number(resources: Resources) -> None:
    facts = text_facts(CIRCULAR, resources)
    assert facts["telegram_number"] == "512"
    assert facts["doc_type"] == "telegram"


def test_day_after_a_month_abbreviation_opens_no_point(resources: Resources) -> None:
    assert '<item n="18"' not in text_xml(CIRCULAR, resources)


RELEASE_LOST = ("DEPARTMENT OF STATE\n"
                "For Release 2004/05/12 : CIA-RDP58-00597A0002001.00081-2\n"
                "OFFICIAL USE ONLY\n"
                "TO: BONN, PARIS\n"
                "The Senate committee is retaining consultants for field studies abroad.\n")


def test_release_line_without_approved_names_no_person(resources: Resources) -> None:
    xml = text_xml(RELEASE_LOST, resources)
    assert "per-release" not in xml
    assert "CIA-RDP58-00597A0002001.00081-2" in xml


BULLETIN = ("CENTRAL INTELLIGENCE BULLETIN\n21 January 1958\nDAILY BRIEF\n"
            "Tito is said to have won the support of Sukarno for a meeting of neutral states.\n"
            "France is negotiating a loan to India.\n"
            "Approved for Release: 2019/08/20 C03182295\n"
            "CENTRAL INTELLIGENCE BULLETIN\n21 January 1958\nDAILY BRIEF\n")


def test_publication_head_at_the_foot_is_no_person(resources: Resources) -> None:
    xml = text_xml(BULLETIN, resources)
    assert "per-daily-brief" not in xml


SIGNED_DULLES = ("March 12, 1953\n" + CIRCULAR.replace(
                     "Further instructions follow.", "Further instructions follow. DULLES "
                     "Approved For Release 2000/08/12 : CIA-RDP80-01065A000200050035-3"))


def test_state_telegram_dulles_is_the_secretary(resources: Resources) -> None:
    xml = text_xml(SIGNED_DULLES, resources)
    assert "per-john-foster-dulles" in xml
    assert "per-allen-dulles" not in xml


def test_park_armstrong_is_known(resources: Resources) -> None:
    text = ("Official Diary, 5 November 1952\n"
            "1. Discussed these with General Magruder and Park Armstrong, both of whom agreed.\n")
    xml = text_xml(text, resources)
    assert "per-w-park-armstrong" in xml
    assert "per-john-magruder" in xml


def test_reunion_is_a_place(resources: Resources) -> None:
    text = ("MEMORANDUM FOR: Chief, Requirements Branch\nSUBJECT: Africa\n"
            "1. The monthly report should cover North Africa, Madagascar and Reunion.\n")
    assert "pla-reunion" in text_xml(text, resources)


MISREAD = ("MEMORANDUM FOR THE RECORD\n"
           "SUBJECT: Consultants of the Senate committee\n"
           "1. Mr. William Randolph Hearst, Jr., will study the programs in Denmark and Norway.\n"
           "2. Mr. Hearet will meet the Secretary before his departure.\n"
           "3. Mr. Hearns of the committee staff will not travel.\n")


def test_surname_misread_by_a_letter_is_the_person_named_before(resources: Resources) -> None:
    xml = text_xml(MISREAD, resources)
    hearst = re.search(r'<persName ref="([^"]+)">William Randolph Hearst</persName>', xml)
    assert hearst is not None
    assert f'<persName ref="{hearst[1]}">Hearet</persName>' in xml
    assert f'<persName ref="{hearst[1]}">Hearns</persName>' not in xml


def test_roman_section_head_at_the_foot_is_no_signature(resources: Resources) -> None:
    text = BULLETIN + "I. THE COMMUNIST BLOC\n"
    assert "I. THE COMMUNIST BLOC" not in (text_facts(text, resources)["signed"] or "")
