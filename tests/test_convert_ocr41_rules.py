"""ocr41 rules: the US government's standard office memorandum form (Standard Form 64) is a
memorandum, and an office holder's title in a FROM field (`Chief, ...`) is no place of
origin."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.named_places import named_place
from tests.cases import text_facts

_TYPED = (
    "Office Memorandum • UNITED STATES GOVERNMENT\n\n"
    "TO     : Director of Training          DATE: 9 May 1958\n\n"
    "FROM   : Chief, Language School\n\n"
    "SUBJECT: Russian Course Enrolment\n\n"
    "1. Twelve officers have enrolled in the summer course at Monterey.\n\n"
    "2. The course opens on 2 June.\n")

# the form line in capitals, the bullet lost, labels with their colons closed up
_CAPITALS = (
    "OFFICE MEMORANDUM\n"
    "TO: Assistant Director for Collection\n"
    "FROM: Acting Chief, Contact Division\n"
    "DATE: 21 October 1955\n"
    "SUBJECT: Interviews with Returning Travellers\n\n"
    "Three travellers back from Leningrad were interviewed this week; their reports follow "
    "under separate cover.\n")


def test_the_typed_form_is_a_memorandum_without_a_place(resources) -> None:
    found = text_facts(_TYPED, resources)
    assert (found["date"], found["doc_type"]) == ("1958-05-09", "memorandum")
    assert not found["place_of_origin"]


def test_the_form_line_in_capitals_is_a_memorandum(resources) -> None:
    found = text_facts(_CAPITALS, resources)
    assert (found["date"], found["doc_type"]) == ("1955-10-21", "memorandum")
    assert not found["place_of_origin"]


def test_an_office_holder_s_title_names_no_place(resources) -> None:
    ctx = Context(resources, "t")
    assert named_place("Chief, Requirements Branch, OCI", ctx) is None
    assert named_place("Deputy Director, Plans", ctx) is None
    assert named_place("Zagreb, Consulate General", ctx) is not None  # a bare place still


# a Colonial Office minute whose later minute opens with the next officer's surname alone
_MINUTE = (
    "Mr. Ellis\n\n"
    "The Governor asks whether the despatch on the harbour dues may be published in the\n"
    "Gazette. I see no objection and suggest that we reply by telegram.\n\n"
    "J. A. Calder\n"
    "8.3.33\n\n"
    "Flood\n\n"
    "I agree. Telegram to issue.\n\n"
    "Ellis\n"
    "9.3.33\n")


def test_a_minute_s_date_closes_its_signature(resources) -> None:
    found = text_facts(_MINUTE, resources)
    assert (found["date"], found["doc_type"]) == ("1933-03-08", "memorandum")
    assert found["sender"] == ["J. A. Calder"]
