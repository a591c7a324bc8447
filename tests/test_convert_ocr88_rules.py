"""Rules for OCR'd typescripts as archives' text layers give them, learnt from real pages
(ocr88: CIA reading room records of 1947-1979 in their older and newer page layouts,
hkintexts' OCR of Colonial Office and War Office papers of 1910-1945, an FBI file's djvu text
on the Internet Archive):

- a CIA memorandum's addressees listed a line each under its form line (`MEMORANDUM FOR:
  DDCI` / `Mr. Duckett` / `Gen. Wilson` / ...): more addressees, never senders, the heading
  going on over a line no table reads (`Mr. Brec inridge`) (`memo_addressees`, called by
  `recognise._heading` and `segment.heading_length`);
- a speck read as a quote inside the form's `FOR` (`MEMORANDUM F'OR: DDCI`): the form line
  (table `heading` row `document-type`, ocr37);
- the CIA's directors addressed by their offices' abbreviations (`DDCI`, `DCI`, `DDP`):
  offices, no person (table `office-words`);
- a flattened scan's form word damaged before `FOR:` (`2 JUL 1971 Elt,fORANDUM FOR:
  Director ...`): cut before it, a memorandum, not a cable (table `flat-items` row
  `memorandum`, `memo-to` never cutting after `...ANDUM`);
- the later release line flattened with the text (`Declassified in Part - Sanitized Copy
  Approved for Release 2012/01/23: CIA-RDP...`): one item, its first words not left alone
  (row `release`);
- a year's figures the OCR set apart (`September 12, 19 55`): one year (`ocr_dates`);
- a courtesy title's stop glued to a name the register lacks (`Mrs.Herriet Bradley`): the
  name after the title (`namerules.rules`, `honorific`);
- a memorandum's form line naming its addressee by a courtesy title, read as the title under
  a date (`March 14, 1957` / `MEMORANDUM FOR MR. TOLSON`): the addressee (table
  `title-shapes` row `given`);
- presidents' names sharing the plural `libraries` (`the Truman and Eisenhower libraries`,
  `four presidential libraries (Hoover, Roosevelt, Truman, and Eisenhower)`): the libraries,
  no persons (`glued.eponym`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.ocr_dates import ocr_date_text
from tests.cases import text_facts, text_xml

LIST_MEMO = ("Approved For Release 2010/05/04: CIA-RDP79B01234A000300040005-6\n"
             "14 March 1976\nMEMORANDUM F'OR: DDCI\nMr. Duckett\nMr. Proctor\nDr. Chamberlain\n"
             "Mr. Brec inridge\nHere is the revised budget note as the DCI\n"
             "approved it this morning. Please comment by Friday.\nWILLIAM COLBY\n")


def test_memorandum_addressees_listed_a_line_each(resources: Resources) -> None:
    facts = text_facts(LIST_MEMO, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["sender"] == ["William Colby"]
    addressees = facts["addressee"]
    assert isinstance(addressees, list)
    assert any("Duckett" in name for name in addressees)
    assert any("Chamberlain" in name for name in addressees)
    assert any("Brec" in name for name in addressees)
    xml = text_xml(LIST_MEMO, resources)
    assert '<ab type="registry" subtype="addressee">Mr. <persName' in xml


def test_office_abbreviation_is_no_person(resources: Resources) -> None:
    facts = text_facts(LIST_MEMO.replace("F'OR", "FOR"), resources)
    addressees = facts["addressee"]
    assert isinstance(addressees, list)
    assert not any(name.casefold() == "ddci" for name in addressees)


def test_quote_inside_for_keeps_the_form_line(resources: Resources) -> None:
    xml = text_xml(LIST_MEMO, resources)
    assert '<ab type="registry" subtype="document-type">MEMORANDUM F\'OR: DDCI</ab>' in xml


def test_damaged_form_word_in_a_flattened_scan(resources: Resources) -> None:
    text = ("Declassified in Part - Sanitized Copy Approved for Release 2013/02/11: "
            "CIA-RDP84-00123R000200030004-5 FILE DD/S 72-1180 9 MAR 1972 Ek,fORANDUM FOR: "
            "Director of Central Intelligence SUBJECT : Weekly Report -- 1 March through 8 "
            "March 1972 Items of interest covering the week are listed below. The support "
            "officers have been working with the operating components to settle the plans for "
            "the move of the printing plant, and the completed plans will be put to the "
            "Deputy Director within ten days. The General Services Administration has offered "
            "a second parking area beside the west gate.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    xml = text_xml(text, resources)
    assert ">Ek,fORANDUM FOR: Director of Central Intelligence</ab>" in xml
    assert ">Declassified in Part -</ab>" not in xml


def test_year_figures_set_apart(resources: Resources) -> None:
    text = ("March 14, 19 57\n\nMEMORANDUM FOR MR. NICHOLS\n\n"
            "I spoke with the Attorney General today about the proposed book.\n")
    assert text_facts(text, resources)["date"] == "1957-03-14"
    months = frozenset({"january", "jan", "march"})
    assert ocr_date_text("March 14, 19 57", months) == "March 14,  1957"
    assert ocr_date_text("1965 JAN 27 19 41", months) == "1965 JAN 27 19 41"  # a stamp's clock


def test_title_stop_glued_to_an_unknown_name(resources: Resources) -> None:
    text = ("MEMORANDUM FOR THE RECORD\n\n"
            "In the same connection, Mrs.Hedwig Tranter of the Park Service called.\n")
    xml = text_xml(text, resources)
    assert "Mrs.<persName" in xml
    assert ">Hedwig Tranter</persName>" in xml


def test_presidents_names_sharing_libraries(resources: Resources) -> None:
    text = ("MEMORANDUM FOR THE RECORD\n\n"
            "There is next to nothing from the Agency in the Truman and Eisenhower libraries. "
            "Four presidential libraries (Hoover, Roosevelt, Truman, and Eisenhower) exist.\n")
    xml = text_xml(text, resources)
    assert "the Truman and Eisenhower libraries" in xml
    assert "(Hoover, Roosevelt, Truman, and Eisenhower)" in xml
    assert "persName" not in xml.split("<body>")[1]


def test_memorandum_title_under_a_date_names_the_addressee(resources: Resources) -> None:
    text = ("March 14, 1957\n\nMEMORANDUM FOR MR. WINTERROWD\n\n"
            "I discussed the request with the Attorney General today.\n\n"
            "Very truly yours,\n\nJohn Edgar Hoover\nDirector\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Winterrowd"]
    assert facts["sender"] == ["J. Edgar Hoover"]
