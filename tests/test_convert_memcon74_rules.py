"""Rules for records of conversations whose header facts stand in forms the tables lacked
(memcon74):

- a record's time field giving the meeting's hours before its day (`Time: from 9:00 to
  10:40, 3 March 1966`) dates the record (table `meeting-held`; `segment._own_groups` when
  the field is in the heading), and the place field under it (`Place: Presidential Palace,
  Hanoi`) places it (`meeting_dates._field_place`);
- the head naming the conversation dates the record with its day in a Roman or numeric month
  (`on 10.IV.1968`), read across the head's wrapped lines (`meeting_dates._WRAPPED`);
- a record's form alone as its first head, perhaps letter-spaced (`N o t e`), over the head
  naming the conversation titles the record with the two joined (`form_titles.head_title`),
  and the talk's parties are no sender or addressee; so too a heading's title naming the
  talk `between` two sides;
- a record's title line among its heading's fields (`Record of Talks between Prime Minister
  Sato and Ambassador Reischauer` under `CONFIDENTIAL`) is its title
  (`form_titles.heading_title`);
- a bracketed source at the foot naming an archive in words and then its file, box or fonds
  (`(Gaimusho Diplomatic Archives, file 2014-4477, ...)`) is the archival reference (table
  `archival-reference`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MINUTES = ("MINUTES OF THE CONVERSATION\n"
           "between Prime Minister Pham Van Dong and Soviet Ambassador I. S. Shcherbakov\n\n"
           "Time: from 9:00 to 10:40, 3 March 1966\n"
           "Place: Presidential Palace, Hanoi\n\n"
           "Recorded by: Le Van Hien\n\n"
           "Comrade Pham Van Dong: We thank the Soviet comrades.\n\n"
           "Ambassador Shcherbakov: I will report this to Moscow.\n")


def test_a_time_field_with_hours_before_the_day_dates_and_places_the_record(
        resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert facts["date"] == "1966-03-03"
    assert facts["place_of_origin"] == "Hanoi"
    assert facts["sender"] == []


NOTE = ("                                        Warsaw, 12.IV.1968\n"
        "MINISTRY OF FOREIGN AFFAIRS\nDepartment II\n\n"
        "{form}\n"
        "from the conversation of Vice-Minister Józef Winiewicz with the\n"
        "Ambassador of Sweden, Lennart Arnefelt, on 10.IV.1968\n\n"
        "The Ambassador asked about the trade talks.\n\n"
        "I replied that we would answer through our embassy.\n\n"
        "                                        /-/ J. Winiewicz\n")


def test_a_notes_wrapped_head_dates_it_by_the_conversation_in_a_roman_month(
        resources: Resources) -> None:
    facts = text_facts(NOTE.format(form="N o t e"), resources)
    assert facts["date"] == "1968-04-10"


def test_the_form_head_and_the_conversation_head_title_the_note(resources: Resources) -> None:
    facts = text_facts(NOTE.format(form="N o t e"), resources)
    assert facts["title"] == ("Note from the conversation of Vice-Minister Józef Winiewicz with "
                              "the Ambassador of Sweden, Lennart Arnefelt, on 10.IV.1968")
    assert facts["sender"] == ["Józef Winiewicz"]


def test_a_head_that_is_no_form_titles_nothing(resources: Resources) -> None:
    facts = text_facts(NOTE.format(form="Trade questions"), resources)
    assert not facts["title"].startswith("Trade questions from the conversation")


JAPANESE = ("CONFIDENTIAL\n\n"
            "Record of Talks between Prime Minister Sato and Ambassador Reischauer\n\n"
            "Date and time: June 9, 1966, 10:00 a.m.\n"
            "Place: Prime Minister's Official Residence, Tokyo\n\n"
            "1. Ambassador Reischauer said that he brought the President's thanks.\n\n"
            "2. Prime Minister Sato said that opinion was sensitive.\n\n"
            "(Gaimusho Diplomatic Archives, file 2014-4477, \"Sato-Reischauer talks\")\n")


def test_a_record_title_line_among_heading_fields_titles_it(resources: Resources) -> None:
    facts = text_facts(JAPANESE, resources)
    assert facts["title"] == "Record of Talks between Prime Minister Sato and Ambassador Reischauer"


def test_a_bracketed_archive_in_words_with_its_file_is_the_reference(
        resources: Resources) -> None:
    xml = text_xml(JAPANESE, resources)
    assert "<repository>Gaimusho Diplomatic Archives</repository>" in xml
    assert "file 2014-4477" in xml.split("<text")[0]
