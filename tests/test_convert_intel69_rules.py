"""Rules for decrypts and intelligence documents (intel69):

- a Bletchley decrypt's grade with the decrypt's own serial at its right (`MOST SECRET.
  No. 094512`) is one line (`read_cells.py`), the decrypt's control line, not the telegram's
  number, which the `No. 812.` line under From/To gives (table `heading`, row `control`; the
  British print's `SECRET. No. 123` row leaves it); GC&CS's caveat (`TO BE KEPT UNDER LOCK AND
  KEY: ...`) is a handling line; the foot's marks (`Jap.`, `Tel. No. 231`, `GCCS/ 17.7.41`)
  are processing lines (table `processing`);
- the GC&CS and Security Service pieces (`HW 12/266`, `KV 2/1245`) are UK National Archives
  references, also after the archive's name and a colon (`The National Archives, Kew: HW
  12/266`: table `archival-reference`, `series-holders`);
- the War Department's `"MAGIC" SUMMARY`, INR's `Research Memorandum` and the KGB's `SPECIAL
  MESSAGE` are forms (table `heading`, row `document-type`): reports, and a memorandum for the
  special message (table `doc-types`); a digest's issue line (`No. 522 - August 25, 1943`)
  dates it without a telegram number; INR's series number with its date (`RSB-112, July 14,
  1965`) dates the memorandum and names no place;
- the wartime codewords `ULTRA` and `CREAM` after the grade are a classification, at the
  foot no signature;
- an NSA SIGINT product report's serial alone on its line (`2/O/VHN/R17-64`) is its number
  (table `heading`, row `cable-number`);
- a CIA reading room record page saved as text, its HTML title (`... | CIA FOIA
  (foia.cia.gov)`) not repeated under it, is titled by that title without the site's name
  (`pages/saved_title.py`);
- a decrypt's note describing a cover word as a thing (`ENORMOUS: The atomic bomb
  project.`) makes it a cover term, no person (table `cover-description`).

Seen on the held samples after scoring:

- a Venona release's caption with cover names in the NSA's digraphs (`"SONYa" CONTACTS WITH
  "KhOLMS"`) is in capitals, the release's title (`release_title.py`);
- an intelligence information cable's `SOURCE` field without its colon before its description
  is a heading line, which the report's number and `DISTR` follow (table
  `heading`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BJ = ("MOST SECRET.                                          No. 094512\n\n"
      "TO BE KEPT UNDER LOCK AND KEY: NEVER TO BE REMOVED FROM THE OFFICE.\n\n"
      "ITALIAN                                               Date: 3rd January, 1942.\n\n"
      "From: ITALIAN MINISTER, KABUL.\nTo:   FOREIGN MINISTRY, ROME.\n"
      "No. 14.                                               29th December, 1941.\n\n"
      "The Afghan Government has again refused the passage of the agents.\n\n"
      "Ital.\nTel. No. 9\nGCCS/ 3.1.42\n")


def test_a_decrypts_serial_beside_its_grade_is_no_telegram_number(
        resources: Resources) -> None:
    facts = text_facts(BJ, resources)
    assert facts["telegram_number"] == "14"
    assert facts["date"] == "1941-12-29"
    assert facts["place_of_origin"] == "Kabul"


def test_the_caveat_is_a_handling_line_and_the_foot_marks_processing(
        resources: Resources) -> None:
    xml = text_xml(BJ, resources)
    assert 'subtype="handling">TO BE KEPT UNDER LOCK AND KEY' in xml
    assert text_facts(BJ, resources)["registry_notes"] == ["Ital.", "Tel. No. 9", "GCCS/ 3.1.42"]


def test_a_gccs_piece_after_the_archives_name_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts("The National Archives, Kew: HW 12/271\n\n" + BJ, resources)
    assert facts["archive_idno"] == "HW 12/271"
    assert facts["repository"] == "The National Archives, Kew"


SUMMARY = ("TOP SECRET ULTRA\n\nWAR DEPARTMENT\n\nNo. 610 - November 21, 1943\n\n"
           "\"MAGIC\" SUMMARY\n\n1. Ambassador Oshima reported a talk with Ribbentrop.\n\n"
           "2. The Japanese Minister in Lisbon reported on the Azores.\n\nTOP SECRET ULTRA\n")


def test_a_magic_summary_is_a_report_dated_by_its_issue_line(resources: Resources) -> None:
    facts = text_facts(SUMMARY, resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1943-11-21"
    assert facts["telegram_number"] is None
    assert facts["signed"] is None


def test_an_inr_research_memorandum_number_dates_it_and_names_no_place(
        resources: Resources) -> None:
    facts = text_facts("DEPARTMENT OF STATE\n\nResearch Memorandum\nRFE-45, March 12, 1966\n\n"
                       "TO: The Secretary\nFROM: INR - Thomas L. Hughes\n"
                       "SUBJECT: Chinese Aid to Hanoi\n\nPeking has sent more engineers.\n",
                       resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1966-03-12"
    assert facts["place_of_origin"] is None


def test_a_kgb_special_message_is_a_memorandum_with_its_outgoing_number(
        resources: Resources) -> None:
    facts = text_facts("SPECIAL MESSAGE\n\nTop Secret\n\nCommittee for State Security\n"
                       "under the Council of Ministers of the USSR\n\n4 March 1969\n"
                       "No. 512-A/ov\nMoscow\n\nCC CPSU\n\nThe KGB reports on the border.\n\n"
                       "Chairman of the Committee\nfor State Security           Yu. Andropov\n",
                       resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["outgoing_number"] == "512-A/ov"
    assert facts["telegram_number"] is None


def test_a_cover_word_its_note_describes_is_no_person(resources: Resources) -> None:
    text = ("TOP SECRET VENONA\n\nFrom: NEW YORK\nTo: MOSCOW\nNo: 940\n2 July 1944\n\n"
            "To VIKTOR[i].\n\nLIBERAL[ii] reported on the work at ENORMOUS[iii].\n\n"
            "MAJ\n\nComments:\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
            "[ii] LIBERAL: Julius ROSENBERG.\n[iii] ENORMOUS: The atomic bomb project.\n")
    xml = text_xml(text, resources)
    assert 'per-enormous' not in xml
    assert '>LIBERAL</persName>' in xml


def test_an_nsa_product_reports_serial_is_its_number(resources: Resources) -> None:
    facts = text_facts("TOP SECRET TRINE\n\n3/O/STY/R52-65\n121410Z MAR 65\n\nFM DIRNSA\n"
                       "TO WHITE HOUSE/CIA/STATE\n\nSUBJ: CHINESE AIR ACTIVITY\n\n"
                       "1. NO UNUSUAL ACTIVITY WAS NOTED.\n", resources)
    assert facts["telegram_number"] == "3/O/STY/R52-65"
    assert facts["date"] == "1965-03-12"


def test_a_crest_pages_html_title_titles_the_record(resources: Resources) -> None:
    facts = text_facts("SOVIET TROOPS IN HUNGARY | CIA FOIA (foia.cia.gov)\n"
                       "Document Type: CREST\nCollection: General CIA Records\n"
                       "Document Number (FOIA) /ESDN (CREST): CIA-RDP82-00457R000100010001-2\n"
                       "Body:\nCENTRAL INTELLIGENCE AGENCY\nINFORMATION REPORT\n"
                       "COUNTRY: Hungary\nDATE DISTR. 4 May 1956\n"
                       "1. Two divisions left Szombathely in April.\n", resources)
    assert facts["title"] == "SOVIET TROOPS IN HUNGARY"


def test_a_release_caption_with_digraph_cover_names_titles_it(resources: Resources) -> None:
    facts = text_facts("TOP SECRET UMBRA\nVENONA\n\nUSSR    Ref. No.: 3/NBF/T3088\n"
                       "Issued: 12/3/1968\n\n\"SONYa\" CONTACTS WITH \"KhOLMS\"\n\n"
                       "From: LONDON\nTo: MOSCOW\nNo: 2170\n16 August 1941\n\n"
                       "To the DIRECTOR.\n\nSONYa met KhOLMS in OXFORD.\n\nBRION\n", resources)
    assert facts["title"] == '"SONYa" CONTACTS WITH "KhOLMS"'


def test_a_source_field_without_colon_keeps_the_cable_heading(resources: Resources) -> None:
    facts = text_facts("INTELLIGENCE INFORMATION CABLE\nCOUNTRY    INDONESIA\n"
                       "SUBJECT    ARMY PLANS\n"
                       "SOURCE    AN INDONESIAN ARMY OFFICER WITH ACCESS TO THE LEADERSHIP.\n"
                       "TDCS DB-315/00912-66\nDISTR 18 MARCH 1966\n"
                       "1. THE ARMY WILL HOLD THE CITY.\n", resources)
    assert facts["telegram_number"] == "TDCS DB-315/00912-66"
    assert facts["date"] == "1966-03-18"
