"""Rules of misses45 (layouts earlier OCR and cable samples missed).

- A fax cover sheet (`Facsimile Cover Sheet`, `FAX TRANSMITTAL`) over the document it
  carries: its name and its fields (each party's company, phone and fax, the page count, the
  comments box) are lines of the heading, so its `From:`, `To:` and `Date:` under them are
  read as the transmission's sender, addressee and date.
- A note on a form's handwriting opened and never closed (`[handwritten: 136 37 Copy no.
  WASHINGTON 54607 9`) runs on into the typed line beside it: that line's post is the place
  of origin.
- A FRUS `Message From ...` numbered in digits before a subject label (`6357. Subj: ...`):
  the message's number, as a channel series (`Hakto 27.`) is; digits before prose are not.
- A publisher's caption over the heading with a date after its colon (`The UN's response: 11
  January 1994`) dates the document when the heading gives no date.
- CREST's `REGULATION` in its type field types a memorandum; `MEMORANDUM FOR:` in a
  flattened body is one label, never cut before `FOR:`.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_COVER = ("{name}\n\nTo: Anne Keller\nCompany: Office of the Legal Adviser\nPhone: 202-555-0143\n"
          "Fax: 202-555-0187\n\nFrom: Paul Hargreave\nCompany: Bureau of Oceans\n"
          "Phone: 202-555-0110\n\nDate: 3 June 1998\n\n{pages}\n\nComments:\n\n"
          "Please see the enclosed draft of the reply to the embassy before Friday.\n")


@pytest.mark.parametrize("name, pages", [
    ("Facsimile Cover Sheet", "Pages including this cover page: 3"),
    ("FAX TRANSMITTAL", "Number of pages (including cover): 3"),
    ("Fax Cover Page", "Total pages: 3"),
])
def test_fax_cover_sheet_fields_are_the_heading(name: str, pages: str, resources) -> None:
    text = _COVER.format(name=name, pages=pages)
    found = text_facts(text, resources)
    assert found["sender"] == ["Paul Hargreave"]
    assert found["addressee"] == ["Anne Keller"]
    assert found["date"] == "1998-06-03"
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="document-type">{name}</ab>' in xml
    assert re.search(r'<ab type="registry" subtype="other">-?Company: Bureau of Oceans', xml)
    assert f'<ab type="registry" subtype="other">{pages}</ab>' in xml
    assert "<head>" not in xml


def test_an_ocr_dash_before_a_cover_sheet_label(resources) -> None:
    text = _COVER.format(name="Facsimile Cover Sheet", pages="Pages: 3").replace(
        "Company: Bureau", "-Company: Bureau")
    assert text_facts(text, resources)["date"] == "1998-06-03"


def test_phone_line_in_prose_is_no_heading(resources) -> None:
    text = ("Dear Mr. Hargreave,\n\nPhone: the embassy's line was cut this morning, so I write.\n\n"
            "Yours sincerely,\n\nAnne Keller\n")
    xml = text_xml(text, resources)
    assert 'subtype="heading"' not in xml


_CIPHER = ("Ciphered Telegram from Ambassador A. I. Alekseev to the Ministry of Foreign Affairs, "
           "12 November 1962\n\nRussian\n\n{note}\n\n20 12 XI 62\n\nTOP SECRET\n"
           "CIPHERED TELEGRAM\n\nToday the minister received me and promised an answer within "
           "two days.\n\nA. ALEKSEEV\n")


@pytest.mark.parametrize("note, place", [
    ("[handwritten: 2/ob 1411 [illegible] Copy no. 4 HAVANA 31406 14", "Havana"),
    ("[handwritten: 136 37 Copy no. WASHINGTON 54607 9", "Washington"),
    ("[handwritten: to Cde. Gromyko 1411", None),
])
def test_unclosed_handwritten_note_runs_into_the_post_line(note: str, place: str | None,
                                                           resources) -> None:
    assert text_facts(_CIPHER.format(note=note), resources)["place_of_origin"] == place


_MESSAGE = ("88. Message From the Commander in Chief, Pacific (Sharp) to the Chairman of the "
            "Joint Chiefs of Staff (Wheeler)1\n\n{first}\n\n1. The strikes go ahead as "
            "planned.\n\n2. The carriers will be on station by March 8.\n\nWarm regards.\n"
            "  1. Source: Johnson Library, National Security File. Top Secret.\n")


@pytest.mark.parametrize("first, number", [
    ("2216. Subject: Air Operations Against the North.", "2216"),
    ("6357. Subj: Cease-fire Planning/Security. Deliver during waking hours.", "6357"),
    ("2216. I have gone over the proposed schedule with General Westmoreland.", None),
])
def test_frus_message_number_before_a_subject_label(first: str, number: str | None,
                                                    resources) -> None:
    assert text_facts(_MESSAGE.format(first=first), resources)["telegram_number"] == number


_CAPTIONED = ("{caption}\n\nSECRET\n\nTO: AMEMBASSY MOSCOW\nFROM: SECSTATE WASHDC\n"
              "NR: 1021\n{date}SUBJECT: Talks with Foreign Minister\n\n1. You should seek an early "
              "appointment with the minister.\n\n2. Report his reply by immediate cable.\n\nRUSK\n")


@pytest.mark.parametrize("caption, date, when", [
    ("The Department's instructions: 14 October 1962", "", "1962-10-14"),
    ("The UN's response: 11 January 1994", "", "1994-01-11"),
    ("The Department's instructions: 14 October 1962", "DATE: 15 October 1962\n", "1962-10-15"),
    ("The Department's instructions", "", None),
])
def test_caption_date_when_the_heading_has_none(caption: str, date: str, when: str | None,
                                               resources) -> None:
    text = _CAPTIONED.format(caption=caption, date=date)
    assert text_facts(text, resources)["date"] == when


_CREST = ("Document Type:\nCREST\nContent Type:\n{kind}\nBody:\n19 April 1962\n\n"
          "SUBJECT: Release of Reports\n\n1. Reports "
          "of one office may be shown to another office without further approval.\n")


@pytest.mark.parametrize("kind, doc_type", [("REGULATION", "memorandum"), ("SUMMARY", "report")])
def test_crest_regulation_is_a_memorandum(kind: str, doc_type: str, resources) -> None:
    assert text_facts(_CREST.format(kind=kind), resources)["doc_type"] == doc_type


@pytest.mark.parametrize("text, cuts", [
    ("21 December 1967 MEMORANDUM FOR: Staff Personnel SUBJECT", ["MEMORANDUM FOR"]),
    ("NODIS TO The Secretary FROM", ["TO The"]),
])
def test_memorandum_for_is_one_label_in_a_flattened_body(text: str, cuts: list[str],
                                                         resources) -> None:
    row = next(row for row in resources.patterns.rows("flattened-heading")
               if row.name == "memo-to")
    assert [text[found.start():found.start() + len(cut)]
            for found, cut in zip(row.regex.finditer(text), cuts, strict=True)] == cuts
