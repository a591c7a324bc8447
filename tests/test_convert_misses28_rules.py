"""Rules from the held misses of the blind samples other33, ocr34 and wc36 (misses28).

- One text sent as several cablegrams, a number for each addressee, on one line with the
  place and the date (`Cablegrams 2, 4, 2 CANBERRA, 5 January 1949, 6 p.m.`): the place and
  the date are read, no number names the text (table `heading-commonwealth`).
- A British government telegram form whose OCR lost the word TELEGRAM but kept the direction
  over the method (`COLONIAL INWARD Cypher/O.T. P.`) is a telegram (`introduced-form`,
  `doc-types`), and the receipt its fields give as a date-time group in the run-in paragraph
  (`Received 221630 June 1948`) is the date of receipt (table `form-receipt`).
- A release or declassification stamp is no evidence of the US cable form, and a heading of
  such stamps and a date line alone is no cable heading (a CREST office diary).
- DCER's classification before the dateline on one line (`CONFIDENTIAL [Ottawa], June 15,
  1961`) is parted from it (`run-on-heading` row `classified-dateline`); a classification
  joined to its handling (`SECRET AND PERSONAL`) is a heading line.
- An archive title naming the record of talks by the parties' joined adjectives (`Record of
  Soviet-Japanese Talks`) types the record of a conversation (`meeting-titles`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_DFAT_TEXT = ("IMMEDIATE SECRET\n\nINDONESIA\n\nThe Government has considered the latest "
              "reports from the\nCommittee and proposes to raise the question in the Council "
              "at once.\n")


@pytest.mark.parametrize("line, date, place", [
    # dfat.gov.au's heading as sample other33 has it (numbers invented)
    ("Cablegrams 7, 9, 3 CANBERRA, 8 February 1949, 5 p.m.", "1949-02-08", "Canberra"),
    ("Cablegrams 112 and 45 LONDON, 3 March 1950", "1950-03-03", "London"),
    ("Telegrams 17, 18 OTTAWA, 9 April 1947, 11.20 a.m.", "1947-04-09", "Ottawa"),
])
def test_several_cablegrams_on_one_line_give_place_and_date(
        resources, line: str, date: str, place: str) -> None:
    text = ("Historical documents\n\n41 Australian Government to Makin and Fraser\n\n"
            f"{line}\n\n{_DFAT_TEXT}")
    facts = text_facts(text, resources)
    assert str(facts["date"]).startswith(date)
    assert facts["place_of_origin"] == place
    assert not facts["telegram_number"]
    assert facts["doc_type"] == "telegram"


@pytest.mark.parametrize("form, received", [
    # the Colonial Office's inward form as a FlipHTML5 page gives its OCR (sample other33)
    ("GOVERNOR- COLONIAL INWARD Cypher/O.T. P. 31207—10,000—2/49 SECRETARY OF STATE. "
     "Priority:— From Dated GOVERNOR. Received 141015 March 1949 TO BE DECIPHERED.",
     "1949-03-14T10:15"),
    # the same family's outward code form with the War Office's receipt line (invented)
    ("COLONIAL OFFICE OUTWARD CODE To GOLD COAST (Governor) Recd. 030920 Jan 50 SECRET.",
     "1950-01-03T09:20"),
])
def test_an_inward_form_without_the_word_telegram(resources, form: str, received: str) -> None:
    text = (f"{form} Following from Secretary of State begins:- Your letter of the 2nd has "
            "reached us while the Governor is on leave. The proposed move must now be "
            "regarded as off, and I will write again next week.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "telegram"
    assert str(facts["date_received"]).startswith(received)


def test_a_receipt_in_a_paragraph_that_opens_no_form_is_not_read(resources) -> None:
    text = ("The Committee met on Monday. Received 141015 March 1949 was written on the "
            "file cover, but nobody could say by whom.\n")
    assert not text_facts(text, resources)["date_received"]


_RECORD = ("Document Type:\nDocument Number (FOIA) /ESDN (CREST):\nRelease Decision:\n"
           "Original Classification:\nDocument Page Count:\nDocument Creation Date:\n"
           "December 19, 2016\nDocument Release Date:\nAugust 3, 2000\nSequence Number:\n"
           "Case Number:\nPublication Date:\nMay 4, 1961\nContent Type:\n"
           "Attachment | Size |\nCIA-RDP80-00144R000200030011-7.pdf | 41.20 KB |\n")
_DIARY = ("1. Mr. Harlan came in to see me before leaving on a three-week trip to the\n"
          "stations in the Far East.\n"
          "2. I met with the Comptroller to discuss the budget letter received from the\n"
          "Committee, which if taken literally would cut the regular program.\n")


@pytest.mark.parametrize("noise, stamp", [
    # CREST's release line garbled by the OCR under a scrap of noise (sample ocr34)
    ("? :`. r", "Approved For Release 2004/02/11 ?P80-00l44R0Q200030011-7"),
    # a declassification stamp of another archive (invented)
    ("' , .", "Declassified in Part - Sanitized Copy Approved for Release 2012/05/01"),
])
def test_a_release_stamp_over_a_date_line_is_no_cable_heading(
        resources, noise: str, stamp: str) -> None:
    facts = text_facts(f"{_RECORD}{noise}\n{stamp}\n4 May 1961\n{_DIARY}", resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["title"] != "Cable"
    assert str(facts["date"]).startswith("1961-05-04")


@pytest.mark.parametrize("line, classification, date", [
    # DCER's web page as sample other33 has it
    ("CONFIDENTIAL [Ottawa], June 15, 1961", "CONFIDENTIAL", "1961-06-15"),
    ("SECRET AND PERSONAL [Ottawa], March 14, 1957", "SECRET AND PERSONAL", "1957-03-14"),
    ("TOP SECRET Washington, May 2, 1962", "TOP SECRET", "1962-05-02"),
])
def test_dcers_classification_is_parted_from_the_dateline(
        resources, line: str, classification: str, date: str) -> None:
    text = ("Chapter II - United Nations\n\nPart 1\n\n312. DEA/50219-40\n\n"
            "Memorandum from Under-Secretary of State for External Affairs to Prime Minister"
            f"\n\n{line}\n\nThe Ambassador called this morning to say that his Government "
            "would support the resolution.\n")
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="classification">{classification}</ab>' in xml
    assert f"<dateline>{classification}" not in xml
    assert str(text_facts(text, resources)["date"]).startswith(date)


@pytest.mark.parametrize("title", [
    "Record of Soviet-Japanese Talks, 9 October 1973",  # sample wc36's title
    "Minutes of the Sino-Soviet Negotiations, 5 July 1963",
    "Record of Polish-Czechoslovak Conversations, 12 March 1958",
])
def test_a_record_of_talks_between_joined_adjectives(resources, title: str) -> None:
    date = title.rsplit(", ", 1)[1]
    text = (f"{date}\n\n    The two leaders discuss trade and the border question.\n"
            f'    "{title}," {date}, History and Public Policy Program Digital Archive, '
            "Archive of Foreign Policy, fond 5, opis 2, delo 11. Translated by A. Reader.\n"
            f"{date}\n\nThe talks were conducted:\n\nA. SPEAKER. We welcome the delegation.\n"
            "\nB. GUEST. Thank you for the invitation.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
