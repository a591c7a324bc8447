"""Rules from the blind sample of FRUS documents in forms and volumes no sample had used
(frus37): a Carter-era memorandum and meeting record, a 19th-century instruction, a foreign
head of state's letter in translation, a telephone conversation, a telegram from the mission
at the United Nations.

- A FRUS note of several paragraphs is copied with its bullet alone on a line (`-` / `On June
  18, Eisenhower replied as follows:` / `“Your letter ...`): the bullet opens the note, whose
  lines run on to its back link or the page's cut (`note_lines.bare_note_bullets`); the notes
  above stay notes, the source note the header's.
- A 19th-century dateline broken after the office and its seat (`Department of State,
  Washington,` / `December 13, 1861.`) gives the seat as the place of origin
  (`heading_places._OFFICE_SEAT`).
- `Summary of Conclusions of a ... Meeting` and the minutes of a committee named with its part
  in parentheses (`... Committee (Intelligence) Meeting`) are a meeting's record
  (`meeting-titles` row).
- A listed line under a `PARTICIPANTS` label giving a name alone (`- John McMahon`,
  `- Robert Pastor***`, `- Kenneth Bass III`) is a person though no register knows it, and a
  listed participant with an office after a comma (`- Henry Owen, Chairman`) is no inside
  address (`participant_names.py`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_ARROWED = ("{number}. Letter From {heading}{anchor}\n"
            "Dear Mr. President: I was glad to have your message of last week.{first}\n"
            "I look forward to our talks in the autumn.\n"
            "Please accept, Mr. President, the assurances of my friendship.\n"
            "- Source: Eisenhower Library, Whitman File, International File. Secret. The source "
            "text is a Department of State translation.↩\n"
            "- Document 201.↩\n"
            "-\n"
            "On {day}, the President replied as follows:\n"
            "“I thank you for your letter of {day}{tail}")


@pytest.mark.parametrize("number, heading, anchor, first, day, tail", [
    # the sample's shape: the heading's anchor `0`, the page cut in the last note
    ("182", "President de Gaulle to President Eisenhower", "0", "1", "June 10",
     ", which reached me in Man"),
    # invented: a note list numbered from 1, the last note whole with its back link
    ("57", "Chancellor Adenauer to President Eisenhower", "1", "2", "March 4",
     ".”↩"),
])
def test_a_note_of_several_paragraphs_under_a_bare_bullet(
        resources, number: str, heading: str, anchor: str, first: str, day: str,
        tail: str) -> None:
    text = _ARROWED.format(number=number, heading=heading, anchor=anchor, first=first,
                           day=day, tail=tail)
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["notes"] == 3  # the source note, `Document 201.` and the reply
    assert re.search(r"<note [^>]*>On <date[^>]*>[^<]*</date>, the President replied as "
                     r"follows: “I thank you", xml)
    assert facts["repository"] == "Eisenhower Library"


_INSTRUCTION = ("Mr. {sender} to Mr. {addressee}.\nNo. {number}.]\n{office},\n{date}.\n"
                "Sir: Your despatch of the 2d instant has been received.\n"
                "The course you propose is approved.\n"
                "I am, sir, your obedient servant,\n")


@pytest.mark.parametrize("office, place", [
    ("Department of State, Washington", "Washington"),  # the sample's
    ("Legation of the United States, Madrid", "Madrid"),  # invented: a legation's
])
def test_an_office_and_its_seat_over_the_bare_date(resources, office: str, place: str) -> None:
    text = _INSTRUCTION.format(sender="Seward", addressee="Perry", number="61", office=office,
                               date="May 14, 1862")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place
    assert facts["date"] == "1862-05-14"


def test_a_country_closing_the_office_line_is_no_seat(resources) -> None:
    text = _INSTRUCTION.format(sender="Seward", addressee="Perry", number="61",
                               office="Legation of the United States, Spain",
                               date="May 14, 1862")
    assert text_facts(text, resources)["place_of_origin"] is None


@pytest.mark.parametrize("heading", [
    "212. Summary of Conclusions of a Special Coordination Committee (Intelligence) Meeting1",
    "40. Summary of Conclusions of a Policy Review Committee Meeting1",
    "12. Minutes of a Special Coordination Committee (Intelligence) Meeting1",
])
def test_a_summary_of_conclusions_is_a_meeting_record(resources, heading: str) -> None:
    text = (f"{heading}\nSUBJECT\n- Intelligence Operations\n"
            "The Committee reviewed the annual plans and agreed to meet again in May.\n")
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


_PARTICIPANTS = ("{heading}\nSUBJECT\n- {subject}\nPARTICIPANTS\n-\nState\n- Amb. David Newsom\n"
                 "-\n{office}\n{members}\nSUMMARY OF CONCLUSIONS\n"
                 "The meeting reviewed the proposals and agreed to return to them next month.\n")


@pytest.mark.parametrize("office, members, names", [
    # the sample's shape: names alone, asterisks, a suffix
    ("CIA", "- John McMahon\n- Robert Pastor***\n- Kenneth Bass III",
     ["John McMahon", "Robert Pastor", "Kenneth Bass III"]),
    # invented: an invented participant under a chairman with his office after a comma
    ("NSC", "- Henry Owen, Chairman\n- Walter Brinkmann*\n- Ilse Marquardt (Notetaker)",
     ["Walter Brinkmann", "Ilse Marquardt"]),
])
def test_a_name_alone_under_participants_is_a_person(
        resources, office: str, members: str, names: list[str]) -> None:
    text = _PARTICIPANTS.format(
        heading="212. Summary of Conclusions of a Special Coordination Committee Meeting1",
        subject="Intelligence Operations", office=office, members=members)
    xml = text_xml(text, resources)
    for name in names:
        assert f">{name}</persName>" in xml
    assert text_facts(text, resources)["addressee"] == []


def test_a_subject_item_alone_is_no_person(resources) -> None:
    text = ("101. Memorandum From the President’s Assistant for National Security Affairs "
            "(Brzezinski) to President Carter1\nSUBJECT\n- Walter Brinkmann Visit\n"
            "The visit is set for next week.\n")
    assert "Walter Brinkmann</persName>" not in text_xml(text, resources)
