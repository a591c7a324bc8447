"""Rules found on the blind sample other25 (FRUS 1870-1971: siege-of-Paris despatches and
instructions, minutes of meetings, telephone transcripts, heads' letters): a despatch's or an
instruction's own number closed by the print's half bracket (`No. 177.]`) makes the document
a letter even with no salutation or signature (its number stays the outgoing one); a title
naming the minutes of a meeting between `Minutes of` and `Meeting` (`Minutes of the First
Meeting of the National Security Council`) is a record of conversation; a name before the
post-nominal `esq.` (`Paul Forbes, esq.,`) is a person's; `Commander` before a name is a
rank; the register knows Jules Favre, Ambrose Burnside and J. C. Bancroft Davis."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "number"), [
    # an instruction printed without salutation or signature (other25's sample layout)
    ("No. 36.\n\nMr. Fish to Mr. Carrow.\n\nNo. 177.]\n\nI have received your dispatch of the "
     "9th instant, No. 283, on the events at Lyons. Your proceedings are approved by the "
     "President.\n", "177"),
    # an 1880s instruction, the heading without its full stop and no volume number
    ("Mr. Frelinghuysen to Mr. Ostrander\n\nNo. 64.]\n\nThe Department has received your "
     "No. 411, and approves the note you addressed to the minister for foreign affairs.\n", "64"),
])
def test_a_half_bracketed_despatch_number_makes_a_letter(text, number, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert facts["outgoing_number"] == number
    assert facts["telegram_number"] is None


@pytest.mark.parametrize("title", [
    "Minutes of the First Meeting of the National Security Council",
    "Minutes of the Secretary of State’s Staff Meeting",
    "Minutes of Washington Special Actions Group Meeting",
    "Minutes of the 12th Meeting of the Review Group",
])
def test_the_minutes_of_a_meeting_are_its_record(title, resources) -> None:
    text = (f"15. {title}1\n\nMeeting was opened by the Chairman and in attendance were:\n\n"
            "  • The Chairman\n  • General Harlan P. Dorne\n\nThe Chairman said the group would "
            "meet every Thursday at 10:00 a.m.\n\nGeneral Dorne agreed and asked for a paper.\n")
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


def test_a_memorandum_titled_so_stays_one(resources) -> None:
    text = ("23. Memorandum From the Executive Secretary (Read) to All Assistant Secretaries1\n\n"
            "The President has instructed the staff to schedule meetings every other Thursday.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


@pytest.mark.parametrize(("sentence", "name"), [
    ("General Burnside and Paul Forbes, esq., made their appearance this morning.",
     "Paul Forbes"),
    ("The papers were handed to Henry Carleton Vane, Esq., who sails on Saturday.",
     "Henry Carleton Vane"),
])
def test_a_name_before_esq_is_a_person(sentence, name, resources) -> None:
    text = f"Mr. Bancroft to Mr. Fish\n\nNo. 180.]\n\nSir: {sentence}\n\nI have, &c.,\n"
    assert f">{name}</persName>" in text_xml(text, resources)


@pytest.mark.parametrize(("sentence", "name"), [
    ("the exchange of letters between Harold Stassen and Commander Noble last February",
     "Noble"),
    ("Lieutenant Commander Hale will carry the pouch to Naples", "Hale"),
])
def test_commander_is_a_rank_before_a_name(sentence, name, resources) -> None:
    text = f"Dear Harold: I recall {sentence}.\n\nAs ever,\n\nIke\n"
    assert f">{name}</persName>" in text_xml(text, resources)


@pytest.mark.parametrize(("sentence", "ref"), [
    ("The report of Jules Favre seems to have changed the face of things.", "per-jules-favre"),
    ("General Burnside came through the lines.", "per-ambrose-burnside"),
    ("The dispatch of Mr. Bancroft Davis of the 8th ultimo was received.",
     "per-j-c-bancroft-davis"),
])
def test_the_register_knows_the_siege_of_paris_persons(sentence, ref, resources) -> None:
    text = f"Mr. Washburne to Mr. Fish\n\nNo. 299.]\n\nSir: {sentence}\n\nI have, &c.,\n"
    assert f'ref="#{ref}"' in text_xml(text, resources)
