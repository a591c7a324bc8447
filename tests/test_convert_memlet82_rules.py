"""Rules for memoranda, records, minutes, instructions and notes to a central committee in
layouts the tables lacked (memlet82):

- a title whose first word names the form alone (`Instructions to the Soviet Ambassador in
  ...`, `Directive to ...`) names no sender (`parties._NOTE_WORD`);
- a heading of an edition's bare number, a dateline and the list of those present (`No. 214`
  / `Paris, 16 May 1968, 4 p.m.` / `Present: ...`) makes the record of a conversation, its
  number no telegram's (`attended_heading`, called from `doc_types`);
- an office's line under a party label's value, its symbol, a dash and its officer, set
  under the first value's column (`FROM:  EUR/RPM - George S. Vest` /
  `       INR/REC - William G. Hyland`), is another party of the label (`party_runs`, a
  read stage);
- a memorandum's drafting line with its label alone (`Drafted: EUR/RPM:JDGoodby:lm`) is
  registry (table `processing`, the outgoing form's foot row), and with it the short
  recommendation and approval lines over it, as lead15 has them;
- a meeting's heading in capitals with its ordinal (`MINUTES OF THE 12th MEETING OF THE
  ... COMMITTEE`) over the line going on with `held in ... on <day>` is one meeting
  sentence: the title, the day and the venue (`pages/meeting_heading`, table
  `meeting-heading`);
- the hyphened naval and air ranks (`Vice-Admiral`, `Rear-Admiral`, `Air Vice-Marshal`) are
  titles, no persons (table `honorifics`);
- an attachment's line under the closer's date and number (`Attachment: draft resolution, 1
  page.` under `No. 1786/gs`) opens the attachment, so the signatures over it are the
  closer's (`closing._after_enclosure_closer`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

INSTRUCTIONS = ("Directive to the Soviet Ambassador in Belgrade\n\n"
                "Top Secret\n\n"
                "BELGRADE\n\nSOVIET AMBASSADOR\n\n"
                "Call on Comrade Tito and tell him that the Soviet Government agrees.\n\n"
                "Telegraph upon execution.\n")


def test_a_form_word_opening_a_title_names_no_sender(resources: Resources) -> None:
    facts = text_facts(INSTRUCTIONS, resources)
    assert facts["title"] == "Directive to the Soviet Ambassador in Belgrade"
    assert facts["sender"] == []


ATTENDED = ("No. 87\n\n"
            "Bonn, 3 February 1970, 11 a.m.\n\n"
            "Present: Herr Scheel, Herr Frank;\n"
            "Sir Roger Jackling, Mr. Bullard.\n\n"
            "Herr Scheel said that the talks in Moscow had gone better than expected.\n\n"
            "Sir Roger Jackling asked when the Federal Government would inform the Allies.\n")


def test_those_present_under_a_dateline_make_a_record(resources: Resources) -> None:
    facts = text_facts(ATTENDED, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["telegram_number"] is None


OFFICES = ("MEMORANDUM\n\n"
           "TO:        S - The Secretary\n"
           "FROM:      EUR - Arthur A. Hartman  AAH\n"
           "           C - Helmut Sonnenfeldt  HS\n"
           "DATE:      May 6, 1975\n"
           "SUBJECT:   NATO Summit\n\n"
           "The summit will open in Brussels on May 29.\n")


def test_an_office_line_under_the_from_label_is_another_sender(resources: Resources) -> None:
    facts = text_facts(OFFICES, resources)
    assert facts["sender"] == ["Arthur Hartman", "Helmut Sonnenfeldt"]


RECOMMENDATION = ("ACTION MEMORANDUM\n\n"
                  "TO:        The Secretary\n"
                  "FROM:      EUR - Arthur A. Hartman\n"
                  "SUBJECT:   Your Call on the Danish Prime Minister\n\n"
                  "The Danish Prime Minister will be in Washington on May 12 and has asked to"
                  " see you for a few minutes about the fisheries dispute with Iceland.\n\n"
                  "Recommendation\n\n"
                  "That you see him on May 12.\n\n"
                  "Approve ______ Disapprove ______\n\n"
                  "Drafted: EUR/NE:RMoore:kw\n")


def test_a_drafting_line_with_its_label_alone_is_registry(resources: Resources) -> None:
    facts = text_facts(RECOMMENDATION, resources)
    assert "Drafted: EUR/NE:RMoore:kw" in facts["registry_notes"]


MINUTES = ("MINUTES OF THE 12th MEETING OF THE CHIEFS OF STAFF COMMITTEE\n\n"
           "held in Melbourne on Tuesday, 9 October 1951, at 2.30 p.m.\n\n"
           "Present:\n"
           "    Rear-Admiral J. C. D. Esdaile\n"
           "    Mr. F. R. Sinclair\n\n"
           "1. The Committee considered the report of the planning staff.\n\n"
           "F. R. Sinclair\nSecretary\n")


def test_a_minutes_heading_over_its_held_line_is_the_title(resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert facts["title"].startswith("MINUTES OF THE 12th MEETING OF THE CHIEFS OF STAFF")
    assert facts["date"] == "1951-10-09"
    assert facts["place_of_origin"] == "Melbourne"


def test_a_hyphened_naval_rank_is_no_person(resources: Resources) -> None:
    xml = text_xml(MINUTES, resources)
    assert "per-rear-admiral" not in xml  # the rank is no part of the name


ZAPISKA = ("Top Secret\n\n"
           "CC CPSU\n\n"
           "The Ministry of Foreign Affairs considers it expedient to accept the invitation of"
           " the Government of Finland.\n\n"
           "A draft resolution is attached.\n\n"
           "A. Gromyko\n\n"
           "3 March 1971\n"
           "No. 512/gs\n\n"
           "Attachment: draft resolution, 1 page.\n\n"
           "Draft\n\n"
           "RESOLUTION OF THE CC CPSU\n\n"
           "1. Accept the invitation.\n")


def test_an_attachment_line_under_the_number_opens_the_attachment(
        resources: Resources) -> None:
    facts = text_facts(ZAPISKA, resources)
    assert facts["sender"] == ["Andrei Gromyko"]
    assert facts["date"] == "1971-03-03"
    assert facts["signed"] == "A. Gromyko"


def test_a_mister_in_the_list_of_those_present_is_no_foot_address(resources: Resources
                                                                  ) -> None:
    # (lead81) `Mr. Name` alone on a line is a foot address only under the signature: a
    # point of the text between it and the foot ends the reach (`closing._TEXT_LINE`)
    text = ("MINUTES OF A MEETING OF THE DEFENCE COMMITTEE\n\n"
            "held in Canberra on Monday, 3 March 1952, at 10 a.m.\n\n"
            "Present:\n    Mr. P. A. McBride\n    Mr. F. W. Shedden\n\n"
            "1. The Committee noted the strategic appreciation.\n\n"
            "2. The Committee deferred the item on air defence.\n\n"
            "E. W. Hicks\nSecretary\n")
    xml = text_xml(text, resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert "Hicks" in closer and "McBride" not in closer and "<address>" not in closer
