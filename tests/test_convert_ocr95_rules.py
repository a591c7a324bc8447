"""Rules for OCR'd typescripts as archives and their copies give them, learnt from real pages
(ocr95: CIA CREST records of 1949-1984 in the newer and newest exports and the print view,
an archive.org text of a CREST PDF, the FDR Library's text versions of letters to Roosevelt,
a studylib copy of a scanned letter, an archive.org text of a printed volume of documents):

- CREST's release line after the 50-year review (`Declassified and Approved For Release
  @50-Yr 2013/11/20: CIA-RDP81-...`, its `@` perhaps lost): the archive's reference and a
  page stamp like the other release lines (tables `archival-reference` and `page-stamps`,
  rows `reference` and `release`);
- an envoy's letter to a bare office with its inside or foot address naming a government's
  seat (`Dear Mr. President:` ... `The President,` / `The White House.` under a letter from
  London): the office is that government's, resolved to its holder in the letter's year
  (`routing_sides.address_sides`, read by `route_sides`; table `letterhead-countries`);
- a name with a scan's speck read as a full stop inside a word (`President Eis.enhower`):
  the register's name without it (`spelling.known_spelling`, called from `context`);
- a flattened memorandum's long SUBJECT ending where a sentence opens with its day and a
  comma (`SUBJECT: Disclosure of Classified Material On December 15th, Admiral ...`): the
  subject cut there (table `flattened-heading`, row `sentence`);
- register: Admiral George W. Anderson Jr.'s PFIAB chairmanship (1970-1976) and his
  `Admiral Anderson`; Poughkeepsie.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FIFTY_YEAR = ("Declassified and Approved For Release @50-Yr 2014/05/06: "
              "CIA-RDP81-00123R000400050006-7\n"
              "COMMITTEE ON FOREIGN LANGUAGE PUBLICATIONS\n"
              "12 April 1950\nMINUTES\n"
              "The members reviewed the list of periodicals received in the last quarter.\n")


def test_fifty_year_release_line_is_the_reference(resources: Resources) -> None:
    assert text_facts(FIFTY_YEAR, resources)["archive_idno"] == \
        "CIA-RDP81-00123R000400050006-7"


def test_fifty_year_release_line_without_at_sign(resources: Resources) -> None:
    text = FIFTY_YEAR.replace("@50-Yr", "50-Yr")
    assert text_facts(text, resources)["archive_idno"] == "CIA-RDP81-00123R000400050006-7"


FOOT_ADDRESS = ("London, April 2, 1938.\n"
                "Dear Mr. President:\n"
                "I called this morning on the Foreign Secretary and found him less hopeful "
                "than last week about the talks in Rome.\n"
                "I shall write again when the Cabinet has met.\n"
                "The President,\n"
                "The White House.\n")


def test_foot_address_at_the_white_house_gives_the_president(resources: Resources) -> None:
    xml = text_xml(FOOT_ADDRESS, resources)
    received = xml.split('type="received"')[1].split("</correspAction>")[0]
    assert 'ref="#per-franklin-d-roosevelt"' in received


def test_foot_address_without_a_seat_leaves_the_office(resources: Resources) -> None:
    xml = text_xml(FOOT_ADDRESS.replace("The White House.", "Personal."), resources)
    received = xml.split('type="received"')[1].split("</correspAction>")[0]
    assert "per-franklin-d-roosevelt" not in received


STRAY_DOT = ("MEMORANDUM FOR THE RECORD\n\n14 March 1958\n\n"
             "The Director said that President Eis.enhower had asked for the estimate "
             "before the Council met.\n")


def test_stray_full_stop_inside_a_name(resources: Resources) -> None:
    xml = text_xml(STRAY_DOT, resources)
    assert 'ref="#per-dwight-d-eisenhower">Eis.enhower<' in xml


FLAT_SUBJECT = ("No Objection to Declassification in Part 2012/10/03: LOC-HAK-401-2-3-4 "
                "MEMORANDUM THE WHITE HOUSE SECRET ACTION MEMORANDUM FOR: THE PRESIDENT FROM: "
                "HENRY A. KISSINGER SUBJECT: Release of Intelligence Estimates to the Congress "
                "On March 4th, Admiral Anderson asked that the Board see the estimates before "
                "they go to the committees of the Congress. He believes that the present rules "
                "allow too many copies to leave the building and that the committees' staffs "
                "keep them longer than the rules permit. The Director agrees with him.\n")


def test_flattened_subject_ends_before_a_dated_sentence(resources: Resources) -> None:
    xml = text_xml(FLAT_SUBJECT, resources)
    assert ">Congress</orgName></ab>" in xml
    assert '<p>On <date when="--03-04">March 4th</date>, ' in xml
    assert 'ref="#per-george-w-anderson-jr">Admiral Anderson<' in xml


def test_letterhead_city_poughkeepsie(resources: Resources) -> None:
    text = ("Vassar Brothers Institute\nPoughkeepsie, N.Y.\nMay 4, 1939.\n"
            "My dear Mr. President:\nWe thank you for your letter about the new library.\n"
            "Very sincerely yours,\n")
    assert text_facts(text, resources)["place_of_origin"] == "Poughkeepsie"
