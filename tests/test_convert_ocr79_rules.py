"""Rules for OCR's misread letters in scans of archive pages (ocr79):

- the OCR's `rn` for `m` and `N` for `M` in the sender's label (`Frorn :`, `FRON:`: table
  `heading-labels`);
- an ordinal day with a letter for a figure (`l2th`, `l9th` at a dateline's start:
  `ocr_dates._SUSPECT`, `dates._may_open`);
- a form's name broken at its hyphen over two heading lines (`CIPHERED TELE-` / `GRAM No.`:
  `wraps.join_broken_form_names`), its number's OCR letters given as figures
  (`heading_numbers.ocr_digits`);
- `Processed: <clerk>` names the cipher clerk (table `processing`);
- a form's name with its last letter misread (`Telegrarn`, `AIRGRAN`:
  `spaced_lines.misread_match`, `segment.doc_type_in`, the built title);
- `Briefing Memorandum` is a memorandum's form line (tables `heading`, `doc-types`);
- a US cable's number after its grade and post with OCR letters for figures (`S E C R E T
  MOSCOW 3l45`: table `heading-us-cable`);
- the conformed `/s/` as OCR reads it (`Isl`) marks a signature, no person; `Inspector` is
  in `not-names`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NAI = ("                         CYPHER   TELEGRAM\n\n"
       "Frorn   :   Indembassy,  Peking.\n"
       "To      :   Foreign,  New  Delhi.\n"
       "No. 4l7.                               Dated  the  l2th  September,  1959.\n\n"
       "Saw Chen Yi this afternoon at his request.\n\n"
       "                                                   PARTHASARATHI.\n")


def test_a_misread_from_label_gives_the_post(resources: Resources) -> None:
    facts = text_facts(NAI, resources)
    assert facts["place_of_origin"] == "Beijing"
    assert facts["telegram_number"] == "417"


def test_an_ordinal_day_with_a_letter_for_a_figure(resources: Resources) -> None:
    assert text_facts(NAI, resources)["date"] == "1959-09-12"


def test_a_capitals_label_with_n_for_m(resources: Resources) -> None:
    text = ("CIPHERED TELEGRAM\n\nFRON: Peking\nTO: Comrade Gromyko\n\n"
            "Chen Yi met me.\n\nChervonenko\n")
    assert text_facts(text, resources)["place_of_origin"] == "Beijing"


LETTER = ("CONFIDENTIAL\n\nBRITISH EMBASSY,\nWARSAW.\nl9th Septernber, 1958.\n\n"
          "Dear Hancock,\n\nGomulka spoke to me yesterday.\n\nYours ever,\n\nE. A. Berthoud\n")


def test_a_dateline_opening_with_a_misread_ordinal_day(resources: Resources) -> None:
    assert text_facts(LETTER, resources)["date"] == "1958-09-19"


CS = ("Ministry of Foreign Affairs                                   SECRET\n"
      "Prague                                                    Copy No. 3\n\n"
      "                     CIPHERED TELE-\n"
      "                     GRAM No. 2l3/1965\n\n"
      "Sent from:    Hanoi\n"
      "Dispatched:   4. II. 1965, 11.40 hrs\n"
      "Processed:    Rozinek\n\n"
      "To Comrade Minister David\n\n"
      "Today I was received by Prime Minister Pham Van Dong.\n\n"
      "                                                        Moravec\n")


def test_a_form_name_broken_at_its_hyphen_gives_the_number(resources: Resources) -> None:
    facts = text_facts(CS, resources)
    assert facts["telegram_number"] == "213/1965"
    assert facts["title"].startswith("Ciphered Telegram No. 213/1965")


def test_processed_names_the_cipher_clerk(resources: Resources) -> None:
    assert ">Rozinek</persName>" in text_xml(CS, resources)


def test_a_misread_form_name_gives_the_type_and_title(resources: Resources) -> None:
    text = ("Telegrarn\n\nMoscow, 12 June 1945.\n\nTo Comrade Molotov.\n\n"
            "I report that the delegation arrived today.\n\nGusev\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["title"].startswith("Telegram,")


def test_a_capitals_form_name_with_n_for_m(resources: Resources) -> None:
    text = ("AIRGRAN\n\nFROM : Amembassy TOKYO\nTO : Department of State\nA-412\n"
            "DATE: May 4, 1960\nSUBJECT: Treaty\n\nKishi spoke today.\n\n"
            "For the Ambassador:\nJohn M. Steeves\n")
    assert text_facts(text, resources)["title"].startswith("Airgram ")


def test_a_briefing_memorandum_is_a_memorandum(resources: Resources) -> None:
    text = ("DEPARTMENT OF STATE\n\n                    Briefing Memorandum\n\nS/S 7412207\n"
            "SECRET/NODIS\n\nTO:         The Secretary\nFROM:       INR - William G. Hyland\n"
            "SUBJECT:    Soviet Reaction\n\nThe Soviet leadership has reacted sharply.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_an_ocr_conformed_signature_mark_is_no_person(resources: Resources) -> None:
    text = ("TELEGRAM\n\nFrom: Amembassy Saigon\nTo: Secstate Washington\n"
            "No. 412, March 3, 1964\n\nKhanh told me that he would visit Hue.\n\nIsl LODGE\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Henry Cabot Lodge Jr."]
    assert ">Isl</persName>" not in text_xml(text, resources)


def test_an_inspector_general_under_the_signer_is_no_person(resources: Resources) -> None:
    text = ("                                        12 March 1962\n\n"
            "MEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Conversation\n\n"
            "1. Ambassador Nolting told me that Diem would accept the plan.\n\n"
            "                                   Isl\n"
            "                             LYMAN B. KIRKPATRICK\n"
            "                             Inspector General\n")
    assert ">Inspector General</persName>" not in text_xml(text, resources)
    assert text_facts(text, resources)["sender"] == ["Lyman B. Kirkpatrick"]


def test_a_us_cable_number_with_a_letter_for_a_figure(resources: Resources) -> None:
    text = ("SECRET\n\nO 121530Z MAR 68\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 4512\n"
            "BT\nS E C R E T MOSCOW 3l45\n\nSUBJECT: GROMYKO ON VIETNAM\n\n"
            "1. GROMYKO TOLD ME TODAY THAT HANOI WAS READY TO TALK.\n\nTHOMPSON\nBT\n")
    assert text_facts(text, resources)["telegram_number"] == "3145"
