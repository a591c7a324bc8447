"""Rules from the blind sample of OCR and PDF text from further sources (ocr37): the Internet
Archive's full text of a Command paper, Papers Past's OCR of the Appendix to the Journals
(AJHR), a document host's PDF text of a transcribed despatch, Scribd's text of a Cabinet
paper, CIA reading room (CREST) scans.

- British printed correspondence sets the salutation at the left and the address and date
  at the right of one printed line, so the text reads them as one line, the salutation
  first (`Sir, London, November 20, 1914.`; `No. 16. New Zealand, No. 87. My Lord, —
  Downing Street, 25th April, 1923. With reference to ...`): the paper's number, the
  despatch's series and number, the salutation, the dateline, the text and its close
  (`I have, &c, SIGNER.` and the foot address) each become a line (row
  `salutation-dateline` of `run-on-heading`), so the letter opens with its salutation and
  dateline.
- What stands above that line on the page, when it holds the paper's imprint (`Presented to
  both Houses of Parliament by Command of His Majesty`, the Stationery Office) or the
  previous document's abbreviated close (`I have, &c.`), is the page's text
  (`pages/printed_opening.py`).
- The paper's next number over the salutation (`No. 17.` / `New Zealand, Dominions No.
  163.` / `My Lord,`) begins the next document, so the signature above it closes this one
  (`closing.following_document`); the addressee's office before his style at the foot
  (`Governor-General His Excellency the Right Hon. Viscount Jellicoe, G.C.8., 0.M., ...`)
  names the addressee (table `foot-address`).
- A CREST scan's `MEMORANDUM FOR:` whose first letters the OCR damaged (`IN1holi.ANDUM FOR:
  Deputy Director for`, `MENDRANDUM FOR: Chief, FBID`) is the memorandum's form line (row
  `document-type`; `doc_types.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("I HAVE the honour to report on the circumstances which preceded my departure from "
         "the capital on the 3rd instant, and on the conduct of the Government since.\n")


@pytest.mark.parametrize("line, date, place", [
    # the sample's layout (the Internet Archive's full text of a Command paper, t01)
    ("Sir, London, November 20, 1914. ", "1914-11-20", "London"),
    # an invented AJHR layout: the dash after the salutation, the day before the month
    ("Sir, — Downing Street, 14th March, 1911.", "1911-03-14", "Downing Street"),
    ("My Lord, — Foreign Office, 2nd June, 1902.", "1902-06-02", "London"),
])
def test_a_salutation_and_dateline_on_one_line_open_the_letter(
        resources, line: str, date: str, place: str) -> None:
    facts = text_facts(f"{line}\n\n{_BODY}", resources)
    assert facts["date"] == date
    assert facts["doc_type"] == "letter"
    assert place in str(facts["place_of_origin"])


@pytest.mark.parametrize("above", [
    # a Command paper's title page over the despatch (sample t01's layout)
    ("MISCELLANEOUS. No. 9 (1915).\n\nPresented to both Houses of Parliament by Command of "
     "His Majesty.\n\nMarch 1915.\n\nLONDON: PRINTED UNDER THE AUTHORITY OF HIS MAJESTY'S "
     "STATIONERY OFFICE.\n\nDespatch from His Majesty's Minister at Sofia respecting "
     "the Situation in Bulgaria.\n"),
    # the previous document's end on an AJHR page (sample t05's layout, invented wording)
    ("upon such terms as may be found convenient. I have, &c, HARCOURT. Governor His "
     "Excellency the Right Hon. the Earl of Islington, G.C.M.G.\n"),
])
def test_the_page_above_a_printed_opening_is_page_text(resources, above: str) -> None:
    text = f"{above}\nSir, Sofia, February 12, 1915.\n\n{_BODY}"
    facts = text_facts(text, resources)
    assert facts["date"] == "1915-02-12"
    assert facts["doc_type"] == "letter"
    assert facts.get("signed") in (None, "")


@pytest.mark.parametrize("first, second", [
    # the sample's layout (AJHR 1924, t05), invented wording
    ("No. 4. New Zealand, No. 31. My Lord, — Downing Street, 9th March, 1921. I have the "
     "honour to transmit a copy of a despatch from the Ambassador. I have, &c, MILNER. "
     "Governor-General His Excellency the Right Hon. Viscount Jellicoe, G.C.B., O.M., "
     "G.C.V.O., &c.",
     "No. 5. New Zealand, Dominions No. 40. My Lord, — Downing Street, 11th March, 1921. "
     "With reference to my despatch No. 31, I have the honour to transmit a further paper."),
    ("No. 12. Dominions, No. 8. My Lord, — Downing Street, 2nd May, 1922. I have the honour "
     "to inform you of the appointment. I have, &c, CHURCHILL. Governor-General His "
     "Excellency the Right Hon. the Earl of Liverpool, G.C.M.G.",
     "No. 13. Dominions, No. 9. My Lord, — Downing Street, 4th May, 1922. I have the honour "
     "to refer to my despatch."),
])
def test_a_printed_despatch_closes_over_the_next_number(
        resources, first: str, second: str) -> None:
    facts = text_facts(f"{first}\n\n{second}\n", resources)
    assert facts["doc_type"] == "letter"
    assert facts["date"] == ("1921-03-09" if "1921" in first else "1922-05-02")
    assert facts["signed"] in ("MILNER.", "CHURCHILL.", "MILNER", "CHURCHILL")
    assert facts["addressee"], facts
    xml = text_xml(f"{first}\n\n{second}\n", resources)
    assert '<div type="attachment">' in xml


@pytest.mark.parametrize("form, addressee", [
    # the sample's OCR (t06)
    ("IN1holi.ANDUM FOR: Deputy Director for", "Deputy Director"),
    # ocr34 h02's OCR of the form line
    ("MENDRANDUM FOR: Chief, FBID", "Chief"),
])
def test_an_ocr_damaged_memorandum_for_line_is_the_form(
        resources, form: str, addressee: str) -> None:
    text = ("Approved For Release 2006/08/09: CIA-RDP75B00380R000400140033-1\nSECRET\n"
            f"{form}\n2 8 JUN 1971\nSUBJECT : Records Program\n"
            "1. Attached is a recently completed study. I agree with the conclusions and have "
            "approved the recommendations.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
