"""Rules from ocr42's sample of OCR'd and PDF-extracted documents, each checked on a second
layout of its family:

- an archive catalogue's type word read only in the page's type field (CREST's `Content
  Type:` over `SUMMARY`, a word that is also the `Summary:` field's label): a report;
- a heading of the archive record's creation date alone (`Created: 5/16/1954`, faqs.org's
  pages of CIA documents) is no cable heading;
- a departmental minute whose margin notes the OCR reads first (`4. You`, `tel. 197`), whose
  officer's line carries a handwritten mark (`Mr. Best SeeT`) and has the day begun under it
  (`18-2-48`): still a minute to that officer, whose line and date sign nothing.
- a word with an OCR's underscore for an unread letter (`Azerba_an`, `Tud_h`) is no name.
"""

from __future__ import annotations

from tei.convert.minutes import _officer
from tei.convert.namerules import plausible_name
from tests.cases import text_facts

_CREST_HEAD = ("DAILY ITEMS\nDocument Type:\nDocument Number (FOIA) /ESDN (CREST):\n"
               "CIA-RDP79T00000A000100010001-1\nPublication Date:\nMarch 3, 1951\n"
               "Content Type:\n{kind}\nBody:\n")
_CREST_BODY = ("Approved For Release 2001/09/04 : CIA-RDP79T00000A000100010001-1 TOP SECRET "
               "1. FRANCE. The Embassy in Paris reports that the cabinet will meet on Monday "
               "to consider the budget. 2. ITALY. No change in the situation is reported.\n")


def test_catalogue_summary_type_is_a_report(resources) -> None:
    summary = text_facts(_CREST_HEAD.format(kind="SUMMARY") + _CREST_BODY, resources)
    assert summary["doc_type"] == "report"
    memo = text_facts(_CREST_HEAD.format(kind="MEMO") + _CREST_BODY, resources)
    assert memo["doc_type"] == "memorandum"


def test_summary_heading_in_a_text_names_no_type(resources) -> None:
    text = ("SECRET\n\nMEMORANDUM FOR: Chief, Operations\nSUBJECT: Traffic\n\n"
            "SUMMARY\n\nThe traffic on the circuit doubled in May and must be shared out.\n\n"
            "John Ames\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_minute_officer_under_margin_notes_with_a_mark_and_a_day() -> None:
    text = ("4. You\ntel. 197\nMr. Best SeeT\n18-2-48\nI have recovered this from the file "
            "in view of the enquiry.\nThere is no chance of a decision this month.\n23.2.48.\n")
    assert _officer(text) == "Mr. Best"
    assert _officer(text.replace("SeeT", "please")) == ""  # a word, no mark
    assert _officer("Note one\nnote two\nnote three\n" + text.split("\n", 2)[2]) == ""
    assert _officer(text.replace("23.2.48.\n", "")) == ""  # no minute closes with a date


def test_minute_with_margin_notes_is_a_memorandum_to_the_officer(resources) -> None:
    text = ("Flag B\nTel. No. 88\nMr. Harvey \u2713\n2.5.47\n\nThe Minister's telegram at Flag B "
            "asks for instructions before Friday. I suggest we reply at once.\n\n"
            "R. Makins\n2.5.47\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "memorandum"
    assert found["date"] == "1947-05-02"
    assert "Harvey" in " ".join(map(str, found["addressee"]))
    assert "Makins" in " ".join(map(str, found["sender"]))


def test_record_creation_date_alone_is_no_cable_heading(resources) -> None:
    text = ("Created: 6/3/1954\n\nOCR scan of the original document, errors are possible\n\n"
            "Chief, WH Division\n\n1. The station has no further word on the shipment and will "
            "report by cable when it has.\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "memorandum"
    assert found["date"] == "1954-06-03"
    cable = ("Created: 2009-05-26 08:12\nOrigin: Embassy Beijing\nClassification: CONFIDENTIAL\n\n"
             "1. (C) Summary: The talks ended without a statement.\n")
    assert text_facts(cable, resources)["doc_type"] in ("telegram", "cable")


def test_a_word_with_an_ocr_underscore_is_no_name(resources) -> None:
    patterns = resources.patterns
    assert not plausible_name("Azerba_an", patterns)
    assert not plausible_name("Mr. J_hnson", patterns)
    assert plausible_name("Steinhardt", patterns)
