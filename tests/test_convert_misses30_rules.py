"""Rules from the held misses of the blind samples other35 and ocr35 and from dates20's
left-alone list (misses30).

- A documents reader's chapter as a preview flattens it onto one paragraph (Project MUSE:
  the book's page number, `Document No. 56: <title> <date>` with the comma before the date
  lost, then the editors' headnote) is split into its lines (`run-on-heading`, row
  `reader-heading`); the page number over the heading is the page's text
  (`pages/edition_front.py`); a record of conversation's title closed by its date without
  a comma gives the date (`title-facts`); MUSE's `In lieu of an abstract, here is a brief
  excerpt of the content:` is page furniture.
- A record of conversation's heading as an OCR view without punctuation runs it on (the
  National Security Archive's `media/NNN/ocr`: `Excerpts from Conversation between A and
  B June 1 1990 White House GORBACHEV ...`): the title, the date, the place before the first
  speaker in capitals and the text become lines (row `conversation-heading`); `Excerpts
  from Conversation between` names a record of conversation (`doc-types`).
- A date range across two months (`March 30-April 2, 1962`, `30 March-2 April 1962`) is its
  first day with the range's year (`date_shapes.py`).
- A despatch's signature that the OCR of a two-column page reads after the enclosure's label
  beside it (`I have the honor to be, etc.,` / `[Inclosure. Translation.]` / `CHARLES H.
  GRAVES.`) signs the despatch (`column_signature.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_MUSE = "In lieu of an abstract, here is a brief excerpt of the content:\n\n"


@pytest.mark.parametrize("line, title, date", [
    # the sample's layout (Project MUSE, a National Security Archive reader)
    ("438 Document No. 56: Record of Conversation between Mikhail Gorbachev and Margaret "
     "Thatcher April 6, 1989 The candor and depth of the conversations testify to their "
     "close relationship. Gorbachev: On the one hand, there is a point of view.",
     "Record of Conversation between Mikhail Gorbachev and Margaret Thatcher April 6, 1989",
     "1989-04-06"),
    # an invented chapter of another reader, its date day first
    ("212 Document No. 9: Memorandum of Conversation between Helmut Kohl and George Bush "
     "24 February 1990 The Chancellor came to Camp David for the weekend. Kohl: I thank "
     "you for the invitation.",
     "Memorandum of Conversation between Helmut Kohl and George Bush 24 February 1990",
     "1990-02-24"),
])
def test_a_readers_run_on_heading_gives_title_and_date(resources, line: str, title: str,
                                                        date: str) -> None:
    found = text_facts(_MUSE + line + "\n", resources)
    assert found["title"] == title
    assert found["date"] == date
    assert found["doc_type"] == ("memorandum" if title.startswith("Memo") else
                                 "record of conversation")  # the project's convention
    assert "In lieu of an abstract" not in text_xml(_MUSE + line + "\n", resources)


@pytest.mark.parametrize("line, title, date", [
    # the sample's layout (the National Security Archive's OCR text view)
    ("Excerpts from Conversation between Mikhail Gorbachev and George Bush June 1 1990 "
     "White House GORBACHEV One has to make a choice BUSH Maybe tomorrow we can talk",
     "Excerpts from Conversation between Mikhail Gorbachev and George Bush", "1990-06-01"),
    # an invented record of the same kind, its date day first and no place
    ("Record of Conversation between Helmut Kohl and Mikhail Gorbachev 15 July 1990 KOHL "
     "I thank you for receiving us GORBACHEV We are glad to see you",
     "Record of Conversation between Helmut Kohl and Mikhail Gorbachev", "1990-07-15"),
])
def test_an_ocr_conversation_heading_is_split(resources, line: str, title: str,
                                              date: str) -> None:
    found = text_facts(line + "\n", resources)
    assert found["title"] == title
    assert found["date"] == date
    assert found["doc_type"] == "record of conversation"


@pytest.mark.parametrize("dateline, when", [
    ("Washington, March 30-April 2, 1962", "1962-03-30"),
    ("Ottawa, 30 March-2 April 1962", "1962-03-30"),
    ("Canberra, 29 June–3 July 1957", "1957-06-29"),
])
def test_a_range_across_two_months_is_its_first_day(resources, dateline: str,
                                                     when: str) -> None:
    text = f"{dateline}\n\nThe talks were held over four days and ended without a statement.\n"
    assert text_facts(text, resources)["date"] == when


def test_a_range_in_running_text_keeps_its_words(resources) -> None:
    text = ("Washington, April 5, 1962\n\nThe talks of March 30-April 2, 1962 ended "
            "without a statement.\n")
    xml = text_xml(text, resources)
    assert '<date when="1962-03-30">March 30-April 2, 1962</date>' in xml


_DESPATCH = ("Minister {sender} to the Secretary of State.\n\nAMERICAN LEGATION,\n"
             "{place}, July 8, 1905.\n\nSIR: I have the honor to transmit herewith a letter "
             "of the minister for foreign affairs on the decease of the Secretary.\n\n"
             "I have the honor to be, etc.,\n\n{label}\n\n{signature}\n\n"
             "The Minister of Foreign Affairs to Minister {sender}.\n\n"
             "MINISTRY OF FOREIGN AFFAIRS,\n{place}, July 4, 1905.\n\n"
             "MR. MINISTER: I wish to express to you the sympathy of the Government.\n\n"
             "Please accept, etc.,\n\nJ. NORDSTRAND.\n")


@pytest.mark.parametrize("sender, place, label, signature", [
    # the sample's layout (FRUS 1905 in Google Books' text view)
    ("Graves", "Stockholm", "[Inclosure. Translation.]", "CHARLES H. GRAVES."),
    # an invented despatch, its label numbered
    ("Whitlock", "Copenhagen", "[Inclosure 1.]", "EDWIN P. WHITLOCK."),
])
def test_a_signature_read_after_the_inclosure_label_signs(resources, sender: str, place: str,
                                                          label: str, signature: str) -> None:
    text = _DESPATCH.format(sender=sender, place=place, label=label, signature=signature)
    assert text_facts(text, resources)["signed"] == signature


def test_a_signature_in_its_place_is_unchanged(resources) -> None:
    text = _DESPATCH.format(sender="Graves", place="Stockholm", label="CHARLES H. GRAVES.",
                            signature="[Inclosure. Translation.]")
    assert text_facts(text, resources)["signed"] == "CHARLES H. GRAVES."
