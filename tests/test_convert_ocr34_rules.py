"""Rules from the blind sample of OCR'd and PDF-extracted scans from further sources (ocr34):
reading-room record pages in their newer export and scanned editions' web pages.

- A reading room's attachment table as the newer export of a CREST record page gives it
  (`Attachment | Size |`, its rule of dashes, the file's icon or name with its size, even
  with no `File:` or `Body:` label round it) is page furniture (table `page-furniture`, row
  `reading-room-attachment`; `read_cells` keeps such a row whole for it).
- CREST's release line alone on its line (`Approved For Release 2002/05/17 : CIA-RDP...`)
  is never joined to the line under it (a letter's inside address), and a closing line (a
  signature, a signer's office) over a page foot's release line closes the letter: the
  pages after it are its attachment. `Executive` opens a signer's office (`Executive
  Director`, `Executive Secretary`: table `role-openers`).
- A scanned edition's note anchor glued after the dateline's stop (`August 1, 1914.(1)`)
  is no part of the date: the line dates the letter.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_RECORD = ("Document Type:\nDocument Number (FOIA) /ESDN (CREST):\nRelease Decision:\n"
           "Original Classification:\nDocument Page Count:\nDocument Creation Date:\n"
           "December 20, 2016\nDocument Release Date:\nMarch 11, 2003\nSequence Number:\n"
           "Case Number:\nPublication Date:\nOctober 14, 1969\nContent Type:\n")
_RELEASE = "Approved For Release 2003/04/02 : CIA-RDP85-00375R000200140022-6"
_LETTER = ("Secretary\nSociety of Government Archivists\nPost Office Box 412\n"
           "Alexandria, Virginia 22313\n14 October 1969\n"
           "In answer to your letter of 2 September 1969, we are glad to\n"
           "put forward a member of our staff for the Society's award for records\n"
           "management. As head of our Indexing Branch she designed a retrieval\n"
           "scheme that has cut the time needed to answer a search from days to hours.\n")
_ATTACHMENT = ("A. The Retrieval Scheme\n1. Before the scheme\nSearches of the older files "
               "were made by hand from the\ncard index, and a request could take a week.\n")


@pytest.mark.parametrize("table", [
    # the icon's cell as the export gives it (sample ocr34)
    "Attachment | Size |\n---|---|\n![]() | 118.60 KB |\n",
    # the file's name in the cell (an invented probe of the same export)
    "Attachment | Size |\n---|---|\nCIA-RDP85-00375R000200140022-6.pdf | 118.60 KB |\n",
])
def test_a_reading_rooms_attachment_table_is_page_furniture(resources, table: str) -> None:
    xml = text_xml(_RECORD + table + _RELEASE + "\n" + _LETTER + "L. M. Ashcombe\n"
                   "Executive Secretary\n", resources)
    assert "118.60 KB" not in xml
    assert "<term>Size</term>" not in xml and "<term>Attachment</term>" not in xml


@pytest.mark.parametrize("name, office", [
    ("L. M. Ashcombe", "Executive Secretary"),  # sample ocr34's layout
    ("R. T. Vance", "Executive Director"),
    ("Paul Merriman", "Deputy Director"),  # an office the role table already knew
])
def test_a_signature_over_a_page_foots_release_line_closes_the_letter(
        resources, name: str, office: str) -> None:
    text = (_RECORD + "Attachment | Size |\n---|---|\n![]() | 118.60 KB |\n" + _RELEASE + "\n"
            + _LETTER + f"{name}\n{office}\n{_RELEASE}\n{_RELEASE}\n" + _ATTACHMENT)
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == [name]
    assert name in str(facts["signed"])
    xml = text_xml(text, resources)
    assert "<head>Secretary</head>" in xml  # the inside address is not joined to the release
    assert '<div type="attachment">' in xml


def test_a_release_line_within_a_text_does_not_end_it(resources) -> None:
    """A page break's release lines under a paragraph (no closing line over them) leave
    the text whole (other23's flattened memorandum)."""
    text = (_RECORD + _RELEASE + "\n" + _LETTER + _RELEASE + "\n" + _RELEASE + "\n"
            "The scheme will be extended to the newer files next year.\n")
    assert '<div type="attachment">' not in text_xml(text, resources)


@pytest.mark.parametrize("heading, dateline, date", [
    # British Documents on the Origins of the War as a web archive gives it (sample ocr34)
    ("No. 446.\nSir Arthur Penrose to Sir Edward Grey.\n58, Cadogan Gardens, S.W.,",
     "August 1, 1914.(1)", "1914-08-01"),
    # an invented edition page: the anchor after a comma, a two-digit note
    ("No. 12.\nMr. Alban Tolley to Sir Hugh Marlowe.\n4, Portman Square, W.,",
     "May 19, 1908,(12)", "1908-05-19"),
])
def test_a_note_anchor_glued_to_the_datelines_stop_is_not_the_dates(
        resources, heading: str, dateline: str, date: str) -> None:
    text = (f"{heading}\n{dateline}\n\nSir Hugh,\nI return the draft you sent me last night. "
            "I think the second paragraph goes further than the Cabinet will wish to go at "
            "present.\n\n(1) The date in the writer's own hand.\n(12) Not printed.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["doc_type"] == "letter"
